using System;

namespace PrivacyAttributes.Taxonomy
{
    /// <summary>The labels of one source of personal data (GDPR Art. 14(2)(f)).</summary>
    public sealed class DataSourceInfo
    {
        /// <summary>Creates the entry of one member.</summary>
        /// <param name="source">The member described.</param>
        /// <param name="labelEn">The English label.</param>
        /// <param name="labelDe">The German label.</param>
        public DataSourceInfo(DataSource source, string labelEn, string labelDe)
        {
            Source = source;
            LabelEn = labelEn ?? throw new ArgumentNullException(nameof(labelEn));
            LabelDe = labelDe ?? throw new ArgumentNullException(nameof(labelDe));
        }

        /// <summary>The member described.</summary>
        public DataSource Source { get; }

        /// <summary>The English label ("Collected automatically").</summary>
        public string LabelEn { get; }

        /// <summary>The German label ("Automatisch erfasst").</summary>
        public string LabelDe { get; }
    }
}
