using System;

namespace PrivacyAttributes.Taxonomy
{
    /// <summary>The labels and GDPR citations of one safeguard for transfers to third countries (GDPR Chapter V).</summary>
    public sealed class TransferMechanismInfo
    {
        /// <summary>Creates the entry of one mechanism.</summary>
        /// <param name="mechanism">The mechanism described.</param>
        /// <param name="labelEn">The English label.</param>
        /// <param name="labelDe">The German label.</param>
        /// <param name="citationEn">The English citation.</param>
        /// <param name="citationDe">The German citation.</param>
        public TransferMechanismInfo(TransferMechanism mechanism, string labelEn, string labelDe, string citationEn, string citationDe)
        {
            Mechanism = mechanism;
            LabelEn = labelEn ?? throw new ArgumentNullException(nameof(labelEn));
            LabelDe = labelDe ?? throw new ArgumentNullException(nameof(labelDe));
            CitationEn = citationEn ?? throw new ArgumentNullException(nameof(citationEn));
            CitationDe = citationDe ?? throw new ArgumentNullException(nameof(citationDe));
        }

        /// <summary>The mechanism described.</summary>
        public TransferMechanism Mechanism { get; }

        /// <summary>The English label ("Standard contractual clauses").</summary>
        public string LabelEn { get; }

        /// <summary>The German label ("Standardvertragsklauseln").</summary>
        public string LabelDe { get; }

        /// <summary>The English citation ("Art. 46(2)(c) GDPR").</summary>
        public string CitationEn { get; }

        /// <summary>The German citation ("Art. 46 Abs. 2 lit. c DSGVO").</summary>
        public string CitationDe { get; }
    }
}
