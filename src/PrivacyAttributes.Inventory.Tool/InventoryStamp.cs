using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using PrivacyAttributes.Taxonomy;

namespace PrivacyAttributes.Inventory.Tool;

/// <summary>
/// What a run of the tool rendered, kept in the intermediate folder (<c>--stamp PATH</c>) so that the next
/// run can tell, without parsing and rendering, that the files on disk are already what it would write.
/// </summary>
/// <remarks>
/// <para>Most builds recompile the assembly without changing its inventory (a method body was edited), and
/// laying out, parsing and rendering are most of the tool's time. The three files are decided by the constant
/// in the assembly and by the code that lays it out, parses and renders it, so the stamp records the
/// constant's hash together with the module version ids of every assembly of that code, and the hashes of
/// the three files it wrote: when all of them still hold and the files on disk have those hashes, rendering
/// again would write nothing. The check hashes the constant as read and the files as they are, so it does
/// not lay out the JSON either (at 1,000 types that was half of the fast path).</para>
/// <para>The stamp is only a shortcut: one that is missing, unreadable or malformed is ignored and the tool
/// renders as without it; failing to write or delete it is never reported.</para>
/// <para>Text, one <c>key=value</c> a line, <c>\n</c> line ends, hashes as lowercase hex SHA-256.</para>
/// </remarks>
internal sealed record InventoryStamp(
    string Tool,
    string Renderer,
    string Taxonomy,
    string Attributes,
    string ProjectName,
    string ConstantSha256,
    string JsonSha256,
    string EnglishSha256,
    string GermanSha256)
{
    /// <summary>Raised when the meaning of a key changes, so that a stamp of an older tool is not misread.</summary>
    private const string FormatVersion = "2";

    // Far larger than any stamp (a project name is short): a file this long is not one, and is not read whole.
    private const int MaximumLength = 64 * 1024;

    private static readonly string[] Keys = ["format", "tool", "renderer", "taxonomy", "attributes", "project", "constant-sha256", "json-sha256", "md-sha256", "de.md-sha256"];

    /// <summary>The module version ids of this tool and of the assemblies that parse and render the inventory
    /// (the enumerations' names decide which JSON parses). The builds are deterministic, so an id changes
    /// exactly when the code does.</summary>
    private static readonly (string Tool, string Renderer, string Taxonomy, string Attributes) CurrentIdentity = (
        ModuleVersionId(typeof(InventoryStamp).Assembly),
        ModuleVersionId(typeof(MarkdownRenderer).Assembly),
        ModuleVersionId(typeof(PrivacyTaxonomy).Assembly),
        ModuleVersionId(typeof(Category).Assembly));

    /// <summary>The stamp of outputs this tool has just rendered.</summary>
    public static InventoryStamp For(string projectName, ReadOnlySpan<byte> constant, ReadOnlySpan<byte> json, ReadOnlySpan<byte> english, ReadOnlySpan<byte> german) =>
        new(CurrentIdentity.Tool, CurrentIdentity.Renderer, CurrentIdentity.Taxonomy, CurrentIdentity.Attributes, projectName, Sha256(constant), Sha256(json), Sha256(english), Sha256(german));

    /// <summary>Whether this stamp was written by this very tool, for this project and this constant: then the
    /// files it records are what laying out and rendering the constant again would give.</summary>
    public bool IsFor(string projectName, ReadOnlySpan<byte> constant) =>
        (Tool, Renderer, Taxonomy, Attributes) == CurrentIdentity
        && string.Equals(ProjectName, projectName, StringComparison.Ordinal)
        && string.Equals(ConstantSha256, Sha256(constant), StringComparison.Ordinal);

    /// <summary>Whether the three files hold what this stamp recorded, by hash.</summary>
    /// <exception cref="IOException">A file could not be read.</exception>
    /// <exception cref="UnauthorizedAccessException">A file could not be read.</exception>
    public bool MatchesFiles(string jsonPath, string englishPath, string germanPath) =>
        string.Equals(JsonSha256, FileSha256(jsonPath), StringComparison.Ordinal)
        && string.Equals(EnglishSha256, FileSha256(englishPath), StringComparison.Ordinal)
        && string.Equals(GermanSha256, FileSha256(germanPath), StringComparison.Ordinal);

    /// <summary>Reads a stamp; <see langword="null"/> when there is none or it cannot be read or understood.</summary>
    public static InventoryStamp? TryRead(string path)
    {
        string text;
        try
        {
            var file = new FileInfo(path);
            if (!file.Exists || file.Length > MaximumLength)
            {
                return null;
            }

            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var rawLine in text.Split('\n'))
        {
            // Tolerates a stamp whose line ends were turned into \r\n (a checkout, an editor).
            var line = rawLine.TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            var separator = line.IndexOf('=', StringComparison.Ordinal);
            if (separator <= 0
                || Array.IndexOf(Keys, line[..separator]) < 0
                || !values.TryAdd(line[..separator], line[(separator + 1)..]))
            {
                return null;
            }
        }

        if (values.Count != Keys.Length || !string.Equals(values["format"], FormatVersion, StringComparison.Ordinal))
        {
            return null;
        }

        return new InventoryStamp(
            values["tool"],
            values["renderer"],
            values["taxonomy"],
            values["attributes"],
            values["project"],
            values["constant-sha256"],
            values["json-sha256"],
            values["md-sha256"],
            values["de.md-sha256"]);
    }

    /// <summary>Writes the stamp atomically, unless the file already holds it. A failure is ignored: without a
    /// stamp the next build only renders again.</summary>
    public void TryWrite(string path)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            OutputFiles.WriteIfChanged(path, ToText());
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Deletes the stamp if it exists. A failure is ignored: a stamp whose files are gone matches nothing.</summary>
    public static void TryDelete(string path)
    {
        try
        {
            OutputFiles.DeleteIfExists(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>The text of the stamp file. A project name with a line break cannot be read back: such a
    /// stamp never matches, and the tool renders every time, as without one.</summary>
    public string ToText()
    {
        var builder = new StringBuilder();
        foreach (var (key, value) in new[]
        {
            ("format", FormatVersion), ("tool", Tool), ("renderer", Renderer), ("taxonomy", Taxonomy), ("attributes", Attributes),
            ("project", ProjectName), ("constant-sha256", ConstantSha256), ("json-sha256", JsonSha256), ("md-sha256", EnglishSha256), ("de.md-sha256", GermanSha256),
        })
        {
            builder.Append(key).Append('=').Append(value).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>Lowercase hex SHA-256.</summary>
    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();

    // A missing file has no hash, and so matches no recorded one.
    private static string? FileSha256(string path) => File.Exists(path) ? Sha256(File.ReadAllBytes(path)) : null;

    private static string ModuleVersionId(Assembly assembly) =>
        assembly.ManifestModule.ModuleVersionId.ToString("D", CultureInfo.InvariantCulture);
}
