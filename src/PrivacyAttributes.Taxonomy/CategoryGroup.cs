namespace PrivacyAttributes.Taxonomy
{
    /// <summary>
    /// The group a <see cref="Category"/> belongs to. Rendered policies list collected data under one
    /// heading per group (see <see cref="CategoryGroupInfo"/> for the headings).
    /// </summary>
    /// <remarks>The numeric values are part of the binary contract: never renumber a member.</remarks>
    public enum CategoryGroup
    {
        /// <summary>Identity and contact details: name, e-mail, address, date of birth, identity documents.</summary>
        IdentityAndContact = 0,

        /// <summary>Online identifiers: accounts, IP addresses, device and cookie identifiers.</summary>
        OnlineIdentifiers = 1,

        /// <summary>Activity: logs, browsing, usage, searches, location.</summary>
        Activity = 2,

        /// <summary>Commercial and financial data: payment details, purchases, financial information.</summary>
        CommercialAndFinancial = 3,

        /// <summary>Professional information: employer, job title, career, education.</summary>
        Professional = 4,

        /// <summary>Content and preferences: messages, feedback, preferences, inferences, recordings.</summary>
        ContentAndPreferences = 5,

        /// <summary>Special categories of personal data (GDPR Art. 9).</summary>
        SpecialCategories = 6,

        /// <summary>Personal data relating to criminal convictions and offences (GDPR Art. 10).</summary>
        Criminal = 7,

        /// <summary>Personal data that fits no other group.</summary>
        Other = 8,
    }
}
