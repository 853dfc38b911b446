namespace PrivacyAttributes.Roslyn
{
    /// <summary>
    /// Metadata names of the public attributes. Analyzers and the generator match attributes by these
    /// names, never by runtime types, so user code built against any version of the package is read.
    /// </summary>
    internal static class AttributeNames
    {
        /// <summary><c>PrivacyAttributes.PersonalDataAttribute</c>.</summary>
        public const string PersonalData = "PrivacyAttributes.PersonalDataAttribute";

        /// <summary><c>PrivacyAttributes.ProcessingPurposeAttribute</c>.</summary>
        public const string ProcessingPurpose = "PrivacyAttributes.ProcessingPurposeAttribute";

        /// <summary><c>PrivacyAttributes.PurposeLegalBasisAttribute</c>.</summary>
        public const string PurposeLegalBasis = "PrivacyAttributes.PurposeLegalBasisAttribute";

        /// <summary><c>PrivacyAttributes.DataControllerAttribute</c>.</summary>
        public const string DataController = "PrivacyAttributes.DataControllerAttribute";

        /// <summary><c>PrivacyAttributes.RecipientAttribute</c>.</summary>
        public const string Recipient = "PrivacyAttributes.RecipientAttribute";

        /// <summary><c>PrivacyAttributes.RetentionAttribute</c>.</summary>
        public const string Retention = "PrivacyAttributes.RetentionAttribute";

        /// <summary><c>PrivacyAttributes.SharesWithAttribute</c>.</summary>
        public const string SharesWith = "PrivacyAttributes.SharesWithAttribute";

        /// <summary><c>PrivacyAttributes.AnonymizesAttribute</c>.</summary>
        public const string Anonymizes = "PrivacyAttributes.AnonymizesAttribute";

        /// <summary><c>PrivacyAttributes.NotPersonalDataAttribute</c>.</summary>
        public const string NotPersonalData = "PrivacyAttributes.NotPersonalDataAttribute";

        /// <summary><c>PrivacyAttributes.DataSinkAttribute</c>.</summary>
        public const string DataSink = "PrivacyAttributes.DataSinkAttribute";
    }
}
