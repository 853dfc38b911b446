using System;
using PrivacyAttributes;

namespace CorporateWebsite.Domain.Support
{
    /// <summary>A technical support case ("Providing technical support", "Responding to an inquiry").</summary>
    public sealed class SupportCase
    {
        public Guid Id { get; set; } = Guid.NewGuid();

        [NotPersonalData]
        public string SerialNumber { get; set; } = "";

        [PersonalData(Category.Name, Purpose.CustomerSupport, Subjects = DataSubject.Customer | DataSubject.BusinessContact, Required = true)]
        public string ContactName { get; set; } = "";

        [PersonalData(Category.Email, Purpose.CustomerSupport, Subjects = DataSubject.Customer | DataSubject.BusinessContact, Required = true)]
        public string ContactEmail { get; set; } = "";

        [PersonalData(Category.PhoneNumber, Purpose.CustomerSupport, Subjects = DataSubject.Customer | DataSubject.BusinessContact)]
        public string? ContactPhoneNumber { get; set; }

        [PersonalData(Category.Feedback, Purpose.CustomerSupport, Subjects = DataSubject.Customer | DataSubject.BusinessContact, Required = true,
            Description = "Support requests")]
        public string ProblemDescription { get; set; } = "";

        /// <summary>Software version and hardware model of the affected device.</summary>
        [PersonalData(Category.DeviceInformation, Purpose.CustomerSupport, Subjects = DataSubject.Customer | DataSubject.BusinessContact,
            Retention = "UntilPurposeFulfilled", Description = "Software version and hardware type of the product you need help with")]
        public string DeviceDetails { get; set; } = "";

        public DateTimeOffset OpenedAt { get; set; }
    }
}
