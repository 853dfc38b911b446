using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace PrivacyAttributes.EndToEnd.Tests;

/// <summary>
/// The samples, built against the packed package as a user consumes it: their diagnostics are
/// exactly the documented findings, and the policy sections they generate are the checked-in ones.
/// Regenerate the checked-in Markdown with PRIVACYATTRIBUTES_UPDATE_GOLDEN=1 (docs/golden-files.md).
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed partial class SampleApplicationTests(PackedPackageFixture package)
{
    [Theory]
    [InlineData("CorporateWebsite")]
    [InlineData("HealthPlatform")]
    public void Sample_builds_with_exactly_its_documented_findings_and_its_checked_in_policy_sections(string sample)
    {
        Assert.True(package.PackResult.Succeeded, package.PackResult.ToString());
        var root = package.CreateWorkspace("sample-" + sample);
        CopyRepositoryFiles(root);
        var sampleDirectory = Path.Combine(root, "samples", sample);

        var build = DotNet.Run(
            root,
            "build", Path.Combine("samples", sample, sample + ".Web", sample + ".Web.csproj"),
            "--nologo",
            "-p:UsePrivacyAttributesPackage=true",
            "-p:PrivacyAttributesPackageVersion=" + PackedPackageFixture.PackageVersion);
        Assert.True(build.Succeeded, build.ToString());
        Assert.DoesNotContain("AD0001", build.Output);
        Assert.DoesNotContain("CS8785", build.Output);
        Assert.DoesNotContain("PRIVINV", build.Output);

        var reported = DiagnosticLine().Matches(build.Output)
            .Select(match => $"{Path.GetRelativePath(sampleDirectory, match.Groups["file"].Value).Replace('\\', '/')}({match.Groups["line"].Value}): {match.Groups["severity"].Value} {match.Groups["id"].Value}")
            .Distinct()
            .OrderBy(line => line, StringComparer.Ordinal)
            .ToArray();
        var expected = File.ReadAllLines(Path.Combine(DotNet.RepositoryRoot, "samples", sample, "expected-diagnostics.txt"))
            .Where(line => line.Length > 0)
            .OrderBy(line => line, StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(expected, reported);

        var output = Path.Combine(sampleDirectory, sample + ".Web", "bin", "Debug", "net10.0");
        var mismatches = new List<string>();
        foreach (var file in new[] { "privacy-inventory.md", "privacy-inventory.de.md" })
        {
            var actual = File.ReadAllText(Path.Combine(output, file));
            var checkedIn = Path.Combine(DotNet.RepositoryRoot, "samples", sample, file);
            if (Environment.GetEnvironmentVariable("PRIVACYATTRIBUTES_UPDATE_GOLDEN") == "1")
            {
                File.WriteAllText(checkedIn, actual);
                continue;
            }

            if (!File.Exists(checkedIn) || File.ReadAllText(checkedIn) != actual)
            {
                File.WriteAllText(checkedIn + ".actual", actual);
                mismatches.Add($"samples/{sample}/{file} differs from the build's output (written next to it as {file}.actual)");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches) + "\nIf the change is intended: PRIVACYATTRIBUTES_UPDATE_GOLDEN=1 dotnet test tests/PrivacyAttributes.EndToEnd.Tests --filter SampleApplicationTests");
    }

    /// <summary>The samples and the build files they import, without any build output.</summary>
    private static void CopyRepositoryFiles(string root)
    {
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props" })
        {
            File.Copy(Path.Combine(DotNet.RepositoryRoot, file), Path.Combine(root, file));
        }

        var source = Path.Combine(DotNet.RepositoryRoot, "samples");
        foreach (var path in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, path);
            var parts = relative.Split(Path.DirectorySeparatorChar);
            if (parts.Any(part => part is "bin" or "obj") || relative.EndsWith(".actual", StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(root, "samples", relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(path, target);
        }
    }

    [GeneratedRegex(@"^\s*(?<file>/[^\s(]+\.cs)\((?<line>\d+),\d+\): (?<severity>warning|error) (?<id>PRIV\d{3}):", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();
}
