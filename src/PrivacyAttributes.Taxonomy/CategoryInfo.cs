using System;

namespace PrivacyAttributes.Taxonomy
{
    /// <summary>
    /// Everything the analyzers, the generator and the renderers know about one <see cref="PrivacyAttributes.Category"/>:
    /// its group, its legal flags, its names in other vocabularies and its labels.
    /// </summary>
    /// <remarks>
    /// Where a vocabulary has no exact equivalent, the value is that vocabulary's catch-all or nearest
    /// parent; the table in <see cref="PrivacyTaxonomy"/> says so in a comment, and
    /// <c>docs/taxonomy-sources.md</c> lists the sources every name was checked against.
    /// </remarks>
    public sealed class CategoryInfo
    {
        /// <summary>Creates the entry of one category.</summary>
        /// <param name="category">The category described.</param>
        /// <param name="group">The group it is listed under.</param>
        /// <param name="isSpecialCategory">Whether it is a special category of personal data (GDPR Art. 9(1)).</param>
        /// <param name="isCriminalOffenceData">Whether it is data relating to criminal convictions and offences (GDPR Art. 10).</param>
        /// <param name="isCpraSensitive">Whether it is CPRA "sensitive personal information" (Cal. Civ. Code §1798.140(ae)).</param>
        /// <param name="fideslangDataCategory">The fideslang data-category key.</param>
        /// <param name="ccpaCategory">The letter of the category in Cal. Civ. Code §1798.140(v)(1).</param>
        /// <param name="appleDataType">The Apple privacy-manifest data type.</param>
        /// <param name="googlePlayDataType">The Google Play Data safety data type.</param>
        /// <param name="labelEn">The English label.</param>
        /// <param name="labelDe">The German label.</param>
        public CategoryInfo(
            Category category,
            CategoryGroup group,
            bool isSpecialCategory,
            bool isCriminalOffenceData,
            bool isCpraSensitive,
            string fideslangDataCategory,
            string ccpaCategory,
            string appleDataType,
            string googlePlayDataType,
            string labelEn,
            string labelDe)
        {
            Category = category;
            Group = group;
            IsSpecialCategory = isSpecialCategory;
            IsCriminalOffenceData = isCriminalOffenceData;
            IsCpraSensitive = isCpraSensitive;
            FideslangDataCategory = fideslangDataCategory ?? throw new ArgumentNullException(nameof(fideslangDataCategory));
            CcpaCategory = ccpaCategory ?? throw new ArgumentNullException(nameof(ccpaCategory));
            AppleDataType = appleDataType ?? throw new ArgumentNullException(nameof(appleDataType));
            GooglePlayDataType = googlePlayDataType ?? throw new ArgumentNullException(nameof(googlePlayDataType));
            LabelEn = labelEn ?? throw new ArgumentNullException(nameof(labelEn));
            LabelDe = labelDe ?? throw new ArgumentNullException(nameof(labelDe));
        }

        /// <summary>The category described.</summary>
        public Category Category { get; }

        /// <summary>The group the category is listed under.</summary>
        public CategoryGroup Group { get; }

        /// <summary>Whether the category is a special category of personal data (GDPR Art. 9(1)).</summary>
        public bool IsSpecialCategory { get; }

        /// <summary>Whether the category is data relating to criminal convictions and offences (GDPR Art. 10).</summary>
        public bool IsCriminalOffenceData { get; }

        /// <summary>
        /// Whether the category is "sensitive personal information" under the CPRA (Cal. Civ. Code §1798.140(ae)).
        /// Some statutory items are sensitive only in combination (card numbers with their security code,
        /// message contents unless the business is the intended recipient); the flag is set for those too.
        /// </summary>
        public bool IsCpraSensitive { get; }

        /// <summary>The fideslang data-category key, for example <c>user.contact.email</c>.</summary>
        public string FideslangDataCategory { get; }

        /// <summary>The letter ("A" to "K") of the category of personal information in Cal. Civ. Code §1798.140(v)(1).</summary>
        public string CcpaCategory { get; }

        /// <summary>The Apple privacy-manifest data type, for example <c>NSPrivacyCollectedDataTypeEmailAddress</c>.</summary>
        public string AppleDataType { get; }

        /// <summary>The Google Play Data safety data type as Google names it, for example <c>Email address</c>.</summary>
        public string GooglePlayDataType { get; }

        /// <summary>The English label, as a privacy policy lists collected data ("Email address").</summary>
        public string LabelEn { get; }

        /// <summary>The German label, as a Datenschutzerklärung lists collected data ("E-Mail-Adresse").</summary>
        public string LabelDe { get; }
    }
}
