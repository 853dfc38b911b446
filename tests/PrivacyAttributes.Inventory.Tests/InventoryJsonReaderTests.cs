using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PrivacyAttributes.Inventory.Tests;

public sealed class InventoryJsonReaderTests
{
    /// <summary>The JSON example of docs/inventory-format.md, read from the document so that the test follows it.</summary>
    internal static string FormatDocumentExample()
    {
        var document = File.ReadAllText(TestPaths.Docs("inventory-format.md"));
        var match = Regex.Match(document, "```json\n(?<json>.*?)\n```", RegexOptions.Singleline);
        Assert.True(match.Success, "docs/inventory-format.md has no ```json block");
        return match.Groups["json"].Value;
    }

    [Fact]
    public void Reads_every_field_of_the_format_documents_example()
    {
        var inventory = InventoryJsonReader.Read(FormatDocumentExample());

        Assert.Equal(1, inventory.SchemaVersion);
        Assert.Equal("Shop.Web", inventory.Assembly);
        Assert.Equal(new ControllerDeclaration("Example Shop Ltd", "1 Example Street, London", "privacy@example.com", "https://example.com", "dpo@example.com", "Example EU B.V.", "ICO", "Shop.Domain"), inventory.Controller);

        var item = Assert.Single(inventory.DataItems);
        Assert.Equal("Shop.Domain.Customer.Email", item.Id);
        Assert.Equal(("Shop.Domain", "Entities/Customer.cs", 12), (item.Assembly, item.File, item.Line));
        Assert.Equal(("Shop.Domain.Customer", "Email", "Property"), (item.Type, item.Member, item.MemberKind));
        Assert.Equal(Category.Email, item.Category);
        Assert.Equal("IdentityAndContact", item.CategoryGroup);
        Assert.False(item.SpecialCategory || item.CriminalOffence || item.CpraSensitive);
        Assert.Equal(new CategoryMappings("user.contact.email", "A", "NSPrivacyCollectedDataTypeEmailAddress", "Email address"), item.Mappings);
        Assert.Equal<Purpose>([Purpose.AccountManagement, Purpose.DirectMarketing], item.Purposes);
        Assert.Equal<DataSubject>([DataSubject.Customer, DataSubject.Prospect], item.Subjects);
        Assert.Equal(DataSource.DataSubject, item.Source);
        Assert.Equal(new DataItemRetention("P2Y", "Member", null), item.Retention);
        Assert.True(item.Required);
        Assert.Equal<string>(["Salesforce"], item.SharedWith);
        Assert.Equal("Email address", item.Description);

        var purpose = Assert.Single(inventory.Purposes);
        Assert.Equal(Purpose.DirectMarketing, purpose.Purpose);
        Assert.Equal(
            new LegalBasisDeclaration(LegalBasis.LegitimateInterests, SpecialCategoryCondition.None, "Sending offers to existing customers", "Marketing about similar products", "Shop.Domain"),
            Assert.Single(purpose.LegalBases));
        Assert.Equal<string>(["Shop.Domain.Customer.Email"], purpose.DataItems);
        Assert.Equal<string>(["Shop.Web.Newsletter.Send(Shop.Domain.Customer)"], purpose.ProcessedBy);

        var recipient = Assert.Single(inventory.Recipients);
        Assert.Equal(("Salesforce", RecipientKind.ServiceProvider, "US", TransferMechanism.StandardContractualClauses), (recipient.Name, recipient.Kind, recipient.Country, recipient.Transfer));
        Assert.Equal<Purpose>([Purpose.DirectMarketing], recipient.Purposes);
        Assert.Equal(("Customer relationship management", "Shop.Domain"), (recipient.Description, recipient.DeclaredIn));

        Assert.Equal(new RetentionDeclaration(Category.Email, "UntilAccountDeletion", "Kept while the account exists", "Shop.Domain"), Assert.Single(inventory.Retention));

        var site = Assert.Single(inventory.Processing);
        Assert.Equal(("Shop.Web.Newsletter.Send(Shop.Domain.Customer)", "Shop.Web", "Newsletter.cs", 20, "Method", "Method"), (site.Id, site.Assembly, site.File, site.Line, site.Kind, site.PurposeOrigin));
        Assert.Equal<Purpose>([Purpose.DirectMarketing], site.Purposes);
        Assert.Equal<string>(["Salesforce"], site.SharesWith);
        Assert.Equal<string>(["Shop.Domain.Customer.Email"], site.Reads);
        Assert.Equal<string>(["Shop.Domain.Customer.Email"], site.Discloses);
    }

    [Fact]
    public void Round_trips_the_format_documents_example_without_losing_or_reordering_a_field()
    {
        var example = FormatDocumentExample();

        var written = InventoryJsonWriter.Write(InventoryJsonReader.Read(example));

        // The example lays some arrays out on one line; compare token streams, which keep order and values.
        Assert.Equal(Minify(example), Minify(written));
    }

    [Theory]
    [InlineData("corporate-website.json")]
    [InlineData("health-platform.json")]
    public void Round_trips_the_golden_inventories_byte_for_byte(string fileName)
    {
        var json = File.ReadAllText(Path.Combine(TestPaths.GoldenDirectory, fileName));

        Assert.Equal(json, InventoryJsonWriter.Write(InventoryJsonReader.Read(json)));
    }

    [Fact]
    public void Reads_the_generator_stub_output_with_missing_arrays_as_empty()
    {
        var inventory = InventoryJsonReader.Read("""{"schemaVersion":1,"assembly":"X"}""");

        Assert.Equal("X", inventory.Assembly);
        Assert.Null(inventory.Controller);
        Assert.Empty(inventory.DataItems);
        Assert.Empty(inventory.Purposes);
        Assert.Empty(inventory.Recipients);
        Assert.Empty(inventory.Retention);
        Assert.Empty(inventory.Processing);
    }

    [Fact]
    public void Reads_properties_in_any_order_as_in_the_formats_order()
    {
        // The generator writes properties in the format's order; a hand-edited or re-serialized file may order
        // them otherwise. Reversing every object's properties must change nothing.
        var example = FormatDocumentExample();
        var reversed = Reverse(JsonNode.Parse(example))!.ToJsonString();
        Assert.NotEqual(Minify(example), reversed);

        Assert.Equal(
            InventoryJsonWriter.Write(InventoryJsonReader.Read(example)),
            InventoryJsonWriter.Write(InventoryJsonReader.Read(reversed)));

        static JsonNode? Reverse(JsonNode? node) => node switch
        {
            JsonObject properties => new JsonObject(properties.Reverse().Select(property => KeyValuePair.Create(property.Key, Reverse(property.Value)))),
            JsonArray items => new JsonArray(items.Select(Reverse).ToArray()),
            _ => node?.DeepClone(),
        };
    }

    [Fact]
    public void Ignores_properties_it_does_not_know()
    {
        var inventory = InventoryJsonReader.Read("""{"schemaVersion":1,"assembly":"X","futureField":{"a":[1]},"dataItems":[{"id":"A.B","category":"Email","newFlag":true}]}""");

        Assert.Equal(Category.Email, Assert.Single(inventory.DataItems).Category);
    }

    [Theory]
    [InlineData("{\"schemaVersion\":1,\"assembly\":\"X\"", "not valid JSON")]
    [InlineData("", "not valid JSON")]
    [InlineData("{\"schemaVersion\":1,\"assembly\":\"X\",}", "not valid JSON")]
    [InlineData("{\"schemaVersion\":1, // comment\n\"assembly\":\"X\"}", "not valid JSON")]
    [InlineData("[]", "$: expected an object, found an array")]
    [InlineData("{\"assembly\":\"X\"}", "$: the required property \"schemaVersion\" is missing")]
    [InlineData("{\"schemaVersion\":\"1\",\"assembly\":\"X\"}", "$.schemaVersion: expected an integer, found a string")]
    [InlineData("{\"schemaVersion\":1.5,\"assembly\":\"X\"}", "$.schemaVersion: expected an integer, found a number")]
    [InlineData("{\"schemaVersion\":1}", "$: the required property \"assembly\" is missing")]
    [InlineData("{\"schemaVersion\":1,\"assembly\":\"X\",\"dataItems\":{}}", "$.dataItems: expected an array, found an object")]
    [InlineData("{\"schemaVersion\":1,\"assembly\":\"X\",\"dataItems\":[{\"id\":\"A\",\"category\":5}]}", "$.dataItems[0].category: expected a string, found a number")]
    [InlineData("{\"schemaVersion\":1,\"assembly\":\"X\",\"dataItems\":[{\"id\":\"A\"}]}", "$.dataItems[0]: the required property \"category\" is missing")]
    [InlineData("{\"schemaVersion\":1,\"assembly\":\"X\",\"dataItems\":[{\"id\":\"A\",\"category\":\"Email\",\"required\":\"yes\"}]}", "$.dataItems[0].required: expected true or false, found a string")]
    [InlineData("{\"schemaVersion\":1,\"assembly\":\"X\",\"purposes\":[{\"purpose\":\"Marketing\"}]}", "$.purposes[0].purpose: \"Marketing\" is not a Purpose")]
    [InlineData("{\"schemaVersion\":1,\"assembly\":\"X\",\"purposes\":[{\"purpose\":\"10\"}]}", "$.purposes[0].purpose: \"10\" is not a Purpose")]
    [InlineData("{\"schemaVersion\":1,\"assembly\":\"X\",\"purposes\":[{\"purpose\":\"directMarketing\"}]}", "$.purposes[0].purpose: \"directMarketing\" is not a Purpose")]
    [InlineData("{\"schemaVersion\":1,\"assembly\":\"X\",\"dataItems\":[{\"id\":\"A\",\"category\":\"Email\",\"subjects\":[\"Customer, Child\"]}]}", "$.dataItems[0].subjects[0]: \"Customer, Child\" is not a DataSubject")]
    [InlineData("{\"schemaVersion\":1,\"assembly\":\"X\",\"recipients\":[{\"name\":\"R\",\"kind\":\"ServiceProvider\",\"transfer\":\"Privacy Shield\"}]}", "$.recipients[0].transfer: \"Privacy Shield\" is not a TransferMechanism")]
    [InlineData("{\"schemaVersion\":1,\"assembly\":\"X\",\"controller\":\"Example\"}", "$.controller: expected an object, found a string")]
    public void Malformed_inventory_gives_an_error_that_names_the_problem(string json, string expected)
    {
        var error = Assert.Throws<InventoryFormatException>(() => InventoryJsonReader.Read(json));
        var utf8Error = Assert.Throws<InventoryFormatException>(() => InventoryJsonReader.Read(Encoding.UTF8.GetBytes(json)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(error.Message, utf8Error.Message);
    }

    [Theory]
    [InlineData("corporate-website")]
    [InlineData("health-platform")]
    public void Utf8_bytes_read_as_the_text_does(string model)
    {
        var json = File.ReadAllText(Path.Combine(TestPaths.GoldenDirectory, model + ".json"));

        var fromText = InventoryJsonReader.Read(json);
        var fromBytes = InventoryJsonReader.Read(Encoding.UTF8.GetBytes(json));

        Assert.Equal(InventoryJsonWriter.Write(fromText), InventoryJsonWriter.Write(fromBytes));
        Assert.Equal(MarkdownRenderer.Render(fromText, PolicyLanguage.German), MarkdownRenderer.Render(fromBytes, PolicyLanguage.German));
    }

    [Fact]
    public void Invalid_json_error_says_where()
    {
        var error = Assert.Throws<InventoryFormatException>(() => InventoryJsonReader.Read("{\n  \"schemaVersion\": 1,\n  \"assembly\": X\n}"));

        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<JsonException>(error.InnerException);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(-1)]
    public void Unsupported_schema_version_is_rejected_with_the_supported_one_named(int version)
    {
        var error = Assert.Throws<InventoryFormatException>(() => InventoryJsonReader.Read($$"""{"schemaVersion":{{version}},"assembly":"X"}"""));

        Assert.Equal("$.schemaVersion", error.JsonPath);
        Assert.Contains($"schemaVersion {version} is not supported", error.Message, StringComparison.Ordinal);
        Assert.Contains("reads schemaVersion 1", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    // A shape error first and a syntax error after it: the text is reported as not JSON, wherever the syntax error is.
    [InlineData("{\"schemaVersion\":1,\"assembly\":\"X\",\"dataItems\":[{\"id\":\"A\",\"category\":5}],\"purposes\":[}", "not valid JSON")]
    [InlineData("{\"schemaVersion\":1,\"assembly\":\"X\",\"dataItems\":5} {}", "not valid JSON")]
    // A shape error before schemaVersion: a document of another version, or of none, is reported as that.
    [InlineData("{\"dataItems\":[{\"id\":\"A\",\"category\":\"NotACategory\"}],\"schemaVersion\":2,\"assembly\":\"X\"}", "$.schemaVersion: schemaVersion 2 is not supported")]
    [InlineData("{\"dataItems\":[{\"id\":\"A\",\"category\":\"NotACategory\"}],\"assembly\":\"X\"}", "$: the required property \"schemaVersion\" is missing")]
    [InlineData("{\"dataItems\":{},\"schemaVersion\":\"1\"}", "$.schemaVersion: expected an integer, found a string")]
    // With a supported version, the problem found is the one reported.
    [InlineData("{\"dataItems\":[{\"id\":\"A\",\"category\":\"NotACategory\"}],\"schemaVersion\":1,\"assembly\":\"X\"}", "$.dataItems[0].category: \"NotACategory\" is not a Category")]
    public void When_a_document_has_several_problems_the_first_reported_is_syntax_then_the_version(string json, string expected)
    {
        var error = Assert.Throws<InventoryFormatException>(() => InventoryJsonReader.Read(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_property_written_twice_reads_as_its_last_occurrence()
    {
        var inventory = InventoryJsonReader.Read("""{"schemaVersion":1,"assembly":"First","assembly":"Last","dataItems":[{"id":"A","category":"Name","category":"Email"}]}""");

        Assert.Equal("Last", inventory.Assembly);
        Assert.Equal(Category.Email, Assert.Single(inventory.DataItems).Category);
    }

    [Fact]
    public void Escaped_names_and_values_read_as_written_out()
    {
        var inventory = InventoryJsonReader.Read("""{"schema\u0056ersion":1,"assembly":"X\u00e9","dataItems":[{"id":"A","c\u0061tegory":"Em\u0061il","purposes":["Direct\u004Darketing"]}]}""");

        Assert.Equal("X\u00e9", inventory.Assembly);
        var item = Assert.Single(inventory.DataItems);
        Assert.Equal(Category.Email, item.Category);
        Assert.Equal(Purpose.DirectMarketing, Assert.Single(item.Purposes));
    }

    [Fact]
    public void An_error_path_spells_an_escaped_property_name_out()
    {
        var error = Assert.Throws<InventoryFormatException>(() => InventoryJsonReader.Read("""{"schemaVersion":1,"assembly":"X","dataItems":[{"id":"A","category":"Email"},{"id":"B","c\u0061tegory":5}]}"""));

        Assert.Equal("$.dataItems[1].category", error.JsonPath);
    }

    [Fact]
    public void Null_reads_as_absent_and_a_required_null_as_missing()
    {
        var inventory = InventoryJsonReader.Read("""{"schemaVersion":1,"assembly":"X","controller":null,"dataItems":[{"id":"A","category":"Email","file":null,"line":null,"purposes":null,"retention":null,"required":null}]}""");
        var item = Assert.Single(inventory.DataItems);
        Assert.Null(inventory.Controller);
        Assert.Null(item.File);
        Assert.Null(item.Line);
        Assert.Empty(item.Purposes);
        Assert.Null(item.Retention);
        Assert.False(item.Required);

        var error = Assert.Throws<InventoryFormatException>(() => InventoryJsonReader.Read("""{"schemaVersion":1,"assembly":"X","recipients":[{"name":null,"kind":"ServiceProvider"}]}"""));
        Assert.Equal("$.recipients[0]: the required property \"name\" is missing.", error.Message);
    }

    private static string Minify(string json)
    {
        using var document = JsonDocument.Parse(json);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
