namespace PrivacyAttributes.Roslyn
{
    /// <summary>
    /// The package's attributes on one source declaration, read from its syntax without binding them
    /// (the generator's <c>DeclaredAttributeReader</c>). Only made when every attribute the
    /// declaration carries could be read exactly as binding would read it; otherwise the reader
    /// returns null and its callers bind.
    /// </summary>
    internal sealed class DeclaredAttributes
    {
        public DeclaredAttributes(
            bool hasAttributes,
            PersonalDataAnnotation? personalData,
            EquatableArray<Purpose>? processingPurposes,
            EquatableArray<string>? sharesWith,
            bool anonymizes,
            bool notPersonalData)
        {
            HasAttributes = hasAttributes;
            PersonalData = personalData;
            ProcessingPurposes = processingPurposes;
            SharesWith = sharesWith;
            Anonymizes = anonymizes;
            NotPersonalData = notPersonalData;
        }

        /// <summary>Whether the declaration carries any attribute at all, the package's or another.</summary>
        public bool HasAttributes { get; }

        /// <summary>Its <c>[PersonalData]</c>, or null when it has none.</summary>
        public PersonalDataAnnotation? PersonalData { get; }

        /// <summary>The purposes of its <c>[ProcessingPurpose]</c>, or null when it has none.</summary>
        public EquatableArray<Purpose>? ProcessingPurposes { get; }

        /// <summary>The recipients of its <c>[SharesWith]</c> attributes in the order written, or null when it has none.</summary>
        public EquatableArray<string>? SharesWith { get; }

        /// <summary>Whether it carries <c>[Anonymizes]</c>.</summary>
        public bool Anonymizes { get; }

        /// <summary>Whether it carries <c>[NotPersonalData]</c>.</summary>
        public bool NotPersonalData { get; }

        /// <summary>Whether it carries an attribute of <paramref name="kind"/> (only the kinds read here).</summary>
        public bool Has(PrivacyAttributeKind kind) => kind switch
        {
            PrivacyAttributeKind.PersonalData => PersonalData is not null,
            PrivacyAttributeKind.ProcessingPurpose => ProcessingPurposes is not null,
            PrivacyAttributeKind.SharesWith => SharesWith is not null,
            PrivacyAttributeKind.Anonymizes => Anonymizes,
            PrivacyAttributeKind.NotPersonalData => NotPersonalData,
            _ => false,
        };
    }
}
