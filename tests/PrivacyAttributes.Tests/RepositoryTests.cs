using System;
using System.IO;
using System.Text.RegularExpressions;
using Xunit;

namespace PrivacyAttributes.Tests;

/// <summary>The repository keeps the promises its README makes.</summary>
public sealed class RepositoryTests
{
    [Fact]
    public void Ci_runs_the_test_command_written_in_the_readme()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot, "README.md"));
        var ci = File.ReadAllText(Path.Combine(RepositoryRoot, ".ci", "run"));
        var command = Regex.Match(readme, @"# 2\. Run every test.*\n(?<command>dotnet test [^\n]+)").Groups["command"].Value.Trim();
        Assert.StartsWith("dotnet test", command);
        Assert.Contains(command, ci, StringComparison.Ordinal);
    }

    [Fact]
    public void Global_json_pins_the_sdk_band_the_issue_asks_for()
    {
        var globalJson = File.ReadAllText(Path.Combine(RepositoryRoot, "global.json"));
        Assert.Contains("\"version\": \"10.0.100\"", globalJson, StringComparison.Ordinal);
        Assert.Contains("\"rollForward\": \"latestFeature\"", globalJson, StringComparison.Ordinal);
    }

    internal static string RepositoryRoot => PrivacyAttributes.Testing.RepositoryPaths.Root;
}
