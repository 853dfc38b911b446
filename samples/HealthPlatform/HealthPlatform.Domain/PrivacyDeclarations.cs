// Die datenschutzrechtlichen Angaben des Unternehmens. Sie stehen in der Domänenbibliothek, damit
// jede Anwendung, die sie referenziert, denselben Verantwortlichen, dieselben Rechtsgrundlagen,
// Empfänger und Speicherfristen verwendet.
//
// Contoso Health Europe B.V. ist ein fiktives Unternehmen nach dem Vorbild der Plattform, deren
// Datenschutzerklärung in shared/reference-policies/health-platform-de.txt steht. Die Texte folgen
// deren Wortlaut; die Beschreibungen sind deutsch, weil die deutsche Fassung des Inventars
// (privacy-inventory.de.md) sie unverändert übernimmt.

using HealthPlatform.Domain;
using PrivacyAttributes;

[assembly: DataController(
    "Contoso Health Europe B.V.",
    Address = "Keizersgracht 100, 1015 AA Amsterdam, Niederlande",
    Email = "datenschutz@contoso-health.example",
    Website = "https://contoso-health.example/de",
    SupervisoryAuthority = "Autoriteit Persoonsgegevens, Niederlande (https://autoriteitpersoonsgegevens.nl/)")]

// ---------------------------------------------------------------------------------------------
// Zwecke und Rechtsgrundlagen ("Wie und warum verwenden wir Ihre persönlichen Daten?"), in der
// Reihenfolge der Datenschutzerklärung. Wo die Erklärung für reguläre Daten und Patientendaten
// unterschiedliche Grundlagen nennt, trägt die Angabe mit Condition die Bedingung nach Art. 9 Abs. 2.
// ---------------------------------------------------------------------------------------------

[assembly: PurposeLegalBasis(Purpose.ServiceProvision, LegalBasis.Contract, Condition = SpecialCategoryCondition.ExplicitConsent,
    Description = "Bereitstellung der Contoso-Health-Dienste: Dienstleistungen im Zusammenhang mit dem Gewichtsmanagement, Registrierung Ihres Kontos und Vermittlung von Konsultationen mit verschreibenden Ärzten")]

[assembly: PurposeLegalBasis(Purpose.HealthcareProvision, LegalBasis.Contract, Condition = SpecialCategoryCondition.HealthOrSocialCare,
    Description = "Konsultationen mit verschreibenden Ärzten und Ausstellung Ihres Rezepts durch einen Angehörigen der Gesundheitsberufe")]

[assembly: PurposeLegalBasis(Purpose.OrderFulfillment, LegalBasis.Contract, Condition = SpecialCategoryCondition.HealthOrSocialCare,
    Description = "Erfüllung Ihrer Bestellungen: Bearbeitung, Ausstellung Ihres Rezepts und (auf Wunsch) Lieferung Ihrer Medikamente durch eine unserer Partnerapotheken")]
[assembly: PurposeLegalBasis(Purpose.OrderFulfillment, LegalBasis.Contract, Condition = SpecialCategoryCondition.ExplicitConsent,
    Description = "Erfüllung Ihrer Bestellungen: Bearbeitung, Ausstellung Ihres Rezepts und (auf Wunsch) Lieferung Ihrer Medikamente durch eine unserer Partnerapotheken")]

[assembly: PurposeLegalBasis(Purpose.PaymentProcessing, LegalBasis.Contract,
    Description = "Abwicklung Ihrer Zahlungen")]

[assembly: PurposeLegalBasis(Purpose.Other, LegalBasis.LegitimateInterests, Condition = SpecialCategoryCondition.ExplicitConsent,
    LegitimateInterest = "Bereitstellung und Betrieb unserer Online-Communitys",
    Description = "Bereitstellung und Betrieb unserer Online-Community: Zugang zu Gesundheitscoaches sowie zu Inhalten und Ratschlägen zum Gewichtsmanagement")]

[assembly: PurposeLegalBasis(Purpose.ServiceCommunications, LegalBasis.Contract, Condition = SpecialCategoryCondition.ExplicitConsent,
    Description = "Kommunikation über die von Ihnen erworbenen Dienste und Produkte, einschließlich Hinweisen auf neue Nachrichten Ihres verschreibenden Arztes und Erinnerungen, Versand- und Sendungsverfolgungsinformationen")]
[assembly: PurposeLegalBasis(Purpose.ServiceCommunications, LegalBasis.LegitimateInterests,
    LegitimateInterest = "Erleichterung des Dienstes von Contoso Health",
    Description = "Kommunikation über die von Ihnen erworbenen Dienste und Produkte, einschließlich Hinweisen auf neue Nachrichten Ihres verschreibenden Arztes und Erinnerungen, Versand- und Sendungsverfolgungsinformationen")]

[assembly: PurposeLegalBasis(Purpose.CustomerSupport, LegalBasis.Contract, Condition = SpecialCategoryCondition.ExplicitConsent,
    Description = "Kundenservice, Bearbeitung von Rücksendungen und Umtauschgenehmigungen und Beantwortung Ihrer Fragen")]
[assembly: PurposeLegalBasis(Purpose.CustomerSupport, LegalBasis.LegitimateInterests,
    LegitimateInterest = "Erleichterung des Dienstes von Contoso Health",
    Description = "Kundenservice, Bearbeitung von Rücksendungen und Umtauschgenehmigungen und Beantwortung Ihrer Fragen")]

[assembly: PurposeLegalBasis(Purpose.DirectMarketing, LegalBasis.Consent, Condition = SpecialCategoryCondition.ExplicitConsent,
    Description = "Zusendung von Marketing- und Werbeinformationen und Erinnerungen an Dienstleistungen oder Produkte, an denen Sie Interesse bekundet haben; mit Ihrer Einwilligung auf Grundlage Ihrer Patientendaten zugeschnitten")]
[assembly: PurposeLegalBasis(Purpose.DirectMarketing, LegalBasis.LegitimateInterests,
    LegitimateInterest = "Zusendung von Marketingmitteilungen über ähnliche Produkte und Dienstleistungen an Kunden und potenzielle Kunden, sofern wir dies ohne Einwilligung dürfen",
    Description = "Zusendung von Marketing- und Werbeinformationen und Erinnerungen an Dienstleistungen oder Produkte, an denen Sie Interesse bekundet haben; mit Ihrer Einwilligung auf Grundlage Ihrer Patientendaten zugeschnitten")]

[assembly: PurposeLegalBasis(Purpose.Advertising, LegalBasis.LegitimateInterests,
    LegitimateInterest = "Verwendung Ihrer persönlichen Daten, um relevante Werbung zu schalten (Custom Audiences, Lookalike Audiences, Re-Targeting), sofern wir dazu berechtigt sind",
    Description = "Online-Werbung für Contoso Health auf anderen Webseiten und in Apps wie sozialen Medien")]
[assembly: PurposeLegalBasis(Purpose.Advertising, LegalBasis.Consent,
    Description = "Online-Werbung für Contoso Health auf anderen Webseiten und in Apps wie sozialen Medien")]

[assembly: PurposeLegalBasis(Purpose.ProductImprovement, LegalBasis.LegitimateInterests,
    LegitimateInterest = "Verbesserung des Geschäfts von Contoso Health und der Geschäftstätigkeit seiner Konzerngesellschaften",
    Description = "Verbesserung unserer Produkte und Dienstleistungen und derjenigen unserer Gruppe, einschließlich der Webseite, im Rahmen von Analyse-, Forschungs- und Entwicklungsaktivitäten")]
[assembly: PurposeLegalBasis(Purpose.ProductImprovement, LegalBasis.Consent,
    Description = "Verbesserung unserer Produkte und Dienstleistungen und derjenigen unserer Gruppe, einschließlich der Webseite, im Rahmen von Analyse-, Forschungs- und Entwicklungsaktivitäten")]

// Prescriptions are kept to meet the record-keeping duties of medicinal-products law: health data,
// so the obligation needs its Art. 9(2) condition too (lit. h: health care on the basis of Member State law).
[assembly: PurposeLegalBasis(Purpose.LegalCompliance, LegalBasis.LegalObligation, Condition = SpecialCategoryCondition.HealthOrSocialCare,
    Description = "Einhaltung gesetzlicher oder regulatorischer Verpflichtungen und Aufzeichnungspflichten, die sich aus dem Recht der EU oder der EU-Mitgliedstaaten ergeben (i. V. m. der einschlägigen Rechtsvorschrift)")]
[assembly: PurposeLegalBasis(Purpose.LegalCompliance, LegalBasis.LegitimateInterests,
    LegitimateInterest = "Einhaltung von Gesetzen außerhalb der EU und Vermeidung entsprechender Sanktionen bei Nichteinhaltung",
    Description = "Einhaltung gesetzlicher oder regulatorischer Verpflichtungen und Aufzeichnungspflichten, die sich aus anderem Recht ergeben")]

[assembly: PurposeLegalBasis(Purpose.FraudPrevention, LegalBasis.LegalObligation,
    Description = "Identitätsprüfungen zur Betrugsprävention, zu denen uns Vorschriften der EU und ihrer Mitgliedstaaten, einschließlich der Niederlande und Deutschlands, bei einem Kauf verpflichten")]

[assembly: PurposeLegalBasis(Purpose.PartnerManagement, LegalBasis.Contract,
    Description = "Verwaltung des Vertrags oder der Geschäftsbeziehung, die wir mit Ihnen oder Ihrem Arbeitgeber haben")]
[assembly: PurposeLegalBasis(Purpose.PartnerManagement, LegalBasis.LegitimateInterests,
    LegitimateInterest = "Verwaltung unserer Verträge und Geschäftsbeziehungen, wenn der Vertrag nicht direkt mit Ihnen geschlossen ist",
    Description = "Verwaltung des Vertrags oder der Geschäftsbeziehung, die wir mit Ihnen oder Ihrem Arbeitgeber haben")]

[assembly: PurposeLegalBasis(Purpose.LegalClaims, LegalBasis.LegitimateInterests, Condition = SpecialCategoryCondition.LegalClaims,
    LegitimateInterest = "Durchsetzung oder Wahrung unserer Rechtsansprüche und derjenigen unserer Konzerngesellschaften",
    Description = "Einholung professionellen Rats, Begründung und Verteidigung von Rechtsansprüchen, Untersuchungen zur Prävention von Kriminalität und Betrug, Risikomanagement und Verletzungen unserer Allgemeinen Geschäftsbedingungen")]

[assembly: PurposeLegalBasis(Purpose.BusinessTransfer, LegalBasis.LegitimateInterests,
    LegitimateInterest = "Vorbereitung und Durchführung einer Fusion mit einem anderen Unternehmen oder einer Übernahme durch ein anderes Unternehmen",
    Description = "Unternehmenstransaktionen")]

// ---------------------------------------------------------------------------------------------
// Empfänger ("An wen geben wir Ihre Daten weiter?") und Übermittlungen außerhalb der EU
// ("Übermittlung persönlicher Daten").
// ---------------------------------------------------------------------------------------------

[assembly: Recipient(Recipients.PrescribingDoctors, RecipientKind.HealthcareProvider,
    Country = "DE", Purposes = new[] { Purpose.ServiceProvision, Purpose.HealthcareProvision, Purpose.OrderFulfillment },
    Description = "Registrierte Ärzte, mit denen wir zusammenarbeiten und die mit uns gemeinsam für die Verarbeitung verantwortlich sind, damit sie Konsultationen mit Ihnen durchführen können; mit Ihrer Einwilligung einschließlich Ihrer Patientendaten aus dem Online-Fragebogen")]

[assembly: Recipient(Recipients.OwnDoctor, RecipientKind.HealthcareProvider,
    Country = "DE", Purposes = new[] { Purpose.HealthcareProvision },
    Description = "Ihr Arzt, wenn Sie uns Ihre Einwilligung dazu erteilt haben, um ihn über Ihr Arzneimittelabonnement zu informieren")]

[assembly: Recipient(Recipients.PartnerPharmacies, RecipientKind.HealthcareProvider,
    Country = "DE", Purposes = new[] { Purpose.OrderFulfillment },
    Description = "Unsere Partnerapotheken, die mit uns gemeinsam für die Verarbeitung verantwortlich sind, wenn Sie Ihre Bestellung über eine von ihnen ausführen lassen")]

[assembly: Recipient(Recipients.ItProviders, RecipientKind.ServiceProvider,
    Country = "IE",
    Description = "IT-Dienstleister, einschließlich Cloud-IT-Dienstanbietern, und andere Organisationen, die uns technische und unterstützende Dienstleistungen erbringen")]

[assembly: Recipient(Recipients.PaymentProviders, RecipientKind.ServiceProvider,
    Country = "IE", Purposes = new[] { Purpose.PaymentProcessing },
    Description = "Zahlungssystembetreiber wie Shopify oder Stripe")]

[assembly: Recipient(Recipients.DeliveryProviders, RecipientKind.ServiceProvider,
    Country = "DE", Purposes = new[] { Purpose.OrderFulfillment, Purpose.ServiceCommunications },
    Description = "Liefer- und Fulfillment-Anbieter, die Ihr Abonnement liefern")]

[assembly: Recipient(Recipients.IdentityCheckProviders, RecipientKind.ServiceProvider,
    Country = "NL", Purposes = new[] { Purpose.FraudPrevention, Purpose.LegalCompliance },
    Description = "Dritte, die in unserem Auftrag Identitätsprüfungen durchführen")]

[assembly: Recipient(Recipients.ProfessionalAdvisers, RecipientKind.ProfessionalAdviser,
    Country = "NL", Purposes = new[] { Purpose.LegalClaims, Purpose.LegalCompliance, Purpose.BusinessTransfer },
    Description = "Unsere professionellen Berater, z. B. Rechtsanwälte")]

[assembly: Recipient(Recipients.Salesforce, RecipientKind.ServiceProvider,
    Country = "US", Transfer = TransferMechanism.StandardContractualClauses,
    Description = "Drittanbieter mit Servern in den Vereinigten Staaten, für die oben genannten Zwecke (Kundenbeziehungsmanagement und Versand unserer E-Mails)")]

[assembly: Recipient(Recipients.Meta, RecipientKind.Advertising,
    Country = "IE", Purposes = new[] { Purpose.Advertising },
    Description = "Social-Media-Plattform (Facebook Custom Audiences und Lookalike Audiences), an die wir gehashte E-Mail-Adressen zum Abgleich mit ihren eigenen Daten weitergeben")]

[assembly: Recipient(Recipients.Google, RecipientKind.Advertising,
    Country = "IE", Purposes = new[] { Purpose.Advertising },
    Description = "Werbeplattform (ähnliche Zielgruppen), an die wir gehashte E-Mail-Adressen weitergeben")]

[assembly: Recipient(Recipients.AdvertisingNetworks, RecipientKind.Advertising,
    Purposes = new[] { Purpose.Advertising },
    Description = "Digitale Marketingnetzwerke und Werbebörsen, mit denen wir zusammenarbeiten, um maßgeschneiderte Werbung anzuzeigen")]

[assembly: Recipient(Recipients.AustralianAffiliate, RecipientKind.Affiliate,
    Country = "AU", Transfer = TransferMechanism.StandardContractualClauses,
    Purposes = new[] { Purpose.PartnerManagement, Purpose.LegalCompliance, Purpose.LegalClaims, Purpose.ProductImprovement },
    Description = "Konzerngesellschaft in Sydney, Australien, auf der Grundlage von Standardvertragsklauseln der EU-Kommission, von denen wir Ihnen auf Anfrage eine Kopie zur Verfügung stellen")]

[assembly: Recipient(Recipients.UkAffiliate, RecipientKind.Affiliate,
    Country = "GB", Transfer = TransferMechanism.AdequacyDecision,
    Purposes = new[] { Purpose.PartnerManagement, Purpose.LegalCompliance, Purpose.LegalClaims, Purpose.ProductImprovement },
    Description = "Konzerngesellschaft in London, Vereinigtes Königreich, auf der Grundlage des Angemessenheitsbeschlusses der EU-Kommission vom 28. Juni 2021 (C(2021) 4800)")]

[assembly: Recipient(Recipients.Authorities, RecipientKind.Authority,
    Purposes = new[] { Purpose.LegalCompliance, Purpose.FraudPrevention, Purpose.LegalClaims },
    Description = "Aufsichtsbehörden oder andere Behörden, wenn wir gesetzlich dazu verpflichtet sind oder dies für erforderlich halten und dazu berechtigt sind")]

[assembly: Recipient(Recipients.Acquirers, RecipientKind.Acquirer,
    Purposes = new[] { Purpose.BusinessTransfer },
    Description = "Potenzielle Käufer oder neue Eigentümer, wenn vorgeschlagen wird, dass wir mit einem anderen Unternehmen fusionieren oder von ihm übernommen werden")]

// ---------------------------------------------------------------------------------------------
// Speicherdauer ("Wie lange bewahren wir Ihre persönlichen Daten auf?").
// ---------------------------------------------------------------------------------------------

[assembly: Retention(Category.Name, "UntilPurposeFulfilled", Reason = RetentionReasons.Default)]
[assembly: Retention(Category.Email, "UntilPurposeFulfilled", Reason = RetentionReasons.Default)]
[assembly: Retention(Category.PhoneNumber, "UntilPurposeFulfilled", Reason = RetentionReasons.Default)]
[assembly: Retention(Category.PostalAddress, "UntilPurposeFulfilled", Reason = RetentionReasons.Default)]
[assembly: Retention(Category.DateOfBirth, "UntilPurposeFulfilled", Reason = RetentionReasons.Default)]
[assembly: Retention(Category.Demographics, "UntilPurposeFulfilled", Reason = RetentionReasons.Default)]
[assembly: Retention(Category.GovernmentId, "UntilPurposeFulfilled", Reason = RetentionReasons.Default)]
[assembly: Retention(Category.AccountCredentials, "UntilAccountDeletion", Reason = "Solange Ihr Konto besteht")]
[assembly: Retention(Category.UserId, "UntilPurposeFulfilled", Reason = RetentionReasons.Default)]
[assembly: Retention(Category.CookieIdentifier, "P13M", Reason = "Laufzeit der Cookies gemäß unserer Cookie-Richtlinie")]
[assembly: Retention(Category.BrowsingHistory, "P13M", Reason = "Laufzeit der Cookies gemäß unserer Cookie-Richtlinie")]
[assembly: Retention(Category.PaymentCard, "UntilPurposeFulfilled", Reason = RetentionReasons.Default)]
[assembly: Retention(Category.PurchaseHistory, "UntilPurposeFulfilled", Reason = RetentionReasons.Default)]
[assembly: Retention(Category.Employer, "UntilPurposeFulfilled", Reason = RetentionReasons.Default)]
[assembly: Retention(Category.JobTitle, "UntilPurposeFulfilled", Reason = RetentionReasons.Default)]
[assembly: Retention(Category.Communications, "UntilPurposeFulfilled", Reason = RetentionReasons.Default)]
[assembly: Retention(Category.Preferences, "UntilConsentWithdrawn", Reason = "Bis Sie Ihre Einwilligung widerrufen oder sich vom Erhalt von Marketingmitteilungen abmelden")]
[assembly: Retention(Category.Health, "UntilPurposeFulfilled", Reason = RetentionReasons.Default)]
[assembly: Retention(Category.Other, "UntilPurposeFulfilled", Reason = RetentionReasons.Default)]

namespace HealthPlatform.Domain
{
    /// <summary>Die Namen der Empfänger, wie [SharesWith] und SharedWith sie verwenden.</summary>
    public static class Recipients
    {
        public const string PrescribingDoctors = "Verschreibende Ärzte";
        public const string OwnDoctor = "Ihr Arzt";
        public const string PartnerPharmacies = "Partnerapotheken";
        public const string ItProviders = "IT-Dienstleister";
        public const string PaymentProviders = "Zahlungssystembetreiber";
        public const string DeliveryProviders = "Liefer- und Fulfillment-Anbieter";
        public const string IdentityCheckProviders = "Anbieter von Identitätsprüfungen";
        public const string ProfessionalAdvisers = "Professionelle Berater";
        public const string Salesforce = "Salesforce";
        public const string Meta = "Meta Platforms Ireland";
        public const string Google = "Google Ireland";
        public const string AdvertisingNetworks = "Drittanbieter von Werbung";
        public const string AustralianAffiliate = "Contoso Services Pty Ltd";
        public const string UkAffiliate = "Contoso Health UK Ltd";
        public const string Authorities = "Aufsichtsbehörden und andere Behörden";
        public const string Acquirers = "Parteien einer Unternehmenstransaktion";
    }

    /// <summary>Die Speicherkriterien, die die Datenschutzerklärung einmal für alle Kategorien nennt.</summary>
    internal static class RetentionReasons
    {
        public const string Default =
            "So lange, wie wir einen gültigen Zweck haben und wie es zur Einhaltung geltender Gesetze, zur Rechtsverteidigung und zur Beilegung von Streitigkeiten erforderlich ist; dabei berücksichtigen wir gesetzliche Aufbewahrungspflichten und prozessrelevante Verjährungsfristen";
    }
}
