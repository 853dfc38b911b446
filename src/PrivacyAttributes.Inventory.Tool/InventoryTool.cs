using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace PrivacyAttributes.Inventory.Tool;

/// <summary>
/// <c>write --assembly PATH --output DIR [--project-name NAME] [--stamp PATH]</c>: writes
/// <c>privacy-inventory.json</c>, <c>privacy-inventory.md</c> and <c>privacy-inventory.de.md</c> to DIR from
/// the inventory compiled into the assembly. With <c>--stamp</c>, an <see cref="InventoryStamp"/> there lets a
/// run whose inventory did not change skip laying out, parsing and rendering. <c>version</c> prints the tool's name and
/// version and exits 0.
/// </summary>
/// <remarks>
/// Problems are reported as MSBuild canonical warnings (<c>ORIGIN: warning CODE: message</c>), which the
/// build's Exec task shows as build warnings, and the exit code stays 0 so the build goes on: a missing
/// policy must not stop a developer from compiling. Only a wrong command line (a bug in the targets) exits
/// with 1. Nothing escapes as a stack trace.
/// </remarks>
internal static class InventoryTool
{
    /// <summary>The names of the files written.</summary>
    public const string JsonFileName = "privacy-inventory.json";

    /// <inheritdoc cref="JsonFileName"/>
    public const string EnglishFileName = "privacy-inventory.md";

    /// <inheritdoc cref="JsonFileName"/>
    public const string GermanFileName = "privacy-inventory.de.md";

    private const string ToolName = "PrivacyAttributes.Inventory.Tool";

    private const string Usage = "usage: write --assembly PATH --output DIR [--project-name NAME] [--stamp PATH] | version";

    public static int Run(string[] args, TextWriter output)
    {
        if (args is ["version"])
        {
            // The build asks this first of the native build of the tool, to fall back to the portable one
            // where it cannot run (an older C library, a package folder without execute permission).
            var build = System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported ? "portable" : "native";
            output.WriteLine($"{ToolName} {typeof(InventoryTool).Assembly.GetName().Version} ({build})");
            return 0;
        }

        if (!TryParse(args, out var command, out var problem))
        {
            output.WriteLine($"{ToolName}: error PRIVINV000: {problem} {Usage}");
            return 1;
        }

        try
        {
            Write(command, output);
        }
        catch (Exception exception)
        {
            // The last line of defence: whatever went wrong, the build gets a warning, not a crash.
            Warn(output, command.AssemblyPath, "PRIVINV999", $"The privacy inventory of {command.ProjectName} could not be written because of an unexpected error ({exception.GetType().Name}: {exception.Message}). Please report this as a PrivacyAttributes bug.");
        }

        return 0;
    }

    private static void Write(WriteCommand command, TextWriter output)
    {
        byte[]? constant;
        try
        {
            constant = InventoryAssemblyReader.ReadInventoryJsonUtf8(command.AssemblyPath);
        }
        catch (BadImageFormatException exception)
        {
            Warn(output, command.AssemblyPath, "PRIVINV001", $"No privacy inventory was written for {command.ProjectName}: the file is not a readable .NET assembly ({exception.Message}).");
            DeleteStaleOutputs(command, output);
            return;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Warn(output, command.AssemblyPath, "PRIVINV003", $"No privacy inventory was written for {command.ProjectName}: the assembly could not be read ({exception.Message}).");
            return;
        }

        if (constant is null)
        {
            Warn(output, command.AssemblyPath, "PRIVINV001", $"No privacy inventory was written for {command.ProjectName}: the assembly has no PrivacyAttributes.Generated.PrivacyInventory.Json. Is the PrivacyAttributes source generator disabled? Set GeneratePrivacyInventory to false to skip the inventory.");
            DeleteStaleOutputs(command, output);
            return;
        }

        if (command.StampPath is not null && OutputsMatchStamp(command, command.StampPath, constant))
        {
            output.WriteLine($"{ToolName}: privacy inventory of {command.ProjectName} unchanged in {command.OutputDirectory} (as recorded in {command.StampPath}; not rendered again)");
            return;
        }

        // The constant is compact; the file is laid out for people and for diffs.
        byte[] jsonBytes;
        try
        {
            jsonBytes = InventoryJsonLayout.Indent(constant);
        }
        catch (System.Text.Json.JsonException)
        {
            // Not JSON at all: the reader says where, as for any malformed inventory.
            Warn(output, command.AssemblyPath, "PRIVINV002", $"No privacy inventory was written for {command.ProjectName}: the inventory in the assembly is malformed: {MalformedReason(constant)}");
            DeleteStaleOutputs(command, output);
            return;
        }

        string english, german;
        try
        {
            // The compact constant: the same tokens as the file, in fewer bytes.
            var inventory = InventoryJsonReader.Read(constant);
            english = MarkdownRenderer.Render(inventory, PolicyLanguage.English);
            german = MarkdownRenderer.Render(inventory, PolicyLanguage.German);
        }
        catch (InventoryFormatException exception)
        {
            Warn(output, command.AssemblyPath, "PRIVINV002", $"No privacy inventory was written for {command.ProjectName}: the inventory in the assembly is malformed: {exception.Message}");
            DeleteStaleOutputs(command, output);
            return;
        }

        try
        {
            Directory.CreateDirectory(command.OutputDirectory);
            var englishBytes = OutputFiles.Encode(english);
            var germanBytes = OutputFiles.Encode(german);
            var written = new List<string>();
            foreach (var (name, bytes) in new[] { (JsonFileName, jsonBytes), (EnglishFileName, englishBytes), (GermanFileName, germanBytes) })
            {
                if (OutputFiles.WriteIfChanged(Path.Combine(command.OutputDirectory, name), bytes))
                {
                    written.Add(name);
                }
            }

            // Only once all three files hold what was rendered: a stamp never vouches for a file not written.
            if (command.StampPath is not null)
            {
                InventoryStamp.For(command.ProjectName, constant, jsonBytes, englishBytes, germanBytes).TryWrite(command.StampPath);
            }

            output.WriteLine(written.Count == 0
                ? $"{ToolName}: privacy inventory of {command.ProjectName} unchanged in {command.OutputDirectory}"
                : $"{ToolName}: wrote {string.Join(", ", written)} to {command.OutputDirectory}");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Warn(output, command.AssemblyPath, "PRIVINV003", $"The privacy inventory of {command.ProjectName} could not be written to {command.OutputDirectory}: {exception.Message}");
        }
    }

    /// <summary>The reader's account of what is wrong with text that is not JSON.</summary>
    private static string MalformedReason(byte[] json)
    {
        try
        {
            InventoryJsonReader.Read(json);
        }
        catch (InventoryFormatException exception)
        {
            return exception.Message;
        }

        return "it is not a single well-formed JSON document.";
    }

    /// <summary>When no inventory can be made, files from an earlier build would describe code that no longer
    /// exists; they are removed so that an outdated policy is never shipped by mistake.</summary>
    private static void DeleteStaleOutputs(WriteCommand command, TextWriter output)
    {
        if (command.StampPath is not null)
        {
            InventoryStamp.TryDelete(command.StampPath);
        }

        try
        {
            foreach (var name in new[] { JsonFileName, EnglishFileName, GermanFileName })
            {
                OutputFiles.DeleteIfExists(Path.Combine(command.OutputDirectory, name));
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Warn(output, command.AssemblyPath, "PRIVINV003", $"Outdated privacy inventory files in {command.OutputDirectory} could not be deleted: {exception.Message}");
        }
    }

    /// <summary>Whether the stamp shows that the files on disk are what laying out and rendering
    /// <paramref name="constant"/> would write. Any doubt, an unreadable file included, means no: the slow path then renders, and reports
    /// a real problem with the files as it always has.</summary>
    private static bool OutputsMatchStamp(WriteCommand command, string stampPath, byte[] constant)
    {
        var stamp = InventoryStamp.TryRead(stampPath);
        if (stamp is null || !stamp.IsFor(command.ProjectName, constant))
        {
            return false;
        }

        try
        {
            return stamp.MatchesFiles(
                Path.Combine(command.OutputDirectory, JsonFileName),
                Path.Combine(command.OutputDirectory, EnglishFileName),
                Path.Combine(command.OutputDirectory, GermanFileName));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void Warn(TextWriter output, string origin, string code, string message) =>
        output.WriteLine($"{origin}: warning {code}: {SingleLine(message)}");

    // A canonical message is one line: a second line would be shown as plain output, not as part of the warning.
    private static string SingleLine(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            builder.Append(character is '\r' or '\n' ? ' ' : character);
        }

        return builder.ToString();
    }

    private static bool TryParse(string[] args, out WriteCommand command, out string problem)
    {
        command = new WriteCommand(string.Empty, string.Empty, string.Empty, null);
        problem = string.Empty;
        if (args.Length == 0 || args[0] != "write")
        {
            problem = "The commands are 'write' and 'version'.";
            return false;
        }

        string? assembly = null, outputDirectory = null, projectName = null, stamp = null;
        for (var index = 1; index < args.Length; index += 2)
        {
            if (index + 1 >= args.Length)
            {
                problem = $"Option '{args[index]}' has no value.";
                return false;
            }

            switch (args[index])
            {
                case "--assembly":
                    assembly = args[index + 1];
                    break;
                case "--output":
                    outputDirectory = args[index + 1];
                    break;
                case "--project-name":
                    projectName = args[index + 1];
                    break;
                case "--stamp":
                    stamp = args[index + 1];
                    break;
                default:
                    problem = $"Unknown option '{args[index]}'.";
                    return false;
            }
        }

        if (string.IsNullOrWhiteSpace(assembly) || string.IsNullOrWhiteSpace(outputDirectory))
        {
            problem = "--assembly and --output are required.";
            return false;
        }

        command = new WriteCommand(
            assembly,
            outputDirectory,
            string.IsNullOrWhiteSpace(projectName) ? Path.GetFileNameWithoutExtension(assembly) : projectName,
            string.IsNullOrWhiteSpace(stamp) ? null : stamp);
        return true;
    }

    // StampPath is null without --stamp: every run then parses and renders, as before the stamp existed.
    private sealed record WriteCommand(string AssemblyPath, string OutputDirectory, string ProjectName, string? StampPath);
}
