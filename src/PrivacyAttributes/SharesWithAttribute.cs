using System;

namespace PrivacyAttributes
{
    /// <summary>
    /// Marks code that discloses the personal data it is given to a recipient: an API client for a
    /// CRM, a payment provider, an advertising platform. The recipient must be declared with
    /// <see cref="RecipientAttribute"/> (GDPR Art. 13(1)(e)).
    /// </summary>
    /// <example>
    /// <code>
    /// [SharesWith("Stripe")]
    /// public Task ChargeAsync(string cardToken, decimal amount) { ... }
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class SharesWithAttribute : Attribute
    {
        /// <summary>Marks code that discloses personal data to <paramref name="recipient"/>.</summary>
        /// <param name="recipient">The name of a declared <see cref="RecipientAttribute"/>.</param>
        public SharesWithAttribute(string recipient)
        {
            Recipient = recipient;
        }

        /// <summary>The name of the declared recipient.</summary>
        public string Recipient { get; }
    }
}
