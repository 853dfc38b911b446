using System.Collections.Generic;
using System.Linq;

namespace PrivacyAttributes.EndToEnd.Tests;

/// <summary>
/// The names fixed by shared/spec/privacy-model.md sections 3 and 4, written out by hand from the
/// spec so that a rename or a missing member in the package fails the consumer build.
/// </summary>
public static class SpecContract
{
    public static readonly IReadOnlyList<(string Enum, string[] Members)> Enums =
    [
        ("Category",
        [
            "Name", "Email", "PhoneNumber", "PostalAddress", "DateOfBirth", "Demographics", "GovernmentId", "Photo", "Signature",
            "AccountCredentials", "UserId", "SocialMediaAccount", "IpAddress", "DeviceIdentifier", "DeviceInformation", "CookieIdentifier",
            "AccessLog", "BrowsingHistory", "UsageData", "SearchHistory", "PreciseLocation", "CoarseLocation",
            "PaymentCard", "BankAccount", "PurchaseHistory", "FinancialInformation",
            "Employer", "JobTitle", "EmploymentHistory", "Education",
            "Communications", "Feedback", "Preferences", "Inferences", "AudioRecording",
            "Health", "Genetic", "Biometric", "RacialOrEthnicOrigin", "PoliticalOpinion", "ReligiousOrPhilosophicalBelief", "TradeUnionMembership", "SexLifeOrOrientation",
            "CriminalRecord",
            "Other",
        ]),
        ("Purpose",
        [
            "WebsiteOperation", "ServiceProvision", "AccountManagement", "OrderFulfillment", "PaymentProcessing", "CustomerSupport",
            "ServiceCommunications", "RequestedInformation", "Events", "Surveys", "DirectMarketing", "Advertising", "Personalization",
            "Analytics", "ProductImprovement", "Recruitment", "PartnerManagement", "ProductRegistration", "Security", "FraudPrevention",
            "LegalCompliance", "LegalClaims", "BusinessTransfer", "HealthcareProvision", "Employment", "Research", "Other",
        ]),
        ("LegalBasis", ["Consent", "Contract", "LegalObligation", "VitalInterests", "PublicTask", "LegitimateInterests"]),
        ("SpecialCategoryCondition",
        [
            "None", "ExplicitConsent", "EmploymentAndSocialSecurity", "VitalInterests", "NotForProfitBody", "ManifestlyMadePublic",
            "LegalClaims", "SubstantialPublicInterest", "HealthOrSocialCare", "PublicHealth", "ArchivingResearchOrStatistics",
        ]),
        ("DataSubject", ["Visitor", "Customer", "Prospect", "Patient", "Employee", "JobApplicant", "BusinessContact", "Child", "ThirdParty"]),
        ("DataSource", ["DataSubject", "Automatic", "ThirdParty", "PubliclyAvailable", "Derived"]),
        ("RecipientKind", ["Affiliate", "ServiceProvider", "BusinessPartner", "Advertising", "HealthcareProvider", "ProfessionalAdviser", "Authority", "Acquirer", "Public"]),
        ("TransferMechanism", ["None", "AdequacyDecision", "StandardContractualClauses", "BindingCorporateRules", "ExplicitConsent", "OtherDerogation"]),
        ("SinkKind", ["Log", "Telemetry", "Console", "Exception", "Storage", "Network"]),
    ];

    /// <summary>
    /// A consumer source file that uses every attribute on every target the spec allows, every named
    /// property, and every enum member. It compiles only if the package matches the spec.
    /// </summary>
    public static string ConsumerSource()
    {
        var enumUses = string.Join(
            "\n",
            Enums.Select(e => $"    public static readonly {e.Enum}[] All{e.Enum} = {{ {string.Join(", ", e.Members.Select(m => e.Enum + "." + m))} }};"));

        return $$"""
            using System;
            using PrivacyAttributes;

            [assembly: DataController("Example GmbH",
                Address = "Example Street 1, 10115 Berlin, Germany",
                Email = "privacy@example.com",
                Website = "https://example.com",
                DataProtectionOfficer = "dpo@example.com",
                Representative = "Example EU Representative B.V.",
                SupervisoryAuthority = "Berliner Beauftragte für Datenschutz und Informationsfreiheit")]
            [assembly: PurposeLegalBasis(Purpose.AccountManagement, LegalBasis.Contract, Description = "Managing your account")]
            [assembly: PurposeLegalBasis(Purpose.HealthcareProvision, LegalBasis.Contract, Condition = SpecialCategoryCondition.HealthOrSocialCare)]
            [assembly: PurposeLegalBasis(Purpose.Analytics, LegalBasis.LegitimateInterests, LegitimateInterest = "Understanding how our website is used")]
            [assembly: Recipient("Salesforce", RecipientKind.ServiceProvider,
                Country = "US",
                Transfer = TransferMechanism.StandardContractualClauses,
                Purposes = new[] { Purpose.AccountManagement },
                Description = "Customer relationship management")]
            [assembly: Retention(Category.Email, "UntilAccountDeletion", Reason = "Needed while the account exists")]
            [assembly: ProcessingPurpose(Purpose.AccountManagement)]

            namespace Consumer
            {
                [ProcessingPurpose(Purpose.AccountManagement)]
                public sealed class Customer
                {
                    [PersonalData(Category.Email, Purpose.AccountManagement,
                        Subjects = DataSubject.Customer | DataSubject.Prospect,
                        Source = DataSource.DataSubject,
                        Retention = "P2Y",
                        Required = true,
                        Description = "Email address",
                        SharedWith = new[] { "Salesforce" })]
                    public string Email { get; set; } = "";

                    [PersonalData(Category.Name, Purpose.AccountManagement)]
                    public string name = "";

                    [NotPersonalData]
                    public string SupportMailbox { get; } = "support@example.com";

                    [NotPersonalData]
                    public string SerialNumber = "";

                    [ProcessingPurpose(Purpose.AccountManagement)]
                    public Customer([PersonalData(Category.Name, Purpose.AccountManagement)] string name)
                    {
                        this.name = name;
                    }

                    [ProcessingPurpose(Purpose.AccountManagement)]
                    [return: PersonalData(Category.Name, Purpose.AccountManagement)]
                    public string DisplayName([NotPersonalData] string prefix)
                    {
                        [ProcessingPurpose(Purpose.AccountManagement)]
                        string Local() => prefix + name;
                        return Local();
                    }
                }

                [ProcessingPurpose(Purpose.AccountManagement)]
                public struct CustomerSummary
                {
                }

                [ProcessingPurpose(Purpose.AccountManagement)]
                public interface ICustomerService
                {
                }

                [SharesWith("Salesforce")]
                public sealed class SalesforceClient
                {
                    [SharesWith("Salesforce")]
                    public void Upload(object customer)
                    {
                    }
                }

                public static class Telemetry
                {
                    [DataSink(SinkKind.Telemetry)]
                    public static void Track(string name)
                    {
                    }

                    public static void Write([DataSink(SinkKind.Log)] string message)
                    {
                    }

                    [Anonymizes]
                    public static string Redact(string value) => "***";
                }

                public static class EveryEnumMember
                {
            {{enumUses}}
                }
            }
            """;
    }
}
