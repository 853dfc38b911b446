namespace PrivacyAttributes
{
    /// <summary>
    /// Where personal data comes from. When it was not obtained from the person, GDPR Art. 14(2)(f)
    /// requires saying from which source.
    /// </summary>
    /// <remarks>The numeric values are part of the binary contract: never renumber a member.</remarks>
    public enum DataSource
    {
        /// <summary>Given by the person themselves (the default).</summary>
        DataSubject = 0,

        /// <summary>Observed automatically: logs, cookies, devices.</summary>
        Automatic = 1,

        /// <summary>Received from third parties: partners, referrers, data providers.</summary>
        ThirdParty = 2,

        /// <summary>Taken from publicly available sources.</summary>
        PubliclyAvailable = 3,

        /// <summary>Derived or inferred from other data.</summary>
        Derived = 4,
    }
}
