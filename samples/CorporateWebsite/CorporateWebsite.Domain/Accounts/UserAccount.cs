using System;
using PrivacyAttributes;

namespace CorporateWebsite.Domain.Accounts
{
    /// <summary>
    /// A website account. Registering for a white paper or tool creates one: "once you have
    /// registered for a white paper or tool, you may visit at any time using your password and user ID".
    /// </summary>
    public sealed class UserAccount
    {
        [PersonalData(Category.UserId, Purpose.AccountManagement, Purpose.OrderFulfillment, Purpose.CustomerSupport,
            Subjects = DataSubject.Customer | DataSubject.Prospect, Required = true, Description = "User ID")]
        public string UserId { get; set; } = "";

        [PersonalData(Category.Email, Purpose.AccountManagement, Purpose.ServiceCommunications, Purpose.Security,
            Subjects = DataSubject.Customer | DataSubject.Prospect, Required = true, Retention = "UntilAccountDeletion")]
        public string Email { get; set; } = "";

        /// <summary>A salted hash; the password itself is never stored.</summary>
        [PersonalData(Category.AccountCredentials, Purpose.AccountManagement,
            Subjects = DataSubject.Customer | DataSubject.Prospect, Required = true, Description = "Password (stored as a salted hash)")]
        public string PasswordHash { get; set; } = "";

        [PersonalData(Category.Name, Purpose.AccountManagement, Purpose.ServiceCommunications,
            Subjects = DataSubject.Customer | DataSubject.Prospect, Required = true, Retention = "UntilAccountDeletion")]
        public string FirstName { get; set; } = "";

        [PersonalData(Category.Name, Purpose.AccountManagement, Purpose.ServiceCommunications,
            Subjects = DataSubject.Customer | DataSubject.Prospect, Required = true, Retention = "UntilAccountDeletion")]
        public string LastName { get; set; } = "";

        [PersonalData(Category.Employer, Purpose.AccountManagement, Purpose.Personalization,
            Subjects = DataSubject.Customer | DataSubject.Prospect, Retention = "UntilAccountDeletion", Description = "Where you work")]
        public string? Company { get; set; }

        [PersonalData(Category.JobTitle, Purpose.AccountManagement, Purpose.Personalization,
            Subjects = DataSubject.Customer | DataSubject.Prospect, Retention = "UntilAccountDeletion", Description = "What you do")]
        public string? JobTitle { get; set; }

        /// <summary>The social media profile the person signed in with, if any.</summary>
        [PersonalData(Category.SocialMediaAccount, Purpose.AccountManagement,
            Subjects = DataSubject.Customer | DataSubject.Prospect, Retention = "UntilAccountDeletion",
            Description = "Social media account used to sign in")]
        public string? LinkedSocialProfile { get; set; }

        public DateTimeOffset CreatedAt { get; set; }
    }
}
