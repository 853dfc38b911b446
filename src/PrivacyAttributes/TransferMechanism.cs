namespace PrivacyAttributes
{
    /// <summary>
    /// The safeguard for a transfer of personal data to a country outside the EEA (GDPR Chapter V).
    /// </summary>
    /// <remarks>The numeric values are part of the binary contract: never renumber a member.</remarks>
    public enum TransferMechanism
    {
        /// <summary>No transfer out of the EEA or the United Kingdom.</summary>
        None = 0,

        /// <summary>The European Commission decided the country protects data adequately (GDPR Art. 45).</summary>
        AdequacyDecision = 1,

        /// <summary>Standard contractual clauses adopted by the European Commission (GDPR Art. 46(2)(c)).</summary>
        StandardContractualClauses = 2,

        /// <summary>Binding corporate rules approved by a supervisory authority (GDPR Art. 47).</summary>
        BindingCorporateRules = 3,

        /// <summary>The person explicitly consented to the transfer after being told of its risks (GDPR Art. 49(1)(a)).</summary>
        ExplicitConsent = 4,

        /// <summary>Another derogation for a specific situation (GDPR Art. 49(1)(b) to (g)).</summary>
        OtherDerogation = 5,
    }
}
