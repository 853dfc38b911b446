using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PrivacyAttributes.Inventory.Tests;

/// <summary>docs/privacy-inventory.schema.json: it accepts what the format document and the golden files
/// say is an inventory, rejects what is not, and names exactly the enum members of the spec.</summary>
public sealed class SchemaTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse(File.ReadAllText(TestPaths.Docs("privacy-inventory.schema.json"))).RootElement;

    private static readonly JsonSchemaSubsetValidator Validator = new(Schema);

    [Fact]
    public void Schema_declares_draft_2020_12()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", Schema.GetProperty("$schema").GetString());
    }

    [Fact]
    public void Format_document_example_is_valid()
    {
        AssertValid(InventoryJsonReaderTests.FormatDocumentExample());
    }

    [Theory]
    [InlineData("corporate-website.json")]
    [InlineData("health-platform.json")]
    public void Golden_inventories_are_valid(string fileName)
    {
        AssertValid(File.ReadAllText(Path.Combine(TestPaths.GoldenDirectory, fileName)));
    }

    /// <summary>
    /// The generator's own output: its snapshot files are what the generator emits for their sources
    /// (the generator tests fail when they drift), so validating them validates generated inventories.
    /// </summary>
    [Theory]
    [InlineData("Application.json")]
    [InlineData("Empty.json")]
    [InlineData("Shop.json")]
    public void Generated_inventories_are_valid(string snapshot)
    {
        var path = Path.Combine(TestPaths.RepositoryRoot, "tests", "PrivacyAttributes.Generators.Tests", "Snapshots", snapshot);
        AssertValid(File.ReadAllText(path));
    }

    [Fact]
    public void Writer_output_is_valid()
    {
        AssertValid(InventoryJsonWriter.Write(InventoryJsonReader.Read(InventoryJsonReaderTests.FormatDocumentExample())));
    }

    [Theory]
    [InlineData("category", typeof(Category))]
    [InlineData("purposeName", typeof(Purpose))]
    [InlineData("dataSubject", typeof(DataSubject))]
    public void Schema_enums_are_exactly_the_enum_members(string definition, Type enumType)
    {
        var expected = Enum.GetNames(enumType).Where(name => name != nameof(DataSubject.None)).ToArray();

        Assert.Equal(expected, Schema.GetProperty("$defs").GetProperty(definition).GetProperty("enum").EnumerateArray().Select(e => e.GetString()!));
    }

    [Theory]
    [InlineData("legalBasis", "basis", typeof(LegalBasis))]
    [InlineData("legalBasis", "condition", typeof(SpecialCategoryCondition))]
    [InlineData("recipient", "kind", typeof(RecipientKind))]
    [InlineData("recipient", "transfer", typeof(TransferMechanism))]
    [InlineData("dataItem", "source", typeof(DataSource))]
    public void Schema_property_enums_are_exactly_the_enum_members(string definition, string property, Type enumType)
    {
        var values = Schema.GetProperty("$defs").GetProperty(definition).GetProperty("properties").GetProperty(property).GetProperty("enum");

        Assert.Equal(Enum.GetNames(enumType), values.EnumerateArray().Select(e => e.GetString()!));
    }

    [Theory]
    [InlineData("$.schemaVersion", "2", "$.schemaVersion: 2 is not one of the enum values")]
    [InlineData("$.assembly", "null", "$.assembly: expected type \"string\"")]
    [InlineData("$.extra", "true", "$: the property \"extra\" is not allowed")]
    [InlineData("$.controller.phone", "\"1\"", "$.controller: the property \"phone\" is not allowed")]
    [InlineData("$.dataItems[0].category", "\"Mail\"", "$.dataItems[0].category: \"Mail\" is not one of the enum values")]
    [InlineData("$.dataItems[0].line", "0", "$.dataItems[0].line: 0 is less than the minimum 1")]
    [InlineData("$.dataItems[0].line", "1.5", "$.dataItems[0].line: expected type \"integer\"")]
    [InlineData("$.dataItems[0].subjects", "[\"Customer\",\"None\"]", "$.dataItems[0].subjects[1]: \"None\" is not one of the enum values")]
    [InlineData("$.dataItems[0].retention.period", "\"forever\"", "$.dataItems[0].retention.period: \"forever\" does not match the pattern")]
    [InlineData("$.dataItems[0].retention.period", "\"P\"", "does not match the pattern")]
    [InlineData("$.dataItems[0].mappings.ccpa", "\"Z\"", "$.dataItems[0].mappings.ccpa: \"Z\" does not match the pattern")]
    [InlineData("$.dataItems[0].id", "\"\"", "$.dataItems[0].id: shorter than 1 characters")]
    [InlineData("$.purposes[0].legalBases[0].basis", "\"Contract \"", "$.purposes[0].legalBases[0].basis: \"Contract \" is not one of the enum values")]
    [InlineData("$.recipients[0].country", "\"USA\"", "$.recipients[0].country: \"USA\" does not match the pattern")]
    [InlineData("$.recipients[0].purposes", "\"DirectMarketing\"", "$.recipients[0].purposes: expected type \"array\"")]
    [InlineData("$.processing[0].kind", "\"Property\"", "$.processing[0].kind: \"Property\" is not one of the enum values")]
    public void Invalid_documents_are_rejected_with_the_place_named(string path, string replacementJson, string expectedError)
    {
        var document = JsonNode.Parse(InventoryJsonReaderTests.FormatDocumentExample())!;
        Set(document, path, JsonNode.Parse(replacementJson));

        var errors = Validate(document.ToJsonString());

        Assert.Contains(errors, error => error.Contains(expectedError, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("$.dataItems[0]", "category")]
    [InlineData("$.purposes[0].legalBases[0]", "condition")]
    [InlineData("$.recipients[0]", "transfer")]
    [InlineData("$", "processing")]
    public void Missing_required_property_is_rejected(string path, string property)
    {
        var document = JsonNode.Parse(InventoryJsonReaderTests.FormatDocumentExample())!;
        ((JsonObject)Find(document, path)).Remove(property);

        var errors = Validate(document.ToJsonString());

        Assert.Contains($"{path}: the required property \"{property}\" is missing", errors);
    }

    [Fact]
    public void The_generator_stub_output_is_not_a_complete_inventory()
    {
        // The reader accepts it (missing arrays read as empty); the schema, the contract for the real
        // generator, does not.
        var errors = Validate("""{"schemaVersion":1,"assembly":"X"}""");

        Assert.Contains("$: the required property \"dataItems\" is missing", errors);
    }

    private static void AssertValid(string json)
    {
        var errors = Validate(json);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    private static System.Collections.Generic.IReadOnlyList<string> Validate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Validator.Validate(document.RootElement);
    }

    private static JsonNode Find(JsonNode root, string path)
    {
        var node = root;
        foreach (var step in path.TrimStart('$').Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = step.IndexOf('[', StringComparison.Ordinal);
            node = bracket < 0 ? node[step]! : node[step[..bracket]]![int.Parse(step[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)]!;
        }

        return node;
    }

    private static void Set(JsonNode root, string path, JsonNode? value)
    {
        var cut = path.LastIndexOf('.');
        var parent = Find(root, path[..cut]);
        parent.AsObject()[path[(cut + 1)..]] = value;
    }
}
