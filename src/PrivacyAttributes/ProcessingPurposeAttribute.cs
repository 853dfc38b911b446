using System;

namespace PrivacyAttributes
{
    /// <summary>
    /// Declares why the code inside processes personal data. The nearest declaration wins: the
    /// method, constructor or local function, then its containing types outward, then the assembly.
    /// Personal data read there must have been collected for one of these purposes (GDPR Art. 5(1)(b)).
    /// </summary>
    /// <example>
    /// <code>
    /// [ProcessingPurpose(Purpose.DirectMarketing)]
    /// public void SendNewsletter(Customer customer) => mailer.Send(customer.Email);
    /// </code>
    /// </example>
    [AttributeUsage(
        AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Class | AttributeTargets.Struct |
        AttributeTargets.Interface | AttributeTargets.Assembly,
        AllowMultiple = false,
        Inherited = false)]
    public sealed class ProcessingPurposeAttribute : Attribute
    {
        /// <summary>Declares the purposes for which the code processes personal data.</summary>
        /// <param name="purposes">The purposes. At least one is expected.</param>
        public ProcessingPurposeAttribute(params Purpose[] purposes)
        {
            Purposes = purposes ?? Array.Empty<Purpose>();
        }

        /// <summary>The purposes for which the code processes personal data.</summary>
        public Purpose[] Purposes { get; }
    }
}
