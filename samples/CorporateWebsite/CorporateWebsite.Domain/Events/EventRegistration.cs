using System;
using PrivacyAttributes;

namespace CorporateWebsite.Domain.Events
{
    /// <summary>A registration for a seminar, training course, webinar or in-person event.</summary>
    public sealed class EventRegistration
    {
        public Guid Id { get; set; } = Guid.NewGuid();

        public string EventId { get; set; } = "";

        [PersonalData(Category.Name, Purpose.Events, Purpose.DirectMarketing,
            Subjects = DataSubject.Prospect | DataSubject.Customer | DataSubject.BusinessContact, Required = true)]
        public string FirstName { get; set; } = "";

        [PersonalData(Category.Name, Purpose.Events, Purpose.DirectMarketing,
            Subjects = DataSubject.Prospect | DataSubject.Customer | DataSubject.BusinessContact, Required = true)]
        public string LastName { get; set; } = "";

        /// <summary>
        /// Goes to the event platform, to the marketing automation provider (confirmations and, with
        /// consent, marketing) and to the call centre that phones reminders; to no one else.
        /// </summary>
        [PersonalData(Category.Email, Purpose.Events, Purpose.DirectMarketing,
            Subjects = DataSubject.Prospect | DataSubject.Customer | DataSubject.BusinessContact, Required = true,
            SharedWith = new[] { "Event platform provider", "Marketing automation provider", "Telemarketing service provider" })]
        public string Email { get; set; } = "";

        /// <summary>Asked for event logistics only: reminders and last-minute changes.</summary>
        [PersonalData(Category.PhoneNumber, Purpose.Events,
            Subjects = DataSubject.Prospect | DataSubject.Customer | DataSubject.BusinessContact, Retention = "UntilPurposeFulfilled")]
        public string? PhoneNumber { get; set; }

        [PersonalData(Category.Employer, Purpose.Events, Purpose.DirectMarketing,
            Subjects = DataSubject.Prospect | DataSubject.Customer | DataSubject.BusinessContact, Description = "Where you work")]
        public string Company { get; set; } = "";

        [PersonalData(Category.JobTitle, Purpose.Events, Purpose.DirectMarketing,
            Subjects = DataSubject.Prospect | DataSubject.Customer | DataSubject.BusinessContact, Description = "What you do")]
        public string JobTitle { get; set; } = "";

        [PersonalData(Category.Preferences, Purpose.Events, Purpose.DirectMarketing,
            Subjects = DataSubject.Prospect | DataSubject.Customer | DataSubject.BusinessContact, Description = "Marketing choices")]
        public bool MarketingOptIn { get; set; }
    }
}
