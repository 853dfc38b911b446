namespace PrivacyAttributes
{
    /// <summary>
    /// The kind of recipient personal data is disclosed to. A privacy policy must name the
    /// recipients or categories of recipients (GDPR Art. 13(1)(e)).
    /// </summary>
    /// <remarks>The numeric values are part of the binary contract: never renumber a member.</remarks>
    public enum RecipientKind
    {
        /// <summary>Group companies and subsidiaries.</summary>
        Affiliate = 0,

        /// <summary>Service providers processing data on our behalf (processors, GDPR Art. 28): IT, hosting, cloud, payment, delivery, identity checks.</summary>
        ServiceProvider = 1,

        /// <summary>Business partners: resellers, distributors, channel partners.</summary>
        BusinessPartner = 2,

        /// <summary>Advertising networks and social platforms.</summary>
        Advertising = 3,

        /// <summary>Health care providers: doctors, pharmacies.</summary>
        HealthcareProvider = 4,

        /// <summary>Professional advisers: lawyers, auditors, accountants.</summary>
        ProfessionalAdviser = 5,

        /// <summary>Authorities: regulators, law enforcement, courts.</summary>
        Authority = 6,

        /// <summary>A buyer or merger partner in a corporate transaction.</summary>
        Acquirer = 7,

        /// <summary>The public: data that is published.</summary>
        Public = 8,
    }
}
