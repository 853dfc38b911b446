using System;

namespace PrivacyAttributes
{
    /// <summary>
    /// Marks a field, property, parameter or return value that holds personal data (GDPR Art. 4(1)):
    /// information about an identified or identifiable person. It says what kind of data it is and
    /// the purposes it was collected for (GDPR Art. 5(1)(b), purpose limitation); the analyzers then
    /// check that the code uses it only for those purposes, and the inventory lists it.
    /// </summary>
    /// <example>
    /// <code>
    /// [PersonalData(Category.Email, Purpose.AccountManagement, Purpose.DirectMarketing)]
    /// public string Email { get; set; }
    /// </code>
    /// </example>
    [AttributeUsage(
        AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.ReturnValue,
        AllowMultiple = false,
        Inherited = true)]
    public sealed class PersonalDataAttribute : Attribute
    {
        /// <summary>Marks personal data of <paramref name="category"/>, collected for <paramref name="purposes"/>.</summary>
        /// <param name="category">The kind of personal data.</param>
        /// <param name="purposes">The purposes it was collected for. At least one is required.</param>
        public PersonalDataAttribute(Category category, params Purpose[] purposes)
        {
            Category = category;
            Purposes = purposes ?? Array.Empty<Purpose>();
        }

        /// <summary>The kind of personal data.</summary>
        public Category Category { get; }

        /// <summary>The purposes the data was collected for; using it for any other purpose is reported.</summary>
        public Purpose[] Purposes { get; }

        /// <summary>Whose data it is (GDPR Art. 30(1)(c)). Combine several with <c>|</c>.</summary>
        public DataSubject Subjects { get; set; }

        /// <summary>Where the data comes from (GDPR Art. 14(2)(f)). Defaults to the person themselves.</summary>
        public DataSource Source { get; set; }

        /// <summary>
        /// How long the data is kept (GDPR Art. 13(2)(a)), overriding the <see cref="RetentionAttribute"/>
        /// of its category: an ISO 8601 duration such as <c>"P30D"</c> or <c>"P2Y"</c>, or one of
        /// <c>"UntilPurposeFulfilled"</c>, <c>"UntilAccountDeletion"</c>, <c>"UntilConsentWithdrawn"</c>.
        /// </summary>
        public string? Retention { get; set; }

        /// <summary>
        /// Whether providing the data is a statutory or contractual requirement, so the person must
        /// be told what happens if they do not (GDPR Art. 13(2)(e)).
        /// </summary>
        public bool Required { get; set; }

        /// <summary>What the data is, in the words the privacy policy should use instead of the category's label.</summary>
        public string? Description { get; set; }

        /// <summary>
        /// The declared recipients (<see cref="RecipientAttribute"/> names) this data may be disclosed
        /// to. When set, passing it to any other recipient is reported.
        /// </summary>
        public string[]? SharedWith { get; set; }
    }
}
