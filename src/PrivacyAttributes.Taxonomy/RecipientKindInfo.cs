using System;

namespace PrivacyAttributes.Taxonomy
{
    /// <summary>The labels of one kind of recipient (GDPR Art. 13(1)(e)), as a policy lists categories of recipients.</summary>
    public sealed class RecipientKindInfo
    {
        /// <summary>Creates the entry of one member.</summary>
        /// <param name="kind">The member described.</param>
        /// <param name="labelEn">The English label.</param>
        /// <param name="labelDe">The German label.</param>
        public RecipientKindInfo(RecipientKind kind, string labelEn, string labelDe)
        {
            Kind = kind;
            LabelEn = labelEn ?? throw new ArgumentNullException(nameof(labelEn));
            LabelDe = labelDe ?? throw new ArgumentNullException(nameof(labelDe));
        }

        /// <summary>The member described.</summary>
        public RecipientKind Kind { get; }

        /// <summary>The English label ("Service providers (processors)").</summary>
        public string LabelEn { get; }

        /// <summary>The German label ("Dienstleister (Auftragsverarbeiter)").</summary>
        public string LabelDe { get; }
    }
}
