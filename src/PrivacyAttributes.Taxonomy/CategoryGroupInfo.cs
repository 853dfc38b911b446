using System;

namespace PrivacyAttributes.Taxonomy
{
    /// <summary>The headings of one <see cref="CategoryGroup"/> in a rendered policy.</summary>
    public sealed class CategoryGroupInfo
    {
        /// <summary>Creates the entry of one member.</summary>
        /// <param name="group">The member described.</param>
        /// <param name="labelEn">The English label.</param>
        /// <param name="labelDe">The German label.</param>
        public CategoryGroupInfo(CategoryGroup group, string labelEn, string labelDe)
        {
            Group = group;
            LabelEn = labelEn ?? throw new ArgumentNullException(nameof(labelEn));
            LabelDe = labelDe ?? throw new ArgumentNullException(nameof(labelDe));
        }

        /// <summary>The member described.</summary>
        public CategoryGroup Group { get; }

        /// <summary>The English label ("Identity and contact details").</summary>
        public string LabelEn { get; }

        /// <summary>The German label ("Identitäts- und Kontaktdaten").</summary>
        public string LabelDe { get; }
    }
}
