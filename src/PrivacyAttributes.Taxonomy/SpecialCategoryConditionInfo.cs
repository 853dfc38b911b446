using System;

namespace PrivacyAttributes.Taxonomy
{
    /// <summary>The labels and citations of one condition under GDPR Art. 9(2).</summary>
    /// <remarks>
    /// <see cref="SpecialCategoryCondition.None"/> has an entry too, so that every member of the enum can be
    /// looked up: its <see cref="Letter"/> is <c>'\0'</c> and its citations are empty strings. Every other
    /// entry has a letter 'a' to 'j' and non-empty citations.
    /// </remarks>
    public sealed class SpecialCategoryConditionInfo
    {
        /// <summary>Creates the entry of one condition.</summary>
        /// <param name="condition">The condition described.</param>
        /// <param name="letter">The letter of the point in Art. 9(2), 'a' to 'j', or '\0' for <see cref="SpecialCategoryCondition.None"/>.</param>
        /// <param name="labelEn">The English label.</param>
        /// <param name="labelDe">The German label.</param>
        /// <param name="citationEn">The English citation, empty for <see cref="SpecialCategoryCondition.None"/>.</param>
        /// <param name="citationDe">The German citation, empty for <see cref="SpecialCategoryCondition.None"/>.</param>
        public SpecialCategoryConditionInfo(SpecialCategoryCondition condition, char letter, string labelEn, string labelDe, string citationEn, string citationDe)
        {
            Condition = condition;
            Letter = letter;
            LabelEn = labelEn ?? throw new ArgumentNullException(nameof(labelEn));
            LabelDe = labelDe ?? throw new ArgumentNullException(nameof(labelDe));
            CitationEn = citationEn ?? throw new ArgumentNullException(nameof(citationEn));
            CitationDe = citationDe ?? throw new ArgumentNullException(nameof(citationDe));
        }

        /// <summary>The condition described.</summary>
        public SpecialCategoryCondition Condition { get; }

        /// <summary>The letter of the point in GDPR Art. 9(2), 'a' to 'j'; '\0' for <see cref="SpecialCategoryCondition.None"/>.</summary>
        public char Letter { get; }

        /// <summary>The English label ("Explicit consent").</summary>
        public string LabelEn { get; }

        /// <summary>The German label ("ausdrückliche Einwilligung").</summary>
        public string LabelDe { get; }

        /// <summary>The English citation ("Art. 9(2)(a) GDPR"); empty for <see cref="SpecialCategoryCondition.None"/>.</summary>
        public string CitationEn { get; }

        /// <summary>The German citation ("Art. 9 Abs. 2 lit. a DSGVO"); empty for <see cref="SpecialCategoryCondition.None"/>.</summary>
        public string CitationDe { get; }
    }
}
