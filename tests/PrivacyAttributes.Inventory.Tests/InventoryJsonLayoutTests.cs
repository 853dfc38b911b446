using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace PrivacyAttributes.Inventory.Tests;

/// <summary>
/// <see cref="InventoryJsonLayout"/> turns the compact constant into the file's layout: the inventories the
/// generator wrote in that layout come back byte for byte from their compact form.
/// </summary>
public sealed class InventoryJsonLayoutTests
{
    /// <summary>The generator's own output, as the snapshot tests keep it.</summary>
    public static TheoryData<string> GeneratorSnapshots()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "tests", "PrivacyAttributes.Generators.Tests", "Snapshots"), "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GeneratorSnapshots))]
    public void The_compact_form_of_a_generator_snapshot_is_laid_out_as_that_snapshot(string name)
    {
        var file = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "tests", "PrivacyAttributes.Generators.Tests", "Snapshots", name));
        var compact = Compact(file);
        Assert.True(compact.Length < file.Length * 0.9, "the snapshot is not laid out");

        Assert.Equal(file, Indent(compact));
        Assert.Equal(file, Indent(file));
    }

    [Theory]
    [InlineData("corporate-website.json")]
    [InlineData("health-platform.json")]
    public void The_layout_depends_on_the_tokens_alone(string golden)
    {
        // These are laid out by another writer (one string per line): the layout ignores how a text was laid out.
        var file = File.ReadAllText(Path.Combine(TestPaths.GoldenDirectory, golden));
        var laidOut = Indent(file);

        Assert.NotEqual(file, laidOut);
        Assert.Equal(laidOut, Indent(Compact(file)));
        Assert.Equal(laidOut, Indent(laidOut));
        Assert.Equal(Compact(file), Compact(laidOut));
    }

    [Theory]
    [InlineData("{}", "{}\n")]
    [InlineData("[]", "[]\n")]
    [InlineData("{\"a\":[],\"b\":{}}", "{\n  \"a\": [],\n  \"b\": {}\n}\n")]
    [InlineData("{\"a\":[\"x\"]}", "{\n  \"a\": [ \"x\" ]\n}\n")]
    [InlineData("{\"a\":[\"x\",\"y\"]}", "{\n  \"a\": [ \"x\", \"y\" ]\n}\n")]
    [InlineData("{\"a\":[{\"b\":1},{\"c\":true}]}", "{\n  \"a\": [\n    {\n      \"b\": 1\n    },\n    {\n      \"c\": true\n    }\n  ]\n}\n")]
    [InlineData("{\"a\":[1,null]}", "{\n  \"a\": [\n    1,\n    null\n  ]\n}\n")]
    [InlineData("{\"a\":[\"x\",1]}", "{\n  \"a\": [\n    \"x\",\n    1\n  ]\n}\n")]
    [InlineData("{\"a\\\"b\":\"c\\u0001\\\\ é 😀\"}", "{\n  \"a\\\"b\": \"c\\u0001\\\\ é 😀\"\n}\n")]
    [InlineData(" { \"a\" : -1.5e3 } ", "{\n  \"a\": -1.5e3\n}\n")]
    public void Values_are_copied_as_written_and_only_whitespace_changes(string json, string expected) =>
        Assert.Equal(expected, Indent(json));

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{\"a\":1}{}")]
    [InlineData("{\"a\":1,}")]
    [InlineData("// comment\n{}")]
    [InlineData("{'a':1}")]
    public void Text_that_is_not_one_json_document_is_refused(string json) =>
        Assert.ThrowsAny<JsonException>(() => InventoryJsonLayout.Indent(Encoding.UTF8.GetBytes(json)));

    private static string Indent(string json) => Encoding.UTF8.GetString(InventoryJsonLayout.Indent(Encoding.UTF8.GetBytes(json)));

    /// <summary>The text without whitespace outside strings: how the generator writes the constant.</summary>
    private static string Compact(string json)
    {
        var result = new StringBuilder(json.Length);
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                result.Append(c);
                if (c == '\\')
                {
                    result.Append(json[++i]);
                }
                else if (c == '"')
                {
                    inString = false;
                }
            }
            else if (c == '"')
            {
                inString = true;
                result.Append(c);
            }
            else if (!char.IsWhiteSpace(c))
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
