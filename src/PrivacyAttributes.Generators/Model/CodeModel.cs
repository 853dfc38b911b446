using PrivacyAttributes.Roslyn;

namespace PrivacyAttributes.Generators.Model
{
    /// <summary>
    /// What one source file holds: its data items and the processing entries of the code under a
    /// <c>[ProcessingPurpose]</c> or a <c>[SharesWith]</c> declared in it, each in the order
    /// <c>ForAttributeWithMetadataName</c> would report the annotated declarations.
    /// </summary>
    internal sealed record TreeModel(
        string Path,
        EquatableArray<DataItemModel> DataItems,
        EquatableArray<ProcessingEntryModel> PurposeEntries,
        EquatableArray<ProcessingEntryModel> SharingEntries);

    /// <summary>Every file's model, in compilation order; files without annotations are left out.</summary>
    internal sealed record CodeModel(EquatableArray<TreeModel> Trees);
}
