using System;
using System.IO;
using System.Linq;

namespace PrivacyAttributes.EndToEnd.Tests;

/// <summary>The WritePrivacyInventory target of the packed package, in consumer builds.</summary>
[Collection(PackedPackageCollection.Name)]
public sealed class InventoryTargetTests(PackedPackageFixture package)
{
    private static readonly string[] InventoryFiles = ["privacy-inventory.json", "privacy-inventory.md", "privacy-inventory.de.md"];

    private const string PersonalDataSource = """
        using PrivacyAttributes;
        namespace Consumer
        {
            public sealed class Customer
            {
                [PersonalData(Category.Email, Purpose.AccountManagement)]
                public string Email { get; set; } = "";
            }
        }
        """;

    [Fact]
    public void Library_build_writes_the_three_files_keeps_them_when_unchanged_and_clean_removes_them()
    {
        var workspace = CreateConsumer("inventory-library", PackedPackageFixture.ConsumerProject());
        File.WriteAllText(Path.Combine(workspace, "Helper.cs"), HelperSource(1));
        var output = Path.Combine(workspace, "bin", "Release", "net10.0");
        var stamp = Path.Combine(workspace, "obj", "Release", "net10.0", "privacy-inventory.stamp");

        var build = Build(workspace);

        Assert.DoesNotContain("PRIVINV", build.Output);
        Assert.All(InventoryFiles, name => Assert.True(File.Exists(Path.Combine(output, name)), name + " missing:\n" + build));
        Assert.Contains("\"schemaVersion\"", File.ReadAllText(Path.Combine(output, "privacy-inventory.json")));
        Assert.Contains("Consumer", File.ReadAllText(Path.Combine(output, "privacy-inventory.json")));
        Assert.StartsWith("# Privacy information\n", File.ReadAllText(Path.Combine(output, "privacy-inventory.md")));
        Assert.StartsWith("# Datenschutzhinweise\n", File.ReadAllText(Path.Combine(output, "privacy-inventory.de.md")));
        Assert.Contains("project=Consumer\n", File.ReadAllText(stamp));

        var writeTimes = InventoryFiles.Select(name => File.GetLastWriteTimeUtc(Path.Combine(output, name))).ToArray();
        Build(workspace);
        Assert.Equal(writeTimes, InventoryFiles.Select(name => File.GetLastWriteTimeUtc(Path.Combine(output, name))).ToArray());

        // A method body edit recompiles the assembly but keeps its inventory: the tool runs, and the stamp
        // spares it the parsing and rendering. Its line is low importance, shown from -v:detailed on.
        File.WriteAllText(Path.Combine(workspace, "Helper.cs"), HelperSource(2));
        var edited = Build(workspace, "-v:detailed");
        Assert.Contains("privacy inventory of Consumer unchanged", edited.Output);
        Assert.Contains("not rendered again", edited.Output);
        Assert.Equal(writeTimes, InventoryFiles.Select(name => File.GetLastWriteTimeUtc(Path.Combine(output, name))).ToArray());

        var clean = DotNet.Run(workspace, "clean", "-c", "Release", "--nologo");
        Assert.True(clean.Succeeded, clean.ToString());
        Assert.All(InventoryFiles, name => Assert.False(File.Exists(Path.Combine(output, name)), name + " left after clean"));
        Assert.False(File.Exists(stamp), "privacy-inventory.stamp left after clean");
    }

    [Fact]
    public void GeneratePrivacyInventory_false_writes_nothing()
    {
        var workspace = CreateConsumer("inventory-off", PackedPackageFixture.ConsumerProject(extraProperties: "<GeneratePrivacyInventory>false</GeneratePrivacyInventory>"));

        var build = Build(workspace);

        Assert.DoesNotContain("PRIVINV", build.Output);
        Assert.Empty(Directory.GetFiles(workspace, "privacy-inventory*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Executable_honours_a_custom_PrivacyInventoryOutputPath()
    {
        var workspace = CreateConsumer(
            "inventory-custom-path",
            PackedPackageFixture.ConsumerProject(outputType: "Exe", extraProperties: "<PrivacyInventoryOutputPath>policy/</PrivacyInventoryOutputPath>"));
        File.WriteAllText(Path.Combine(workspace, "Program.cs"), "public static class Program { public static void Main() { } }");

        Build(workspace);

        Assert.All(InventoryFiles, name => Assert.True(File.Exists(Path.Combine(workspace, "policy", name)), name));
        Assert.Empty(Directory.GetFiles(Path.Combine(workspace, "bin"), "privacy-inventory*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Build_without_the_generator_output_warns_PRIVINV001_and_writes_nothing()
    {
        // The generator is taken out of the compilation, as if a user had removed it; the switch stays on.
        var workspace = CreateConsumer("inventory-no-generator", PackedPackageFixture.ConsumerProject(extraItems: ""));
        File.WriteAllText(Path.Combine(workspace, "Directory.Build.targets"), """
            <Project>
              <Target Name="RemovePrivacyGenerator" BeforeTargets="CoreCompile">
                <ItemGroup>
                  <Analyzer Remove="@(Analyzer)" Condition="'%(Filename)' == 'PrivacyAttributes.Generators'" />
                </ItemGroup>
              </Target>
            </Project>
            """);

        var build = Build(workspace);

        Assert.Contains("warning PRIVINV001", build.Output);
        Assert.Contains("Consumer.dll", build.Output);
        Assert.Empty(Directory.GetFiles(workspace, "privacy-inventory*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Where_the_package_has_a_native_tool_for_the_machine_the_build_runs_it()
    {
        var workspace = CreateConsumer("inventory-native", PackedPackageFixture.ConsumerProject());

        var build = Build(workspace, "-v:detailed");

        var output = Path.Combine(workspace, "bin", "Release", "net10.0");
        Assert.All(InventoryFiles, name => Assert.True(File.Exists(Path.Combine(output, name)), name + " missing:\n" + build));
        if (PackedPackageFixture.HasNativeTool)
        {
            Assert.Contains("PrivacyAttributes: writing the inventory with the native tool", build.Output);
            Assert.DoesNotContain("cannot run here", build.Output);
        }
        else
        {
            Assert.DoesNotContain("native tool", build.Output);
        }
    }

    [Fact]
    public void The_portable_tool_writes_the_same_files_as_the_native_one()
    {
        var native = CreateConsumer("inventory-same-native", PackedPackageFixture.ConsumerProject());
        var portable = CreateConsumer("inventory-same-portable", PackedPackageFixture.ConsumerProject(extraProperties: "<PrivacyInventoryUseNativeTool>false</PrivacyInventoryUseNativeTool>"));

        Build(native);
        var build = Build(portable, "-v:detailed");

        Assert.DoesNotContain("native tool", build.Output);
        foreach (var name in InventoryFiles)
        {
            Assert.Equal(
                File.ReadAllText(Path.Combine(native, "bin", "Release", "net10.0", name)),
                File.ReadAllText(Path.Combine(portable, "bin", "Release", "net10.0", name)));
        }
    }

    [Fact]
    public void A_native_tool_that_cannot_run_is_passed_over_for_the_portable_one()
    {
        if (OperatingSystem.IsWindows())
        {
            // Windows builds never take the native path.
            return;
        }

        var workspace = CreateConsumer("inventory-native-broken", PackedPackageFixture.ConsumerProject(extraProperties: "<PrivacyInventoryNativeToolPath>$(MSBuildProjectDirectory)/broken-tool</PrivacyInventoryNativeToolPath>"));
        // Not a program for this machine: the shell runs it as a script, which fails, as a binary for
        // another C library or one without execute permission would.
        File.WriteAllText(Path.Combine(workspace, "broken-tool"), "exit 3\n");

        var build = Build(workspace, "-v:detailed");

        Assert.Contains("cannot run here; writing the inventory with the portable one", build.Output);
        Assert.DoesNotContain("PRIVINV", build.Output);
        var output = Path.Combine(workspace, "bin", "Release", "net10.0");
        Assert.All(InventoryFiles, name => Assert.True(File.Exists(Path.Combine(output, name)), name + " missing:\n" + build));
    }

    private string CreateConsumer(string name, string project)
    {
        Assert.True(package.PackResult.Succeeded, package.PackResult.ToString());
        var workspace = package.CreateWorkspace(name);
        File.WriteAllText(Path.Combine(workspace, "Consumer.csproj"), project);
        File.WriteAllText(Path.Combine(workspace, "Customer.cs"), PersonalDataSource);
        return workspace;
    }

    private static string HelperSource(int value) =>
        $"namespace Consumer {{ internal static class Helper {{ internal static int Value() => {value}; }} }}";

    private static CommandResult Build(string workspace, params string[] extraArguments)
    {
        var build = DotNet.Run(workspace, ["build", "-c", "Release", "--nologo", "-p:TreatWarningsAsErrors=false", .. extraArguments]);
        Assert.True(build.Succeeded, build.ToString());
        return build;
    }
}
