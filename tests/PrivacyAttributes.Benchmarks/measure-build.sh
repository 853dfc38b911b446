#!/usr/bin/env bash
# Whole-build cost of PrivacyAttributes: builds the same synthetic project (default 1,000 entity and
# 1,000 service types) with and without the packed package, alternating, RUNS times each, and prints
# the ratio of the medians, the median of each round's ratio, and a 90 % bootstrap interval of the
# ratio of the medians (see interval below). "Without" references only the
# attribute assembly (the code must still compile); "with" references the package: analyzers,
# generator and the inventory target.
#
# COMPILER is "server" (the default, as the .NET SDK builds: one long-lived compiler process, so the
# analyzers and the generator are loaded and JIT-compiled once) or "cold" (a new compiler process per
# build, UseSharedCompilation=false, as some CI machines set it). The compiler server is chosen
# explicitly because a machine may set UseSharedCompilation=false in its environment.
#
# PARTS "parts" adds two builds with the package to each round, to split its cost: without the
# inventory target (GeneratePrivacyInventory=false), and without the target and the generator (the
# analyzers alone). The differences between adjacent medians are what each part costs. It also ends
# with RUNS builds with the package in which the compiler and MSBuild time the parts themselves
# (ReportAnalyzer, PerformanceSummary): the generator's and the analyzers' execution time as the
# compiler reports them, and the inventory target's time. Those are not differences of two noisy
# medians, so they split the package's cost more reliably on a busy machine; the one part they
# cannot see is what the compiler spends on the generated source (parsing, emitting, the PDB).
#
#   tests/PrivacyAttributes.Benchmarks/measure-build.sh [SIZE] [RUNS] [server|cold] [parts]
set -euo pipefail
size="${1:-1000}"
runs="${2:-5}"
compiler="${3:-server}"
parts="${4:-}"
case "$parts" in
  ""|parts) ;;
  *) echo "PARTS must be empty or 'parts', not '$parts'" >&2; exit 2 ;;
esac
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
cat > "$project/Directory.Build.targets" <<XML
<Project>
  <!-- 'parts' only: the package's analyzers without its generator. -->
  <Target Name="RemovePrivacyAttributesGenerator" BeforeTargets="CoreCompile" Condition="'\$(WithoutPrivacyGenerator)' == 'true'">
    <ItemGroup>
      <Analyzer Remove="@(Analyzer)" Condition="'%(Filename)' == 'PrivacyAttributes.Generators'" />
    </ItemGroup>
  </Target>
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

# Each variant: a label and the properties of its build.
variants=("with:-p:WithPrivacyAttributes=true" "without:-p:WithPrivacyAttributes=false")
if [ "$parts" = parts ]; then
  variants+=("no-inventory-target:-p:WithPrivacyAttributes=true -p:GeneratePrivacyInventory=false"
             "analyzers-only:-p:WithPrivacyAttributes=true -p:GeneratePrivacyInventory=false -p:WithoutPrivacyGenerator=true")
fi
# CPU time of the whole machine (user, nice, system, irq, softirq in /proc/stat), in ms: on an
# otherwise idle machine, what the build used in all its processes, the compiler server included.
# Less noisy than elapsed time on a virtual machine whose cores are sometimes taken by its host.
tick=$(getconf CLK_TCK)
machine_cpu_ms() { awk -v tick="$tick" 'NR == 1 {print int(($2 + $3 + $4 + $7 + $8) * 1000 / tick)}' /proc/stat; }

declare -A times cpu
for run in $(seq 1 "$runs"); do
  for variant in "${variants[@]}"; do
    label="${variant%%:*}"
    read -r -a props <<< "${variant#*:}"
    start=$(date +%s%N)
    cpu_start=$(machine_cpu_ms)
    quiet dotnet build "$project" --no-restore --no-incremental "${props[@]}" -p:UseSharedCompilation=$shared --nologo -v quiet -clp:ErrorsOnly
    elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
    used=$(( $(machine_cpu_ms) - cpu_start ))
    times[$label]="${times[$label]:-} $elapsed"
    cpu[$label]="${cpu[$label]:-} $used"
    echo "run $run $label: ${elapsed} ms elapsed, ${used} ms CPU"
  done
done

# The parts as the build itself times them (see PARTS above).
if [ "$parts" = parts ]; then
  declare -a generator_ms analyzers_ms target_ms compile_ms
  # "  0.837   73   PrivacyAttributes.Generators, Version=..." (seconds) and "  659 ms  WritePrivacyInventory  1 calls".
  seconds_of() { awk -v name="$1" '$3 == name"," {printf "%d", $1 * 1000; exit}' "$log"; }
  target_of() { awk -v name="$1" '$3 == name && $2 == "ms" {print $1; exit}' "$log"; }
  for run in $(seq 1 "$runs"); do
    log="$work/report-$run.log"
    if ! dotnet build "$project" --no-restore --no-incremental -p:WithPrivacyAttributes=true -p:UseSharedCompilation=$shared -p:ReportAnalyzer=true --nologo -v:d -clp:PerformanceSummary > "$log" 2>&1; then
      tail -40 "$log" >&2
      echo "failed: the timed build $run" >&2
      exit 1
    fi
    generator_ms+=("$(seconds_of PrivacyAttributes.Generators)")
    analyzers_ms+=("$(seconds_of PrivacyAttributes.Analyzers)")
    target_ms+=("$(target_of WritePrivacyInventory)")
    compile_ms+=("$(target_of CoreCompile)")
    echo "timed build $run: generator ${generator_ms[-1]} ms, analyzers ${analyzers_ms[-1]} ms, inventory target ${target_ms[-1]} ms, CoreCompile ${compile_ms[-1]} ms"
  done
fi

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.3f", a/b}'; }
# The median over rounds of each round's ratio to the build without the package in the same round:
# a slow stretch of the machine then weighs on both sides of a ratio instead of on one median.
paired_ratio() {
  local -a mine=($1) base=($2) ratios=()
  for i in "${!mine[@]}"; do ratios+=("$(ratio "${mine[$i]}" "${base[$i]}")"); done
  median "${ratios[@]}"
}
# How far the ratio of the medians could move by chance: each mode's builds resampled with replacement
# 10,000 times (a fixed seed, so the same times print the same interval), the ratio of the resampled
# medians each time, and the 5th and 95th percentiles of those ratios. When the interval lies above 1.05,
# the round shows the budget missed, not just noise; when it straddles 1.05, the round cannot tell.
interval() {
  awk -v mine="$1" -v base="$2" '
    function median(v, n,   i, j, t, a) {
      for (i = 1; i <= n; i++) a[i] = v[i]
      for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
      return (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    BEGIN {
      srand(1); nm = split(mine, m, " "); nb = split(base, b, " "); runs = 10000
      for (r = 1; r <= runs; r++) {
        for (i = 1; i <= nm; i++) x[i] = m[1 + int(rand() * nm)]
        for (i = 1; i <= nb; i++) y[i] = b[1 + int(rand() * nb)]
        # Counted in steps of 0.001 (portable awk has no sort); percentiles to that step.
        bucket[int(median(x, nm) / median(y, nb) * 1000 + 0.5)]++
      }
      for (k = 0; k <= 10000; k++) {
        seen += bucket[k]
        if (low == "" && seen >= 0.05 * runs) low = k
        if (high == "" && seen >= 0.95 * runs) high = k
      }
      printf "%.3f-%.3f", low / 1000, high / 1000
    }'
}
# shellcheck disable=SC2086 # word splitting of the recorded times is intended
m_without=$(median ${times[without]}); c_without=$(median ${cpu[without]})
echo
echo "types: $size entity + $size service; runs: $runs each, alternating; compiler: $compiler"
echo "median without package: ${m_without} ms elapsed, ${c_without} ms CPU"
for variant in "${variants[@]}"; do
  label="${variant%%:*}"
  [ "$label" = without ] && continue
  # shellcheck disable=SC2086
  m=$(median ${times[$label]}); c=$(median ${cpu[$label]})
  if [ "$label" = with ]; then
    echo "median with package:    ${m} ms elapsed, ${c} ms CPU"
    echo "median ratio:           $(ratio "$m" "$m_without") (CPU $(ratio "$c" "$c_without")); median of the rounds' ratios $(paired_ratio "${times[$label]}" "${times[without]}"); 90 % bootstrap interval $(interval "${times[$label]}" "${times[without]}")"
  else
    echo "median $label: ${m} ms elapsed, ${c} ms CPU (ratios $(ratio "$m" "$m_without"), CPU $(ratio "$c" "$c_without"); median of the rounds' ratios $(paired_ratio "${times[$label]}" "${times[without]}"); 90 % bootstrap interval $(interval "${times[$label]}" "${times[without]}"))"
  fi
done
if [ "$parts" = parts ]; then
  # shellcheck disable=SC2068
  echo "as the build times them (median of $runs with ReportAnalyzer): generator $(median ${generator_ms[@]}) ms, analyzers $(median ${analyzers_ms[@]}) ms, inventory target $(median ${target_ms[@]}) ms, CoreCompile $(median ${compile_ms[@]}) ms"
fi
