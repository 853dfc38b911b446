using System;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAttributes.Inventory.Tool;

namespace PrivacyAttributes.Inventory.Tests;

/// <summary>The tool, run in-process on assemblies compiled here with Roslyn.</summary>
public sealed partial class InventoryToolTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "privinv-tool-" + Guid.NewGuid().ToString("N")[..8]);

    public InventoryToolTests() => Directory.CreateDirectory(directory);

    private string OutputDirectory => Path.Combine(directory, "out");

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Writes_the_json_and_both_policies_from_the_constant_in_the_assembly()
    {
        var json = File.ReadAllText(Path.Combine(TestPaths.GoldenDirectory, "health-platform.json"));
        var assembly = CompileInventoryAssembly("Health", json);

        var (exitCode, output) = Run("write", "--assembly", assembly, "--output", OutputDirectory, "--project-name", "Health");

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("warning", output, StringComparison.Ordinal);
        Assert.Equal(LaidOut(json), File.ReadAllText(Path.Combine(OutputDirectory, "privacy-inventory.json")));
        Assert.Equal(File.ReadAllText(Path.Combine(TestPaths.GoldenDirectory, "health-platform.en.md")), File.ReadAllText(Path.Combine(OutputDirectory, "privacy-inventory.md")));
        Assert.Equal(File.ReadAllText(Path.Combine(TestPaths.GoldenDirectory, "health-platform.de.md")), File.ReadAllText(Path.Combine(OutputDirectory, "privacy-inventory.de.md")));
        Assert.False(File.ReadAllBytes(Path.Combine(OutputDirectory, "privacy-inventory.de.md")).AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "no byte-order mark");
        Assert.Equal(["privacy-inventory.de.md", "privacy-inventory.json", "privacy-inventory.md"], Directory.GetFiles(OutputDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Reads_the_generator_stub_output()
    {
        var assembly = CompileInventoryAssembly("Stub", """{"schemaVersion":1,"assembly":"Stub"}""");

        var (exitCode, output) = Run("write", "--assembly", assembly, "--output", OutputDirectory);

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("warning", output, StringComparison.Ordinal);
        Assert.Equal("# Privacy information\n", File.ReadAllText(Path.Combine(OutputDirectory, "privacy-inventory.md")));
        Assert.Equal("# Datenschutzhinweise\n", File.ReadAllText(Path.Combine(OutputDirectory, "privacy-inventory.de.md")));
    }

    [Fact]
    public void Does_not_rewrite_unchanged_files_and_rewrites_changed_ones()
    {
        var first = CompileInventoryAssembly("Same", """{"schemaVersion":1,"assembly":"Same"}""");
        Run("write", "--assembly", first, "--output", OutputDirectory);
        var files = Directory.GetFiles(OutputDirectory);
        var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var file in files)
        {
            File.SetLastWriteTimeUtc(file, old);
        }

        var (_, output) = Run("write", "--assembly", first, "--output", OutputDirectory);

        Assert.Contains("unchanged", output, StringComparison.Ordinal);
        Assert.All(files, file => Assert.Equal(old, File.GetLastWriteTimeUtc(file)));

        // Same Markdown, different JSON: only the JSON is rewritten.
        var second = CompileInventoryAssembly("Same2", """{"schemaVersion":1,"assembly":"Same2"}""");
        Run("write", "--assembly", second, "--output", OutputDirectory);

        Assert.NotEqual(old, File.GetLastWriteTimeUtc(Path.Combine(OutputDirectory, "privacy-inventory.json")));
        Assert.Equal(old, File.GetLastWriteTimeUtc(Path.Combine(OutputDirectory, "privacy-inventory.md")));
        Assert.Contains("Same2", File.ReadAllText(Path.Combine(OutputDirectory, "privacy-inventory.json")), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(OutputDirectory, "*.tmp"));
    }

    [Fact]
    public void Assembly_without_the_inventory_gives_PRIVINV001_and_removes_outdated_files()
    {
        var stub = CompileInventoryAssembly("Earlier", """{"schemaVersion":1,"assembly":"Earlier"}""");
        Run("write", "--assembly", stub, "--output", OutputDirectory);
        var assembly = Compile("NoInventory", "namespace Other { public static class Thing { public const string Json = \"{}\"; } }");

        var (exitCode, output) = Run("write", "--assembly", assembly, "--output", OutputDirectory, "--project-name", "NoInventory");

        Assert.Equal(0, exitCode);
        Assert.StartsWith($"{assembly}: warning PRIVINV001: ", output, StringComparison.Ordinal);
        Assert.Contains("PrivacyAttributes.Generated.PrivacyInventory.Json", output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(OutputDirectory));
    }

    [Fact]
    public void Nested_type_of_the_same_name_is_not_the_inventory()
    {
        var assembly = Compile("Nested", "namespace PrivacyAttributes.Generated { internal static class Outer { internal static class PrivacyInventory { public const string Json = \"{\\\"schemaVersion\\\":1,\\\"assembly\\\":\\\"N\\\"}\"; } } }");

        var (_, output) = Run("write", "--assembly", assembly, "--output", OutputDirectory);

        Assert.Contains("warning PRIVINV001", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"schemaVersion\":1,", "not valid JSON")]
    [InlineData("{\"schemaVersion\":7,\"assembly\":\"X\"}", "schemaVersion 7 is not supported")]
    [InlineData("{\"schemaVersion\":1,\"assembly\":\"X\",\"dataItems\":[{\"id\":\"A\",\"category\":\"Mail\"}]}", "$.dataItems[0].category")]
    public void Malformed_inventory_gives_PRIVINV002_and_writes_nothing(string json, string expected)
    {
        var assembly = CompileInventoryAssembly("Malformed", json);

        var (exitCode, output) = Run("write", "--assembly", assembly, "--output", OutputDirectory);

        Assert.Equal(0, exitCode);
        Assert.StartsWith($"{assembly}: warning PRIVINV002: ", output, StringComparison.Ordinal);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.Single(output.TrimEnd('\n').Split('\n'));
        Assert.False(Directory.Exists(OutputDirectory) && Directory.GetFiles(OutputDirectory).Length > 0);
    }

    [Fact]
    public void Missing_assembly_gives_PRIVINV003()
    {
        var missing = Path.Combine(directory, "missing.dll");

        var (exitCode, output) = Run("write", "--assembly", missing, "--output", OutputDirectory);

        Assert.Equal(0, exitCode);
        Assert.StartsWith($"{missing}: warning PRIVINV003: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void File_that_is_not_an_assembly_gives_a_warning_not_a_crash()
    {
        var notAnAssembly = Path.Combine(directory, "notes.dll");
        File.WriteAllText(notAnAssembly, "not a PE file");

        var (exitCode, output) = Run("write", "--assembly", notAnAssembly, "--output", OutputDirectory);

        Assert.Equal(0, exitCode);
        Assert.StartsWith($"{notAnAssembly}: warning PRIVINV001: ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_path_that_is_a_file_gives_PRIVINV003()
    {
        var assembly = CompileInventoryAssembly("Blocked", """{"schemaVersion":1,"assembly":"Blocked"}""");
        var blocked = Path.Combine(directory, "blocked");
        File.WriteAllText(blocked, "a file where the output folder should be");

        var (exitCode, output) = Run("write", "--assembly", assembly, "--output", blocked);

        Assert.Equal(0, exitCode);
        Assert.StartsWith($"{assembly}: warning PRIVINV003: ", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("render")]
    [InlineData("write --assembly")]
    [InlineData("write --output x")]
    [InlineData("write --assembly a.dll --output x --verbose 1")]
    [InlineData("version --verbose")]
    public void Wrong_command_line_is_an_error_with_usage(string commandLine)
    {
        var (exitCode, output) = Run(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(1, exitCode);
        Assert.Contains("error PRIVINV000", output, StringComparison.Ordinal);
        Assert.Contains("usage: write --assembly PATH --output DIR", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_the_tool_name_and_version_and_exits_0()
    {
        var (exitCode, output) = Run("version");

        Assert.Equal(0, exitCode);
        Assert.Matches(@"^PrivacyAttributes\.Inventory\.Tool \d+\.\d+\.\d+\.\d+ \(portable\)\n$", output);
    }

    /// <summary>What the tool writes for a constant: the same JSON in the file's layout.</summary>
    private static string LaidOut(string json) =>
        System.Text.Encoding.UTF8.GetString(InventoryJsonLayout.Indent(System.Text.Encoding.UTF8.GetBytes(json)));

    private static (int ExitCode, string Output) Run(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        var exitCode = InventoryTool.Run(args, output);
        return (exitCode, output.ToString());
    }

    private string CompileInventoryAssembly(string name, string json) =>
        Compile(name, "namespace PrivacyAttributes.Generated\n{\n    internal static class PrivacyInventory\n    {\n        public const string Json = " + SymbolDisplay.FormatLiteral(json, quote: true) + ";\n    }\n}\n");

    private string Compile(string name, string source)
    {
        var compilation = CSharpCompilation.Create(
            name,
            [CSharpSyntaxTree.ParseText(source, cancellationToken: CancellationToken.None)],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var path = Path.Combine(directory, name + ".dll");
        var result = compilation.Emit(path);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return path;
    }
}
