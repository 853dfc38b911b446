using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PrivacyAttributes.Inventory;

/// <summary>
/// Reads the inventory JSON (docs/inventory-format.md) into an <see cref="InventoryDocument"/>.
/// </summary>
/// <remarks>
/// <para>
/// Tolerant of absence, strict on types: a missing array or optional field reads as empty or absent (so an
/// older or partial generator still renders), but a field of the wrong JSON type, an enum name that is not
/// a member, or an unsupported <c>schemaVersion</c> is an <see cref="InventoryFormatException"/> that names
/// the JSON path. Properties this version does not know are ignored, so adding a field is not a breaking
/// change; the JSON Schema is where the format is checked strictly. A property written twice (the format
/// never does) reads as its last occurrence, as <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/>
/// and the serializer read it.
/// </para>
/// <para>
/// One pass over the tokens, straight into the records, with no string made of a property name: the build's
/// inventory tool reads a 6 MB inventory at 1,000 types, and building a <see cref="JsonDocument"/> first, then
/// wrapping every element with its path, made the tool's whole run 0.53 s instead of 0.48 s (medians of seven
/// fresh processes, as the build runs it). Which problem is reported does not depend on that: when a problem
/// is found, the whole text is checked first, so a text that is not JSON is reported as such wherever the
/// syntax error is, and then the document's <c>schemaVersion</c>, so a document of another version is
/// reported as that rather than as whatever its different shape broke first.
/// </para>
/// </remarks>
public static class InventoryJsonReader
{
    /// <summary>The only <c>schemaVersion</c> this reader understands.</summary>
    public const int SupportedSchemaVersion = 1;

    private static readonly JsonReaderOptions Options = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 64,
    };

    private delegate T ValueReader<T>(ref Cursor cursor);

    /// <summary>Parses an inventory.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The inventory.</returns>
    /// <exception cref="InventoryFormatException">The text is not a readable inventory.</exception>
    public static InventoryDocument Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Parses an inventory from its UTF-8 bytes, which saves converting a text that is already
    /// encoded (the build's inventory tool has the bytes it writes to <c>privacy-inventory.json</c>).</summary>
    /// <param name="utf8Json">The JSON text as UTF-8, without a byte order mark.</param>
    /// <returns>The inventory.</returns>
    /// <exception cref="InventoryFormatException">The text is not a readable inventory.</exception>
    public static InventoryDocument Read(ReadOnlyMemory<byte> utf8Json)
    {
        try
        {
            var cursor = new Cursor(utf8Json.Span);
            return ReadDocument(ref cursor);
        }
        catch (JsonException exception)
        {
            throw NotJson(exception);
        }
        catch (InventoryFormatException)
        {
            ThrowEarlierProblem(utf8Json.Span);
            throw;
        }
    }

    private static InventoryDocument ReadDocument(ref Cursor cursor)
    {
        cursor.Next();
        cursor.ExpectObject();
        int? version = null;
        string? assembly = null;
        ControllerDeclaration? controller = null;
        ImmutableArray<DataItem> dataItems = [];
        ImmutableArray<PurposeDeclaration> purposes = [];
        ImmutableArray<RecipientDeclaration> recipients = [];
        ImmutableArray<RetentionDeclaration> retention = [];
        ImmutableArray<ProcessingSite> processing = [];
        while (cursor.NextProperty())
        {
            if (cursor.Is("schemaVersion"u8))
            {
                version = cursor.OptionalInt32();
                if (version is { } read)
                {
                    CheckVersion(read);
                }
            }
            else if (cursor.Is("assembly"u8))
            {
                assembly = cursor.OptionalString();
            }
            else if (cursor.Is("controller"u8))
            {
                controller = cursor.OptionalObject(ReadController);
            }
            else if (cursor.Is("dataItems"u8))
            {
                dataItems = cursor.Array(ReadDataItem);
            }
            else if (cursor.Is("purposes"u8))
            {
                purposes = cursor.Array(ReadPurpose);
            }
            else if (cursor.Is("recipients"u8))
            {
                recipients = cursor.Array(ReadRecipient);
            }
            else if (cursor.Is("retention"u8))
            {
                retention = cursor.Array(ReadRetention);
            }
            else if (cursor.Is("processing"u8))
            {
                processing = cursor.Array(ReadProcessing);
            }
            else
            {
                cursor.SkipValue();
            }
        }

        cursor.End();
        return new InventoryDocument(
            cursor.RequiredValue(version, "schemaVersion"),
            cursor.Required(assembly, "assembly"),
            controller,
            dataItems,
            purposes,
            recipients,
            retention,
            processing);
    }

    private static void CheckVersion(int version)
    {
        if (version != SupportedSchemaVersion)
        {
            throw new InventoryFormatException(
                "$.schemaVersion",
                string.Create(CultureInfo.InvariantCulture, $"schemaVersion {version} is not supported; this version of PrivacyAttributes reads schemaVersion {SupportedSchemaVersion}. Use the same PrivacyAttributes version for the generator and the renderer."));
        }
    }

    private static ControllerDeclaration ReadController(ref Cursor cursor)
    {
        cursor.ExpectObject();
        string? name = null, address = null, email = null, website = null, officer = null, representative = null, authority = null, declaredIn = null;
        while (cursor.NextProperty())
        {
            if (cursor.Is("name"u8))
            {
                name = cursor.OptionalString();
            }
            else if (cursor.Is("address"u8))
            {
                address = cursor.OptionalString();
            }
            else if (cursor.Is("email"u8))
            {
                email = cursor.OptionalString();
            }
            else if (cursor.Is("website"u8))
            {
                website = cursor.OptionalString();
            }
            else if (cursor.Is("dataProtectionOfficer"u8))
            {
                officer = cursor.OptionalString();
            }
            else if (cursor.Is("representative"u8))
            {
                representative = cursor.OptionalString();
            }
            else if (cursor.Is("supervisoryAuthority"u8))
            {
                authority = cursor.OptionalString();
            }
            else if (cursor.Is("declaredIn"u8))
            {
                declaredIn = cursor.OptionalString();
            }
            else
            {
                cursor.SkipValue();
            }
        }

        return new ControllerDeclaration(cursor.Required(name, "name"), address, email, website, officer, representative, authority, declaredIn);
    }

    private static DataItem ReadDataItem(ref Cursor cursor)
    {
        cursor.ExpectObject();
        var declared = default(Declaration);
        string? type = null, member = null, memberKind = null, categoryGroup = null, description = null;
        Category? category = null;
        bool? specialCategory = null, criminalOffence = null, cpraSensitive = null, required = null;
        CategoryMappings? mappings = null;
        ImmutableArray<Purpose> purposes = [];
        ImmutableArray<DataSubject> subjects = [];
        DataSource? source = null;
        DataItemRetention? retention = null;
        ImmutableArray<string> sharedWith = [];
        while (cursor.NextProperty())
        {
            if (cursor.Is("type"u8))
            {
                type = cursor.OptionalString();
            }
            else if (cursor.Is("member"u8))
            {
                member = cursor.OptionalString();
            }
            else if (cursor.Is("memberKind"u8))
            {
                memberKind = cursor.OptionalString();
            }
            else if (cursor.Is("category"u8))
            {
                category = (Category?)cursor.Optional(static (ref Cursor c) => c.Enum(EnumNames.Category));
            }
            else if (cursor.Is("categoryGroup"u8))
            {
                categoryGroup = cursor.OptionalString();
            }
            else if (cursor.Is("specialCategory"u8))
            {
                specialCategory = cursor.OptionalBoolean();
            }
            else if (cursor.Is("criminalOffence"u8))
            {
                criminalOffence = cursor.OptionalBoolean();
            }
            else if (cursor.Is("cpraSensitive"u8))
            {
                cpraSensitive = cursor.OptionalBoolean();
            }
            else if (cursor.Is("mappings"u8))
            {
                mappings = cursor.OptionalObject(ReadMappings);
            }
            else if (cursor.Is("purposes"u8))
            {
                purposes = cursor.Array(static (ref Cursor c) => (Purpose)c.Enum(EnumNames.Purpose));
            }
            else if (cursor.Is("subjects"u8))
            {
                subjects = cursor.Array(static (ref Cursor c) => (DataSubject)c.Enum(EnumNames.DataSubject));
            }
            else if (cursor.Is("source"u8))
            {
                source = (DataSource?)cursor.Optional(static (ref Cursor c) => c.Enum(EnumNames.DataSource));
            }
            else if (cursor.Is("retention"u8))
            {
                retention = cursor.OptionalObject(ReadItemRetention);
            }
            else if (cursor.Is("required"u8))
            {
                required = cursor.OptionalBoolean();
            }
            else if (cursor.Is("sharedWith"u8))
            {
                sharedWith = cursor.StringArray();
            }
            else if (cursor.Is("description"u8))
            {
                description = cursor.OptionalString();
            }
            else
            {
                ReadDeclarationOrSkip(ref cursor, ref declared);
            }
        }

        return new DataItem(
            cursor.Required(declared.Id, "id"),
            declared.Assembly,
            declared.File,
            declared.Line,
            type,
            member,
            memberKind,
            cursor.RequiredValue(category, "category"),
            categoryGroup,
            specialCategory ?? false,
            criminalOffence ?? false,
            cpraSensitive ?? false,
            mappings,
            purposes,
            subjects,
            source ?? DataSource.DataSubject,
            retention,
            required ?? false,
            sharedWith,
            description);
    }

    private static CategoryMappings ReadMappings(ref Cursor cursor)
    {
        cursor.ExpectObject();
        string? fideslang = null, ccpa = null, apple = null, googlePlay = null;
        while (cursor.NextProperty())
        {
            if (cursor.Is("fideslang"u8))
            {
                fideslang = cursor.OptionalString();
            }
            else if (cursor.Is("ccpa"u8))
            {
                ccpa = cursor.OptionalString();
            }
            else if (cursor.Is("apple"u8))
            {
                apple = cursor.OptionalString();
            }
            else if (cursor.Is("googlePlay"u8))
            {
                googlePlay = cursor.OptionalString();
            }
            else
            {
                cursor.SkipValue();
            }
        }

        return new CategoryMappings(fideslang, ccpa, apple, googlePlay);
    }

    private static DataItemRetention ReadItemRetention(ref Cursor cursor)
    {
        cursor.ExpectObject();
        string? period = null, origin = null, reason = null;
        while (cursor.NextProperty())
        {
            if (cursor.Is("period"u8))
            {
                period = cursor.OptionalString();
            }
            else if (cursor.Is("origin"u8))
            {
                origin = cursor.OptionalString();
            }
            else if (cursor.Is("reason"u8))
            {
                reason = cursor.OptionalString();
            }
            else
            {
                cursor.SkipValue();
            }
        }

        return new DataItemRetention(cursor.Required(period, "period"), origin ?? "Member", reason);
    }

    private static PurposeDeclaration ReadPurpose(ref Cursor cursor)
    {
        cursor.ExpectObject();
        Purpose? purpose = null;
        ImmutableArray<LegalBasisDeclaration> legalBases = [];
        ImmutableArray<string> dataItems = [], processedBy = [];
        while (cursor.NextProperty())
        {
            if (cursor.Is("purpose"u8))
            {
                purpose = (Purpose?)cursor.Optional(static (ref Cursor c) => c.Enum(EnumNames.Purpose));
            }
            else if (cursor.Is("legalBases"u8))
            {
                legalBases = cursor.Array(ReadLegalBasis);
            }
            else if (cursor.Is("dataItems"u8))
            {
                dataItems = cursor.StringArray();
            }
            else if (cursor.Is("processedBy"u8))
            {
                processedBy = cursor.StringArray();
            }
            else
            {
                cursor.SkipValue();
            }
        }

        return new PurposeDeclaration(cursor.RequiredValue(purpose, "purpose"), legalBases, dataItems, processedBy);
    }

    private static LegalBasisDeclaration ReadLegalBasis(ref Cursor cursor)
    {
        cursor.ExpectObject();
        LegalBasis? basis = null;
        SpecialCategoryCondition? condition = null;
        string? legitimateInterest = null, description = null, declaredIn = null;
        while (cursor.NextProperty())
        {
            if (cursor.Is("basis"u8))
            {
                basis = (LegalBasis?)cursor.Optional(static (ref Cursor c) => c.Enum(EnumNames.LegalBasis));
            }
            else if (cursor.Is("condition"u8))
            {
                condition = (SpecialCategoryCondition?)cursor.Optional(static (ref Cursor c) => c.Enum(EnumNames.SpecialCategoryCondition));
            }
            else if (cursor.Is("legitimateInterest"u8))
            {
                legitimateInterest = cursor.OptionalString();
            }
            else if (cursor.Is("description"u8))
            {
                description = cursor.OptionalString();
            }
            else if (cursor.Is("declaredIn"u8))
            {
                declaredIn = cursor.OptionalString();
            }
            else
            {
                cursor.SkipValue();
            }
        }

        return new LegalBasisDeclaration(cursor.RequiredValue(basis, "basis"), condition ?? SpecialCategoryCondition.None, legitimateInterest, description, declaredIn);
    }

    private static RecipientDeclaration ReadRecipient(ref Cursor cursor)
    {
        cursor.ExpectObject();
        string? name = null, country = null, description = null, declaredIn = null;
        RecipientKind? kind = null;
        TransferMechanism? transfer = null;
        ImmutableArray<Purpose> purposes = [];
        while (cursor.NextProperty())
        {
            if (cursor.Is("name"u8))
            {
                name = cursor.OptionalString();
            }
            else if (cursor.Is("kind"u8))
            {
                kind = (RecipientKind?)cursor.Optional(static (ref Cursor c) => c.Enum(EnumNames.RecipientKind));
            }
            else if (cursor.Is("country"u8))
            {
                country = cursor.OptionalString();
            }
            else if (cursor.Is("transfer"u8))
            {
                transfer = (TransferMechanism?)cursor.Optional(static (ref Cursor c) => c.Enum(EnumNames.TransferMechanism));
            }
            else if (cursor.Is("purposes"u8))
            {
                purposes = cursor.Array(static (ref Cursor c) => (Purpose)c.Enum(EnumNames.Purpose));
            }
            else if (cursor.Is("description"u8))
            {
                description = cursor.OptionalString();
            }
            else if (cursor.Is("declaredIn"u8))
            {
                declaredIn = cursor.OptionalString();
            }
            else
            {
                cursor.SkipValue();
            }
        }

        return new RecipientDeclaration(cursor.Required(name, "name"), cursor.RequiredValue(kind, "kind"), country, transfer, purposes, description, declaredIn);
    }

    private static RetentionDeclaration ReadRetention(ref Cursor cursor)
    {
        cursor.ExpectObject();
        Category? category = null;
        string? period = null, reason = null, declaredIn = null;
        while (cursor.NextProperty())
        {
            if (cursor.Is("category"u8))
            {
                category = (Category?)cursor.Optional(static (ref Cursor c) => c.Enum(EnumNames.Category));
            }
            else if (cursor.Is("period"u8))
            {
                period = cursor.OptionalString();
            }
            else if (cursor.Is("reason"u8))
            {
                reason = cursor.OptionalString();
            }
            else if (cursor.Is("declaredIn"u8))
            {
                declaredIn = cursor.OptionalString();
            }
            else
            {
                cursor.SkipValue();
            }
        }

        return new RetentionDeclaration(cursor.RequiredValue(category, "category"), cursor.Required(period, "period"), reason, declaredIn);
    }

    private static ProcessingSite ReadProcessing(ref Cursor cursor)
    {
        cursor.ExpectObject();
        var declared = default(Declaration);
        string? kind = null, purposeOrigin = null;
        ImmutableArray<Purpose> purposes = [];
        ImmutableArray<string> sharesWith = [], reads = [], discloses = [];
        while (cursor.NextProperty())
        {
            if (cursor.Is("kind"u8))
            {
                kind = cursor.OptionalString();
            }
            else if (cursor.Is("purposes"u8))
            {
                purposes = cursor.Array(static (ref Cursor c) => (Purpose)c.Enum(EnumNames.Purpose));
            }
            else if (cursor.Is("purposeOrigin"u8))
            {
                purposeOrigin = cursor.OptionalString();
            }
            else if (cursor.Is("sharesWith"u8))
            {
                sharesWith = cursor.StringArray();
            }
            else if (cursor.Is("reads"u8))
            {
                reads = cursor.StringArray();
            }
            else if (cursor.Is("discloses"u8))
            {
                discloses = cursor.StringArray();
            }
            else
            {
                ReadDeclarationOrSkip(ref cursor, ref declared);
            }
        }

        return new ProcessingSite(cursor.Required(declared.Id, "id"), declared.Assembly, declared.File, declared.Line, kind, purposes, purposeOrigin, sharesWith, reads, discloses);
    }

    /// <summary>
    /// The fields a data item and a processing site both begin with, what they are and where they are
    /// declared; any other property of theirs that this version does not know is skipped.
    /// </summary>
    private static void ReadDeclarationOrSkip(ref Cursor cursor, ref Declaration declared)
    {
        if (cursor.Is("id"u8))
        {
            declared.Id = cursor.OptionalString();
        }
        else if (cursor.Is("assembly"u8))
        {
            declared.Assembly = cursor.OptionalString();
        }
        else if (cursor.Is("file"u8))
        {
            declared.File = cursor.OptionalString();
        }
        else if (cursor.Is("line"u8))
        {
            declared.Line = cursor.OptionalInt32();
        }
        else
        {
            cursor.SkipValue();
        }
    }

    private static InventoryFormatException NotJson(JsonException exception) =>
        new(
            string.Create(CultureInfo.InvariantCulture, $"The inventory is not valid JSON (line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1}): {exception.Message}"),
            exception);

    /// <summary>
    /// Called with a problem found while reading: throws the problem that a reader checking the whole text
    /// first would have reported instead, if there is one (the text is not JSON; the document has no
    /// supported <c>schemaVersion</c>). Otherwise returns, and the caller rethrows its own.
    /// </summary>
    private static void ThrowEarlierProblem(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            var syntax = new Utf8JsonReader(utf8Json, Options);
            while (syntax.Read())
            {
            }
        }
        catch (JsonException exception)
        {
            throw NotJson(exception);
        }

        var cursor = new Cursor(utf8Json);
        cursor.Next();
        if (cursor.TokenType != JsonTokenType.StartObject)
        {
            return;
        }

        int? version = null;
        while (cursor.NextProperty())
        {
            if (cursor.Is("schemaVersion"u8))
            {
                version = cursor.OptionalInt32();
            }
            else
            {
                cursor.SkipValue();
            }
        }

        CheckVersion(cursor.RequiredValue(version, "schemaVersion"));
    }

    /// <summary>
    /// The reader and where it is: the JSON path is kept as a stack of steps and becomes text only for an error
    /// message (an inventory has hundreds of thousands of values and almost never an error).
    /// </summary>
    private ref struct Cursor
    {
        private readonly ReadOnlySpan<byte> json;
        private Utf8JsonReader reader;
        private PathStep[] steps;
        private int depth;

        public Cursor(ReadOnlySpan<byte> utf8Json)
        {
            json = utf8Json;
            reader = new Utf8JsonReader(utf8Json, Options);
            steps = new PathStep[16];
            depth = 0;
        }

        public readonly JsonTokenType TokenType => reader.TokenType;

        /// <summary>Moves to the first token; the reader throws for a text that holds none.</summary>
        public void Next() => reader.Read();

        /// <summary>After the root value: the reader throws unless the rest of the text is white space.</summary>
        public void End() => reader.Read();

        public readonly void ExpectObject()
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw WrongKind("an object");
            }
        }

        /// <summary>Moves to the next property name of the current object, or to its end.</summary>
        public bool NextProperty()
        {
            reader.Read();
            return reader.TokenType == JsonTokenType.PropertyName;
        }

        public readonly bool Is(ReadOnlySpan<byte> name) => reader.ValueTextEquals(name);

        /// <summary>On a property name: reads its value with <paramref name="read"/>, or null for a JSON null (absent).</summary>
        public T? Optional<T>(ValueReader<T> read)
            where T : struct
        {
            EnterProperty();
            reader.Read();
            T? value = reader.TokenType == JsonTokenType.Null ? null : read(ref this);
            Leave();
            return value;
        }

        /// <inheritdoc cref="Optional{T}(ValueReader{T})"/>
        public T? OptionalObject<T>(ValueReader<T> read)
            where T : class
        {
            EnterProperty();
            reader.Read();
            var value = reader.TokenType == JsonTokenType.Null ? null : read(ref this);
            Leave();
            return value;
        }

        public string? OptionalString() => OptionalObject(static (ref Cursor c) => c.String());

        public int? OptionalInt32() => Optional(static (ref Cursor c) => c.Int32());

        public bool? OptionalBoolean() => Optional(static (ref Cursor c) => c.Boolean());

        public ImmutableArray<string> StringArray() => Array(static (ref Cursor c) => c.String());

        /// <summary>On a property name: its array, empty when the value is null.</summary>
        public ImmutableArray<T> Array<T>(ValueReader<T> read)
        {
            EnterProperty();
            reader.Read();
            var result = ImmutableArray<T>.Empty;
            if (reader.TokenType != JsonTokenType.Null)
            {
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    throw WrongKind("an array");
                }

                var builder = ImmutableArray.CreateBuilder<T>();
                reader.Read();
                while (reader.TokenType != JsonTokenType.EndArray)
                {
                    Push(new PathStep(-1, builder.Count));
                    builder.Add(read(ref this));
                    Leave();
                    reader.Read();
                }

                result = builder.Count == builder.Capacity ? builder.MoveToImmutable() : builder.ToImmutable();
            }

            Leave();
            return result;
        }

        /// <summary>On a property name this version does not know: moves past its value.</summary>
        public void SkipValue() => reader.Skip();

        public readonly string String() =>
            reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw WrongKind("a string");

        public readonly bool Boolean() => reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => throw WrongKind("true or false"),
        };

        public readonly int Int32() =>
            reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) ? value : throw WrongKind("an integer");

        /// <summary>A member name of the enumeration <paramref name="names"/> describes, as its value.</summary>
        public readonly int Enum(EnumNames names)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw WrongKind("a string");
            }

            if (!reader.ValueIsEscaped && !reader.HasValueSequence && names.TryFind(reader.ValueSpan, out var value))
            {
                return value;
            }

            var name = reader.GetString()!;
            return names.TryFind(name, out value)
                ? value
                : throw new InventoryFormatException(Path(), $"\"{name}\" is not a {names.TypeName}; expected one of {string.Join(", ", names.SortedNames)}.");
        }

        /// <summary>A property that must be present (and not null) in the object just read.</summary>
        public readonly T Required<T>(T? value, string name)
            where T : class =>
            value ?? throw Missing(name);

        /// <inheritdoc cref="Required{T}(T, string)"/>
        public readonly T RequiredValue<T>(T? value, string name)
            where T : struct =>
            value ?? throw Missing(name);

        private void Leave() => depth--;

        // Where the name starts, not the name: making a string of every property name cost more than the rest.
        private void EnterProperty() => Push(new PathStep(reader.TokenStartIndex, -1));

        private void Push(PathStep step)
        {
            if (depth == steps.Length)
            {
                System.Array.Resize(ref steps, depth * 2);
            }

            steps[depth++] = step;
        }

        private readonly InventoryFormatException Missing(string name) =>
            new(Path(), $"the required property \"{name}\" is missing.");

        private readonly InventoryFormatException WrongKind(string expected) =>
            new(Path(), $"expected {expected}, found {Describe(reader.TokenType)}.");

        private readonly string Path()
        {
            var builder = new StringBuilder("$");
            for (var i = 0; i < depth; i++)
            {
                if (steps[i].NameStart >= 0)
                {
                    var name = new Utf8JsonReader(json[(int)steps[i].NameStart..], isFinalBlock: false, state: default);
                    name.Read();
                    builder.Append('.').Append(name.GetString());
                }
                else
                {
                    builder.Append('[').Append(steps[i].Index.ToString(CultureInfo.InvariantCulture)).Append(']');
                }
            }

            return builder.ToString();
        }

        private static string Describe(JsonTokenType kind) => kind switch
        {
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "an array",
            JsonTokenType.String => "a string",
            JsonTokenType.Number => "a number",
            JsonTokenType.True or JsonTokenType.False => "a boolean",
            _ => "null",
        };
    }

    /// <summary>See <see cref="ReadDeclarationOrSkip"/>.</summary>
    private struct Declaration
    {
        public string? Id;
        public string? Assembly;
        public string? File;
        public int? Line;
    }

    /// <summary>A property (where its name starts in the text) or an array index.</summary>
    private readonly record struct PathStep(long NameStart, int Index);

    /// <summary>
    /// The member names of one enumeration with their values. Exact names only: <see cref="System.Enum.TryParse{TEnum}(string, out TEnum)"/>
    /// would also accept numbers, other casing and comma-joined flags, none of which the format allows. Not generic:
    /// a table per enumeration type made with generic code (a dictionary of the enum type, LINQ over it) had
    /// the inventory tool compile all of that code once per enumeration, about 10 ms each in its one run.
    /// </summary>
    private sealed class EnumNames
    {
        public static readonly EnumNames Category = new(typeof(Category));
        public static readonly EnumNames Purpose = new(typeof(Purpose));
        public static readonly EnumNames DataSubject = new(typeof(DataSubject));
        public static readonly EnumNames DataSource = new(typeof(DataSource));
        public static readonly EnumNames LegalBasis = new(typeof(LegalBasis));
        public static readonly EnumNames SpecialCategoryCondition = new(typeof(SpecialCategoryCondition));
        public static readonly EnumNames RecipientKind = new(typeof(RecipientKind));
        public static readonly EnumNames TransferMechanism = new(typeof(TransferMechanism));

        private readonly string[] names;
        private readonly byte[][] utf8Names;
        private readonly int[] values;

        private EnumNames(Type type)
        {
            TypeName = type.Name;
            names = System.Enum.GetNames(type);
            utf8Names = new byte[names.Length][];
            values = new int[names.Length];
            for (var i = 0; i < names.Length; i++)
            {
                utf8Names[i] = Encoding.UTF8.GetBytes(names[i]);
                values[i] = Convert.ToInt32(System.Enum.Parse(type, names[i]), CultureInfo.InvariantCulture);
            }

            var sorted = (string[])names.Clone();
            System.Array.Sort(sorted, StringComparer.Ordinal);
            SortedNames = sorted;
        }

        public string TypeName { get; }

        public IReadOnlyList<string> SortedNames { get; }

        /// <summary>Looks an unescaped name up without making a string of it.</summary>
        public bool TryFind(ReadOnlySpan<byte> utf8Name, out int value)
        {
            for (var i = 0; i < utf8Names.Length; i++)
            {
                if (utf8Name.SequenceEqual(utf8Names[i]))
                {
                    value = values[i];
                    return true;
                }
            }

            value = 0;
            return false;
        }

        public bool TryFind(string name, out int value)
        {
            var index = System.Array.IndexOf(names, name);
            value = index >= 0 ? values[index] : 0;
            return index >= 0;
        }
    }
}
