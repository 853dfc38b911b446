// The company's privacy declarations. They live in the domain library so that every application
// that references it (the website here; a partner portal or a support desk elsewhere) shares one
// controller, one set of legal bases, one list of recipients and one retention schedule.
//
// Northwind Networks is a fictional company in the shape of the one that published the reference
// policy (shared/reference-policies/corporate-website-en.txt). The 2017 policy predates the GDPR
// and names no legal bases or transfer safeguards; the declarations below add what the GDPR
// requires (Art. 13(1)(c), (d), (f)) and docs/policy-coverage.md says where they go beyond the text.

using CorporateWebsite.Domain;
using PrivacyAttributes;

[assembly: DataController(
    "Northwind Networks, Inc.",
    Address = "1 Innovation Way, Sunnyvale, California 94089, USA",
    Email = "privacy@northwind-networks.example",
    Website = "https://www.northwind-networks.example")]

// ---------------------------------------------------------------------------------------------
// Purposes and their legal bases (GDPR Art. 6(1)), in the order of the policy's list.
// ---------------------------------------------------------------------------------------------

[assembly: PurposeLegalBasis(Purpose.WebsiteOperation, LegalBasis.LegitimateInterests,
    LegitimateInterest = "Operating and maintaining our websites and delivering the pages and information visitors ask for",
    Description = "Operation and maintenance of our websites")]

[assembly: PurposeLegalBasis(Purpose.RequestedInformation, LegalBasis.Contract,
    Description = "Product demonstrations, software trials, white papers, e-books and other material you ask for, and answers to your inquiries")]

[assembly: PurposeLegalBasis(Purpose.Events, LegalBasis.Contract,
    Description = "Participation in seminars, training courses and in-person or online events")]

[assembly: PurposeLegalBasis(Purpose.AccountManagement, LegalBasis.Contract,
    Description = "Creating and managing your account")]

[assembly: PurposeLegalBasis(Purpose.OrderFulfillment, LegalBasis.Contract,
    Description = "Processing your order")]

[assembly: PurposeLegalBasis(Purpose.PaymentProcessing, LegalBasis.Contract,
    Description = "Taking payment for your order")]

[assembly: PurposeLegalBasis(Purpose.ServiceProvision, LegalBasis.Contract,
    Description = "Enabling certain features of our products and providing consulting and cloud-based information security services")]

[assembly: PurposeLegalBasis(Purpose.CustomerSupport, LegalBasis.Contract,
    Description = "Responding to inquiries and providing technical support")]

[assembly: PurposeLegalBasis(Purpose.ServiceCommunications, LegalBasis.Contract,
    Description = "Confirmations and notices about your account, orders, registrations and the security of your data")]

[assembly: PurposeLegalBasis(Purpose.Personalization, LegalBasis.Consent,
    Description = "Personalizing your experience and tailoring content to your interests")]

[assembly: PurposeLegalBasis(Purpose.Recruitment, LegalBasis.Contract,
    Description = "Career opportunities: considering your application and referrals")]

[assembly: PurposeLegalBasis(Purpose.Surveys, LegalBasis.LegitimateInterests,
    LegitimateInterest = "Learning what our customers and visitors think of our products, services and websites",
    Description = "User surveys")]

[assembly: PurposeLegalBasis(Purpose.PartnerManagement, LegalBasis.Contract,
    Description = "Access to our secured partner sites and working with our resellers and distributors")]

[assembly: PurposeLegalBasis(Purpose.ProductRegistration, LegalBasis.Contract,
    Description = "Registration of products")]

[assembly: PurposeLegalBasis(Purpose.DirectMarketing, LegalBasis.Consent,
    Description = "Direct marketing by us or our telemarketing service providers by physical mail, e-mail and social media, and marketing promotions")]
[assembly: PurposeLegalBasis(Purpose.DirectMarketing, LegalBasis.LegitimateInterests,
    LegitimateInterest = "Informing business contacts about products and services similar to those they asked about, where the law allows this without prior consent",
    Description = "Direct marketing by us or our telemarketing service providers by physical mail, e-mail and social media, and marketing promotions")]

[assembly: PurposeLegalBasis(Purpose.Advertising, LegalBasis.Consent,
    Description = "Tailoring advertisements to your interests and not showing you the same advertisements repeatedly")]

[assembly: PurposeLegalBasis(Purpose.Analytics, LegalBasis.LegitimateInterests,
    LegitimateInterest = "Understanding how visitors use our websites so that we can improve their structure and better answer their questions",
    Description = "Statistics about the use of our websites")]

[assembly: PurposeLegalBasis(Purpose.Security, LegalBasis.LegitimateInterests,
    LegitimateInterest = "Protecting our websites, our systems and the personal information they hold against attacks and misuse, and notifying people of a security breach",
    Description = "Protecting the security of our websites")]

[assembly: PurposeLegalBasis(Purpose.LegalCompliance, LegalBasis.LegalObligation,
    Description = "Complying with national, state, provincial and local governmental reporting requirements and answering requests of competent authorities")]

[assembly: PurposeLegalBasis(Purpose.LegalClaims, LegalBasis.LegitimateInterests,
    LegitimateInterest = "Resolving disputes, enforcing our agreements and protecting the rights, property and safety of Northwind Networks, its business partners, our users and others",
    Description = "Resolving disputes and enforcing our agreements")]

[assembly: PurposeLegalBasis(Purpose.BusinessTransfer, LegalBasis.LegitimateInterests,
    LegitimateInterest = "Negotiating and carrying out a merger, sale of company assets, consolidation, restructuring, financing or acquisition of all or part of our business",
    Description = "Mergers, acquisitions and other corporate transactions")]

// ---------------------------------------------------------------------------------------------
// Recipients ("Sharing and Disclosure of Personal Information"). The policy's company operates its
// websites from the United States and names no safeguard for transfers; the sample states the
// standard contractual clauses that a GDPR-compliant version needs (PRIV007 otherwise).
// ---------------------------------------------------------------------------------------------

[assembly: Recipient("Northwind Networks offices and subsidiaries", RecipientKind.Affiliate,
    Country = "US", Transfer = TransferMechanism.StandardContractualClauses,
    Description = "Our offices and subsidiaries around the world, which answer requests, provide services and support and market our products in their regions")]

[assembly: Recipient("Resellers and distributors", RecipientKind.BusinessPartner,
    Purposes = new[] { Purpose.RequestedInformation, Purpose.OrderFulfillment, Purpose.DirectMarketing, Purpose.PartnerManagement },
    Description = "Our resellers and distributors, to deliver products and services you request, for joint sales promotions and to follow up sales leads")]

[assembly: Recipient("Website hosting provider", RecipientKind.ServiceProvider,
    Country = "US", Transfer = TransferMechanism.StandardContractualClauses,
    Description = "The provider that hosts our websites in the United States, where we operate them")]

[assembly: Recipient("Payment processor", RecipientKind.ServiceProvider,
    Country = "US", Transfer = TransferMechanism.StandardContractualClauses,
    Purposes = new[] { Purpose.PaymentProcessing },
    Description = "The payment service provider that processes card payments for orders")]

[assembly: Recipient("Marketing automation provider", RecipientKind.ServiceProvider,
    Country = "US", Transfer = TransferMechanism.StandardContractualClauses,
    Purposes = new[] { Purpose.RequestedInformation, Purpose.Events, Purpose.ServiceCommunications, Purpose.DirectMarketing, Purpose.Security },
    Description = "The service provider that sends our e-mails and manages marketing preferences")]

[assembly: Recipient("Telemarketing service provider", RecipientKind.ServiceProvider,
    Country = "IE",
    Purposes = new[] { Purpose.Events, Purpose.DirectMarketing },
    Description = "Call centres contracted to remind registrants of events and to market our products by telephone")]

[assembly: Recipient("Event platform provider", RecipientKind.ServiceProvider,
    Country = "US", Transfer = TransferMechanism.StandardContractualClauses,
    Purposes = new[] { Purpose.Events },
    Description = "The platform on which we run online events and manage in-person event registrations")]

[assembly: Recipient("Applicant tracking provider", RecipientKind.ServiceProvider,
    Country = "US", Transfer = TransferMechanism.StandardContractualClauses,
    Purposes = new[] { Purpose.Recruitment },
    Description = "The service provider that hosts our careers site and job applications")]

[assembly: Recipient("Support case management provider", RecipientKind.ServiceProvider,
    Country = "US", Transfer = TransferMechanism.StandardContractualClauses,
    Purposes = new[] { Purpose.CustomerSupport, Purpose.ProductRegistration },
    Description = "The service provider that hosts our technical support cases")]

[assembly: Recipient("Competent authorities and law enforcement", RecipientKind.Authority,
    Purposes = new[] { Purpose.LegalCompliance, Purpose.LegalClaims, Purpose.Security },
    Description = "Competent authorities, law enforcement officials and courts, where the law requires it or to protect the rights, property or safety of Northwind Networks, its business partners, you or others")]

[assembly: Recipient("Parties to a corporate transaction", RecipientKind.Acquirer,
    Purposes = new[] { Purpose.BusinessTransfer },
    Description = "Another company in connection with, or during the negotiation of, a merger, sale of company assets, consolidation or restructuring, financing, or acquisition of all or part of our business")]

// ---------------------------------------------------------------------------------------------
// Retention ("We will retain your personal information as needed to fulfill the purposes for which
// it was collected, comply with our legal obligations, resolve disputes, and enforce our
// agreements"). Members that are kept for a shorter or a specific time say so themselves.
// ---------------------------------------------------------------------------------------------

[assembly: Retention(Category.Name, "UntilPurposeFulfilled", Reason = RetentionReasons.Default)]
[assembly: Retention(Category.Email, "UntilPurposeFulfilled", Reason = RetentionReasons.Default)]
[assembly: Retention(Category.PhoneNumber, "UntilPurposeFulfilled", Reason = RetentionReasons.Default)]
[assembly: Retention(Category.PostalAddress, "UntilPurposeFulfilled", Reason = RetentionReasons.Default)]
[assembly: Retention(Category.AccountCredentials, "UntilAccountDeletion", Reason = "Kept while the account exists")]
[assembly: Retention(Category.UserId, "UntilAccountDeletion", Reason = "Kept while the account exists")]
[assembly: Retention(Category.SocialMediaAccount, "UntilPurposeFulfilled", Reason = RetentionReasons.Default)]
[assembly: Retention(Category.IpAddress, "P90D", Reason = "Access logs are kept for 90 days to investigate attacks and misuse, then deleted")]
[assembly: Retention(Category.DeviceInformation, "P90D", Reason = "Access logs are kept for 90 days to investigate attacks and misuse, then deleted")]
[assembly: Retention(Category.CookieIdentifier, "P13M", Reason = "The lifetime of our persistent cookies; session cookies are deleted when you leave the site")]
[assembly: Retention(Category.AccessLog, "P90D", Reason = "Access logs are kept for 90 days to investigate attacks and misuse, then deleted")]
[assembly: Retention(Category.CoarseLocation, "UntilPurposeFulfilled", Reason = RetentionReasons.Default)]
[assembly: Retention(Category.PaymentCard, "UntilPurposeFulfilled", Reason = "The payment token is kept until the order is paid and any refund period has ended")]
[assembly: Retention(Category.PurchaseHistory, "P7Y", Reason = "Order records are kept for seven years to comply with tax and accounting obligations")]
[assembly: Retention(Category.Employer, "UntilPurposeFulfilled", Reason = RetentionReasons.Default)]
[assembly: Retention(Category.JobTitle, "UntilPurposeFulfilled", Reason = RetentionReasons.Default)]
[assembly: Retention(Category.EmploymentHistory, "P2Y", Reason = "Applications are kept for two years after the position is filled, to consider applicants for other openings and to defend claims")]
[assembly: Retention(Category.Education, "P2Y", Reason = "Applications are kept for two years after the position is filled, to consider applicants for other openings and to defend claims")]
[assembly: Retention(Category.Feedback, "UntilPurposeFulfilled", Reason = RetentionReasons.Default)]
[assembly: Retention(Category.Inferences, "P13M", Reason = "Interest profiles expire with the cookie they are attached to")]
[assembly: Retention(Category.Preferences, "UntilConsentWithdrawn", Reason = "Marketing choices are kept until you change them or opt out")]
[assembly: Retention(Category.Other, "P7Y", Reason = "Kept as long as the governmental reporting requirement it was collected for demands")]

namespace CorporateWebsite.Domain
{
    /// <summary>The retention criteria the policy words once and applies to most categories.</summary>
    internal static class RetentionReasons
    {
        public const string Default =
            "Kept as long as needed to fulfil the purposes for which it was collected, to comply with our legal obligations, to resolve disputes and to enforce our agreements";
    }
}
