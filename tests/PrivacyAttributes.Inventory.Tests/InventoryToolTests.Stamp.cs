using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using PrivacyAttributes.Inventory.Tool;

namespace PrivacyAttributes.Inventory.Tests;

/// <summary>
/// <c>--stamp</c>: a run whose inventory, tool and files are as the stamp recorded them skips parsing and
/// rendering and says so; anything else renders as without a stamp. The tool's line is the only sign of the
/// fast path a build shows, so the tests read it.
/// </summary>
public sealed partial class InventoryToolTests
{
    private const string FastPath = "not rendered again";

    private const string StubJson = """{"schemaVersion":1,"assembly":"Stamped"}""";

    // In a folder that does not exist yet, as obj/ may not on a first build with a custom output path.
    private string StampPath => Path.Combine(directory, "obj", "privacy-inventory.stamp");

    private string OutputFile(string name) => Path.Combine(OutputDirectory, name);

    [Fact]
    public void Second_run_of_the_same_assembly_takes_the_fast_path_and_touches_nothing()
    {
        var assembly = CompileInventoryAssembly("Stamped", StubJson);
        var (_, first) = RunWithStamp(assembly);
        Assert.Contains("wrote privacy-inventory.json, privacy-inventory.md, privacy-inventory.de.md", first, StringComparison.Ordinal);
        Assert.DoesNotContain(FastPath, first, StringComparison.Ordinal);
        var stamp = File.ReadAllText(StampPath);
        var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var file in Directory.GetFiles(OutputDirectory).Append(StampPath))
        {
            File.SetLastWriteTimeUtc(file, old);
        }

        var (exitCode, second) = RunWithStamp(assembly);

        Assert.Equal(0, exitCode);
        Assert.Equal($"PrivacyAttributes.Inventory.Tool: privacy inventory of Stamped unchanged in {OutputDirectory} (as recorded in {StampPath}; not rendered again)\n", second);
        Assert.All(Directory.GetFiles(OutputDirectory).Append(StampPath), file => Assert.Equal(old, File.GetLastWriteTimeUtc(file)));
        Assert.Equal(stamp, File.ReadAllText(StampPath));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(StampPath)!, "*.tmp"));
    }

    [Fact]
    public void Stamp_records_the_format_the_tool_the_project_and_the_hashes_of_what_was_written()
    {
        var json = File.ReadAllText(Path.Combine(TestPaths.GoldenDirectory, "health-platform.json"));
        var assembly = CompileInventoryAssembly("Health", json);

        RunWithStamp(assembly, "Health");

        var lines = File.ReadAllText(StampPath).Split('\n');
        Assert.Equal(
            ["format", "tool", "renderer", "taxonomy", "attributes", "project", "constant-sha256", "json-sha256", "md-sha256", "de.md-sha256", ""],
            lines.Select(line => line.Split('=')[0]));
        Assert.Equal("format=2", lines[0]);
        Assert.Equal("tool=" + typeof(InventoryTool).Assembly.ManifestModule.ModuleVersionId.ToString("D"), lines[1]);
        Assert.Equal("renderer=" + typeof(MarkdownRenderer).Assembly.ManifestModule.ModuleVersionId.ToString("D"), lines[2]);
        Assert.Equal("project=Health", lines[5]);
        Assert.Equal("constant-sha256=" + Sha256(System.Text.Encoding.UTF8.GetBytes(json)), lines[6]);
        Assert.Equal("json-sha256=" + Sha256(File.ReadAllBytes(OutputFile("privacy-inventory.json"))), lines[7]);
        Assert.Equal("md-sha256=" + Sha256(File.ReadAllBytes(OutputFile("privacy-inventory.md"))), lines[8]);
        Assert.Equal("de.md-sha256=" + Sha256(File.ReadAllBytes(OutputFile("privacy-inventory.de.md"))), lines[9]);
        Assert.Matches("^[0-9a-f]{64}$", lines[9]["de.md-sha256=".Length..]);
    }

    [Theory]
    [InlineData("privacy-inventory.md", "md-sha256", "hand-made\n")]
    [InlineData("privacy-inventory.de.md", "de.md-sha256", "hand-made\n")]
    [InlineData("privacy-inventory.json", "json-sha256", "{}\n")]
    public void Fast_path_neither_lays_out_nor_renders_it_trusts_the_hashes_the_stamp_recorded(string name, string key, string handMade)
    {
        // A stamp that vouches for a file the tool would never write: if the tool laid out the constant or
        // rendered, it would replace the file. That it stays shows the fast path did neither; the real stamp
        // only records hashes of what was written, so this cannot happen in a build.
        var assembly = CompileInventoryAssembly("Stamped", StubJson);
        RunWithStamp(assembly);
        File.WriteAllText(OutputFile(name), handMade);
        File.WriteAllText(StampPath, ReplaceValue(File.ReadAllText(StampPath), key, Sha256(System.Text.Encoding.UTF8.GetBytes(handMade))));

        var (_, output) = RunWithStamp(assembly);

        Assert.Contains(FastPath, output, StringComparison.Ordinal);
        Assert.Equal(handMade, File.ReadAllText(OutputFile(name)));
    }

    [Theory]
    [InlineData("privacy-inventory.md", "# Privacy information\n")]
    [InlineData("privacy-inventory.de.md", "# Datenschutzhinweise\n")]
    public void Markdown_edited_by_hand_is_rendered_again(string name, string rendered)
    {
        var assembly = CompileInventoryAssembly("Stamped", StubJson);
        RunWithStamp(assembly);
        var stamp = File.ReadAllText(StampPath);
        File.WriteAllText(OutputFile(name), rendered + "An edit.\n");

        var (_, output) = RunWithStamp(assembly);

        Assert.DoesNotContain(FastPath, output, StringComparison.Ordinal);
        Assert.Contains("wrote " + name + " ", output, StringComparison.Ordinal);
        Assert.Equal(rendered, File.ReadAllText(OutputFile(name)));
        Assert.Equal(stamp, File.ReadAllText(StampPath));
    }

    [Theory]
    [InlineData("privacy-inventory.md")]
    [InlineData("privacy-inventory.de.md")]
    [InlineData("privacy-inventory.json")]
    public void Deleted_output_is_written_again(string name)
    {
        var assembly = CompileInventoryAssembly("Stamped", StubJson);
        RunWithStamp(assembly);
        var expected = File.ReadAllBytes(OutputFile(name));
        File.Delete(OutputFile(name));

        var (_, output) = RunWithStamp(assembly);

        Assert.DoesNotContain(FastPath, output, StringComparison.Ordinal);
        Assert.Equal(expected, File.ReadAllBytes(OutputFile(name)));
    }

    [Fact]
    public void Json_edited_by_hand_is_written_again()
    {
        var assembly = CompileInventoryAssembly("Stamped", StubJson);
        RunWithStamp(assembly);
        Assert.Equal(LaidOut(StubJson), File.ReadAllText(OutputFile("privacy-inventory.json")));
        File.WriteAllText(OutputFile("privacy-inventory.json"), StubJson + "\n");

        var (_, output) = RunWithStamp(assembly);

        Assert.DoesNotContain(FastPath, output, StringComparison.Ordinal);
        Assert.Equal(LaidOut(StubJson), File.ReadAllText(OutputFile("privacy-inventory.json")));
    }

    [Fact]
    public void Changed_inventory_is_rendered_and_the_stamp_updated()
    {
        RunWithStamp(CompileInventoryAssembly("Stamped", StubJson));
        var json = File.ReadAllText(Path.Combine(TestPaths.GoldenDirectory, "health-platform.json"));
        var changed = CompileInventoryAssembly("Health", json);

        var (_, output) = RunWithStamp(changed);

        Assert.DoesNotContain(FastPath, output, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", output, StringComparison.Ordinal);
        Assert.Equal(LaidOut(json), File.ReadAllText(OutputFile("privacy-inventory.json")));
        Assert.Equal(File.ReadAllText(Path.Combine(TestPaths.GoldenDirectory, "health-platform.en.md")), File.ReadAllText(OutputFile("privacy-inventory.md")));
        Assert.Equal(File.ReadAllText(Path.Combine(TestPaths.GoldenDirectory, "health-platform.de.md")), File.ReadAllText(OutputFile("privacy-inventory.de.md")));
        var stamp = File.ReadAllText(StampPath);
        Assert.Contains("json-sha256=" + Sha256(System.Text.Encoding.UTF8.GetBytes(LaidOut(json))) + "\n", stamp, StringComparison.Ordinal);
        Assert.Contains("md-sha256=" + Sha256(File.ReadAllBytes(OutputFile("privacy-inventory.md"))) + "\n", stamp, StringComparison.Ordinal);
        Assert.Contains("de.md-sha256=" + Sha256(File.ReadAllBytes(OutputFile("privacy-inventory.de.md"))) + "\n", stamp, StringComparison.Ordinal);

        Assert.Contains(FastPath, RunWithStamp(changed).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Stamp_of_another_inventory_renders_even_when_the_json_file_already_holds_the_new_one()
    {
        // As after a run that wrote the new JSON and then failed on the Markdown: the JSON file is current,
        // the Markdown and the stamp are still those of the old inventory.
        RunWithStamp(CompileInventoryAssembly("Stamped", StubJson));
        var json = File.ReadAllText(Path.Combine(TestPaths.GoldenDirectory, "health-platform.json"));
        File.WriteAllText(OutputFile("privacy-inventory.json"), LaidOut(json));

        var (_, output) = RunWithStamp(CompileInventoryAssembly("Health", json));

        Assert.DoesNotContain(FastPath, output, StringComparison.Ordinal);
        Assert.Contains("wrote privacy-inventory.md, privacy-inventory.de.md ", output, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(Path.Combine(TestPaths.GoldenDirectory, "health-platform.en.md")), File.ReadAllText(OutputFile("privacy-inventory.md")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("\0\u00ff\u00fe binary \n=\n==")]
    [InlineData("format=1\n")]
    [InlineData("format=3")]
    [InlineData("a stamp of format 1")]
    [InlineData("extra=1")]
    [InlineData("duplicate")]
    [InlineData("truncated")]
    public void Corrupt_stamp_is_ignored_without_a_warning_and_rewritten(string corruption)
    {
        var assembly = CompileInventoryAssembly("Stamped", StubJson);
        RunWithStamp(assembly);
        var good = File.ReadAllText(StampPath);
        File.WriteAllText(StampPath, corruption switch
        {
            "format=3" => ReplaceValue(good, "format", "3"),
            "a stamp of format 1" => ReplaceValue(string.Join('\n', good.Split('\n').Where(line => !line.StartsWith("constant-sha256=", StringComparison.Ordinal))), "format", "1"),
            "extra=1" => good + "extra=1\n",
            "duplicate" => good + good.Split('\n')[5] + "\n",
            "truncated" => good[..(good.Length / 2)],
            _ => corruption,
        });

        var (exitCode, output) = RunWithStamp(assembly);

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain(FastPath, output, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", output, StringComparison.Ordinal);
        Assert.Single(output.TrimEnd('\n').Split('\n'));
        Assert.Equal(good, File.ReadAllText(StampPath));
        Assert.Contains(FastPath, RunWithStamp(assembly).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Stamp_with_crlf_line_ends_is_still_read()
    {
        var assembly = CompileInventoryAssembly("Stamped", StubJson);
        RunWithStamp(assembly);
        File.WriteAllText(StampPath, File.ReadAllText(StampPath).Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Contains(FastPath, RunWithStamp(assembly).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_project_name_renders_again()
    {
        var assembly = CompileInventoryAssembly("Stamped", StubJson);
        RunWithStamp(assembly, "Stamped");

        var (_, output) = RunWithStamp(assembly, "Renamed");

        Assert.DoesNotContain(FastPath, output, StringComparison.Ordinal);
        Assert.Contains("privacy inventory of Renamed unchanged", output, StringComparison.Ordinal);
        Assert.Contains("project=Renamed\n", File.ReadAllText(StampPath), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tool")]
    [InlineData("renderer")]
    [InlineData("taxonomy")]
    [InlineData("attributes")]
    public void Stamp_of_another_build_of_the_tool_renders_again(string key)
    {
        var assembly = CompileInventoryAssembly("Stamped", StubJson);
        RunWithStamp(assembly);
        var good = File.ReadAllText(StampPath);
        File.WriteAllText(StampPath, ReplaceValue(good, key, Guid.Empty.ToString("D")));

        var (_, output) = RunWithStamp(assembly);

        Assert.DoesNotContain(FastPath, output, StringComparison.Ordinal);
        Assert.Equal(good, File.ReadAllText(StampPath));
    }

    [Fact]
    public void Assembly_without_the_inventory_deletes_the_stamp_with_the_outputs()
    {
        RunWithStamp(CompileInventoryAssembly("Stamped", StubJson));
        Assert.True(File.Exists(StampPath));
        var assembly = Compile("NoInventory", "namespace Other { public static class Thing { public const string Json = \"{}\"; } }");

        var (_, output) = RunWithStamp(assembly);

        Assert.Contains("warning PRIVINV001", output, StringComparison.Ordinal);
        Assert.False(File.Exists(StampPath), "stamp left");
        Assert.Empty(Directory.GetFiles(OutputDirectory));
    }

    [Fact]
    public void Malformed_inventory_deletes_the_stamp_with_the_outputs()
    {
        RunWithStamp(CompileInventoryAssembly("Stamped", StubJson));
        var assembly = CompileInventoryAssembly("Malformed", """{"schemaVersion":7,"assembly":"X"}""");

        var (_, output) = RunWithStamp(assembly);

        Assert.Contains("warning PRIVINV002", output, StringComparison.Ordinal);
        Assert.False(File.Exists(StampPath), "stamp left");
    }

    [Fact]
    public void Stamp_that_cannot_be_written_is_ignored_quietly()
    {
        var assembly = CompileInventoryAssembly("Stamped", StubJson);
        Directory.CreateDirectory(StampPath); // a folder where the file should be

        var (exitCode, output) = RunWithStamp(assembly);

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("warning", output, StringComparison.Ordinal);
        Assert.Contains("wrote privacy-inventory.json", output, StringComparison.Ordinal);
        Assert.True(File.Exists(OutputFile("privacy-inventory.md")));
        Assert.DoesNotContain(FastPath, RunWithStamp(assembly).Output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(StampPath)!, "*.tmp"));
    }

    [Fact]
    public void Without_stamp_option_no_stamp_is_written_and_every_run_renders()
    {
        var assembly = CompileInventoryAssembly("Stamped", StubJson);
        Run("write", "--assembly", assembly, "--output", OutputDirectory);

        var (_, output) = Run("write", "--assembly", assembly, "--output", OutputDirectory);

        Assert.Contains("unchanged", output, StringComparison.Ordinal);
        Assert.DoesNotContain(FastPath, output, StringComparison.Ordinal);
        Assert.Equal(
            ["Stamped.dll", Path.Combine("out", "privacy-inventory.de.md"), Path.Combine("out", "privacy-inventory.json"), Path.Combine("out", "privacy-inventory.md")],
            Directory.GetFiles(directory, "*", SearchOption.AllDirectories).Select(file => Path.GetRelativePath(directory, file)).Order(StringComparer.Ordinal));
    }

    private (int ExitCode, string Output) RunWithStamp(string assembly, string projectName = "Stamped") =>
        Run("write", "--assembly", assembly, "--output", OutputDirectory, "--project-name", projectName, "--stamp", StampPath);

    private static string ReplaceValue(string stamp, string key, string value) =>
        string.Concat(stamp.Split('\n').Where(line => line.Length > 0).Select(line => (line.StartsWith(key + "=", StringComparison.Ordinal) ? key + "=" + value : line) + "\n"));

    private static string Sha256(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
}
