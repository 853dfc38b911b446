using System.Collections.Generic;
using System.Text;
using PrivacyAttributes.Generators.Model;
using PrivacyAttributes.Generators.Parsing;
using PrivacyAttributes.Roslyn;
using PrivacyAttributes.Taxonomy;

namespace PrivacyAttributes.Generators.Emitting
{
    /// <summary>Model to JSON, in the order and shape of <c>docs/inventory-format.md</c>.</summary>
    internal static class InventoryJsonEmitter
    {
        public const int SchemaVersion = 1;

        /// <summary>Writes the inventory's JSON into <paramref name="target"/> (see <see cref="JsonWriter"/> for <paramref name="insideVerbatimString"/>).</summary>
        public static void Write(InventoryModel inventory, StringBuilder target, bool insideVerbatimString)
        {
            var writer = new JsonWriter(target, insideVerbatimString);
            writer.StartObject();
            writer.Property("schemaVersion", SchemaVersion);
            writer.Property("assembly", inventory.Assembly);
            if (inventory.Controller is { } controller)
            {
                WriteController(writer, controller);
            }

            writer.StartArray("dataItems");
            foreach (var item in inventory.DataItems)
            {
                WriteDataItem(writer, item);
            }

            writer.EndArray();

            writer.StartArray("purposes");
            foreach (var purpose in inventory.Purposes)
            {
                WritePurpose(writer, purpose);
            }

            writer.EndArray();

            writer.StartArray("recipients");
            foreach (var recipient in inventory.Recipients)
            {
                WriteRecipient(writer, recipient);
            }

            writer.EndArray();

            writer.StartArray("retention");
            foreach (var retention in inventory.Retentions)
            {
                writer.StartObject();
                writer.Property("category", EnumValues.Name(retention.Category));
                writer.Property("period", retention.Period);
                writer.OptionalProperty("reason", retention.Reason);
                writer.Property("declaredIn", retention.DeclaredIn);
                writer.EndObject();
            }

            writer.EndArray();

            writer.StartArray("processing");
            foreach (var entry in inventory.Processing)
            {
                WriteProcessing(writer, entry);
            }

            writer.EndArray();
            writer.EndObject();
        }

        private static void WriteController(JsonWriter writer, ControllerDeclaration controller)
        {
            writer.StartObject("controller");
            writer.Property("name", controller.Name);
            writer.OptionalProperty("address", controller.Address);
            writer.OptionalProperty("email", controller.Email);
            writer.OptionalProperty("website", controller.Website);
            writer.OptionalProperty("dataProtectionOfficer", controller.DataProtectionOfficer);
            writer.OptionalProperty("representative", controller.Representative);
            writer.OptionalProperty("supervisoryAuthority", controller.SupervisoryAuthority);
            writer.Property("declaredIn", controller.DeclaredIn);
            writer.EndObject();
        }

        private static void WriteDataItem(JsonWriter writer, DataItemModel item)
        {
            if (!PrivacyTaxonomy.TryGet(item.Category, out var info))
            {
                return;
            }

            writer.StartObject();
            writer.Property("id", item.Id);
            writer.Property("assembly", item.Assembly);
            writer.Property("file", item.File);
            writer.Property("line", item.Line);
            writer.Property("type", item.Type);
            writer.Property("member", item.Member);
            writer.Property("memberKind", EnumValues.Name(item.MemberKind));
            writer.Property("category", EnumValues.Name(item.Category));
            writer.Property("categoryGroup", EnumValues.Name(info.Group));
            writer.Property("specialCategory", info.IsSpecialCategory);
            writer.Property("criminalOffence", info.IsCriminalOffenceData);
            writer.Property("cpraSensitive", info.IsCpraSensitive);
            writer.StartObject("mappings");
            writer.Property("fideslang", info.FideslangDataCategory);
            writer.Property("ccpa", info.CcpaCategory);
            writer.Property("apple", info.AppleDataType);
            writer.Property("googlePlay", info.GooglePlayDataType);
            writer.EndObject();
            writer.InlineArray("purposes", Names(item.Purposes));
            writer.InlineArray("subjects", SubjectNames(item.Subjects));
            writer.Property("source", EnumValues.Name(item.Source));
            if (item.Retention is { } retention)
            {
                writer.StartObject("retention");
                writer.Property("period", retention.Period);
                writer.Property("origin", EnumValues.Name(retention.Origin));
                writer.OptionalProperty("reason", retention.Reason);
                writer.EndObject();
            }

            writer.Property("required", item.Required);
            writer.InlineArray("sharedWith", item.SharedWith);
            writer.OptionalProperty("description", item.Description);
            writer.EndObject();
        }

        private static void WritePurpose(JsonWriter writer, PurposeModel purpose)
        {
            writer.StartObject();
            writer.Property("purpose", EnumValues.Name(purpose.Purpose));
            writer.StartArray("legalBases");
            foreach (var basis in purpose.LegalBases)
            {
                writer.StartObject();
                writer.Property("basis", EnumValues.Name(basis.Basis));
                writer.Property("condition", EnumValues.Name(basis.Condition));
                writer.OptionalProperty("legitimateInterest", basis.LegitimateInterest);
                writer.OptionalProperty("description", basis.Description);
                writer.Property("declaredIn", basis.DeclaredIn);
                writer.EndObject();
            }

            writer.EndArray();
            writer.InlineArray("dataItems", purpose.DataItems);
            writer.InlineArray("processedBy", purpose.ProcessedBy);
            writer.EndObject();
        }

        private static void WriteRecipient(JsonWriter writer, RecipientDeclaration recipient)
        {
            writer.StartObject();
            writer.Property("name", recipient.Name);
            writer.Property("kind", EnumValues.Name(recipient.Kind));
            writer.OptionalProperty("country", recipient.Country);
            writer.Property("transfer", EnumValues.Name(recipient.Transfer));
            writer.InlineArray("purposes", Names(recipient.Purposes));
            writer.OptionalProperty("description", recipient.Description);
            writer.Property("declaredIn", recipient.DeclaredIn);
            writer.EndObject();
        }

        private static void WriteProcessing(JsonWriter writer, ProcessingEntryModel entry)
        {
            writer.StartObject();
            writer.Property("id", entry.Id);
            writer.Property("assembly", entry.Assembly);
            writer.Property("file", entry.File);
            writer.Property("line", entry.Line);
            writer.Property("kind", EnumValues.Name(entry.Kind));
            writer.InlineArray("purposes", Names(entry.Purposes));
            writer.Property("purposeOrigin", EnumValues.Name(entry.PurposeOrigin));
            writer.InlineArray("sharesWith", entry.SharesWith);
            writer.InlineArray("reads", entry.Reads);
            writer.InlineArray("discloses", entry.Discloses);
            writer.EndObject();
        }

        private static IEnumerable<string> Names(EquatableArray<Purpose> purposes)
        {
            foreach (var purpose in purposes)
            {
                yield return EnumValues.Name(purpose);
            }
        }

        private static IEnumerable<string> SubjectNames(DataSubject subjects)
        {
            for (var bit = 1; bit <= (int)DataSubject.ThirdParty; bit <<= 1)
            {
                if (((int)subjects & bit) != 0)
                {
                    yield return EnumValues.Name((DataSubject)bit);
                }
            }
        }
    }
}
