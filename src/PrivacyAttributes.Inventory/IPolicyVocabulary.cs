namespace PrivacyAttributes.Inventory;

/// <summary>
/// Every label the renderers take from the taxonomy, in one place: the renderers ask this interface and
/// nothing else, so the table behind it can change without touching them. Returned strings are plain
/// text (the renderer escapes them).
/// </summary>
internal interface IPolicyVocabulary
{
    /// <summary>The category's label, as a policy lists it ("Email address").</summary>
    string CategoryLabel(Category category, PolicyLanguage language);

    /// <summary>The heading of a category group, by its name in the inventory (<c>IdentityAndContact</c>).</summary>
    string GroupHeading(string groupName, PolicyLanguage language);

    /// <summary>Where a category group comes in the list of data collected (the taxonomy's order).</summary>
    int GroupOrder(string groupName);

    /// <summary>The purpose's label ("Processing your order").</summary>
    string PurposeLabel(Purpose purpose, PolicyLanguage language);

    /// <summary>The legal basis's name ("Consent").</summary>
    string LegalBasisLabel(LegalBasis basis, PolicyLanguage language);

    /// <summary>The legal basis's citation ("Art. 6(1)(a) GDPR", "Art. 6 Abs. 1 lit. a DSGVO").</summary>
    string LegalBasisCitation(LegalBasis basis, PolicyLanguage language);

    /// <summary>The Art. 9(2) condition's name ("Explicit consent").</summary>
    string ConditionLabel(SpecialCategoryCondition condition, PolicyLanguage language);

    /// <summary>The Art. 9(2) condition's citation ("Art. 9(2)(a) GDPR"); empty for <see cref="SpecialCategoryCondition.None"/>.</summary>
    string ConditionCitation(SpecialCategoryCondition condition, PolicyLanguage language);

    /// <summary>The label of a category of data subjects, for a single flag ("Customers").</summary>
    string DataSubjectLabel(DataSubject subject, PolicyLanguage language);

    /// <summary>The label of a source of personal data ("Received from third parties").</summary>
    string DataSourceLabel(DataSource source, PolicyLanguage language);

    /// <summary>The heading for a kind of recipient ("Service providers (processors)").</summary>
    string RecipientKindLabel(RecipientKind kind, PolicyLanguage language);

    /// <summary>The name of a transfer safeguard ("Standard contractual clauses").</summary>
    string TransferMechanismLabel(TransferMechanism mechanism, PolicyLanguage language);

    /// <summary>The citation of a transfer safeguard ("Art. 46(2)(c) GDPR").</summary>
    string TransferMechanismCitation(TransferMechanism mechanism, PolicyLanguage language);

    /// <summary>A country's name from its ISO 3166-1 alpha-2 code, or <see langword="null"/> for an unknown code.</summary>
    string? CountryName(string countryCode, PolicyLanguage language);

    /// <summary>Whether a country is in the European Economic Area (so a recipient there is no transfer).</summary>
    bool IsInEea(string countryCode);
}
