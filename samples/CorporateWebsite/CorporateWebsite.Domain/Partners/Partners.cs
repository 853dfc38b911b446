using System;
using PrivacyAttributes;

namespace CorporateWebsite.Domain.Partners
{
    /// <summary>A reseller or distributor listed by the "Locate Channel Partner" page.</summary>
    public sealed class Reseller
    {
        public string Id { get; set; } = "";

        /// <summary>A company's name, not a person's.</summary>
        [NotPersonalData]
        public string CompanyName { get; set; } = "";

        /// <summary>The company's published business address.</summary>
        [NotPersonalData]
        public string BusinessAddress { get; set; } = "";

        /// <summary>The company's sales mailbox, published on the partner locator.</summary>
        [NotPersonalData]
        public string SalesEmail { get; set; } = "";

        public string CountryCode { get; set; } = "";

        public string[] PostalCodePrefixes { get; set; } = Array.Empty<string>();
    }

    /// <summary>
    /// "Have a partner contact me" on the partner locator: the visitor asks a reseller near them to
    /// get in touch, and we pass the lead on.
    /// </summary>
    public sealed class PartnerContactRequest
    {
        public Guid Id { get; set; } = Guid.NewGuid();

        public string ResellerId { get; set; } = "";

        [PersonalData(Category.Name, Purpose.RequestedInformation, Subjects = DataSubject.Prospect, Required = true)]
        public string FirstName { get; set; } = "";

        [PersonalData(Category.Name, Purpose.RequestedInformation, Subjects = DataSubject.Prospect, Required = true)]
        public string LastName { get; set; } = "";

        [PersonalData(Category.Email, Purpose.RequestedInformation, Subjects = DataSubject.Prospect, Required = true,
            SharedWith = new[] { "Resellers and distributors" })]
        public string Email { get; set; } = "";

        [PersonalData(Category.PhoneNumber, Purpose.RequestedInformation, Subjects = DataSubject.Prospect,
            SharedWith = new[] { "Resellers and distributors" })]
        public string? PhoneNumber { get; set; }

        [PersonalData(Category.Employer, Purpose.RequestedInformation, Subjects = DataSubject.Prospect, Description = "Where you work")]
        public string Company { get; set; } = "";

        /// <summary>The postal code searched for, to find resellers nearby.</summary>
        [PersonalData(Category.CoarseLocation, Purpose.RequestedInformation, Subjects = DataSubject.Prospect | DataSubject.Visitor,
            Description = "Postal code or region you search for a partner in")]
        public string PostalCode { get; set; } = "";
    }

    /// <summary>A user of the secured partner site ("Accessing of Secured Partner sites").</summary>
    public sealed class PartnerSiteUser
    {
        public Guid Id { get; set; } = Guid.NewGuid();

        public string ResellerId { get; set; } = "";

        [PersonalData(Category.AccountCredentials, Purpose.PartnerManagement, Subjects = DataSubject.BusinessContact, Required = true,
            Retention = "UntilAccountDeletion", Description = "Partner site user name")]
        public string UserName { get; set; } = "";

        [PersonalData(Category.Name, Purpose.PartnerManagement, Subjects = DataSubject.BusinessContact, Required = true)]
        public string FullName { get; set; } = "";

        [PersonalData(Category.Email, Purpose.PartnerManagement, Subjects = DataSubject.BusinessContact, Required = true)]
        public string Email { get; set; } = "";

        [PersonalData(Category.Employer, Purpose.PartnerManagement, Subjects = DataSubject.BusinessContact, Required = true,
            Description = "Partner company you work for")]
        public string PartnerCompany { get; set; } = "";

        [PersonalData(Category.JobTitle, Purpose.PartnerManagement, Subjects = DataSubject.BusinessContact, Description = "What you do")]
        public string JobTitle { get; set; } = "";
    }
}
