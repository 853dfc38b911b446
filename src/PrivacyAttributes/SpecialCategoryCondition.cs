namespace PrivacyAttributes
{
    /// <summary>
    /// The condition under GDPR Art. 9(2) that lifts the ban on processing special-category data
    /// (health, genetic, biometric, racial or ethnic origin, political opinions, religion, trade union
    /// membership, sex life or orientation).
    /// </summary>
    /// <remarks>The numeric values are part of the binary contract: never renumber a member.</remarks>
    public enum SpecialCategoryCondition
    {
        /// <summary>No Art. 9(2) condition: the purpose cannot be used for special-category data.</summary>
        None = 0,

        /// <summary>The person gave explicit consent (GDPR Art. 9(2)(a)).</summary>
        ExplicitConsent = 1,

        /// <summary>Needed for obligations in employment, social security and social protection law (GDPR Art. 9(2)(b)).</summary>
        EmploymentAndSocialSecurity = 2,

        /// <summary>Needed to protect someone's life when they cannot consent (GDPR Art. 9(2)(c)).</summary>
        VitalInterests = 3,

        /// <summary>Processing by a not-for-profit body about its members (GDPR Art. 9(2)(d)).</summary>
        NotForProfitBody = 4,

        /// <summary>The person manifestly made the data public (GDPR Art. 9(2)(e)).</summary>
        ManifestlyMadePublic = 5,

        /// <summary>Needed to establish, exercise or defend legal claims (GDPR Art. 9(2)(f)).</summary>
        LegalClaims = 6,

        /// <summary>Needed for reasons of substantial public interest set out in law (GDPR Art. 9(2)(g)).</summary>
        SubstantialPublicInterest = 7,

        /// <summary>Needed for medical diagnosis, health or social care, under a professional's responsibility (GDPR Art. 9(2)(h)).</summary>
        HealthOrSocialCare = 8,

        /// <summary>Needed for reasons of public interest in public health (GDPR Art. 9(2)(i)).</summary>
        PublicHealth = 9,

        /// <summary>Needed for archiving in the public interest, scientific or historical research or statistics (GDPR Art. 9(2)(j)).</summary>
        ArchivingResearchOrStatistics = 10,
    }
}
