using System;
using PrivacyAttributes.Taxonomy;

namespace PrivacyAttributes.Inventory;

/// <summary>
/// The renderers' labels, read from the one taxonomy table that the analyzers and the generator use
/// too. An undefined value (a newer inventory than this renderer) falls back to its name: visible in
/// review, never a crash.
/// </summary>
internal sealed class TaxonomyVocabulary : IPolicyVocabulary
{
    /// <summary>The shared instance.</summary>
    public static TaxonomyVocabulary Instance { get; } = new();

    /// <inheritdoc />
    public string CategoryLabel(Category category, PolicyLanguage language) =>
        PrivacyTaxonomy.TryGet(category, out var info) ? Pick(info.LabelEn, info.LabelDe, language) : category.ToString();

    /// <inheritdoc />
    public string GroupHeading(string groupName, PolicyLanguage language) =>
        TryGetGroup(groupName, out var info) ? Pick(info.LabelEn, info.LabelDe, language) : groupName;

    /// <inheritdoc />
    public int GroupOrder(string groupName) => TryGetGroup(groupName, out var info) ? (int)info.Group : int.MaxValue;

    /// <inheritdoc />
    public string PurposeLabel(Purpose purpose, PolicyLanguage language) =>
        PrivacyTaxonomy.TryGet(purpose, out var info) ? Pick(info.LabelEn, info.LabelDe, language) : purpose.ToString();

    /// <inheritdoc />
    public string LegalBasisLabel(LegalBasis basis, PolicyLanguage language) =>
        PrivacyTaxonomy.TryGet(basis, out var info) ? Pick(info.LabelEn, info.LabelDe, language) : basis.ToString();

    /// <inheritdoc />
    public string LegalBasisCitation(LegalBasis basis, PolicyLanguage language) =>
        PrivacyTaxonomy.TryGet(basis, out var info) ? Pick(info.CitationEn, info.CitationDe, language) : string.Empty;

    /// <inheritdoc />
    public string ConditionLabel(SpecialCategoryCondition condition, PolicyLanguage language) =>
        PrivacyTaxonomy.TryGet(condition, out var info) ? Pick(info.LabelEn, info.LabelDe, language) : condition.ToString();

    /// <inheritdoc />
    public string ConditionCitation(SpecialCategoryCondition condition, PolicyLanguage language) =>
        PrivacyTaxonomy.TryGet(condition, out var info) ? Pick(info.CitationEn, info.CitationDe, language) : string.Empty;

    /// <inheritdoc />
    public string DataSubjectLabel(DataSubject subject, PolicyLanguage language) =>
        PrivacyTaxonomy.TryGet(subject, out var info) ? Pick(info.LabelEn, info.LabelDe, language) : subject.ToString();

    /// <inheritdoc />
    public string DataSourceLabel(DataSource source, PolicyLanguage language) =>
        PrivacyTaxonomy.TryGet(source, out var info) ? Pick(info.LabelEn, info.LabelDe, language) : source.ToString();

    /// <inheritdoc />
    public string RecipientKindLabel(RecipientKind kind, PolicyLanguage language) =>
        PrivacyTaxonomy.TryGet(kind, out var info) ? Pick(info.LabelEn, info.LabelDe, language) : kind.ToString();

    /// <inheritdoc />
    public string TransferMechanismLabel(TransferMechanism mechanism, PolicyLanguage language) =>
        PrivacyTaxonomy.TryGet(mechanism, out var info) ? Pick(info.LabelEn, info.LabelDe, language) : mechanism.ToString();

    /// <inheritdoc />
    public string TransferMechanismCitation(TransferMechanism mechanism, PolicyLanguage language) =>
        PrivacyTaxonomy.TryGet(mechanism, out var info) ? Pick(info.CitationEn, info.CitationDe, language) : string.Empty;

    /// <inheritdoc />
    public string? CountryName(string countryCode, PolicyLanguage language) =>
        language == PolicyLanguage.German ? Countries.NameDe(countryCode) : Countries.NameEn(countryCode);

    /// <inheritdoc />
    public bool IsInEea(string countryCode) => Countries.IsInEea(countryCode);

    private static bool TryGetGroup(string groupName, out CategoryGroupInfo info)
    {
        info = null!;
        return Enum.TryParse<CategoryGroup>(groupName, ignoreCase: false, out var group)
            && Enum.IsDefined(group)
            && PrivacyTaxonomy.TryGet(group, out info!);
    }

    private static string Pick(string english, string german, PolicyLanguage language) =>
        language == PolicyLanguage.German ? german : english;
}
