using System.IO;
using System.IO.Compression;
using System.Linq;

namespace PrivacyAttributes.EndToEnd.Tests;

/// <summary>What ships works: a project that references only the packed package compiles, and the
/// analyzers and the generator run inside its build.</summary>
[Collection(PackedPackageCollection.Name)]
public sealed class PackageConsumptionTests(PackedPackageFixture package)
{
    [Fact]
    public void Pack_produces_the_package_with_every_part()
    {
        Assert.True(package.PackResult.Succeeded, package.PackResult.ToString());
        Assert.NotNull(package.PackagePath);
        Assert.Equal($"PrivacyAttributes.{PackedPackageFixture.PackageVersion}.nupkg", Path.GetFileName(package.PackagePath));

        using var archive = ZipFile.OpenRead(package.PackagePath!);
        var entries = archive.Entries.Select(e => e.FullName).ToHashSet();
        string[] expected =
        [
            "lib/netstandard2.0/PrivacyAttributes.dll",
            "lib/netstandard2.0/PrivacyAttributes.xml",
            "analyzers/dotnet/cs/PrivacyAttributes.Analyzers.dll",
            "analyzers/dotnet/cs/PrivacyAttributes.CodeFixes.dll",
            "analyzers/dotnet/cs/PrivacyAttributes.Generators.dll",
            "analyzers/dotnet/cs/PrivacyAttributes.Taxonomy.dll",
            "build/PrivacyAttributes.props",
            "build/PrivacyAttributes.targets",
            "buildTransitive/PrivacyAttributes.props",
            "buildTransitive/PrivacyAttributes.targets",
            "tools/net8.0/any/PrivacyAttributes.Inventory.Tool.dll",
            "tools/net8.0/any/PrivacyAttributes.Inventory.Tool.runtimeconfig.json",
            "tools/net8.0/any/PrivacyAttributes.Inventory.Tool.deps.json",
            "tools/net8.0/any/PrivacyAttributes.Inventory.dll",
            "tools/net8.0/any/PrivacyAttributes.dll",
            "README.md",
        ];
        Assert.All(expected, entry => Assert.Contains(entry, entries));

        // The native build of the inventory tool, made only where the packing machine can make it.
        Assert.Equal(PackedPackageFixture.HasNativeTool, entries.Contains("tools/linux-x64/PrivacyAttributes.Inventory.Tool"));
        Assert.DoesNotContain(entries, entry => entry.StartsWith("tools/linux-x64/", System.StringComparison.Ordinal) && entry != "tools/linux-x64/PrivacyAttributes.Inventory.Tool");

        var nuspec = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec"));
        using var reader = new StreamReader(nuspec.Open());
        var manifest = reader.ReadToEnd();
        Assert.Contains("<id>PrivacyAttributes</id>", manifest);
        Assert.Contains("<license type=\"expression\">MIT</license>", manifest);
        Assert.Contains("<readme>README.md</readme>", manifest);
        Assert.Contains("<description>", manifest);
        Assert.DoesNotContain("<dependency ", manifest);
    }

    [Fact]
    public void Consumer_using_every_spec_name_builds_and_runs_the_analyzers_and_generator()
    {
        Assert.True(package.PackResult.Succeeded, package.PackResult.ToString());
        var workspace = package.CreateWorkspace("every-spec-name");
        File.WriteAllText(Path.Combine(workspace, "Consumer.csproj"), PackedPackageFixture.ConsumerProject(outputType: "Exe"));
        File.WriteAllText(Path.Combine(workspace, "EverySpecName.cs"), SpecContract.ConsumerSource());

        // The generator's class is referenced, so the build fails if the generator did not run; the
        // program prints the inventory so the test also sees the generated constant at run time.
        File.WriteAllText(Path.Combine(workspace, "Program.cs"), """
            public static class Program
            {
                public static void Main() => System.Console.WriteLine(PrivacyAttributes.Generated.PrivacyInventory.Json);
            }
            """);

        // A malformed annotation proves the analyzers are loaded; .editorconfig lowers its severity,
        // which is how users tune rules, so the build still succeeds.
        File.WriteAllText(Path.Combine(workspace, "Malformed.cs"), """
            using PrivacyAttributes;
            namespace Consumer
            {
                public sealed class Lead
                {
                    [PersonalData(Category.PhoneNumber)]
                    public string Phone { get; set; } = "";
                }
            }
            """);
        File.WriteAllText(Path.Combine(workspace, ".editorconfig"), """
            root = true
            [*.cs]
            dotnet_diagnostic.PRIV100.severity = warning
            """);

        var build = DotNet.Run(workspace, "build", "-c", "Release", "--nologo", "-p:TreatWarningsAsErrors=false");
        Assert.True(build.Succeeded, build.ToString());
        Assert.Contains("warning PRIV100", build.Output);
        Assert.Contains("Malformed.cs(6,", build.Output);
        Assert.DoesNotContain("AD0001", build.Output);
        Assert.DoesNotContain("CS8785", build.Output);
        Assert.DoesNotContain("CS8032", build.Output);

        var references = Directory.GetFiles(Path.Combine(workspace, "bin", "Release", "net10.0"), "PrivacyAttributes*.dll")
            .Select(path => Path.GetFileName(path))
            .ToArray();
        Assert.Equal(["PrivacyAttributes.dll"], references);

        var run = DotNet.Run(workspace, "run", "-c", "Release", "--no-build");
        Assert.True(run.Succeeded, run.ToString());
        Assert.Contains("\"schemaVersion\"", run.Output);
        Assert.Contains("Consumer", run.Output);
    }
}
