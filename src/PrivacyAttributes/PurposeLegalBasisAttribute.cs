using System;

namespace PrivacyAttributes
{
    /// <summary>
    /// Declares the legal basis (GDPR Art. 6(1)) on which a purpose rests, and for special-category
    /// data the Art. 9(2) condition. Declare one per purpose and basis, usually in the project that
    /// holds the company's declarations; every assembly that references it shares them.
    /// </summary>
    /// <example>
    /// <code>
    /// [assembly: PurposeLegalBasis(Purpose.OrderFulfillment, LegalBasis.Contract)]
    /// [assembly: PurposeLegalBasis(Purpose.Analytics, LegalBasis.LegitimateInterests,
    ///     LegitimateInterest = "Understanding how visitors use our website to improve it")]
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
    public sealed class PurposeLegalBasisAttribute : Attribute
    {
        /// <summary>Declares that <paramref name="purpose"/> rests on <paramref name="basis"/>.</summary>
        /// <param name="purpose">The purpose.</param>
        /// <param name="basis">Its legal basis under GDPR Art. 6(1).</param>
        public PurposeLegalBasisAttribute(Purpose purpose, LegalBasis basis)
        {
            Purpose = purpose;
            Basis = basis;
        }

        /// <summary>The purpose.</summary>
        public Purpose Purpose { get; }

        /// <summary>Its legal basis under GDPR Art. 6(1).</summary>
        public LegalBasis Basis { get; }

        /// <summary>
        /// The GDPR Art. 9(2) condition that allows special-category data (health, biometric, ...)
        /// to be processed for this purpose. Without one, such data cannot be used for it.
        /// </summary>
        public SpecialCategoryCondition Condition { get; set; }

        /// <summary>
        /// The legitimate interest pursued, in words for the privacy policy. Required when
        /// <see cref="Basis"/> is <see cref="LegalBasis.LegitimateInterests"/> (GDPR Art. 13(1)(d)).
        /// </summary>
        public string? LegitimateInterest { get; set; }

        /// <summary>How the purpose reads in the privacy policy, replacing its standard label.</summary>
        public string? Description { get; set; }
    }
}
