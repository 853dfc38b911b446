using System;
using System.Linq;
using System.Text.Json;

namespace PrivacyAttributes.Inventory.Tests;

/// <summary>The validator the schema tests rely on rejects what each keyword forbids and accepts the rest.</summary>
public sealed class JsonSchemaSubsetValidatorTests
{
    [Theory]
    [InlineData("""{"type":"string"}""", "\"a\"", true)]
    [InlineData("""{"type":"string"}""", "1", false)]
    [InlineData("""{"type":"integer"}""", "3", true)]
    [InlineData("""{"type":"integer"}""", "3.0", true)]
    [InlineData("""{"type":"integer"}""", "3.5", false)]
    [InlineData("""{"type":"number"}""", "3.5", true)]
    [InlineData("""{"type":"boolean"}""", "false", true)]
    [InlineData("""{"type":"boolean"}""", "0", false)]
    [InlineData("""{"type":["string","null"]}""", "null", true)]
    [InlineData("""{"type":"object"}""", "[]", false)]
    [InlineData("""{"type":"array"}""", "{}", false)]
    [InlineData("""{"enum":["a",1]}""", "1", true)]
    [InlineData("""{"enum":["a",1]}""", "\"b\"", false)]
    [InlineData("""{"minimum":1}""", "1", true)]
    [InlineData("""{"minimum":1}""", "0", false)]
    [InlineData("""{"minLength":2}""", "\"ab\"", true)]
    [InlineData("""{"minLength":2}""", "\"a\"", false)]
    [InlineData("""{"pattern":"^[A-Z]{2}$"}""", "\"DE\"", true)]
    [InlineData("""{"pattern":"^[A-Z]{2}$"}""", "\"DEU\"", false)]
    [InlineData("""{"required":["a"]}""", """{"a":1}""", true)]
    [InlineData("""{"required":["a"]}""", """{"b":1}""", false)]
    [InlineData("""{"properties":{"a":{"type":"string"}}}""", """{"a":1}""", false)]
    [InlineData("""{"properties":{"a":{"type":"string"}}}""", """{"b":1}""", true)]
    [InlineData("""{"properties":{"a":{}},"additionalProperties":false}""", """{"a":1}""", true)]
    [InlineData("""{"properties":{"a":{}},"additionalProperties":false}""", """{"a":1,"b":2}""", false)]
    [InlineData("""{"additionalProperties":{"type":"integer"}}""", """{"b":"x"}""", false)]
    [InlineData("""{"items":{"type":"integer"}}""", "[1,2]", true)]
    [InlineData("""{"items":{"type":"integer"}}""", "[1,\"2\"]", false)]
    [InlineData("""{"$defs":{"n":{"type":"integer"}},"$ref":"#/$defs/n"}""", "5", true)]
    [InlineData("""{"$defs":{"n":{"type":"integer"}},"$ref":"#/$defs/n"}""", "\"5\"", false)]
    [InlineData("""{"$defs":{"n":{"minimum":0}},"items":{"$ref":"#/$defs/n"}}""", "[1,-1]", false)]
    [InlineData("false", "1", false)]
    [InlineData("true", "1", true)]
    public void Each_keyword_accepts_and_rejects(string schema, string instance, bool valid)
    {
        using var schemaDocument = JsonDocument.Parse(schema);
        using var instanceDocument = JsonDocument.Parse(instance);

        var errors = new JsonSchemaSubsetValidator(schemaDocument.RootElement).Validate(instanceDocument.RootElement);

        Assert.Equal(valid, errors.Count == 0);
    }

    [Fact]
    public void Errors_name_every_violation_with_its_path()
    {
        using var schema = JsonDocument.Parse("""{"type":"object","properties":{"list":{"type":"array","items":{"type":"object","required":["id"],"additionalProperties":false,"properties":{"id":{}}}}}}""");
        using var instance = JsonDocument.Parse("""{"list":[{"id":1},{"x":2}]}""");

        var errors = new JsonSchemaSubsetValidator(schema.RootElement).Validate(instance.RootElement);

        Assert.Equal(["$.list[1]: the required property \"id\" is missing", "$.list[1]: the property \"x\" is not allowed"], errors.ToArray());
    }

    [Theory]
    [InlineData("""{"oneOf":[{"type":"string"}]}""")]
    [InlineData("""{"properties":{"a":{"format":"email"}}}""")]
    [InlineData("""{"$ref":"#/definitions/x"}""")]
    [InlineData("""{"$ref":"#/$defs/missing","$defs":{}}""")]
    public void Schema_using_anything_outside_the_subset_is_refused(string schema)
    {
        using var document = JsonDocument.Parse(schema);

        Assert.Throws<NotSupportedException>(() => new JsonSchemaSubsetValidator(document.RootElement));
    }
}
