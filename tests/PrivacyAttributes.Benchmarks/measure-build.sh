#!/usr/bin/env bash
# Whole-build cost of PrivacyAttributes: builds the same synthetic project (default 1,000 entity and
# 1,000 service types) with and without the packed package, alternating, RUNS times each, and prints
# the median ratio. "Without" references only the attribute assembly (the code must still compile);
# "with" references the package: analyzers, generator and the inventory target.
#
# COMPILER is "server" (the default, as the .NET SDK builds: one long-lived compiler process, so the
# analyzers and the generator are loaded and JIT-compiled once) or "cold" (a new compiler process per
# build, UseSharedCompilation=false, as some CI machines set it). The compiler server is chosen
# explicitly because a machine may set UseSharedCompilation=false in its environment.
#
#   tests/PrivacyAttributes.Benchmarks/measure-build.sh [SIZE] [RUNS] [server|cold]
set -euo pipefail
size="${1:-1000}"
runs="${2:-5}"
compiler="${3:-server}"
case "$compiler" in
  server) shared=true ;;
  cold) shared=false ;;
  *) echo "COMPILER must be 'server' or 'cold', not '$compiler'" >&2; exit 2 ;;
esac
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/privacyattributes-build-XXXXXX")"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# Runs a command silently, but shows its output when it fails.
quiet() {
  local log
  if ! log="$("$@" 2>&1)"; then
    printf '%s\n' "$log" | tail -40 >&2
    echo "failed: $*" >&2
    exit 1
  fi
}

version="0.0.0-perf"
echo "Packing PrivacyAttributes $version ..."
quiet dotnet pack "$root/nuget/PrivacyAttributes/PrivacyAttributes.Package.csproj" -c Release -o "$work/feed" -p:Version="$version" --nologo
quiet dotnet build "$root/src/PrivacyAttributes/PrivacyAttributes.csproj" -c Release --nologo
lib="$root/src/PrivacyAttributes/bin/Release/netstandard2.0/PrivacyAttributes.dll"

project="$work/project"
dotnet run -c Release --project "$root/tests/PrivacyAttributes.Benchmarks" -- workload "$size" "$project"
cat > "$project/nuget.config" <<XML
<configuration>
  <config><add key="globalPackagesFolder" value="$work/packages" /></config>
  <packageSources><clear /><add key="perf" value="$work/feed" /></packageSources>
</configuration>
XML
cat > "$project/Directory.Build.props" <<XML
<Project>
  <PropertyGroup>
    <WithPrivacyAttributes Condition="'\$(WithPrivacyAttributes)' == ''">true</WithPrivacyAttributes>
    <!-- Each mode keeps its own restore and build output, so switching costs nothing extra. -->
    <BaseIntermediateOutputPath>../out/obj-\$(WithPrivacyAttributes)/</BaseIntermediateOutputPath>
    <BaseOutputPath>../out/bin-\$(WithPrivacyAttributes)/</BaseOutputPath>
  </PropertyGroup>
</Project>
XML
cat > "$project/Workload.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup Condition="'\$(WithPrivacyAttributes)' == 'true'">
    <PackageReference Include="PrivacyAttributes" Version="$version" />
  </ItemGroup>
  <ItemGroup Condition="'\$(WithPrivacyAttributes)' != 'true'">
    <Reference Include="PrivacyAttributes" HintPath="$lib" />
  </ItemGroup>
</Project>
XML

for mode in true false; do
  quiet dotnet restore "$project" -p:WithPrivacyAttributes=$mode --nologo
  # Warm-up build per mode: starts the compiler server (when used) and fills file caches.
  quiet dotnet build "$project" --no-restore -p:WithPrivacyAttributes=$mode -p:UseSharedCompilation=$shared --nologo
done

with=(); without=()
for run in $(seq 1 "$runs"); do
  for mode in true false; do
    start=$(date +%s%N)
    quiet dotnet build "$project" --no-restore --no-incremental -p:WithPrivacyAttributes=$mode -p:UseSharedCompilation=$shared --nologo -v quiet -clp:ErrorsOnly
    elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
    if [ "$mode" = true ]; then with+=("$elapsed"); else without+=("$elapsed"); fi
    echo "run $run with=$mode: ${elapsed} ms"
  done
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
m_with=$(median "${with[@]}")
m_without=$(median "${without[@]}")
ratio=$(awk -v a="$m_with" -v b="$m_without" 'BEGIN {printf "%.3f", a/b}')
echo
echo "types: $size entity + $size service; runs: $runs each, alternating; compiler: $compiler"
echo "median without package: ${m_without} ms"
echo "median with package:    ${m_with} ms"
echo "median ratio:           ${ratio}"
