using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace PrivacyAttributes.Inventory;

/// <summary>
/// Reads the inventory JSON (docs/inventory-format.md) into an <see cref="InventoryDocument"/>.
/// </summary>
/// <remarks>
/// Tolerant of absence, strict on types: a missing array or optional field reads as empty or absent (so an
/// older or partial generator still renders), but a field of the wrong JSON type, an enum name that is not
/// a member, or an unsupported <c>schemaVersion</c> is an <see cref="InventoryFormatException"/> that names
/// the JSON path. Properties this version does not know are ignored, so adding a field is not a breaking
/// change; the JSON Schema is where the format is checked strictly.
/// </remarks>
public static class InventoryJsonReader
{
    /// <summary>The only <c>schemaVersion</c> this reader understands.</summary>
    public const int SupportedSchemaVersion = 1;

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 64,
    };

    /// <summary>Parses an inventory.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The inventory.</returns>
    /// <exception cref="InventoryFormatException">The text is not a readable inventory.</exception>
    public static InventoryDocument Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(() => JsonDocument.Parse(json, Options));
    }

    /// <summary>Parses an inventory from its UTF-8 bytes, which saves converting a text that is already
    /// encoded (the build's inventory tool has the bytes it writes to <c>privacy-inventory.json</c>).</summary>
    /// <param name="utf8Json">The JSON text as UTF-8, without a byte order mark.</param>
    /// <returns>The inventory.</returns>
    /// <exception cref="InventoryFormatException">The text is not a readable inventory.</exception>
    public static InventoryDocument Read(ReadOnlyMemory<byte> utf8Json) => Read(() => JsonDocument.Parse(utf8Json, Options));

    private static InventoryDocument Read(Func<JsonDocument> parse)
    {
        JsonDocument document;
        try
        {
            document = parse();
        }
        catch (JsonException exception)
        {
            throw new InventoryFormatException(
                string.Create(CultureInfo.InvariantCulture, $"The inventory is not valid JSON (line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1}): {exception.Message}"),
                exception);
        }

        using (document)
        {
            return ReadDocument(new Node(document.RootElement, JsonPath.Root));
        }
    }

    private static InventoryDocument ReadDocument(Node root)
    {
        root.ExpectObject();
        var version = root.Required("schemaVersion").Int32();
        if (version != SupportedSchemaVersion)
        {
            throw new InventoryFormatException(
                "$.schemaVersion",
                string.Create(CultureInfo.InvariantCulture, $"schemaVersion {version} is not supported; this version of PrivacyAttributes reads schemaVersion {SupportedSchemaVersion}. Use the same PrivacyAttributes version for the generator and the renderer."));
        }

        return new InventoryDocument(
            version,
            root.Required("assembly").String(),
            root.Optional("controller") is { } controller ? ReadController(controller) : null,
            root.Array("dataItems", ReadDataItem),
            root.Array("purposes", ReadPurpose),
            root.Array("recipients", ReadRecipient),
            root.Array("retention", ReadRetention),
            root.Array("processing", ReadProcessing));
    }

    private static ControllerDeclaration ReadController(Node node)
    {
        node.ExpectObject();
        return new ControllerDeclaration(
            node.Required("name").String(),
            node.OptionalString("address"),
            node.OptionalString("email"),
            node.OptionalString("website"),
            node.OptionalString("dataProtectionOfficer"),
            node.OptionalString("representative"),
            node.OptionalString("supervisoryAuthority"),
            node.OptionalString("declaredIn"));
    }

    private static DataItem ReadDataItem(Node node)
    {
        node.ExpectObject();
        return new DataItem(
            node.Required("id").String(),
            node.OptionalString("assembly"),
            node.OptionalString("file"),
            node.Optional("line")?.Int32(),
            node.OptionalString("type"),
            node.OptionalString("member"),
            node.OptionalString("memberKind"),
            node.Required("category").Enum<Category>(),
            node.OptionalString("categoryGroup"),
            node.Optional("specialCategory")?.Boolean() ?? false,
            node.Optional("criminalOffence")?.Boolean() ?? false,
            node.Optional("cpraSensitive")?.Boolean() ?? false,
            node.Optional("mappings") is { } mappings ? ReadMappings(mappings) : null,
            node.Array("purposes", static n => n.Enum<Purpose>()),
            node.Array("subjects", static n => n.Enum<DataSubject>()),
            node.Optional("source")?.Enum<DataSource>() ?? DataSource.DataSubject,
            node.Optional("retention") is { } retention ? ReadItemRetention(retention) : null,
            node.Optional("required")?.Boolean() ?? false,
            node.Array("sharedWith", static n => n.String()),
            node.OptionalString("description"));
    }

    private static CategoryMappings ReadMappings(Node node)
    {
        node.ExpectObject();
        return new CategoryMappings(
            node.OptionalString("fideslang"),
            node.OptionalString("ccpa"),
            node.OptionalString("apple"),
            node.OptionalString("googlePlay"));
    }

    private static DataItemRetention ReadItemRetention(Node node)
    {
        node.ExpectObject();
        return new DataItemRetention(
            node.Required("period").String(),
            node.Optional("origin")?.String() ?? "Member",
            node.OptionalString("reason"));
    }

    private static PurposeDeclaration ReadPurpose(Node node)
    {
        node.ExpectObject();
        return new PurposeDeclaration(
            node.Required("purpose").Enum<Purpose>(),
            node.Array("legalBases", ReadLegalBasis),
            node.Array("dataItems", static n => n.String()),
            node.Array("processedBy", static n => n.String()));
    }

    private static LegalBasisDeclaration ReadLegalBasis(Node node)
    {
        node.ExpectObject();
        return new LegalBasisDeclaration(
            node.Required("basis").Enum<LegalBasis>(),
            node.Optional("condition")?.Enum<SpecialCategoryCondition>() ?? SpecialCategoryCondition.None,
            node.OptionalString("legitimateInterest"),
            node.OptionalString("description"),
            node.OptionalString("declaredIn"));
    }

    private static RecipientDeclaration ReadRecipient(Node node)
    {
        node.ExpectObject();
        return new RecipientDeclaration(
            node.Required("name").String(),
            node.Required("kind").Enum<RecipientKind>(),
            node.OptionalString("country"),
            node.Optional("transfer")?.Enum<TransferMechanism>(),
            node.Array("purposes", static n => n.Enum<Purpose>()),
            node.OptionalString("description"),
            node.OptionalString("declaredIn"));
    }

    private static RetentionDeclaration ReadRetention(Node node)
    {
        node.ExpectObject();
        return new RetentionDeclaration(
            node.Required("category").Enum<Category>(),
            node.Required("period").String(),
            node.OptionalString("reason"),
            node.OptionalString("declaredIn"));
    }

    private static ProcessingSite ReadProcessing(Node node)
    {
        node.ExpectObject();
        return new ProcessingSite(
            node.Required("id").String(),
            node.OptionalString("assembly"),
            node.OptionalString("file"),
            node.Optional("line")?.Int32(),
            node.OptionalString("kind"),
            node.Array("purposes", static n => n.Enum<Purpose>()),
            node.OptionalString("purposeOrigin"),
            node.Array("sharesWith", static n => n.String()),
            node.Array("reads", static n => n.String()),
            node.Array("discloses", static n => n.String()));
    }

    /// <summary>A JSON element with the path that leads to it, so every error can say where it is.</summary>
    private readonly struct Node(JsonElement element, JsonPath path)
    {
        private readonly ObjectProperties? properties = element.ValueKind == JsonValueKind.Object ? new ObjectProperties(element) : null;

        public void ExpectObject()
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw WrongKind("an object");
            }
        }

        public Node? Optional(string name)
        {
            // A JSON null counts as absent: the format never writes null, but a hand-edited file might.
            var properties = this.properties ?? throw WrongKind("an object");
            return properties.TryGet(name, out var value) && value.ValueKind != JsonValueKind.Null
                ? new Node(value, new JsonPath(path, name, -1))
                : null;
        }

        public Node Required(string name) =>
            Optional(name) ?? throw new InventoryFormatException(path.ToString(), $"the required property \"{name}\" is missing.");

        public string? OptionalString(string name) => Optional(name)?.String();

        public ImmutableArray<T> Array<T>(string name, Func<Node, T> read)
        {
            if (Optional(name) is not { } array)
            {
                return ImmutableArray<T>.Empty;
            }

            if (array.Element.ValueKind != JsonValueKind.Array)
            {
                throw array.WrongKind("an array");
            }

            var builder = ImmutableArray.CreateBuilder<T>(array.Element.GetArrayLength());
            var index = 0;
            foreach (var item in array.Element.EnumerateArray())
            {
                builder.Add(read(new Node(item, new JsonPath(array.Path, null, index))));
                index++;
            }

            return builder.MoveToImmutable();
        }

        public string String() =>
            element.ValueKind == JsonValueKind.String ? element.GetString()! : throw WrongKind("a string");

        public bool Boolean() => element.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw WrongKind("true or false"),
        };

        public int Int32() =>
            element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var value) ? value : throw WrongKind("an integer");

        public T Enum<T>()
            where T : struct, Enum
        {
            var name = String();
            return EnumNames<T>.ByName.TryGetValue(name, out var value)
                ? value
                : throw new InventoryFormatException(path.ToString(), $"\"{name}\" is not a {typeof(T).Name}; expected one of {string.Join(", ", EnumNames<T>.ByName.Keys.Order(StringComparer.Ordinal))}.");
        }

        private JsonElement Element => element;

        private JsonPath Path => path;

        private InventoryFormatException WrongKind(string expected) =>
            new(path.ToString(), $"expected {expected}, found {Describe(element.ValueKind)}.");

        private static string Describe(JsonValueKind kind) => kind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            _ => "null",
        };
    }

    /// <summary>
    /// An object's properties, looked up from where the last lookup matched. The readers ask for properties in
    /// the order the format writes them, so the next property is nearly always the one asked for; looking each
    /// name up from scratch (<see cref="JsonElement.TryGetProperty(string, out JsonElement)"/> scans the object
    /// for every name) took 0.12 s of a traced 0.65 s run of the inventory tool at 1,000 types. A name that
    /// occurs twice (the format never writes one) reads as its first occurrence after the previous match.
    /// </summary>
    private sealed class ObjectProperties(JsonElement element)
    {
        private JsonProperty[]? properties;
        private int next;

        public bool TryGet(string name, out JsonElement value)
        {
            properties ??= Materialize(element);
            Span<byte> utf8Name = stackalloc byte[Encoding.UTF8.GetMaxByteCount(name.Length)];
            utf8Name = utf8Name[..Encoding.UTF8.GetBytes(name, utf8Name)];
            for (var step = 0; step < properties.Length; step++)
            {
                var index = (next + step) % properties.Length;
                if (properties[index].NameEquals(utf8Name))
                {
                    next = index + 1;
                    value = properties[index].Value;
                    return true;
                }
            }

            value = default;
            return false;
        }

        private static JsonProperty[] Materialize(JsonElement element)
        {
            var result = new List<JsonProperty>();
            foreach (var property in element.EnumerateObject())
            {
                result.Add(property);
            }

            return result.ToArray();
        }
    }

    /// <summary>
    /// Where an element is (<c>$.dataItems[3].category</c>), as a chain of steps that becomes text only for an
    /// error message. An inventory has hundreds of thousands of values and almost never an error: formatting
    /// every value's path cost the build's inventory tool about 20 ms at 1,000 types.
    /// </summary>
    private sealed class JsonPath(JsonPath? parent, string? property, int index)
    {
        public static readonly JsonPath Root = new(null, null, -1);

        public override string ToString()
        {
            var builder = new StringBuilder();
            Append(builder);
            return builder.ToString();
        }

        private void Append(StringBuilder builder)
        {
            if (parent is null)
            {
                builder.Append('$');
                return;
            }

            parent.Append(builder);
            if (property is not null)
            {
                builder.Append('.').Append(property);
            }
            else
            {
                builder.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
        }
    }

    /// <summary>Exact member names only: <see cref="System.Enum.TryParse{TEnum}(string, out TEnum)"/> would also
    /// accept numbers, other casing and comma-joined flags, none of which the format allows.</summary>
    private static class EnumNames<T>
        where T : struct, Enum
    {
        public static readonly Dictionary<string, T> ByName =
            System.Enum.GetNames<T>().ToDictionary(static name => name, static name => System.Enum.Parse<T>(name), StringComparer.Ordinal);
    }
}
