using System;

namespace PrivacyAttributes
{
    /// <summary>
    /// Declares someone personal data is disclosed to (GDPR Art. 13(1)(e)). Code marked
    /// <see cref="SharesWithAttribute"/> may only pass personal data to declared recipients.
    /// For a recipient outside the EEA, say how the transfer is safeguarded (GDPR Art. 13(1)(f)).
    /// </summary>
    /// <example>
    /// <code>
    /// [assembly: Recipient("Salesforce", RecipientKind.ServiceProvider, Country = "US",
    ///     Transfer = TransferMechanism.StandardContractualClauses, Purposes = new[] { Purpose.DirectMarketing })]
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
    public sealed class RecipientAttribute : Attribute
    {
        /// <summary>Declares a recipient.</summary>
        /// <param name="name">The recipient's name, as <see cref="SharesWithAttribute"/> and <see cref="PersonalDataAttribute.SharedWith"/> refer to it.</param>
        /// <param name="kind">What kind of recipient it is.</param>
        public RecipientAttribute(string name, RecipientKind kind)
        {
            Name = name;
            Kind = kind;
        }

        /// <summary>The recipient's name.</summary>
        public string Name { get; }

        /// <summary>What kind of recipient it is.</summary>
        public RecipientKind Kind { get; }

        /// <summary>Where the recipient processes the data: an ISO 3166-1 alpha-2 country code such as <c>"US"</c> or <c>"DE"</c>.</summary>
        public string? Country { get; set; }

        /// <summary>How a transfer outside the EEA is safeguarded (GDPR Chapter V).</summary>
        public TransferMechanism Transfer { get; set; }

        /// <summary>The purposes for which data may be disclosed to this recipient. When empty, any purpose.</summary>
        public Purpose[]? Purposes { get; set; }

        /// <summary>What the recipient does, in words for the privacy policy.</summary>
        public string? Description { get; set; }
    }
}
