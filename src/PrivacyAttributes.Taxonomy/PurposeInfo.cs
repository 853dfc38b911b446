using System;

namespace PrivacyAttributes.Taxonomy
{
    /// <summary>
    /// Everything the analyzers, the generator and the renderers know about one <see cref="PrivacyAttributes.Purpose"/>:
    /// its labels and its names in the fideslang, Apple and Google Play vocabularies.
    /// </summary>
    public sealed class PurposeInfo
    {
        /// <summary>Creates the entry of one purpose.</summary>
        /// <param name="purpose">The purpose described.</param>
        /// <param name="labelEn">The English label.</param>
        /// <param name="labelDe">The German label.</param>
        /// <param name="fideslangDataUse">The fideslang data-use key.</param>
        /// <param name="applePurpose">The Apple privacy-manifest collection purpose.</param>
        /// <param name="googlePlayPurpose">The Google Play Data safety purpose.</param>
        public PurposeInfo(
            Purpose purpose,
            string labelEn,
            string labelDe,
            string fideslangDataUse,
            string applePurpose,
            string googlePlayPurpose)
        {
            Purpose = purpose;
            LabelEn = labelEn ?? throw new ArgumentNullException(nameof(labelEn));
            LabelDe = labelDe ?? throw new ArgumentNullException(nameof(labelDe));
            FideslangDataUse = fideslangDataUse ?? throw new ArgumentNullException(nameof(fideslangDataUse));
            ApplePurpose = applePurpose ?? throw new ArgumentNullException(nameof(applePurpose));
            GooglePlayPurpose = googlePlayPurpose ?? throw new ArgumentNullException(nameof(googlePlayPurpose));
        }

        /// <summary>The purpose described.</summary>
        public Purpose Purpose { get; }

        /// <summary>The English label, as a privacy policy words a purpose ("Processing your order").</summary>
        public string LabelEn { get; }

        /// <summary>The German label, as a Datenschutzerklärung words a purpose ("Abwicklung Ihrer Bestellung").</summary>
        public string LabelDe { get; }

        /// <summary>The fideslang data-use key, for example <c>marketing.communications</c>.</summary>
        public string FideslangDataUse { get; }

        /// <summary>The Apple privacy-manifest purpose, for example <c>NSPrivacyCollectedDataTypePurposeAppFunctionality</c>.</summary>
        public string ApplePurpose { get; }

        /// <summary>The Google Play Data safety purpose as Google names it, for example <c>App functionality</c>.</summary>
        public string GooglePlayPurpose { get; }
    }
}
