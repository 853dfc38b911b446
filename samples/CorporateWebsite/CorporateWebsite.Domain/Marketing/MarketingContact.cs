using System;
using PrivacyAttributes;

namespace CorporateWebsite.Domain.Marketing
{
    /// <summary>
    /// A subscriber to newsletters and product announcements ("Direct marketing by Juniper or its
    /// telemarketing service providers (e.g., marketing through physical mail, email, and social
    /// media)"). Created only with consent, or as an existing business contact where the law allows.
    /// </summary>
    public sealed class MarketingContact
    {
        public Guid Id { get; set; } = Guid.NewGuid();

        [PersonalData(Category.Email, Purpose.DirectMarketing,
            Subjects = DataSubject.Prospect | DataSubject.Customer | DataSubject.BusinessContact, Retention = "UntilConsentWithdrawn")]
        public string Email { get; set; } = "";

        [PersonalData(Category.Name, Purpose.DirectMarketing,
            Subjects = DataSubject.Prospect | DataSubject.Customer | DataSubject.BusinessContact, Retention = "UntilConsentWithdrawn")]
        public string? FirstName { get; set; }

        /// <summary>For printed catalogues and invitations sent by post.</summary>
        [PersonalData(Category.PostalAddress, Purpose.DirectMarketing,
            Subjects = DataSubject.Prospect | DataSubject.Customer | DataSubject.BusinessContact, Retention = "UntilConsentWithdrawn",
            Description = "Postal address for marketing by physical mail")]
        public string? PostalAddress { get; set; }

        /// <summary>For marketing through social media.</summary>
        [PersonalData(Category.SocialMediaAccount, Purpose.DirectMarketing,
            Subjects = DataSubject.Prospect | DataSubject.Customer | DataSubject.BusinessContact, Retention = "UntilConsentWithdrawn",
            Description = "Social media account information")]
        public string? SocialMediaHandle { get; set; }

        /// <summary>Topics chosen in the preference centre: products, events, security advisories.</summary>
        [PersonalData(Category.Preferences, Purpose.DirectMarketing, Purpose.Personalization,
            Subjects = DataSubject.Prospect | DataSubject.Customer | DataSubject.BusinessContact, Description = "Topics you want to hear about")]
        public string[] Topics { get; set; } = Array.Empty<string>();

        [PersonalData(Category.Preferences, Purpose.DirectMarketing,
            Subjects = DataSubject.Prospect | DataSubject.Customer | DataSubject.BusinessContact, Description = "Marketing choices")]
        public bool OptedOut { get; set; }

        /// <summary>When and how consent was given: the proof GDPR Art. 7(1) asks for.</summary>
        public DateTimeOffset? ConsentRecordedAt { get; set; }
    }

    /// <summary>
    /// What we learn about a lead from third-party data providers and from how they use our website
    /// ("we and the third parties we engage may combine the information we collect from you over
    /// time and across our Website with information obtained from other sources").
    /// </summary>
    public sealed class LeadProfile
    {
        public Guid MarketingContactId { get; set; }

        [PersonalData(Category.Employer, Purpose.DirectMarketing,
            Subjects = DataSubject.Prospect | DataSubject.BusinessContact, Source = DataSource.ThirdParty,
            Description = "Company details obtained from business data providers")]
        public string? EnrichedCompany { get; set; }

        [PersonalData(Category.JobTitle, Purpose.DirectMarketing,
            Subjects = DataSubject.Prospect | DataSubject.BusinessContact, Source = DataSource.ThirdParty,
            Description = "Job title obtained from business data providers")]
        public string? EnrichedJobTitle { get; set; }

        /// <summary>How ready for a sales call the lead seems, from downloads and visits.</summary>
        [PersonalData(Category.Inferences, Purpose.DirectMarketing,
            Subjects = DataSubject.Prospect | DataSubject.BusinessContact, Source = DataSource.Derived,
            Description = "Lead score derived from your interactions with our websites and e-mails")]
        public int LeadScore { get; set; }
    }
}
