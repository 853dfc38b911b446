using System;

namespace PrivacyAttributes.Taxonomy
{
    /// <summary>The labels and citations of one legal basis under GDPR Art. 6(1).</summary>
    public sealed class LegalBasisInfo
    {
        /// <summary>Creates the entry of one legal basis.</summary>
        /// <param name="basis">The legal basis described.</param>
        /// <param name="letter">The letter of the point in Art. 6(1), 'a' to 'f'.</param>
        /// <param name="labelEn">The English label.</param>
        /// <param name="labelDe">The German label.</param>
        /// <param name="citationEn">The English citation.</param>
        /// <param name="citationDe">The German citation.</param>
        public LegalBasisInfo(LegalBasis basis, char letter, string labelEn, string labelDe, string citationEn, string citationDe)
        {
            Basis = basis;
            Letter = letter;
            LabelEn = labelEn ?? throw new ArgumentNullException(nameof(labelEn));
            LabelDe = labelDe ?? throw new ArgumentNullException(nameof(labelDe));
            CitationEn = citationEn ?? throw new ArgumentNullException(nameof(citationEn));
            CitationDe = citationDe ?? throw new ArgumentNullException(nameof(citationDe));
        }

        /// <summary>The legal basis described.</summary>
        public LegalBasis Basis { get; }

        /// <summary>The letter of the point in GDPR Art. 6(1), 'a' to 'f'.</summary>
        public char Letter { get; }

        /// <summary>The English label ("Consent").</summary>
        public string LabelEn { get; }

        /// <summary>The German label ("Einwilligung").</summary>
        public string LabelDe { get; }

        /// <summary>The English citation ("Art. 6(1)(a) GDPR").</summary>
        public string CitationEn { get; }

        /// <summary>The German citation ("Art. 6 Abs. 1 lit. a DSGVO").</summary>
        public string CitationDe { get; }
    }
}
