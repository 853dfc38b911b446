using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using PrivacyAttributes.Generators.Model;
using PrivacyAttributes.Roslyn;

namespace PrivacyAttributes.Generators.Parsing
{
    /// <summary>
    /// Reads the inventories of referenced assemblies: the <c>Json</c> constant of their
    /// <c>PrivacyAttributes.Generated.PrivacyInventory</c> (an internal type; its public constant
    /// is imported from metadata like any public member), then the parts this inventory merges.
    /// A document that cannot be read is skipped as a whole; an entry that cannot be read
    /// (unknown enum name from another version, missing id) is skipped alone.
    /// </summary>
    internal static class ReferencedInventoryReader
    {
        public const string InventoryTypeName = "PrivacyAttributes.Generated.PrivacyInventory";

        /// <summary>The unparsed inventories, sorted by ordinal assembly name. Cheap, so it can run on every compilation.</summary>
        public static EquatableArray<ReferencedInventoryText> ReadTexts(Compilation compilation, CancellationToken cancellationToken)
        {
            var texts = new List<ReferencedInventoryText>();
            foreach (var assembly in PrivacyDeclarations.ReferencedAssembliesUsingPrivacyAttributes(compilation))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (assembly.GetTypeByMetadataName(InventoryTypeName) is not { } type)
                {
                    continue;
                }

                foreach (var member in type.GetMembers("Json"))
                {
                    if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: string json })
                    {
                        texts.Add(new ReferencedInventoryText(assembly.Identity.Name, json));
                        break;
                    }
                }
            }

            return new EquatableArray<ReferencedInventoryText>(texts);
        }

        public static EquatableArray<ReferencedInventoryModel> Parse(EquatableArray<ReferencedInventoryText> texts, CancellationToken cancellationToken)
        {
            var result = new List<ReferencedInventoryModel>(texts.Count);
            foreach (var text in texts)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (Parse(text) is { } model)
                {
                    result.Add(model);
                }
            }

            return new EquatableArray<ReferencedInventoryModel>(result);
        }

        public static ReferencedInventoryModel? Parse(ReferencedInventoryText text)
        {
            if (!JsonReader.TryParse(text.Json, out var value) || value is not JsonObject root || root["schemaVersion"] is not long version || version != 1)
            {
                return null;
            }

            var items = new List<DataItemModel>();
            foreach (var item in root.Array("dataItems"))
            {
                if (item is JsonObject entry && ReadDataItem(entry) is { } model)
                {
                    items.Add(model);
                }
            }

            var legalBases = new List<LegalBasisDeclaration>();
            foreach (var purposeEntry in root.Array("purposes"))
            {
                if (purposeEntry is not JsonObject purposeObject || !EnumValues.TryParse<Purpose>(purposeObject.String("purpose"), out var purpose))
                {
                    continue;
                }

                foreach (var basisEntry in purposeObject.Array("legalBases"))
                {
                    if (basisEntry is JsonObject basis
                        && EnumValues.TryParse<LegalBasis>(basis.String("basis"), out var legalBasis)
                        && TryParseOptional(basis.String("condition"), SpecialCategoryCondition.None, out var condition)
                        && basis.String("declaredIn") is { } declaredIn)
                    {
                        legalBases.Add(new LegalBasisDeclaration(purpose, legalBasis, condition, basis.String("legitimateInterest"), basis.String("description"), declaredIn));
                    }
                }
            }

            var recipients = new List<RecipientDeclaration>();
            foreach (var recipientEntry in root.Array("recipients"))
            {
                if (recipientEntry is JsonObject recipient
                    && recipient.String("name") is { } name
                    && EnumValues.TryParse<RecipientKind>(recipient.String("kind"), out var kind)
                    && TryParseOptional(recipient.String("transfer"), TransferMechanism.None, out var transfer)
                    && TryParseAll<Purpose>(recipient.Array("purposes"), out var purposes)
                    && recipient.String("declaredIn") is { } declaredIn)
                {
                    recipients.Add(new RecipientDeclaration(name, kind, recipient.String("country"), transfer, purposes, recipient.String("description"), declaredIn));
                }
            }

            var retentions = new List<RetentionDeclaration>();
            foreach (var retentionEntry in root.Array("retention"))
            {
                if (retentionEntry is JsonObject retention
                    && EnumValues.TryParse<Category>(retention.String("category"), out var category)
                    && retention.String("period") is { } period
                    && retention.String("declaredIn") is { } declaredIn)
                {
                    retentions.Add(new RetentionDeclaration(category, period, retention.String("reason"), declaredIn));
                }
            }

            ControllerDeclaration? controller = null;
            if (root.Object("controller") is { } controllerObject && controllerObject.String("name") is { } controllerName)
            {
                controller = new ControllerDeclaration(
                    controllerName,
                    controllerObject.String("address"),
                    controllerObject.String("email"),
                    controllerObject.String("website"),
                    controllerObject.String("dataProtectionOfficer"),
                    controllerObject.String("representative"),
                    controllerObject.String("supervisoryAuthority"),
                    controllerObject.String("declaredIn") ?? root.String("assembly") ?? text.Assembly);
            }

            return new ReferencedInventoryModel(
                root.String("assembly") ?? text.Assembly,
                controller,
                new EquatableArray<DataItemModel>(items),
                new EquatableArray<LegalBasisDeclaration>(legalBases),
                new EquatableArray<RecipientDeclaration>(recipients),
                new EquatableArray<RetentionDeclaration>(retentions));
        }

        private static DataItemModel? ReadDataItem(JsonObject item)
        {
            if (item.String("id") is not { } id
                || item.String("assembly") is not { } assembly
                || !EnumValues.TryParse<DataMemberKind>(item.String("memberKind"), out var memberKind)
                || !EnumValues.TryParse<Category>(item.String("category"), out var category)
                || !TryParseAll<Purpose>(item.Array("purposes"), out var purposes)
                || !TryParseAll<DataSubject>(item.Array("subjects"), out var subjectList)
                || !TryParseOptional(item.String("source"), DataSource.DataSubject, out var source))
            {
                return null;
            }

            var subjects = DataSubject.None;
            foreach (var subject in subjectList)
            {
                subjects |= subject;
            }

            RetentionModel? retention = null;
            if (item.Object("retention") is { } retentionObject)
            {
                if (retentionObject.String("period") is not { } period || !EnumValues.TryParse<RetentionOrigin>(retentionObject.String("origin"), out var origin))
                {
                    return null;
                }

                retention = new RetentionModel(period, origin, retentionObject.String("reason"));
            }

            var sharedWith = new List<string>();
            foreach (var name in item.Array("sharedWith"))
            {
                if (name is string text)
                {
                    sharedWith.Add(text);
                }
            }

            sharedWith.Sort(StringComparer.Ordinal);
            return new DataItemModel(
                id,
                assembly,
                item.String("file") ?? string.Empty,
                item.Int("line"),
                item.String("type") ?? string.Empty,
                item.String("member") ?? string.Empty,
                memberKind,
                category,
                EnumValues.SortedDefined(purposes),
                subjects,
                source,
                retention,
                item.Bool("required"),
                new EquatableArray<string>(sharedWith),
                item.String("description"));
        }

        private static bool TryParseOptional<TEnum>(string? name, TEnum fallback, out TEnum value)
            where TEnum : struct, Enum
        {
            if (name is null)
            {
                value = fallback;
                return true;
            }

            return EnumValues.TryParse(name, out value);
        }

        private static bool TryParseAll<TEnum>(List<object?> names, out EquatableArray<TEnum> values)
            where TEnum : struct, Enum
        {
            var list = new List<TEnum>(names.Count);
            foreach (var name in names)
            {
                if (name is not string text || !EnumValues.TryParse<TEnum>(text, out var value))
                {
                    values = EquatableArray<TEnum>.Empty;
                    return false;
                }

                list.Add(value);
            }

            values = new EquatableArray<TEnum>(list);
            return true;
        }
    }
}
