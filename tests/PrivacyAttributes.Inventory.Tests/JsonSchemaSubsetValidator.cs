using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PrivacyAttributes.Inventory.Tests;

/// <summary>
/// A validator for the part of JSON Schema draft 2020-12 that docs/privacy-inventory.schema.json uses:
/// <c>type</c>, <c>properties</c>, <c>required</c>, <c>additionalProperties</c>, <c>items</c>, <c>enum</c>,
/// <c>minimum</c>, <c>minLength</c>, <c>pattern</c> and <c>$ref</c> to <c>#/$defs/NAME</c>. No schema
/// validator package is available offline. A schema that uses any other keyword is refused when the
/// validator is created, so the schema can never rely on a rule that nothing checks.
/// </summary>
internal sealed class JsonSchemaSubsetValidator
{
    private static readonly HashSet<string> Annotations = ["$schema", "$id", "title", "description", "$defs"];

    private static readonly HashSet<string> Assertions = ["type", "properties", "required", "additionalProperties", "items", "enum", "minimum", "minLength", "pattern", "$ref"];

    private readonly JsonElement root;

    public JsonSchemaSubsetValidator(JsonElement schema)
    {
        root = schema.Clone();
        CheckSupported(root, "#");
    }

    /// <summary>Every violation, as "JSON path: problem"; empty when the instance is valid.</summary>
    public IReadOnlyList<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Validate(root, instance, "$", errors);
        return errors;
    }

    private void Validate(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.ValueKind is JsonValueKind.True)
        {
            return;
        }

        if (schema.ValueKind is JsonValueKind.False)
        {
            errors.Add($"{path}: no value is allowed here");
            return;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            Validate(Resolve(reference.GetString()!), value, path, errors);
        }

        if (schema.TryGetProperty("type", out var type) && !HasType(value, type))
        {
            errors.Add($"{path}: expected type {type.GetRawText()}, found {value.ValueKind}");
            return;
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(candidate => JsonElement.DeepEquals(candidate, value)))
        {
            errors.Add($"{path}: {value.GetRawText()} is not one of the enum values");
        }

        if (schema.TryGetProperty("minimum", out var minimum) && value.ValueKind == JsonValueKind.Number && value.GetDecimal() < minimum.GetDecimal())
        {
            errors.Add($"{path}: {value.GetRawText()} is less than the minimum {minimum.GetRawText()}");
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!;
            if (schema.TryGetProperty("minLength", out var minLength) && text.EnumerateRunes().Count() < minLength.GetInt32())
            {
                errors.Add($"{path}: shorter than {minLength.GetInt32()} characters");
            }

            if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!, RegexOptions.None, TimeSpan.FromSeconds(1)))
            {
                errors.Add($"{path}: \"{text}\" does not match the pattern {pattern.GetString()}");
            }
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            ValidateObject(schema, value, path, errors);
        }

        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Validate(items, item, string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]"), errors);
                index++;
            }
        }
    }

    private void ValidateObject(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        var hasProperties = schema.TryGetProperty("properties", out var properties);
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(n => n.GetString()!))
            {
                if (!value.TryGetProperty(name, out _))
                {
                    errors.Add($"{path}: the required property \"{name}\" is missing");
                }
            }
        }

        var additional = schema.TryGetProperty("additionalProperties", out var additionalSchema) ? additionalSchema : (JsonElement?)null;
        foreach (var property in value.EnumerateObject())
        {
            var propertyPath = path + "." + property.Name;
            if (hasProperties && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Validate(propertySchema, property.Value, propertyPath, errors);
            }
            else if (additional is { ValueKind: JsonValueKind.False })
            {
                errors.Add($"{path}: the property \"{property.Name}\" is not allowed");
            }
            else if (additional is { } schemaForOthers)
            {
                Validate(schemaForOthers, property.Value, propertyPath, errors);
            }
        }
    }

    private static bool HasType(JsonElement value, JsonElement type) =>
        type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Any(t => HasType(value, t.GetString()!))
            : HasType(value, type.GetString()!);

    private static bool HasType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        "number" => value.ValueKind == JsonValueKind.Number,
        // JSON Schema: any number with a zero fractional part is an integer (1.0 included).
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number) && decimal.Truncate(number) == number,
        _ => throw new NotSupportedException($"type \"{type}\""),
    };

    private JsonElement Resolve(string reference)
    {
        const string Prefix = "#/$defs/";
        if (!reference.StartsWith(Prefix, StringComparison.Ordinal)
            || !root.TryGetProperty("$defs", out var definitions)
            || !definitions.TryGetProperty(reference[Prefix.Length..], out var target))
        {
            throw new NotSupportedException($"$ref \"{reference}\" does not name an entry of $defs");
        }

        return target;
    }

    private void CheckSupported(JsonElement schema, string location)
    {
        if (schema.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return;
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            throw new NotSupportedException($"{location}: a schema must be an object or a boolean");
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            if (!Annotations.Contains(keyword.Name) && !Assertions.Contains(keyword.Name))
            {
                throw new NotSupportedException($"{location}: the keyword \"{keyword.Name}\" is not supported by this validator");
            }

            switch (keyword.Name)
            {
                case "properties" or "$defs":
                    foreach (var child in keyword.Value.EnumerateObject())
                    {
                        CheckSupported(child.Value, $"{location}/{keyword.Name}/{child.Name}");
                    }

                    break;
                case "items" or "additionalProperties":
                    CheckSupported(keyword.Value, $"{location}/{keyword.Name}");
                    break;
                case "$ref":
                    Resolve(keyword.Value.GetString()!);
                    break;
                case "pattern":
                    _ = new Regex(keyword.Value.GetString()!);
                    break;
            }
        }
    }
}
