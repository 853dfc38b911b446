namespace PrivacyAttributes
{
    /// <summary>
    /// The lawful basis for processing under GDPR Art. 6(1). Every purpose needs at least one.
    /// </summary>
    /// <remarks>The numeric values are part of the binary contract: never renumber a member.</remarks>
    public enum LegalBasis
    {
        /// <summary>The person gave consent (GDPR Art. 6(1)(a)). They can withdraw it at any time.</summary>
        Consent = 0,

        /// <summary>Needed to perform a contract with the person, or to take steps they asked for before one (GDPR Art. 6(1)(b)).</summary>
        Contract = 1,

        /// <summary>Needed to comply with a legal obligation (GDPR Art. 6(1)(c)).</summary>
        LegalObligation = 2,

        /// <summary>Needed to protect someone's life (GDPR Art. 6(1)(d)).</summary>
        VitalInterests = 3,

        /// <summary>Needed for a task in the public interest or in the exercise of official authority (GDPR Art. 6(1)(e)).</summary>
        PublicTask = 4,

        /// <summary>
        /// Needed for a legitimate interest that the person's rights do not override (GDPR Art. 6(1)(f)).
        /// The interest must be stated: set <see cref="PurposeLegalBasisAttribute.LegitimateInterest"/>.
        /// </summary>
        LegitimateInterests = 5,
    }
}
