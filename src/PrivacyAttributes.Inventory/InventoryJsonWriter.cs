using System;
using System.Collections.Immutable;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PrivacyAttributes.Inventory;

/// <summary>
/// Writes an <see cref="InventoryDocument"/> as inventory JSON: properties in the order of
/// docs/inventory-format.md, optional fields omitted when absent, two-space indentation, LF line ends, a
/// final newline, non-ASCII as is. It writes arrays in the order the document holds them: sorting is the
/// generator's job, and a writer that re-sorted would hide a generator that does not.
/// </summary>
public static class InventoryJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        // net8.0's writer indents by two spaces; its line end is the platform's, normalized in Write.
        Indented = true,
        // The format writes non-ASCII as is and is never embedded in HTML, so only what JSON requires is escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Serializes an inventory.</summary>
    /// <param name="inventory">The inventory.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    public static string Write(InventoryDocument inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            WriteDocument(writer, inventory);
        }

        // JSON strings cannot hold a raw CR or LF (they are escaped), so this only touches the layout.
        return Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static void WriteDocument(Utf8JsonWriter writer, InventoryDocument inventory)
    {
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", inventory.SchemaVersion);
        writer.WriteString("assembly", inventory.Assembly);
        if (inventory.Controller is { } controller)
        {
            writer.WriteStartObject("controller");
            writer.WriteString("name", controller.Name);
            WriteOptional(writer, "address", controller.Address);
            WriteOptional(writer, "email", controller.Email);
            WriteOptional(writer, "website", controller.Website);
            WriteOptional(writer, "dataProtectionOfficer", controller.DataProtectionOfficer);
            WriteOptional(writer, "representative", controller.Representative);
            WriteOptional(writer, "supervisoryAuthority", controller.SupervisoryAuthority);
            WriteOptional(writer, "declaredIn", controller.DeclaredIn);
            writer.WriteEndObject();
        }

        WriteArray(writer, "dataItems", inventory.DataItems, WriteDataItem);
        WriteArray(writer, "purposes", inventory.Purposes, WritePurpose);
        WriteArray(writer, "recipients", inventory.Recipients, WriteRecipient);
        WriteArray(writer, "retention", inventory.Retention, WriteRetention);
        WriteArray(writer, "processing", inventory.Processing, WriteProcessing);
        writer.WriteEndObject();
    }

    private static void WriteDataItem(Utf8JsonWriter writer, DataItem item)
    {
        writer.WriteStartObject();
        writer.WriteString("id", item.Id);
        WriteOptional(writer, "assembly", item.Assembly);
        WriteOptional(writer, "file", item.File);
        if (item.Line is { } line)
        {
            writer.WriteNumber("line", line);
        }

        WriteOptional(writer, "type", item.Type);
        WriteOptional(writer, "member", item.Member);
        WriteOptional(writer, "memberKind", item.MemberKind);
        writer.WriteString("category", item.Category.ToString());
        WriteOptional(writer, "categoryGroup", item.CategoryGroup);
        writer.WriteBoolean("specialCategory", item.SpecialCategory);
        writer.WriteBoolean("criminalOffence", item.CriminalOffence);
        writer.WriteBoolean("cpraSensitive", item.CpraSensitive);
        if (item.Mappings is { } mappings)
        {
            writer.WriteStartObject("mappings");
            WriteOptional(writer, "fideslang", mappings.Fideslang);
            WriteOptional(writer, "ccpa", mappings.Ccpa);
            WriteOptional(writer, "apple", mappings.Apple);
            WriteOptional(writer, "googlePlay", mappings.GooglePlay);
            writer.WriteEndObject();
        }

        WriteNames(writer, "purposes", item.Purposes);
        WriteNames(writer, "subjects", item.Subjects);
        writer.WriteString("source", item.Source.ToString());
        if (item.Retention is { } retention)
        {
            writer.WriteStartObject("retention");
            writer.WriteString("period", retention.Period);
            writer.WriteString("origin", retention.Origin);
            WriteOptional(writer, "reason", retention.Reason);
            writer.WriteEndObject();
        }

        writer.WriteBoolean("required", item.Required);
        WriteStrings(writer, "sharedWith", item.SharedWith);
        WriteOptional(writer, "description", item.Description);
        writer.WriteEndObject();
    }

    private static void WritePurpose(Utf8JsonWriter writer, PurposeDeclaration purpose)
    {
        writer.WriteStartObject();
        writer.WriteString("purpose", purpose.Purpose.ToString());
        WriteArray(writer, "legalBases", purpose.LegalBases, static (w, basis) =>
        {
            w.WriteStartObject();
            w.WriteString("basis", basis.Basis.ToString());
            w.WriteString("condition", basis.Condition.ToString());
            WriteOptional(w, "legitimateInterest", basis.LegitimateInterest);
            WriteOptional(w, "description", basis.Description);
            WriteOptional(w, "declaredIn", basis.DeclaredIn);
            w.WriteEndObject();
        });
        WriteStrings(writer, "dataItems", purpose.DataItems);
        WriteStrings(writer, "processedBy", purpose.ProcessedBy);
        writer.WriteEndObject();
    }

    private static void WriteRecipient(Utf8JsonWriter writer, RecipientDeclaration recipient)
    {
        writer.WriteStartObject();
        writer.WriteString("name", recipient.Name);
        writer.WriteString("kind", recipient.Kind.ToString());
        WriteOptional(writer, "country", recipient.Country);
        WriteOptional(writer, "transfer", recipient.Transfer?.ToString());
        WriteNames(writer, "purposes", recipient.Purposes);
        WriteOptional(writer, "description", recipient.Description);
        WriteOptional(writer, "declaredIn", recipient.DeclaredIn);
        writer.WriteEndObject();
    }

    private static void WriteRetention(Utf8JsonWriter writer, RetentionDeclaration retention)
    {
        writer.WriteStartObject();
        writer.WriteString("category", retention.Category.ToString());
        writer.WriteString("period", retention.Period);
        WriteOptional(writer, "reason", retention.Reason);
        WriteOptional(writer, "declaredIn", retention.DeclaredIn);
        writer.WriteEndObject();
    }

    private static void WriteProcessing(Utf8JsonWriter writer, ProcessingSite site)
    {
        writer.WriteStartObject();
        writer.WriteString("id", site.Id);
        WriteOptional(writer, "assembly", site.Assembly);
        WriteOptional(writer, "file", site.File);
        if (site.Line is { } line)
        {
            writer.WriteNumber("line", line);
        }

        WriteOptional(writer, "kind", site.Kind);
        WriteNames(writer, "purposes", site.Purposes);
        WriteOptional(writer, "purposeOrigin", site.PurposeOrigin);
        WriteStrings(writer, "sharesWith", site.SharesWith);
        WriteStrings(writer, "reads", site.Reads);
        WriteStrings(writer, "discloses", site.Discloses);
        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, ImmutableArray<string> values) =>
        WriteArray(writer, name, values, static (w, value) => w.WriteStringValue(value));

    private static void WriteNames<T>(Utf8JsonWriter writer, string name, ImmutableArray<T> values)
        where T : struct, Enum =>
        WriteArray(writer, name, values, static (w, value) => w.WriteStringValue(value.ToString()));

    private static void WriteArray<T>(Utf8JsonWriter writer, string name, ImmutableArray<T> values, Action<Utf8JsonWriter, T> write)
    {
        writer.WriteStartArray(name);
        foreach (var value in values.IsDefault ? ImmutableArray<T>.Empty : values)
        {
            write(writer, value);
        }

        writer.WriteEndArray();
    }
}
