namespace PrivacyAttributes
{
    /// <summary>
    /// The kind of personal data a member holds. Each category belongs to a group, and some are
    /// special categories under GDPR Art. 9 or criminal-record data under GDPR Art. 10, which the
    /// law protects more strictly.
    /// </summary>
    /// <remarks>The numeric values are part of the binary contract: never renumber a member.</remarks>
    public enum Category
    {
        // Identity and contact

        /// <summary>A person's name: first, last, full or display name.</summary>
        Name = 0,

        /// <summary>An e-mail address.</summary>
        Email = 1,

        /// <summary>A telephone or mobile number.</summary>
        PhoneNumber = 2,

        /// <summary>A postal or physical address.</summary>
        PostalAddress = 3,

        /// <summary>A date of birth.</summary>
        DateOfBirth = 4,

        /// <summary>Demographic details such as age or gender.</summary>
        Demographics = 5,

        /// <summary>A government-issued identifier: passport, national ID, social security or tax number, driving licence.</summary>
        GovernmentId = 6,

        /// <summary>A photo or video of a person.</summary>
        Photo = 7,

        /// <summary>A handwritten or electronic signature.</summary>
        Signature = 8,

        // Online identifiers

        /// <summary>Log-in credentials: user name, password or its hash, security questions.</summary>
        AccountCredentials = 9,

        /// <summary>An identifier the service assigns to a person, such as an account or customer number.</summary>
        UserId = 10,

        /// <summary>A social media account, handle or profile.</summary>
        SocialMediaAccount = 11,

        /// <summary>An IP address.</summary>
        IpAddress = 12,

        /// <summary>A device identifier: serial number, MAC address, advertising ID or another unique device code.</summary>
        DeviceIdentifier = 13,

        /// <summary>Information about a device: operating system, browser, hardware type, installed software.</summary>
        DeviceInformation = 14,

        /// <summary>An identifier stored in a cookie or a similar technology (pixel, local storage).</summary>
        CookieIdentifier = 15,

        // Activity

        /// <summary>Server or access logs: pages requested, times, referrers.</summary>
        AccessLog = 16,

        /// <summary>Browsing history: pages and sites a person visited.</summary>
        BrowsingHistory = 17,

        /// <summary>How a person uses software or a product: clicks, features used, interactions.</summary>
        UsageData = 18,

        /// <summary>Searches a person made.</summary>
        SearchHistory = 19,

        /// <summary>A precise location, such as GPS coordinates.</summary>
        PreciseLocation = 20,

        /// <summary>An approximate location, such as a country, region or city.</summary>
        CoarseLocation = 21,

        // Commercial and financial

        /// <summary>Payment card details: card number, expiry date, security code.</summary>
        PaymentCard = 22,

        /// <summary>Bank account details, such as an IBAN.</summary>
        BankAccount = 23,

        /// <summary>Products or services a person bought or considered buying.</summary>
        PurchaseHistory = 24,

        /// <summary>Other financial information: income, credit score, creditworthiness.</summary>
        FinancialInformation = 25,

        // Professional

        /// <summary>The company or organisation a person works for.</summary>
        Employer = 26,

        /// <summary>A person's job title or role: what they do.</summary>
        JobTitle = 27,

        /// <summary>Employment history: a CV, previous positions, career.</summary>
        EmploymentHistory = 28,

        /// <summary>Education: schools, degrees, qualifications.</summary>
        Education = 29,

        // Content and preferences

        /// <summary>The content of messages a person sends or receives.</summary>
        Communications = 30,

        /// <summary>Feedback a person gives: comments, survey answers, support requests.</summary>
        Feedback = 31,

        /// <summary>Preferences: interests, settings, marketing choices.</summary>
        Preferences = 32,

        /// <summary>Inferences drawn about a person: profiles, segments, predictions.</summary>
        Inferences = 33,

        /// <summary>Recordings of a person's voice.</summary>
        AudioRecording = 34,

        // Special categories (GDPR Art. 9)

        /// <summary>Data concerning health (GDPR Art. 9(1)): conditions, medication, questionnaires, prescriptions.</summary>
        Health = 35,

        /// <summary>Genetic data (GDPR Art. 9(1)).</summary>
        Genetic = 36,

        /// <summary>Biometric data used to identify a person (GDPR Art. 9(1)): fingerprints, face geometry.</summary>
        Biometric = 37,

        /// <summary>Data revealing racial or ethnic origin (GDPR Art. 9(1)).</summary>
        RacialOrEthnicOrigin = 38,

        /// <summary>Data revealing political opinions (GDPR Art. 9(1)).</summary>
        PoliticalOpinion = 39,

        /// <summary>Data revealing religious or philosophical beliefs (GDPR Art. 9(1)).</summary>
        ReligiousOrPhilosophicalBelief = 40,

        /// <summary>Data revealing trade union membership (GDPR Art. 9(1)).</summary>
        TradeUnionMembership = 41,

        /// <summary>Data concerning a person's sex life or sexual orientation (GDPR Art. 9(1)).</summary>
        SexLifeOrOrientation = 42,

        // Criminal (GDPR Art. 10)

        /// <summary>Data relating to criminal convictions and offences (GDPR Art. 10).</summary>
        CriminalRecord = 43,

        // Other

        /// <summary>Personal data that fits no other category. Requires <see cref="PersonalDataAttribute.Description"/>, which says what it is.</summary>
        Other = 44,
    }
}
