using System;
using System.IO;
using System.Linq;

namespace PrivacyAttributes.EndToEnd.Tests;

/// <summary>
/// Packs the PrivacyAttributes package once per test run into a temporary feed, and makes consumer
/// projects that reference it by <c>PackageReference</c> only, restored into their own packages folder
/// so that no package cached by an earlier run is used.
/// </summary>
public sealed class PackedPackageFixture : IDisposable
{
    public const string PackageVersion = "0.0.0-e2e";

    /// <summary>Whether the package holds the native inventory tool: packed on linux-x64, as these tests pack it.</summary>
    public static bool HasNativeTool => System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier == "linux-x64";

    public PackedPackageFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "privacyattributes-e2e-" + Guid.NewGuid().ToString("N")[..8]);
        Feed = Path.Combine(Root, "feed");
        PackagesFolder = Path.Combine(Root, "packages");
        Directory.CreateDirectory(Feed);

        PackResult = DotNet.Run(
            DotNet.RepositoryRoot,
            "pack", Path.Combine("nuget", "PrivacyAttributes", "PrivacyAttributes.Package.csproj"),
            "-c", "Release", "-o", Feed, "-p:Version=" + PackageVersion, "--nologo");
        PackagePath = Directory.EnumerateFiles(Feed, "*.nupkg").SingleOrDefault();
    }

    public string Root { get; }

    public string Feed { get; }

    public string PackagesFolder { get; }

    public CommandResult PackResult { get; }

    public string? PackagePath { get; }

    /// <summary>A new, empty consumer folder whose NuGet sources are the packed feed alone.</summary>
    public string CreateWorkspace(string name)
    {
        var workspace = Path.Combine(Root, name);
        Directory.CreateDirectory(workspace);
        File.WriteAllText(Path.Combine(workspace, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{PackagesFolder}" />
              </config>
              <packageSources>
                <clear />
                <add key="privacyattributes-e2e" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        return workspace;
    }

    /// <summary>The project file of a consumer that references only the packed package.</summary>
    public static string ConsumerProject(string outputType = "Library", string extraProperties = "", string extraItems = "") => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <OutputType>{outputType}</OutputType>
            <Nullable>enable</Nullable>
            <ImplicitUsings>disable</ImplicitUsings>
            {extraProperties}
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="PrivacyAttributes" Version="{PackageVersion}" />
            {extraItems}
          </ItemGroup>
        </Project>
        """;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temporary folder is cleaned by the OS.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackedPackageCollection : ICollectionFixture<PackedPackageFixture>
{
    public const string Name = "Packed package";
}
