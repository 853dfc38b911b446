using System;

namespace PrivacyAttributes
{
    /// <summary>
    /// Whose personal data it is. Combine members with <c>|</c>: <c>DataSubject.Customer | DataSubject.Prospect</c>.
    /// Records of processing name the categories of data subjects (GDPR Art. 30(1)(c)).
    /// </summary>
    [Flags]
    public enum DataSubject
    {
        /// <summary>Not stated.</summary>
        None = 0,

        /// <summary>Visitors of a website or app.</summary>
        Visitor = 1 << 0,

        /// <summary>Customers: people who bought or use the service.</summary>
        Customer = 1 << 1,

        /// <summary>Prospects: people who might become customers.</summary>
        Prospect = 1 << 2,

        /// <summary>Patients.</summary>
        Patient = 1 << 3,

        /// <summary>Employees.</summary>
        Employee = 1 << 4,

        /// <summary>Job applicants.</summary>
        JobApplicant = 1 << 5,

        /// <summary>Contacts at customers, suppliers and partners.</summary>
        BusinessContact = 1 << 6,

        /// <summary>Children. Their data deserves specific protection (GDPR Recital 38, Art. 8).</summary>
        Child = 1 << 7,

        /// <summary>Someone a user tells us about: a referred friend, a job referral.</summary>
        ThirdParty = 1 << 8,
    }
}
