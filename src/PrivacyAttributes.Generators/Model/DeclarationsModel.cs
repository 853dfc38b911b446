using PrivacyAttributes.Roslyn;

namespace PrivacyAttributes.Generators.Model
{
    /// <summary>
    /// The assembly-level declarations in force (this assembly's first, then each referenced
    /// assembly's by ordinal name), as read from the compilation's attributes.
    /// </summary>
    internal sealed record DeclarationsModel(
        string AssemblyName,
        ControllerDeclaration? Controller,
        EquatableArray<LegalBasisDeclaration> LegalBases,
        EquatableArray<RecipientDeclaration> Recipients,
        EquatableArray<RetentionDeclaration> Retentions);

    /// <summary>The <c>PrivacyInventory.Json</c> constant of one referenced assembly, unparsed.</summary>
    internal sealed record ReferencedInventoryText(string Assembly, string Json);

    /// <summary>What this inventory takes from a referenced assembly's inventory.</summary>
    internal sealed record ReferencedInventoryModel(
        string Assembly,
        ControllerDeclaration? Controller,
        EquatableArray<DataItemModel> DataItems,
        EquatableArray<LegalBasisDeclaration> LegalBases,
        EquatableArray<RecipientDeclaration> Recipients,
        EquatableArray<RetentionDeclaration> Retentions);
}
