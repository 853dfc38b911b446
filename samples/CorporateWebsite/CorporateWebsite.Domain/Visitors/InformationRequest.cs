using System;
using PrivacyAttributes;

namespace CorporateWebsite.Domain.Visitors
{
    /// <summary>What a visitor asks for on a registration form.</summary>
    public enum InformationRequestKind
    {
        WhitePaper,
        ProductDemonstration,
        SoftwareTrial,
        Inquiry,
    }

    /// <summary>
    /// A visitor's registration for a white paper, e-book, product demonstration or software trial,
    /// or an inquiry ("when accessing certain documents or services on our Website, visitors may be
    /// asked to provide certain information, such as how they can be contacted, where they work, and
    /// what they do").
    /// </summary>
    public sealed class InformationRequest
    {
        public Guid Id { get; set; } = Guid.NewGuid();

        public InformationRequestKind Kind { get; set; }

        /// <summary>The white paper, e-book, demonstration or trial asked for.</summary>
        public string ResourceId { get; set; } = "";

        [PersonalData(Category.Name, Purpose.RequestedInformation, Purpose.DirectMarketing,
            Subjects = DataSubject.Prospect | DataSubject.BusinessContact, Required = true)]
        public string FirstName { get; set; } = "";

        [PersonalData(Category.Name, Purpose.RequestedInformation, Purpose.DirectMarketing,
            Subjects = DataSubject.Prospect | DataSubject.BusinessContact, Required = true)]
        public string LastName { get; set; } = "";

        [PersonalData(Category.Email, Purpose.RequestedInformation, Purpose.DirectMarketing,
            Subjects = DataSubject.Prospect | DataSubject.BusinessContact, Required = true)]
        public string Email { get; set; } = "";

        [PersonalData(Category.PhoneNumber, Purpose.RequestedInformation,
            Subjects = DataSubject.Prospect | DataSubject.BusinessContact)]
        public string? PhoneNumber { get; set; }

        [PersonalData(Category.Employer, Purpose.RequestedInformation, Purpose.DirectMarketing,
            Subjects = DataSubject.Prospect | DataSubject.BusinessContact, Description = "Where you work")]
        public string Company { get; set; } = "";

        [PersonalData(Category.JobTitle, Purpose.RequestedInformation, Purpose.DirectMarketing,
            Subjects = DataSubject.Prospect | DataSubject.BusinessContact, Description = "What you do")]
        public string JobTitle { get; set; } = "";

        [PersonalData(Category.CoarseLocation, Purpose.RequestedInformation, Purpose.DirectMarketing,
            Subjects = DataSubject.Prospect | DataSubject.BusinessContact, Description = "Country")]
        public string Country { get; set; } = "";

        /// <summary>The inquiry itself, when <see cref="Kind"/> is <see cref="InformationRequestKind.Inquiry"/>.</summary>
        [PersonalData(Category.Feedback, Purpose.RequestedInformation,
            Subjects = DataSubject.Prospect | DataSubject.BusinessContact, Description = "Your inquiry")]
        public string? Message { get; set; }

        /// <summary>Whether the visitor ticked "Send me information about products and services".</summary>
        [PersonalData(Category.Preferences, Purpose.RequestedInformation, Purpose.DirectMarketing,
            Subjects = DataSubject.Prospect | DataSubject.BusinessContact, Description = "Marketing choices")]
        public bool MarketingOptIn { get; set; }
    }
}
