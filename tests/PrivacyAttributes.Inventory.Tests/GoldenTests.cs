using System;
using System.IO;

namespace PrivacyAttributes.Inventory.Tests;

/// <summary>
/// Renders the golden inventories and compares the Markdown with the checked-in files byte for byte.
/// On a mismatch the actual output is written next to the expected file as <c>*.actual.md</c>; with
/// <c>PRIVACYATTRIBUTES_UPDATE_GOLDEN=1</c> the expected files are overwritten instead (docs/golden-files.md).
/// </summary>
public sealed class GoldenTests
{
    private const string UpdateVariable = "PRIVACYATTRIBUTES_UPDATE_GOLDEN";

    [Theory]
    [InlineData("corporate-website", PolicyLanguage.English, "en")]
    [InlineData("corporate-website", PolicyLanguage.German, "de")]
    [InlineData("health-platform", PolicyLanguage.English, "en")]
    [InlineData("health-platform", PolicyLanguage.German, "de")]
    public void Rendered_policy_matches_the_golden_file(string model, PolicyLanguage language, string suffix)
    {
        var inventory = InventoryJsonReader.Read(File.ReadAllText(Path.Combine(TestPaths.GoldenDirectory, model + ".json")));
        var actual = MarkdownRenderer.Render(inventory, language);

        var expectedPath = Path.Combine(TestPaths.GoldenDirectory, $"{model}.{suffix}.md");
        var actualPath = Path.Combine(TestPaths.GoldenDirectory, $"{model}.{suffix}.actual.md");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(expectedPath, actual);
            File.Delete(actualPath);
            return;
        }

        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath) : null;
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            File.Delete(actualPath);
            return;
        }

        File.WriteAllText(actualPath, actual);
        Assert.Fail(
            $"{expectedPath} differs from the rendered output, written to {actualPath}.\n" +
            $"Review with: diff -u {expectedPath} {actualPath}\n" +
            $"If the new output is right, regenerate with: {UpdateVariable}=1 dotnet test tests/PrivacyAttributes.Inventory.Tests --filter GoldenTests");
    }
}
