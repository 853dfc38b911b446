namespace PrivacyAttributes
{
    /// <summary>
    /// Why personal data is processed. GDPR Art. 5(1)(b) (purpose limitation) requires data to be
    /// collected for specified purposes and not used in a way that is incompatible with them.
    /// </summary>
    /// <remarks>The numeric values are part of the binary contract: never renumber a member.</remarks>
    public enum Purpose
    {
        /// <summary>Operating, maintaining and securing a website.</summary>
        WebsiteOperation = 0,

        /// <summary>Providing the service or product a person asked for.</summary>
        ServiceProvision = 1,

        /// <summary>Creating and managing a user account.</summary>
        AccountManagement = 2,

        /// <summary>Processing and delivering orders.</summary>
        OrderFulfillment = 3,

        /// <summary>Taking payments and refunds.</summary>
        PaymentProcessing = 4,

        /// <summary>Answering questions and providing technical support.</summary>
        CustomerSupport = 5,

        /// <summary>Messages about the service itself: confirmations, reminders, changes, security notices.</summary>
        ServiceCommunications = 6,

        /// <summary>Sending information a person requested: white papers, demos, trials.</summary>
        RequestedInformation = 7,

        /// <summary>Organising seminars, training courses and online or in-person events.</summary>
        Events = 8,

        /// <summary>Running user surveys.</summary>
        Surveys = 9,

        /// <summary>Direct marketing by mail, e-mail, telephone or social media.</summary>
        DirectMarketing = 10,

        /// <summary>Online advertising: ads, retargeting, lookalike or custom audiences.</summary>
        Advertising = 11,

        /// <summary>Tailoring content or the experience to a person.</summary>
        Personalization = 12,

        /// <summary>Statistics about how a service is used.</summary>
        Analytics = 13,

        /// <summary>Improving products and services: research and development.</summary>
        ProductImprovement = 14,

        /// <summary>Handling job applications and career opportunities.</summary>
        Recruitment = 15,

        /// <summary>Working with resellers, distributors and channel partners.</summary>
        PartnerManagement = 16,

        /// <summary>Registering purchased products, for warranty and support.</summary>
        ProductRegistration = 17,

        /// <summary>Protecting systems and data against attacks and misuse.</summary>
        Security = 18,

        /// <summary>Preventing fraud, including identity checks.</summary>
        FraudPrevention = 19,

        /// <summary>Complying with legal or regulatory obligations, such as record-keeping.</summary>
        LegalCompliance = 20,

        /// <summary>Establishing, exercising or defending legal claims.</summary>
        LegalClaims = 21,

        /// <summary>A merger, acquisition, sale of assets or other corporate transaction.</summary>
        BusinessTransfer = 22,

        /// <summary>Providing health care: consultations, prescriptions, treatment.</summary>
        HealthcareProvision = 23,

        /// <summary>Managing an employment relationship.</summary>
        Employment = 24,

        /// <summary>Scientific or statistical research.</summary>
        Research = 25,

        /// <summary>A purpose no other member describes; say which in <see cref="PurposeLegalBasisAttribute.Description"/>.</summary>
        Other = 26,
    }
}
