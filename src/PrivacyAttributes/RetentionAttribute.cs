using System;

namespace PrivacyAttributes
{
    /// <summary>
    /// Declares how long personal data of a category is kept (GDPR Art. 5(1)(e) storage limitation,
    /// Art. 13(2)(a)). A member's own <see cref="PersonalDataAttribute.Retention"/> overrides it.
    /// </summary>
    /// <example>
    /// <code>
    /// [assembly: Retention(Category.AccessLog, "P30D", Reason = "Security investigations")]
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
    public sealed class RetentionAttribute : Attribute
    {
        /// <summary>Declares the retention period of a category.</summary>
        /// <param name="category">The category.</param>
        /// <param name="period">
        /// An ISO 8601 duration such as <c>"P30D"</c>, <c>"P2Y"</c> or <c>"P6Y6M"</c>, or one of
        /// <c>"UntilPurposeFulfilled"</c>, <c>"UntilAccountDeletion"</c>, <c>"UntilConsentWithdrawn"</c>.
        /// </param>
        public RetentionAttribute(Category category, string period)
        {
            Category = category;
            Period = period;
        }

        /// <summary>The category.</summary>
        public Category Category { get; }

        /// <summary>How long data of the category is kept.</summary>
        public string Period { get; }

        /// <summary>The criterion or legal obligation behind the period, such as a tax law's retention duty.</summary>
        public string? Reason { get; set; }
    }
}
