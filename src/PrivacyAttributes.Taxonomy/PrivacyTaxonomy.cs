using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;

namespace PrivacyAttributes.Taxonomy
{
    /// <summary>
    /// The single table that analyzers, the generator and the renderers read: every category, purpose,
    /// legal basis, Art. 9(2) condition, data subject, data source, recipient kind, transfer mechanism and
    /// category group, with its labels and its names in other vocabularies.
    /// </summary>
    /// <remarks>
    /// <para>Every list is ordered by enum value and every lookup is an array index, O(1). <c>Get</c> throws
    /// <see cref="ArgumentOutOfRangeException"/> for a value that is not a member of the enum; <c>TryGet</c>
    /// never throws and returns <see langword="false"/> instead (analyzers see arbitrary integers from broken code).</para>
    /// <para>The vocabularies (fideslang, CCPA, Apple, Google Play) were checked against the sources listed in
    /// <c>docs/taxonomy-sources.md</c>; the tests check every name against copies of those vocabularies.</para>
    /// </remarks>
    public static class PrivacyTaxonomy
    {
        // Apple privacy-manifest data types and purposes (see docs/taxonomy-sources.md).
        private const string AppleName = "NSPrivacyCollectedDataTypeName";
        private const string AppleEmail = "NSPrivacyCollectedDataTypeEmailAddress";
        private const string ApplePhone = "NSPrivacyCollectedDataTypePhoneNumber";
        private const string AppleAddress = "NSPrivacyCollectedDataTypePhysicalAddress";
        private const string AppleOtherContact = "NSPrivacyCollectedDataTypeOtherUserContactInfo";
        private const string AppleHealth = "NSPrivacyCollectedDataTypeHealth";
        private const string ApplePaymentInfo = "NSPrivacyCollectedDataTypePaymentInfo";
        private const string AppleOtherFinancial = "NSPrivacyCollectedDataTypeOtherFinancialInfo";
        private const string ApplePreciseLocation = "NSPrivacyCollectedDataTypePreciseLocation";
        private const string AppleCoarseLocation = "NSPrivacyCollectedDataTypeCoarseLocation";
        private const string AppleSensitive = "NSPrivacyCollectedDataTypeSensitiveInfo";
        private const string AppleMessages = "NSPrivacyCollectedDataTypeEmailsOrTextMessages";
        private const string ApplePhotos = "NSPrivacyCollectedDataTypePhotosorVideos"; // Apple's spelling: lower-case "or"
        private const string AppleAudio = "NSPrivacyCollectedDataTypeAudioData";
        private const string AppleCustomerSupport = "NSPrivacyCollectedDataTypeCustomerSupport";
        private const string AppleBrowsing = "NSPrivacyCollectedDataTypeBrowsingHistory";
        private const string AppleSearch = "NSPrivacyCollectedDataTypeSearchHistory";
        private const string AppleUserId = "NSPrivacyCollectedDataTypeUserID";
        private const string AppleDeviceId = "NSPrivacyCollectedDataTypeDeviceID";
        private const string ApplePurchases = "NSPrivacyCollectedDataTypePurchaseHistory";
        private const string AppleProductInteraction = "NSPrivacyCollectedDataTypeProductInteraction";
        private const string AppleOtherUsage = "NSPrivacyCollectedDataTypeOtherUsageData";
        private const string AppleOther = "NSPrivacyCollectedDataTypeOtherDataTypes"; // Apple's catch-all

        private const string AppleFunctionality = "NSPrivacyCollectedDataTypePurposeAppFunctionality";
        private const string AppleAnalytics = "NSPrivacyCollectedDataTypePurposeAnalytics";
        private const string ApplePersonalization = "NSPrivacyCollectedDataTypePurposeProductPersonalization";
        private const string AppleDeveloperAdvertising = "NSPrivacyCollectedDataTypePurposeDeveloperAdvertising";
        private const string AppleThirdPartyAdvertising = "NSPrivacyCollectedDataTypePurposeThirdPartyAdvertising";
        private const string ApplePurposeOther = "NSPrivacyCollectedDataTypePurposeOther"; // Apple's catch-all

        // Google Play Data safety data types and purposes (see docs/taxonomy-sources.md).
        private const string GoogleOtherInfo = "Other info"; // Google's catch-all ("Personal info" section)
        private const string GoogleUserIds = "User IDs";
        private const string GoogleDeviceIds = "Device or other IDs";
        private const string GoogleAppInteractions = "App interactions";
        private const string GoogleUserPayment = "User payment info";

        private const string GoogleFunctionality = "App functionality";
        private const string GoogleAnalytics = "Analytics";
        private const string GoogleDeveloperCommunications = "Developer communications";
        private const string GoogleAdvertising = "Advertising or marketing";
        private const string GoogleFraudSecurityCompliance = "Fraud prevention, security, and compliance";
        private const string GooglePersonalization = "Personalization";
        private const string GoogleAccountManagement = "Account management";

        // CCPA §1798.140(v)(1): "B" points to §1798.80(e), whose definition of personal information is open
        // ("any information that ... is capable of being associated with, a particular individual, including,
        // but not limited to ..."). It is used below where no other letter fits; a comment says so each time.

        private static readonly CategoryInfo[] CategoryTable =
        {
            // Identity and contact
            new CategoryInfo(Category.Name, CategoryGroup.IdentityAndContact, false, false, false,
                "user.name", "A", AppleName, "Name",
                "First and last name", "Vor- und Nachname"),
            new CategoryInfo(Category.Email, CategoryGroup.IdentityAndContact, false, false, false,
                "user.contact.email", "A", AppleEmail, "Email address",
                "Email address", "E-Mail-Adresse"),
            // CCPA: telephone number is listed in §1798.80(e), i.e. (v)(1)(B), not among the identifiers of (A).
            new CategoryInfo(Category.PhoneNumber, CategoryGroup.IdentityAndContact, false, false, false,
                "user.contact.phone_number", "B", ApplePhone, "Phone number",
                "Telephone number", "Telefonnummer"),
            new CategoryInfo(Category.PostalAddress, CategoryGroup.IdentityAndContact, false, false, false,
                "user.contact.address", "A", AppleAddress, "Address",
                "Postal address", "Postanschrift"),
            // CCPA C: age is a protected classification. Apple has no date-of-birth type: catch-all.
            // Google names date of birth as an example of "Other info".
            new CategoryInfo(Category.DateOfBirth, CategoryGroup.IdentityAndContact, false, false, false,
                "user.demographic.date_of_birth", "C", AppleOther, GoogleOtherInfo,
                "Date of birth", "Geburtsdatum"),
            // fideslang: parent of age_range and gender. Apple: catch-all. Google: "Other info" names gender identity.
            new CategoryInfo(Category.Demographics, CategoryGroup.IdentityAndContact, false, false, false,
                "user.demographic", "C", AppleOther, GoogleOtherInfo,
                "Demographic details such as age and gender", "Demografische Angaben wie Alter und Geschlecht"),
            // CPRA (ae)(1)(A): social security, driver's licence, state ID card, passport number.
            // Apple and Google have no identity-document type: catch-alls.
            new CategoryInfo(Category.GovernmentId, CategoryGroup.IdentityAndContact, false, false, true,
                "user.government_id", "A", AppleOther, GoogleOtherInfo,
                "Government-issued identification numbers", "Amtliche Ausweis- und Identifikationsnummern"),
            // CCPA H: visual information. Google has "Photos" and "Videos"; "Photos" is used.
            new CategoryInfo(Category.Photo, CategoryGroup.IdentityAndContact, false, false, false,
                "user.content.self_image", "H", ApplePhotos, "Photos",
                "Photos and videos", "Fotos und Videos"),
            // fideslang has no signature key: nearest parent is the root "user". CCPA B: signature is listed
            // in §1798.80(e). Apple and Google: catch-alls.
            new CategoryInfo(Category.Signature, CategoryGroup.IdentityAndContact, false, false, false,
                "user", "B", AppleOther, GoogleOtherInfo,
                "Signature", "Unterschrift"),

            // Online identifiers
            // CPRA (ae)(1)(B): account log-in with password or credentials. CCPA A: "account name".
            // Apple has no credentials type: catch-all. Google: "User IDs" covers account names.
            new CategoryInfo(Category.AccountCredentials, CategoryGroup.OnlineIdentifiers, false, false, true,
                "user.authorization.credentials", "A", AppleOther, GoogleUserIds,
                "Login credentials", "Zugangsdaten"),
            new CategoryInfo(Category.UserId, CategoryGroup.OnlineIdentifiers, false, false, false,
                "user.unique_id", "A", AppleUserId, GoogleUserIds,
                "Customer number and user ID", "Kundennummer und Benutzerkennung"),
            // Apple: "other user contact info" (information to contact the user outside the app).
            // Google has no social-profile type: catch-all.
            new CategoryInfo(Category.SocialMediaAccount, CategoryGroup.OnlineIdentifiers, false, false, false,
                "user.contact.social_url", "A", AppleOtherContact, GoogleOtherInfo,
                "Social media profile", "Social-Media-Profil"),
            // Apple has no IP-address type: catch-all. Google: nearest is "Device or other IDs".
            new CategoryInfo(Category.IpAddress, CategoryGroup.OnlineIdentifiers, false, false, false,
                "user.device.ip_address", "A", AppleOther, GoogleDeviceIds,
                "IP address", "IP-Adresse"),
            new CategoryInfo(Category.DeviceIdentifier, CategoryGroup.OnlineIdentifiers, false, false, false,
                "user.device.device_id", "A", AppleDeviceId, GoogleDeviceIds,
                "Device identifiers", "Gerätekennungen"),
            // fideslang: parent "user.device". CCPA F: network activity. Apple: catch-all.
            // Google: nearest is "Diagnostics" (technical information about the device).
            new CategoryInfo(Category.DeviceInformation, CategoryGroup.OnlineIdentifiers, false, false, false,
                "user.device", "F", AppleOther, "Diagnostics",
                "Device and browser information", "Geräte- und Browserinformationen"),
            new CategoryInfo(Category.CookieIdentifier, CategoryGroup.OnlineIdentifiers, false, false, false,
                "user.device.cookie_id", "A", AppleDeviceId, GoogleDeviceIds,
                "Cookie identifiers", "Cookie-Kennungen"),

            // Activity
            // fideslang: parent "user.behavior". Apple: nearest is other usage data. Google: nearest is app interactions.
            new CategoryInfo(Category.AccessLog, CategoryGroup.Activity, false, false, false,
                "user.behavior", "F", AppleOtherUsage, GoogleAppInteractions,
                "Server log files", "Server-Logdateien"),
            new CategoryInfo(Category.BrowsingHistory, CategoryGroup.Activity, false, false, false,
                "user.behavior.browsing_history", "F", AppleBrowsing, "Web browsing history",
                "Browsing history", "Browserverlauf"),
            // fideslang: parent "user.behavior".
            new CategoryInfo(Category.UsageData, CategoryGroup.Activity, false, false, false,
                "user.behavior", "F", AppleProductInteraction, GoogleAppInteractions,
                "Usage data", "Nutzungsdaten"),
            new CategoryInfo(Category.SearchHistory, CategoryGroup.Activity, false, false, false,
                "user.behavior.search_history", "F", AppleSearch, "In-app search history",
                "Search history", "Suchverlauf"),
            // CPRA (ae)(1)(C): precise geolocation.
            new CategoryInfo(Category.PreciseLocation, CategoryGroup.Activity, false, false, true,
                "user.location.precise", "G", ApplePreciseLocation, "Precise location",
                "Precise location", "Genauer Standort"),
            new CategoryInfo(Category.CoarseLocation, CategoryGroup.Activity, false, false, false,
                "user.location.coarse", "G", AppleCoarseLocation, "Approximate location",
                "Approximate location", "Ungefährer Standort"),

            // Commercial and financial
            // CPRA (ae)(1)(B): card number with its security code. CCPA B: card numbers are listed in §1798.80(e).
            new CategoryInfo(Category.PaymentCard, CategoryGroup.CommercialAndFinancial, false, false, true,
                "user.financial.credit_card", "B", ApplePaymentInfo, GoogleUserPayment,
                "Payment card details", "Zahlungskartendaten"),
            // CPRA (ae)(1)(B): financial account. Apple's payment info names bank account numbers.
            new CategoryInfo(Category.BankAccount, CategoryGroup.CommercialAndFinancial, false, false, true,
                "user.financial.bank_account", "B", ApplePaymentInfo, GoogleUserPayment,
                "Bank account details", "Bankverbindung"),
            new CategoryInfo(Category.PurchaseHistory, CategoryGroup.CommercialAndFinancial, false, false, false,
                "user.behavior.purchase_history", "D", ApplePurchases, "Purchase history",
                "Purchase history", "Kaufhistorie"),
            // fideslang: parent "user.financial". CCPA B: "any other financial information" in §1798.80(e).
            new CategoryInfo(Category.FinancialInformation, CategoryGroup.CommercialAndFinancial, false, false, false,
                "user.financial", "B", AppleOtherFinancial, "Other financial info",
                "Financial information such as income and creditworthiness", "Finanzinformationen wie Einkommen und Bonität"),

            // Professional: Apple and Google have no professional types; catch-alls throughout.
            new CategoryInfo(Category.Employer, CategoryGroup.Professional, false, false, false,
                "user.professional_information.workplace", "I", AppleOther, GoogleOtherInfo,
                "Employer", "Arbeitgeber"),
            new CategoryInfo(Category.JobTitle, CategoryGroup.Professional, false, false, false,
                "user.professional_information.job_title", "I", AppleOther, GoogleOtherInfo,
                "Job title", "Berufsbezeichnung"),
            // fideslang: parent "user.professional_information".
            new CategoryInfo(Category.EmploymentHistory, CategoryGroup.Professional, false, false, false,
                "user.professional_information", "I", AppleOther, GoogleOtherInfo,
                "Employment history", "Beruflicher Werdegang"),
            // fideslang has no education key: nearest is "user.professional_information".
            new CategoryInfo(Category.Education, CategoryGroup.Professional, false, false, false,
                "user.professional_information", "J", AppleOther, GoogleOtherInfo,
                "Education and qualifications", "Ausbildung und Qualifikationen"),

            // Content and preferences
            // CPRA (ae)(1)(E): contents of mail, email and text messages unless the business is the intended
            // recipient. CCPA: no letter names message content; B (open definition of §1798.80(e)).
            new CategoryInfo(Category.Communications, CategoryGroup.ContentAndPreferences, false, false, true,
                "user.content.private", "B", AppleMessages, "Other in-app messages",
                "Content of communications", "Inhalte der Kommunikation"),
            // fideslang: parent "user.content". CCPA: B (open definition).
            new CategoryInfo(Category.Feedback, CategoryGroup.ContentAndPreferences, false, false, false,
                "user.content", "B", AppleCustomerSupport, "Other user-generated content",
                "Feedback and survey responses", "Feedback und Umfrageantworten"),
            // CCPA: stated preferences are not inferences; B (open definition). Apple and Google: catch-alls.
            new CategoryInfo(Category.Preferences, CategoryGroup.ContentAndPreferences, false, false, false,
                "user.settings", "B", AppleOther, GoogleOtherInfo,
                "Preferences and interests", "Präferenzen und Interessen"),
            // fideslang: "user.demographic.profile" (profile or preference information). Apple, Google: catch-alls.
            new CategoryInfo(Category.Inferences, CategoryGroup.ContentAndPreferences, false, false, false,
                "user.demographic.profile", "K", AppleOther, GoogleOtherInfo,
                "Inferences and profiles", "Abgeleitete Informationen und Profile"),
            // fideslang: "user.biometrics.voice" is biometric voice data; a plain recording is user content,
            // so the parent "user.content" is used.
            new CategoryInfo(Category.AudioRecording, CategoryGroup.ContentAndPreferences, false, false, false,
                "user.content", "H", AppleAudio, "Voice or sound recordings",
                "Audio recordings", "Sprachaufnahmen"),

            // Special categories (GDPR Art. 9): all CPRA-sensitive except political opinions, which the CPRA does not list.
            // CCPA B: medical and health insurance information are listed in §1798.80(e).
            new CategoryInfo(Category.Health, CategoryGroup.SpecialCategories, true, false, true,
                "user.health", "B", AppleHealth, "Health info",
                "Health data", "Gesundheitsdaten"),
            // CCPA E: "biometric information" (§1798.140(c)) includes DNA. Apple: sensitive info.
            // Google has no genetic type: catch-all.
            new CategoryInfo(Category.Genetic, CategoryGroup.SpecialCategories, true, false, true,
                "user.health.genetic", "E", AppleSensitive, GoogleOtherInfo,
                "Genetic data", "Genetische Daten"),
            // Google has no biometric type: catch-all.
            new CategoryInfo(Category.Biometric, CategoryGroup.SpecialCategories, true, false, true,
                "user.biometrics", "E", AppleSensitive, GoogleOtherInfo,
                "Biometric data", "Biometrische Daten"),
            new CategoryInfo(Category.RacialOrEthnicOrigin, CategoryGroup.SpecialCategories, true, false, true,
                "user.demographic.race_ethnicity", "C", AppleSensitive, "Race and ethnicity",
                "Racial or ethnic origin", "Rassische oder ethnische Herkunft"),
            // CCPA C is a judgement call: political affiliation is protected in California employment law,
            // but political opinions are not named in (v)(1). Not CPRA-sensitive.
            new CategoryInfo(Category.PoliticalOpinion, CategoryGroup.SpecialCategories, true, false, false,
                "user.demographic.political_opinion", "C", AppleSensitive, "Political or religious beliefs",
                "Political opinions", "Politische Meinungen"),
            // fideslang also has "user.demographic.philosophical_belief"; the religious key is used.
            new CategoryInfo(Category.ReligiousOrPhilosophicalBelief, CategoryGroup.SpecialCategories, true, false, true,
                "user.demographic.religious_belief", "C", AppleSensitive, "Political or religious beliefs",
                "Religious or philosophical beliefs", "Religiöse oder weltanschauliche Überzeugungen"),
            // Google has no trade-union type: catch-all.
            new CategoryInfo(Category.TradeUnionMembership, CategoryGroup.SpecialCategories, true, false, true,
                "user.demographic.union_membership", "C", AppleSensitive, GoogleOtherInfo,
                "Trade union membership", "Gewerkschaftszugehörigkeit"),
            // fideslang: sexual orientation key (sex life would be "user.health.reproductive_or_sexual").
            new CategoryInfo(Category.SexLifeOrOrientation, CategoryGroup.SpecialCategories, true, false, true,
                "user.demographic.sexual_orientation", "C", AppleSensitive, "Sexual orientation",
                "Sex life or sexual orientation", "Sexualleben oder sexuelle Orientierung"),

            // Criminal (GDPR Art. 10): not CPRA-sensitive. CCPA: no letter fits; B (open definition).
            // Apple's sensitive info does not name criminal records: catch-all. Google: catch-all.
            new CategoryInfo(Category.CriminalRecord, CategoryGroup.Criminal, false, true, false,
                "user.criminal_history", "B", AppleOther, GoogleOtherInfo,
                "Criminal convictions and offences", "Strafrechtliche Verurteilungen und Straftaten"),

            // Other: catch-alls in every vocabulary (fideslang root "user", CCPA B open definition).
            new CategoryInfo(Category.Other, CategoryGroup.Other, false, false, false,
                "user", "B", AppleOther, GoogleOtherInfo,
                "Other personal data", "Sonstige personenbezogene Daten"),
        };

        // Google Play has no catch-all purpose: where none fits, "App functionality" is used and a comment says so.
        // Apple's "App functionality" explicitly includes preventing fraud, security measures and customer support.
        private static readonly PurposeInfo[] PurposeTable =
        {
            new PurposeInfo(Purpose.WebsiteOperation, "Operating our website", "Bereitstellung unserer Website",
                "essential.service.operations", AppleFunctionality, GoogleFunctionality),
            new PurposeInfo(Purpose.ServiceProvision, "Providing our services", "Erbringung unserer Leistungen",
                "essential.service", AppleFunctionality, GoogleFunctionality),
            // fideslang has no account-management key: "essential.service".
            new PurposeInfo(Purpose.AccountManagement, "Managing your account", "Verwaltung Ihres Kundenkontos",
                "essential.service", AppleFunctionality, GoogleAccountManagement),
            new PurposeInfo(Purpose.OrderFulfillment, "Processing your order", "Abwicklung Ihrer Bestellung",
                "essential.service", AppleFunctionality, GoogleFunctionality),
            new PurposeInfo(Purpose.PaymentProcessing, "Processing your payment", "Abwicklung Ihrer Zahlung",
                "essential.service.payment_processing", AppleFunctionality, GoogleFunctionality),
            new PurposeInfo(Purpose.CustomerSupport, "Answering your enquiries and providing support", "Bearbeitung Ihrer Anfragen und Kundensupport",
                "essential.service.operations.support", AppleFunctionality, GoogleFunctionality),
            new PurposeInfo(Purpose.ServiceCommunications, "Sending you service messages", "Versand von Servicemitteilungen",
                "essential.service.notifications", AppleFunctionality, GoogleDeveloperCommunications),
            // fideslang "sales" (sales communications and outreach).
            new PurposeInfo(Purpose.RequestedInformation, "Sending you the information you requested", "Zusendung der von Ihnen angeforderten Informationen",
                "sales", AppleFunctionality, GoogleFunctionality),
            new PurposeInfo(Purpose.Events, "Organising events and webinars", "Durchführung von Veranstaltungen und Webinaren",
                "essential.service", AppleFunctionality, GoogleFunctionality),
            new PurposeInfo(Purpose.Surveys, "Conducting surveys", "Durchführung von Umfragen",
                "functional.service.improve", AppleAnalytics, GoogleAnalytics),
            new PurposeInfo(Purpose.DirectMarketing, "Direct marketing", "Direktwerbung",
                "marketing.communications", AppleDeveloperAdvertising, GoogleAdvertising),
            new PurposeInfo(Purpose.Advertising, "Online advertising", "Online-Werbung",
                "marketing.advertising", AppleThirdPartyAdvertising, GoogleAdvertising),
            new PurposeInfo(Purpose.Personalization, "Personalising content", "Personalisierung von Inhalten",
                "personalize.content", ApplePersonalization, GooglePersonalization),
            new PurposeInfo(Purpose.Analytics, "Analysing how our services are used", "Analyse der Nutzung unserer Angebote",
                "analytics.reporting", AppleAnalytics, GoogleAnalytics),
            // Apple's "Analytics" includes understanding features and planning new ones.
            new PurposeInfo(Purpose.ProductImprovement, "Improving our products and services", "Verbesserung unserer Produkte und Leistungen",
                "functional.service.improve", AppleAnalytics, GoogleAnalytics),
            // Google: no recruitment purpose, no catch-all.
            new PurposeInfo(Purpose.Recruitment, "Processing your job application", "Bearbeitung Ihrer Bewerbung",
                "employment.recruitment", ApplePurposeOther, GoogleFunctionality),
            // Google: no partner purpose, no catch-all.
            new PurposeInfo(Purpose.PartnerManagement, "Working with our business partners", "Zusammenarbeit mit unseren Geschäftspartnern",
                "operations", ApplePurposeOther, GoogleFunctionality),
            new PurposeInfo(Purpose.ProductRegistration, "Registering your product", "Registrierung Ihres Produkts",
                "essential.service", AppleFunctionality, GoogleFunctionality),
            new PurposeInfo(Purpose.Security, "Ensuring the security of our systems", "Gewährleistung der IT-Sicherheit",
                "essential.service.security", AppleFunctionality, GoogleFraudSecurityCompliance),
            new PurposeInfo(Purpose.FraudPrevention, "Preventing fraud", "Betrugsprävention",
                "essential.fraud_detection", AppleFunctionality, GoogleFraudSecurityCompliance),
            new PurposeInfo(Purpose.LegalCompliance, "Complying with legal obligations", "Erfüllung gesetzlicher Pflichten",
                "essential.legal_obligation", ApplePurposeOther, GoogleFraudSecurityCompliance),
            // fideslang: nearest is "essential.legal_obligation".
            new PurposeInfo(Purpose.LegalClaims, "Establishing, exercising or defending legal claims", "Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen",
                "essential.legal_obligation", ApplePurposeOther, GoogleFraudSecurityCompliance),
            // fideslang: "operations" (business processes). Google: no fitting purpose, no catch-all.
            new PurposeInfo(Purpose.BusinessTransfer, "Corporate transactions such as mergers and acquisitions", "Unternehmenstransaktionen wie Fusionen und Übernahmen",
                "operations", ApplePurposeOther, GoogleFunctionality),
            new PurposeInfo(Purpose.HealthcareProvision, "Providing medical care", "Erbringung medizinischer Leistungen",
                "essential.service", AppleFunctionality, GoogleFunctionality),
            // Google: no employment purpose, no catch-all.
            new PurposeInfo(Purpose.Employment, "Managing the employment relationship", "Durchführung des Beschäftigungsverhältnisses",
                "employment", ApplePurposeOther, GoogleFunctionality),
            // fideslang has no research key: nearest is "analytics".
            new PurposeInfo(Purpose.Research, "Scientific research and statistics", "Wissenschaftliche Forschung und Statistik",
                "analytics", ApplePurposeOther, GoogleAnalytics),
            // fideslang "collect": for a purpose not yet expressly defined. Google: no catch-all.
            new PurposeInfo(Purpose.Other, "Other purposes", "Sonstige Zwecke",
                "collect", ApplePurposeOther, GoogleFunctionality),
        };

        private static readonly LegalBasisInfo[] LegalBasisTable =
        {
            new LegalBasisInfo(LegalBasis.Consent, 'a', "Consent", "Einwilligung", "Art. 6(1)(a) GDPR", "Art. 6 Abs. 1 lit. a DSGVO"),
            new LegalBasisInfo(LegalBasis.Contract, 'b', "Performance of a contract", "Vertragserfüllung", "Art. 6(1)(b) GDPR", "Art. 6 Abs. 1 lit. b DSGVO"),
            new LegalBasisInfo(LegalBasis.LegalObligation, 'c', "Legal obligation", "Rechtliche Verpflichtung", "Art. 6(1)(c) GDPR", "Art. 6 Abs. 1 lit. c DSGVO"),
            new LegalBasisInfo(LegalBasis.VitalInterests, 'd', "Vital interests", "Lebenswichtige Interessen", "Art. 6(1)(d) GDPR", "Art. 6 Abs. 1 lit. d DSGVO"),
            new LegalBasisInfo(LegalBasis.PublicTask, 'e', "Public task", "Wahrnehmung einer Aufgabe im öffentlichen Interesse", "Art. 6(1)(e) GDPR", "Art. 6 Abs. 1 lit. e DSGVO"),
            new LegalBasisInfo(LegalBasis.LegitimateInterests, 'f', "Legitimate interests", "Berechtigte Interessen", "Art. 6(1)(f) GDPR", "Art. 6 Abs. 1 lit. f DSGVO"),
        };

        private static readonly SpecialCategoryConditionInfo[] ConditionTable =
        {
            // None: no letter, no citation (documented on SpecialCategoryConditionInfo).
            new SpecialCategoryConditionInfo(SpecialCategoryCondition.None, '\0',
                "No condition under Art. 9(2) GDPR", "Keine Ausnahme nach Art. 9 Abs. 2 DSGVO", "", ""),
            new SpecialCategoryConditionInfo(SpecialCategoryCondition.ExplicitConsent, 'a',
                "Explicit consent", "ausdrückliche Einwilligung", "Art. 9(2)(a) GDPR", "Art. 9 Abs. 2 lit. a DSGVO"),
            new SpecialCategoryConditionInfo(SpecialCategoryCondition.EmploymentAndSocialSecurity, 'b',
                "Obligations under employment, social security and social protection law",
                "Pflichten aus dem Arbeitsrecht und dem Recht der sozialen Sicherheit und des Sozialschutzes",
                "Art. 9(2)(b) GDPR", "Art. 9 Abs. 2 lit. b DSGVO"),
            new SpecialCategoryConditionInfo(SpecialCategoryCondition.VitalInterests, 'c',
                "Protection of vital interests", "Schutz lebenswichtiger Interessen", "Art. 9(2)(c) GDPR", "Art. 9 Abs. 2 lit. c DSGVO"),
            new SpecialCategoryConditionInfo(SpecialCategoryCondition.NotForProfitBody, 'd',
                "Activities of a not-for-profit body", "Tätigkeit einer Organisation ohne Gewinnerzielungsabsicht",
                "Art. 9(2)(d) GDPR", "Art. 9 Abs. 2 lit. d DSGVO"),
            new SpecialCategoryConditionInfo(SpecialCategoryCondition.ManifestlyMadePublic, 'e',
                "Data manifestly made public by you", "von Ihnen offensichtlich öffentlich gemachte Daten",
                "Art. 9(2)(e) GDPR", "Art. 9 Abs. 2 lit. e DSGVO"),
            new SpecialCategoryConditionInfo(SpecialCategoryCondition.LegalClaims, 'f',
                "Establishment, exercise or defence of legal claims", "Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen",
                "Art. 9(2)(f) GDPR", "Art. 9 Abs. 2 lit. f DSGVO"),
            new SpecialCategoryConditionInfo(SpecialCategoryCondition.SubstantialPublicInterest, 'g',
                "Substantial public interest", "erhebliches öffentliches Interesse", "Art. 9(2)(g) GDPR", "Art. 9 Abs. 2 lit. g DSGVO"),
            new SpecialCategoryConditionInfo(SpecialCategoryCondition.HealthOrSocialCare, 'h',
                "Medical diagnosis and health or social care", "Gesundheitsvorsorge, medizinische Diagnostik und Versorgung",
                "Art. 9(2)(h) GDPR", "Art. 9 Abs. 2 lit. h DSGVO"),
            new SpecialCategoryConditionInfo(SpecialCategoryCondition.PublicHealth, 'i',
                "Public interest in the area of public health", "öffentliches Interesse im Bereich der öffentlichen Gesundheit",
                "Art. 9(2)(i) GDPR", "Art. 9 Abs. 2 lit. i DSGVO"),
            new SpecialCategoryConditionInfo(SpecialCategoryCondition.ArchivingResearchOrStatistics, 'j',
                "Archiving, scientific or historical research or statistics", "Archivzwecke, wissenschaftliche oder historische Forschung oder Statistik",
                "Art. 9(2)(j) GDPR", "Art. 9 Abs. 2 lit. j DSGVO"),
        };

        // Indexed by bit position: DataSubject.Visitor (1 << 0) is at index 0.
        private static readonly DataSubjectInfo[] DataSubjectTable =
        {
            new DataSubjectInfo(DataSubject.Visitor, "Visitors to our website and apps", "Besucher unserer Website und Apps"),
            new DataSubjectInfo(DataSubject.Customer, "Customers", "Kunden"),
            new DataSubjectInfo(DataSubject.Prospect, "Prospective customers", "Interessenten"),
            new DataSubjectInfo(DataSubject.Patient, "Patients", "Patienten"),
            new DataSubjectInfo(DataSubject.Employee, "Employees", "Beschäftigte"),
            new DataSubjectInfo(DataSubject.JobApplicant, "Job applicants", "Bewerber"),
            new DataSubjectInfo(DataSubject.BusinessContact, "Contacts at customers, suppliers and partners", "Ansprechpartner bei Kunden, Lieferanten und Partnern"),
            new DataSubjectInfo(DataSubject.Child, "Children", "Kinder"),
            new DataSubjectInfo(DataSubject.ThirdParty, "Third parties you tell us about", "Dritte, deren Daten Sie uns mitteilen"),
        };

        private static readonly DataSourceInfo[] DataSourceTable =
        {
            new DataSourceInfo(DataSource.DataSubject, "Provided by you", "Von Ihnen bereitgestellt"),
            new DataSourceInfo(DataSource.Automatic, "Collected automatically", "Automatisch erfasst"),
            new DataSourceInfo(DataSource.ThirdParty, "Received from third parties", "Von Dritten erhalten"),
            new DataSourceInfo(DataSource.PubliclyAvailable, "Publicly available sources", "Öffentlich zugängliche Quellen"),
            new DataSourceInfo(DataSource.Derived, "Derived from other data", "Aus anderen Daten abgeleitet"),
        };

        private static readonly RecipientKindInfo[] RecipientKindTable =
        {
            new RecipientKindInfo(RecipientKind.Affiliate, "Group companies", "Konzerngesellschaften"),
            new RecipientKindInfo(RecipientKind.ServiceProvider, "Service providers (processors)", "Dienstleister (Auftragsverarbeiter)"),
            new RecipientKindInfo(RecipientKind.BusinessPartner, "Business partners such as resellers and distributors", "Geschäftspartner wie Händler und Vertriebspartner"),
            new RecipientKindInfo(RecipientKind.Advertising, "Advertising networks and social media platforms", "Werbenetzwerke und soziale Netzwerke"),
            new RecipientKindInfo(RecipientKind.HealthcareProvider, "Healthcare providers such as doctors and pharmacies", "Leistungserbringer im Gesundheitswesen wie Ärzte und Apotheken"),
            new RecipientKindInfo(RecipientKind.ProfessionalAdviser, "Professional advisers such as lawyers, auditors and accountants", "Berater wie Rechtsanwälte, Wirtschaftsprüfer und Steuerberater"),
            new RecipientKindInfo(RecipientKind.Authority, "Public authorities, courts and law enforcement agencies", "Behörden, Gerichte und Strafverfolgungsbehörden"),
            new RecipientKindInfo(RecipientKind.Acquirer, "Buyers or merger partners in a corporate transaction", "Erwerber oder Fusionspartner bei einer Unternehmenstransaktion"),
            new RecipientKindInfo(RecipientKind.Public, "The public", "Die Öffentlichkeit"),
        };

        private static readonly TransferMechanismInfo[] TransferMechanismTable =
        {
            new TransferMechanismInfo(TransferMechanism.None, "No transfer to third countries", "Keine Übermittlung in Drittländer",
                "Chapter V GDPR", "Kapitel V DSGVO"),
            new TransferMechanismInfo(TransferMechanism.AdequacyDecision, "Adequacy decision", "Angemessenheitsbeschluss",
                "Art. 45 GDPR", "Art. 45 DSGVO"),
            new TransferMechanismInfo(TransferMechanism.StandardContractualClauses, "Standard contractual clauses", "Standardvertragsklauseln",
                "Art. 46(2)(c) GDPR", "Art. 46 Abs. 2 lit. c DSGVO"),
            new TransferMechanismInfo(TransferMechanism.BindingCorporateRules, "Binding corporate rules", "verbindliche interne Datenschutzvorschriften",
                "Art. 47 GDPR", "Art. 47 DSGVO"),
            new TransferMechanismInfo(TransferMechanism.ExplicitConsent, "Explicit consent", "ausdrückliche Einwilligung",
                "Art. 49(1)(a) GDPR", "Art. 49 Abs. 1 lit. a DSGVO"),
            new TransferMechanismInfo(TransferMechanism.OtherDerogation, "Derogation for a specific situation", "Ausnahme für bestimmte Fälle",
                "Art. 49(1)(b) to (g) GDPR", "Art. 49 Abs. 1 lit. b bis g DSGVO"),
        };

        private static readonly CategoryGroupInfo[] CategoryGroupTable =
        {
            new CategoryGroupInfo(CategoryGroup.IdentityAndContact, "Identity and contact details", "Identitäts- und Kontaktdaten"),
            new CategoryGroupInfo(CategoryGroup.OnlineIdentifiers, "Online identifiers", "Online-Kennungen"),
            new CategoryGroupInfo(CategoryGroup.Activity, "Usage and activity data", "Nutzungs- und Aktivitätsdaten"),
            new CategoryGroupInfo(CategoryGroup.CommercialAndFinancial, "Commercial and financial data", "Vertrags-, Zahlungs- und Finanzdaten"),
            new CategoryGroupInfo(CategoryGroup.Professional, "Professional information", "Berufliche Angaben"),
            new CategoryGroupInfo(CategoryGroup.ContentAndPreferences, "Content and preferences", "Inhalte und Präferenzen"),
            new CategoryGroupInfo(CategoryGroup.SpecialCategories, "Special categories of personal data", "Besondere Kategorien personenbezogener Daten"),
            new CategoryGroupInfo(CategoryGroup.Criminal, "Criminal convictions and offences", "Daten über strafrechtliche Verurteilungen und Straftaten"),
            new CategoryGroupInfo(CategoryGroup.Other, "Other personal data", "Sonstige personenbezogene Daten"),
        };

        /// <summary>Every category, in enum-value order.</summary>
        public static IReadOnlyList<CategoryInfo> Categories { get; } = new ReadOnlyCollection<CategoryInfo>(CategoryTable);

        /// <summary>Every purpose, in enum-value order.</summary>
        public static IReadOnlyList<PurposeInfo> Purposes { get; } = new ReadOnlyCollection<PurposeInfo>(PurposeTable);

        /// <summary>Every legal basis, in enum-value order.</summary>
        public static IReadOnlyList<LegalBasisInfo> LegalBases { get; } = new ReadOnlyCollection<LegalBasisInfo>(LegalBasisTable);

        /// <summary>Every Art. 9(2) condition including <see cref="SpecialCategoryCondition.None"/>, in enum-value order.</summary>
        public static IReadOnlyList<SpecialCategoryConditionInfo> SpecialCategoryConditions { get; } = new ReadOnlyCollection<SpecialCategoryConditionInfo>(ConditionTable);

        /// <summary>Every single flag of <see cref="DataSubject"/> (not <see cref="DataSubject.None"/>), in bit order.</summary>
        public static IReadOnlyList<DataSubjectInfo> DataSubjects { get; } = new ReadOnlyCollection<DataSubjectInfo>(DataSubjectTable);

        /// <summary>Every data source, in enum-value order.</summary>
        public static IReadOnlyList<DataSourceInfo> DataSources { get; } = new ReadOnlyCollection<DataSourceInfo>(DataSourceTable);

        /// <summary>Every recipient kind, in enum-value order.</summary>
        public static IReadOnlyList<RecipientKindInfo> RecipientKinds { get; } = new ReadOnlyCollection<RecipientKindInfo>(RecipientKindTable);

        /// <summary>Every transfer mechanism, in enum-value order.</summary>
        public static IReadOnlyList<TransferMechanismInfo> TransferMechanisms { get; } = new ReadOnlyCollection<TransferMechanismInfo>(TransferMechanismTable);

        /// <summary>Every category group, in enum-value order.</summary>
        public static IReadOnlyList<CategoryGroupInfo> CategoryGroups { get; } = new ReadOnlyCollection<CategoryGroupInfo>(CategoryGroupTable);

        /// <summary>Gets the entry of a category.</summary>
        /// <param name="category">A member of <see cref="Category"/>.</param>
        /// <returns>The entry.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not a member of the enum.</exception>
        public static CategoryInfo Get(Category category) => TryGet(category, out var info) ? info : throw Undefined(nameof(category), category);

        /// <summary>Looks up the entry of a category without throwing.</summary>
        /// <param name="category">Any value, including one that is not a member of the enum.</param>
        /// <param name="info">The entry, or <see langword="null"/> when the value is not a member.</param>
        /// <returns>Whether <paramref name="category"/> is a member of the enum.</returns>
        public static bool TryGet(Category category, [NotNullWhen(true)] out CategoryInfo? info) => Lookup(CategoryTable, (int)category, out info);

        /// <summary>Gets the entry of a purpose.</summary>
        /// <param name="purpose">A member of <see cref="Purpose"/>.</param>
        /// <returns>The entry.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="purpose"/> is not a member of the enum.</exception>
        public static PurposeInfo Get(Purpose purpose) => TryGet(purpose, out var info) ? info : throw Undefined(nameof(purpose), purpose);

        /// <summary>Looks up the entry of a purpose without throwing.</summary>
        /// <param name="purpose">Any value, including one that is not a member of the enum.</param>
        /// <param name="info">The entry, or <see langword="null"/> when the value is not a member.</param>
        /// <returns>Whether <paramref name="purpose"/> is a member of the enum.</returns>
        public static bool TryGet(Purpose purpose, [NotNullWhen(true)] out PurposeInfo? info) => Lookup(PurposeTable, (int)purpose, out info);

        /// <summary>Gets the entry of a legal basis.</summary>
        /// <param name="basis">A member of <see cref="LegalBasis"/>.</param>
        /// <returns>The entry.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not a member of the enum.</exception>
        public static LegalBasisInfo Get(LegalBasis basis) => TryGet(basis, out var info) ? info : throw Undefined(nameof(basis), basis);

        /// <summary>Looks up the entry of a legal basis without throwing.</summary>
        /// <param name="basis">Any value, including one that is not a member of the enum.</param>
        /// <param name="info">The entry, or <see langword="null"/> when the value is not a member.</param>
        /// <returns>Whether <paramref name="basis"/> is a member of the enum.</returns>
        public static bool TryGet(LegalBasis basis, [NotNullWhen(true)] out LegalBasisInfo? info) => Lookup(LegalBasisTable, (int)basis, out info);

        /// <summary>Gets the entry of an Art. 9(2) condition.</summary>
        /// <param name="condition">A member of <see cref="SpecialCategoryCondition"/>, including <see cref="SpecialCategoryCondition.None"/>.</param>
        /// <returns>The entry.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="condition"/> is not a member of the enum.</exception>
        public static SpecialCategoryConditionInfo Get(SpecialCategoryCondition condition) => TryGet(condition, out var info) ? info : throw Undefined(nameof(condition), condition);

        /// <summary>Looks up the entry of an Art. 9(2) condition without throwing.</summary>
        /// <param name="condition">Any value, including one that is not a member of the enum.</param>
        /// <param name="info">The entry, or <see langword="null"/> when the value is not a member.</param>
        /// <returns>Whether <paramref name="condition"/> is a member of the enum.</returns>
        public static bool TryGet(SpecialCategoryCondition condition, [NotNullWhen(true)] out SpecialCategoryConditionInfo? info) => Lookup(ConditionTable, (int)condition, out info);

        /// <summary>Gets the entry of a single <see cref="DataSubject"/> flag.</summary>
        /// <param name="subject">Exactly one flag; not <see cref="DataSubject.None"/> and not a combination.</param>
        /// <returns>The entry.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="subject"/> is not a single defined flag.</exception>
        public static DataSubjectInfo Get(DataSubject subject) => TryGet(subject, out var info) ? info : throw Undefined(nameof(subject), subject);

        /// <summary>Looks up the entry of a single <see cref="DataSubject"/> flag without throwing.</summary>
        /// <param name="subject">Any value. <see cref="DataSubject.None"/>, combinations and undefined bits return <see langword="false"/>.</param>
        /// <param name="info">The entry, or <see langword="null"/> when the value is not a single defined flag.</param>
        /// <returns>Whether <paramref name="subject"/> is a single defined flag.</returns>
        public static bool TryGet(DataSubject subject, [NotNullWhen(true)] out DataSubjectInfo? info)
        {
            var bits = (uint)subject;
            if (bits == 0 || (bits & (bits - 1)) != 0)
            {
                info = null;
                return false;
            }

            var index = 0;
            while ((bits >>= 1) != 0)
            {
                index++;
            }

            return Lookup(DataSubjectTable, index, out info);
        }

        /// <summary>Gets the entry of a data source.</summary>
        /// <param name="source">A member of <see cref="DataSource"/>.</param>
        /// <returns>The entry.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="source"/> is not a member of the enum.</exception>
        public static DataSourceInfo Get(DataSource source) => TryGet(source, out var info) ? info : throw Undefined(nameof(source), source);

        /// <summary>Looks up the entry of a data source without throwing.</summary>
        /// <param name="source">Any value, including one that is not a member of the enum.</param>
        /// <param name="info">The entry, or <see langword="null"/> when the value is not a member.</param>
        /// <returns>Whether <paramref name="source"/> is a member of the enum.</returns>
        public static bool TryGet(DataSource source, [NotNullWhen(true)] out DataSourceInfo? info) => Lookup(DataSourceTable, (int)source, out info);

        /// <summary>Gets the entry of a recipient kind.</summary>
        /// <param name="kind">A member of <see cref="RecipientKind"/>.</param>
        /// <returns>The entry.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a member of the enum.</exception>
        public static RecipientKindInfo Get(RecipientKind kind) => TryGet(kind, out var info) ? info : throw Undefined(nameof(kind), kind);

        /// <summary>Looks up the entry of a recipient kind without throwing.</summary>
        /// <param name="kind">Any value, including one that is not a member of the enum.</param>
        /// <param name="info">The entry, or <see langword="null"/> when the value is not a member.</param>
        /// <returns>Whether <paramref name="kind"/> is a member of the enum.</returns>
        public static bool TryGet(RecipientKind kind, [NotNullWhen(true)] out RecipientKindInfo? info) => Lookup(RecipientKindTable, (int)kind, out info);

        /// <summary>Gets the entry of a transfer mechanism.</summary>
        /// <param name="mechanism">A member of <see cref="TransferMechanism"/>.</param>
        /// <returns>The entry.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="mechanism"/> is not a member of the enum.</exception>
        public static TransferMechanismInfo Get(TransferMechanism mechanism) => TryGet(mechanism, out var info) ? info : throw Undefined(nameof(mechanism), mechanism);

        /// <summary>Looks up the entry of a transfer mechanism without throwing.</summary>
        /// <param name="mechanism">Any value, including one that is not a member of the enum.</param>
        /// <param name="info">The entry, or <see langword="null"/> when the value is not a member.</param>
        /// <returns>Whether <paramref name="mechanism"/> is a member of the enum.</returns>
        public static bool TryGet(TransferMechanism mechanism, [NotNullWhen(true)] out TransferMechanismInfo? info) => Lookup(TransferMechanismTable, (int)mechanism, out info);

        /// <summary>Gets the entry of a category group.</summary>
        /// <param name="group">A member of <see cref="CategoryGroup"/>.</param>
        /// <returns>The entry.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="group"/> is not a member of the enum.</exception>
        public static CategoryGroupInfo Get(CategoryGroup group) => TryGet(group, out var info) ? info : throw Undefined(nameof(group), group);

        /// <summary>Looks up the entry of a category group without throwing.</summary>
        /// <param name="group">Any value, including one that is not a member of the enum.</param>
        /// <param name="info">The entry, or <see langword="null"/> when the value is not a member.</param>
        /// <returns>Whether <paramref name="group"/> is a member of the enum.</returns>
        public static bool TryGet(CategoryGroup group, [NotNullWhen(true)] out CategoryGroupInfo? info) => Lookup(CategoryGroupTable, (int)group, out info);

        private static bool Lookup<T>(T[] table, int index, [NotNullWhen(true)] out T? info)
            where T : class
        {
            if ((uint)index < (uint)table.Length)
            {
                info = table[index];
                return true;
            }

            info = null;
            return false;
        }

        private static ArgumentOutOfRangeException Undefined(string parameter, object value) =>
            new ArgumentOutOfRangeException(parameter, value, "The value is not a defined member of its enumeration.");
    }
}
