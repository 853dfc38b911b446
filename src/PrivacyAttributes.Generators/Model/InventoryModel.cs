using PrivacyAttributes.Roslyn;

namespace PrivacyAttributes.Generators.Model
{
    /// <summary>One <c>purposes[]</c> entry.</summary>
    internal sealed record PurposeModel(
        Purpose Purpose,
        EquatableArray<LegalBasisDeclaration> LegalBases,
        EquatableArray<string> DataItems,
        EquatableArray<string> ProcessedBy);

    /// <summary>The whole inventory, sorted and filtered, ready to be written as JSON.</summary>
    internal sealed record InventoryModel(
        string Assembly,
        ControllerDeclaration? Controller,
        EquatableArray<DataItemModel> DataItems,
        EquatableArray<PurposeModel> Purposes,
        EquatableArray<RecipientDeclaration> Recipients,
        EquatableArray<RetentionDeclaration> Retentions,
        EquatableArray<ProcessingEntryModel> Processing);
}
