// TEMPORARY: replaced by PrivacyTaxonomy lookups when the taxonomy branch lands.
//
// The one place that holds labels until src/PrivacyAttributes.Taxonomy is filled: only the entries the
// tests and golden files use, with the taxonomy branch's exact strings so that swapping this file for
// PrivacyTaxonomy.Get(...) / Countries lookups leaves the golden files unchanged. Anything missing
// falls back to the enum member name (visible in review, never a crash). On merge, replace every method
// body with the taxonomy call noted beside it and delete the dictionaries.
using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace PrivacyAttributes.Inventory;

/// <summary>The labels of the taxonomy, for the renderers.</summary>
internal sealed class TaxonomyVocabulary : IPolicyVocabulary
{
    /// <summary>The shared instance.</summary>
    public static TaxonomyVocabulary Instance { get; } = new();

    // PrivacyTaxonomy.Get(category).LabelEn / .LabelDe
    private static readonly FrozenDictionary<Category, (string En, string De)> Categories = new Dictionary<Category, (string, string)>
    {
        [Category.Name] = ("First and last name", "Vor- und Nachname"),
        [Category.Email] = ("Email address", "E-Mail-Adresse"),
        [Category.PhoneNumber] = ("Telephone number", "Telefonnummer"),
        [Category.PostalAddress] = ("Postal address", "Postanschrift"),
        [Category.DateOfBirth] = ("Date of birth", "Geburtsdatum"),
        [Category.GovernmentId] = ("Government-issued identification numbers", "Amtliche Ausweis- und Identifikationsnummern"),
        [Category.AccountCredentials] = ("Login credentials", "Zugangsdaten"),
        [Category.UserId] = ("Customer number and user ID", "Kundennummer und Benutzerkennung"),
        [Category.SocialMediaAccount] = ("Social media profile", "Social-Media-Profil"),
        [Category.IpAddress] = ("IP address", "IP-Adresse"),
        [Category.DeviceIdentifier] = ("Device identifiers", "Gerätekennungen"),
        [Category.AccessLog] = ("Server log files", "Server-Logdateien"),
        [Category.PaymentCard] = ("Payment card details", "Zahlungskartendaten"),
        [Category.PurchaseHistory] = ("Purchase history", "Kaufhistorie"),
        [Category.Employer] = ("Employer", "Arbeitgeber"),
        [Category.JobTitle] = ("Job title", "Berufsbezeichnung"),
        [Category.EmploymentHistory] = ("Employment history", "Beruflicher Werdegang"),
        [Category.Communications] = ("Content of communications", "Inhalte der Kommunikation"),
        [Category.Feedback] = ("Feedback and survey responses", "Feedback und Umfrageantworten"),
        [Category.Preferences] = ("Preferences and interests", "Präferenzen und Interessen"),
        [Category.Health] = ("Health data", "Gesundheitsdaten"),
        [Category.Other] = ("Other personal data", "Sonstige personenbezogene Daten"),
    }.ToFrozenDictionary();

    // PrivacyTaxonomy.Get(CategoryGroup) labels; the order is the CategoryGroup enum's.
    private static readonly (string Name, string En, string De)[] Groups =
    [
        ("IdentityAndContact", "Identity and contact details", "Identitäts- und Kontaktdaten"),
        ("OnlineIdentifiers", "Online identifiers", "Online-Kennungen"),
        ("Activity", "Usage and activity data", "Nutzungs- und Aktivitätsdaten"),
        ("CommercialAndFinancial", "Commercial and financial data", "Vertrags-, Zahlungs- und Finanzdaten"),
        ("Professional", "Professional information", "Berufliche Angaben"),
        ("ContentAndPreferences", "Content and preferences", "Inhalte und Präferenzen"),
        ("SpecialCategories", "Special categories of personal data", "Besondere Kategorien personenbezogener Daten"),
        ("Criminal", "Criminal convictions and offences", "Daten über strafrechtliche Verurteilungen und Straftaten"),
        ("Other", "Other personal data", "Sonstige personenbezogene Daten"),
    ];

    // PrivacyTaxonomy.Get(purpose).LabelEn / .LabelDe
    private static readonly FrozenDictionary<Purpose, (string En, string De)> Purposes = new Dictionary<Purpose, (string, string)>
    {
        [Purpose.WebsiteOperation] = ("Operating our website", "Bereitstellung unserer Website"),
        [Purpose.ServiceProvision] = ("Providing our services", "Erbringung unserer Leistungen"),
        [Purpose.AccountManagement] = ("Managing your account", "Verwaltung Ihres Kundenkontos"),
        [Purpose.OrderFulfillment] = ("Processing your order", "Abwicklung Ihrer Bestellung"),
        [Purpose.PaymentProcessing] = ("Processing your payment", "Abwicklung Ihrer Zahlung"),
        [Purpose.CustomerSupport] = ("Answering your enquiries and providing support", "Bearbeitung Ihrer Anfragen und Kundensupport"),
        [Purpose.ServiceCommunications] = ("Sending you service messages", "Versand von Servicemitteilungen"),
        [Purpose.RequestedInformation] = ("Sending you the information you requested", "Zusendung der von Ihnen angeforderten Informationen"),
        [Purpose.Events] = ("Organising events and webinars", "Durchführung von Veranstaltungen und Webinaren"),
        [Purpose.Surveys] = ("Conducting surveys", "Durchführung von Umfragen"),
        [Purpose.DirectMarketing] = ("Direct marketing", "Direktwerbung"),
        [Purpose.Advertising] = ("Online advertising", "Online-Werbung"),
        [Purpose.Personalization] = ("Personalising content", "Personalisierung von Inhalten"),
        [Purpose.Analytics] = ("Analysing how our services are used", "Analyse der Nutzung unserer Angebote"),
        [Purpose.ProductImprovement] = ("Improving our products and services", "Verbesserung unserer Produkte und Leistungen"),
        [Purpose.Recruitment] = ("Processing your job application", "Bearbeitung Ihrer Bewerbung"),
        [Purpose.PartnerManagement] = ("Working with our business partners", "Zusammenarbeit mit unseren Geschäftspartnern"),
        [Purpose.ProductRegistration] = ("Registering your product", "Registrierung Ihres Produkts"),
        [Purpose.Security] = ("Ensuring the security of our systems", "Gewährleistung der IT-Sicherheit"),
        [Purpose.FraudPrevention] = ("Preventing fraud", "Betrugsprävention"),
        [Purpose.LegalCompliance] = ("Complying with legal obligations", "Erfüllung gesetzlicher Pflichten"),
        [Purpose.LegalClaims] = ("Establishing, exercising or defending legal claims", "Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen"),
        [Purpose.HealthcareProvision] = ("Providing medical care", "Erbringung medizinischer Leistungen"),
    }.ToFrozenDictionary();

    // PrivacyTaxonomy.Get(basis): LabelEn, LabelDe, CitationEn, CitationDe
    private static readonly FrozenDictionary<LegalBasis, (string En, string De, string CitationEn, string CitationDe)> LegalBases = new Dictionary<LegalBasis, (string, string, string, string)>
    {
        [LegalBasis.Consent] = ("Consent", "Einwilligung", "Art. 6(1)(a) GDPR", "Art. 6 Abs. 1 lit. a DSGVO"),
        [LegalBasis.Contract] = ("Performance of a contract", "Vertragserfüllung", "Art. 6(1)(b) GDPR", "Art. 6 Abs. 1 lit. b DSGVO"),
        [LegalBasis.LegalObligation] = ("Legal obligation", "Rechtliche Verpflichtung", "Art. 6(1)(c) GDPR", "Art. 6 Abs. 1 lit. c DSGVO"),
        [LegalBasis.VitalInterests] = ("Vital interests", "Lebenswichtige Interessen", "Art. 6(1)(d) GDPR", "Art. 6 Abs. 1 lit. d DSGVO"),
        [LegalBasis.PublicTask] = ("Public task", "Wahrnehmung einer Aufgabe im öffentlichen Interesse", "Art. 6(1)(e) GDPR", "Art. 6 Abs. 1 lit. e DSGVO"),
        [LegalBasis.LegitimateInterests] = ("Legitimate interests", "Berechtigte Interessen", "Art. 6(1)(f) GDPR", "Art. 6 Abs. 1 lit. f DSGVO"),
    }.ToFrozenDictionary();

    // PrivacyTaxonomy.Get(condition): LabelEn, LabelDe, CitationEn, CitationDe
    private static readonly FrozenDictionary<SpecialCategoryCondition, (string En, string De, string CitationEn, string CitationDe)> Conditions = new Dictionary<SpecialCategoryCondition, (string, string, string, string)>
    {
        [SpecialCategoryCondition.None] = ("No condition under Art. 9(2) GDPR", "Keine Ausnahme nach Art. 9 Abs. 2 DSGVO", "", ""),
        [SpecialCategoryCondition.ExplicitConsent] = ("Explicit consent", "ausdrückliche Einwilligung", "Art. 9(2)(a) GDPR", "Art. 9 Abs. 2 lit. a DSGVO"),
        [SpecialCategoryCondition.LegalClaims] = ("Establishment, exercise or defence of legal claims", "Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen", "Art. 9(2)(f) GDPR", "Art. 9 Abs. 2 lit. f DSGVO"),
        [SpecialCategoryCondition.HealthOrSocialCare] = ("Medical diagnosis and health or social care", "Gesundheitsvorsorge, medizinische Diagnostik und Versorgung", "Art. 9(2)(h) GDPR", "Art. 9 Abs. 2 lit. h DSGVO"),
    }.ToFrozenDictionary();

    // PrivacyTaxonomy.Get(kind).LabelEn / .LabelDe
    private static readonly FrozenDictionary<RecipientKind, (string En, string De)> RecipientKinds = new Dictionary<RecipientKind, (string, string)>
    {
        [RecipientKind.Affiliate] = ("Group companies", "Konzerngesellschaften"),
        [RecipientKind.ServiceProvider] = ("Service providers (processors)", "Dienstleister (Auftragsverarbeiter)"),
        [RecipientKind.BusinessPartner] = ("Business partners such as resellers and distributors", "Geschäftspartner wie Händler und Vertriebspartner"),
        [RecipientKind.Advertising] = ("Advertising networks and social media platforms", "Werbenetzwerke und soziale Netzwerke"),
        [RecipientKind.HealthcareProvider] = ("Healthcare providers such as doctors and pharmacies", "Leistungserbringer im Gesundheitswesen wie Ärzte und Apotheken"),
        [RecipientKind.ProfessionalAdviser] = ("Professional advisers such as lawyers, auditors and accountants", "Berater wie Rechtsanwälte, Wirtschaftsprüfer und Steuerberater"),
        [RecipientKind.Authority] = ("Public authorities, courts and law enforcement agencies", "Behörden, Gerichte und Strafverfolgungsbehörden"),
    }.ToFrozenDictionary();

    // PrivacyTaxonomy.Get(mechanism): LabelEn, LabelDe, CitationEn, CitationDe
    private static readonly FrozenDictionary<TransferMechanism, (string En, string De, string CitationEn, string CitationDe)> TransferMechanisms = new Dictionary<TransferMechanism, (string, string, string, string)>
    {
        [TransferMechanism.None] = ("No transfer to third countries", "Keine Übermittlung in Drittländer", "Chapter V GDPR", "Kapitel V DSGVO"),
        [TransferMechanism.AdequacyDecision] = ("Adequacy decision", "Angemessenheitsbeschluss", "Art. 45 GDPR", "Art. 45 DSGVO"),
        [TransferMechanism.StandardContractualClauses] = ("Standard contractual clauses", "Standardvertragsklauseln", "Art. 46(2)(c) GDPR", "Art. 46 Abs. 2 lit. c DSGVO"),
        [TransferMechanism.BindingCorporateRules] = ("Binding corporate rules", "verbindliche interne Datenschutzvorschriften", "Art. 47 GDPR", "Art. 47 DSGVO"),
        [TransferMechanism.ExplicitConsent] = ("Explicit consent", "ausdrückliche Einwilligung", "Art. 49(1)(a) GDPR", "Art. 49 Abs. 1 lit. a DSGVO"),
        [TransferMechanism.OtherDerogation] = ("Derogation for a specific situation", "Ausnahme für bestimmte Fälle", "Art. 49(1)(b) to (g) GDPR", "Art. 49 Abs. 1 lit. b bis g DSGVO"),
    }.ToFrozenDictionary();

    // Countries.NameEn(code) / Countries.NameDe(code)
    private static readonly FrozenDictionary<string, (string En, string De)> CountryNames = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["AU"] = ("Australia", "Australien"),
        ["DE"] = ("Germany", "Deutschland"),
        ["GB"] = ("United Kingdom", "Vereinigtes Königreich"),
        ["IE"] = ("Ireland", "Irland"),
        ["NL"] = ("Netherlands", "Niederlande"),
        ["SG"] = ("Singapore", "Singapur"),
        ["US"] = ("United States", "Vereinigte Staaten"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Countries.IsInEea(code): the EU-27 plus Iceland, Liechtenstein and Norway.
    private static readonly FrozenSet<string> Eea = new[]
    {
        "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
        "IS", "LI", "NO",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <inheritdoc />
    public string CategoryLabel(Category category, PolicyLanguage language) =>
        Categories.TryGetValue(category, out var label) ? Pick(label.En, label.De, language) : category.ToString();

    /// <inheritdoc />
    public string GroupHeading(string groupName, PolicyLanguage language)
    {
        foreach (var (name, en, de) in Groups)
        {
            if (string.Equals(name, groupName, StringComparison.Ordinal))
            {
                return Pick(en, de, language);
            }
        }

        return groupName;
    }

    /// <inheritdoc />
    public int GroupOrder(string groupName) =>
        Array.FindIndex(Groups, group => string.Equals(group.Name, groupName, StringComparison.Ordinal)) is var index and >= 0 ? index : int.MaxValue;

    /// <inheritdoc />
    public string PurposeLabel(Purpose purpose, PolicyLanguage language) =>
        Purposes.TryGetValue(purpose, out var label) ? Pick(label.En, label.De, language) : purpose.ToString();

    /// <inheritdoc />
    public string LegalBasisLabel(LegalBasis basis, PolicyLanguage language) =>
        LegalBases.TryGetValue(basis, out var entry) ? Pick(entry.En, entry.De, language) : basis.ToString();

    /// <inheritdoc />
    public string LegalBasisCitation(LegalBasis basis, PolicyLanguage language) =>
        LegalBases.TryGetValue(basis, out var entry) ? Pick(entry.CitationEn, entry.CitationDe, language) : string.Empty;

    /// <inheritdoc />
    public string ConditionLabel(SpecialCategoryCondition condition, PolicyLanguage language) =>
        Conditions.TryGetValue(condition, out var entry) ? Pick(entry.En, entry.De, language) : condition.ToString();

    /// <inheritdoc />
    public string ConditionCitation(SpecialCategoryCondition condition, PolicyLanguage language) =>
        Conditions.TryGetValue(condition, out var entry) ? Pick(entry.CitationEn, entry.CitationDe, language) : string.Empty;

    /// <inheritdoc />
    public string RecipientKindLabel(RecipientKind kind, PolicyLanguage language) =>
        RecipientKinds.TryGetValue(kind, out var label) ? Pick(label.En, label.De, language) : kind.ToString();

    /// <inheritdoc />
    public string TransferMechanismLabel(TransferMechanism mechanism, PolicyLanguage language) =>
        TransferMechanisms.TryGetValue(mechanism, out var entry) ? Pick(entry.En, entry.De, language) : mechanism.ToString();

    /// <inheritdoc />
    public string TransferMechanismCitation(TransferMechanism mechanism, PolicyLanguage language) =>
        TransferMechanisms.TryGetValue(mechanism, out var entry) ? Pick(entry.CitationEn, entry.CitationDe, language) : string.Empty;

    /// <inheritdoc />
    public string? CountryName(string countryCode, PolicyLanguage language) =>
        CountryNames.TryGetValue(countryCode, out var name) ? Pick(name.En, name.De, language) : null;

    /// <inheritdoc />
    public bool IsInEea(string countryCode) => Eea.Contains(countryCode);

    private static string Pick(string english, string german, PolicyLanguage language) =>
        language == PolicyLanguage.German ? german : english;
}
