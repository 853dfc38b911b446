using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAttributes.Generators.Tests.Infrastructure;

namespace PrivacyAttributes.Generators.Tests;

/// <summary>
/// The <c>PrivacyInventory.Json</c> constant: compact JSON (the file's layout is made by the inventory
/// tool) in a verbatim string literal, which compiles in every language version.
/// </summary>
public sealed class InventoryConstantTests
{
    // C# 7.3 throughout, so every language version compiles it; the description needs escaping in JSON and in
    // both literals (quotes, three of them in a row, a backslash, a line break, a control character).
    private const string Source = """
        using PrivacyAttributes;
        [assembly: PurposeLegalBasis(Purpose.AccountManagement, LegalBasis.Contract)]
        namespace Shop
        {
            public sealed class Customer
            {
                [PersonalData(Category.Email, Purpose.AccountManagement)]
                public string Email { get; set; } = "";

                [PersonalData(Category.Other, Purpose.AccountManagement, Description = "He said \"\"\"hi\"\"\" \\ C:\\path\nnext \u0001 \"")]
                public string Note { get; set; } = "";
            }
        }
        """;

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.CSharp10)]
    [InlineData(LanguageVersion.CSharp11)]
    [InlineData(LanguageVersion.Latest)]
    public void The_constant_is_compact_json_with_the_same_value_in_every_language_version(LanguageVersion version)
    {
        var (constant, source) = Generate(version);

        Assert.Contains("public const string Json = @\"{\"\"schemaVersion\"\":1,", source);
        Assert.Equal(Generate(LanguageVersion.Latest).Constant, constant);
        Assert.StartsWith("{\"schemaVersion\":1,\"assembly\":\"Shop\",", constant);
        Assert.DoesNotContain("\n", constant);
        Assert.DoesNotContain("\": ", constant);
        Assert.Contains("\"description\":\"He said \\\"\\\"\\\"hi\\\"\\\"\\\" \\\\ C:\\\\path\\u000anext \\u0001 \\\"\"", constant);

        // Laid out, it is the file the tool writes, which the other tests read.
        var laidOut = System.Text.Encoding.UTF8.GetString(PrivacyAttributes.Inventory.InventoryJsonLayout.Indent(System.Text.Encoding.UTF8.GetBytes(constant)));
        Assert.Equal(GeneratorHarness.Run("Shop", [new TestFile("Customer.cs", Source)]).Json, laidOut);
        Assert.Contains("\n  \"dataItems\": [\n    {\n      \"id\": \"Shop.Customer.Email\",", laidOut);
    }

    private static (string Constant, string Source) Generate(LanguageVersion version)
    {
        var parseOptions = new CSharpParseOptions(version);
        var compilation = CSharpCompilation.Create(
            "Shop",
            [CSharpSyntaxTree.ParseText(Source, parseOptions, GeneratorHarness.ProjectDirectory + "Customer.cs", System.Text.Encoding.UTF8)],
            GeneratorHarness.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        GeneratorHarness.CreateDriver().WithUpdatedParseOptions(parseOptions).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        var generated = output.SyntaxTrees.Single(tree => tree.FilePath.EndsWith("PrivacyInventory.g.cs", System.StringComparison.Ordinal));
        return (GeneratorHarness.InventoryConstant(output)!, generated.ToString());
    }
}
