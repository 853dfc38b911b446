using System;

namespace PrivacyAttributes.Taxonomy
{
    /// <summary>A decision of the European Commission that a country or territory ensures an adequate level of protection (GDPR Art. 45).</summary>
    public sealed class AdequacyDecision
    {
        /// <summary>Creates an entry for a decision that covers the whole country or territory.</summary>
        /// <param name="countryCode">The ISO 3166-1 alpha-2 code, upper case.</param>
        /// <param name="decidedOn">The date of the decision, <c>yyyy-MM-dd</c>.</param>
        /// <param name="reference">The Commission's reference for the decision.</param>
        public AdequacyDecision(string countryCode, string decidedOn, string reference)
            : this(countryCode, decidedOn, reference, string.Empty)
        {
        }

        /// <summary>Creates an entry for a decision, with the limit of its scope.</summary>
        /// <param name="countryCode">The ISO 3166-1 alpha-2 code, upper case.</param>
        /// <param name="decidedOn">The date of the decision, <c>yyyy-MM-dd</c>.</param>
        /// <param name="reference">The Commission's reference for the decision.</param>
        /// <param name="scope">Who the decision covers when it does not cover the whole country (English); empty otherwise.</param>
        public AdequacyDecision(string countryCode, string decidedOn, string reference, string scope)
        {
            CountryCode = countryCode ?? throw new ArgumentNullException(nameof(countryCode));
            DecidedOn = decidedOn ?? throw new ArgumentNullException(nameof(decidedOn));
            Reference = reference ?? throw new ArgumentNullException(nameof(reference));
            Scope = scope ?? throw new ArgumentNullException(nameof(scope));
        }

        /// <summary>The ISO 3166-1 alpha-2 code, upper case ("JP").</summary>
        public string CountryCode { get; }

        /// <summary>The date of the decision, <c>yyyy-MM-dd</c>.</summary>
        public string DecidedOn { get; }

        /// <summary>The Commission's reference for the decision, for example "Implementing Decision (EU) 2019/419".</summary>
        public string Reference { get; }

        /// <summary>
        /// Who the decision covers when it does not cover the whole country, for example only organisations
        /// certified under the EU-US Data Privacy Framework; empty when it covers the whole country or territory.
        /// </summary>
        public string Scope { get; }

        /// <summary>Whether the decision covers only some recipients in the country (see <see cref="Scope"/>).</summary>
        public bool IsPartial => Scope.Length != 0;
    }
}
