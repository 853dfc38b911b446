using System;

namespace PrivacyAttributes.Taxonomy
{
    /// <summary>The labels of one category of data subjects (a single flag of <see cref="PrivacyAttributes.DataSubject"/>).</summary>
    public sealed class DataSubjectInfo
    {
        /// <summary>Creates the entry of one member.</summary>
        /// <param name="subject">The member described.</param>
        /// <param name="labelEn">The English label.</param>
        /// <param name="labelDe">The German label.</param>
        public DataSubjectInfo(DataSubject subject, string labelEn, string labelDe)
        {
            Subject = subject;
            LabelEn = labelEn ?? throw new ArgumentNullException(nameof(labelEn));
            LabelDe = labelDe ?? throw new ArgumentNullException(nameof(labelDe));
        }

        /// <summary>The member described.</summary>
        public DataSubject Subject { get; }

        /// <summary>The English label ("Customers").</summary>
        public string LabelEn { get; }

        /// <summary>The German label ("Kunden").</summary>
        public string LabelDe { get; }
    }
}
