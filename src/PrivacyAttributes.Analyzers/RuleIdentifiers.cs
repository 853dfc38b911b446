namespace PrivacyAttributes.Analyzers
{
    /// <summary>Every diagnostic ID of the package, and where its rule page lives.</summary>
    public static class RuleIdentifiers
    {
        /// <summary>Personal data is processed for a purpose it was not collected for.</summary>
        public const string PurposeNotAllowed = "PRIV001";

        /// <summary>Personal data is processed in code that declares no purpose.</summary>
        public const string NoPurposeDeclared = "PRIV002";

        /// <summary>Personal data reaches a log, console, trace, telemetry, exception message or data sink.</summary>
        public const string PersonalDataReachesSink = "PRIV003";

        /// <summary>Special-category data is collected for a purpose without an Art. 9(2) condition.</summary>
        public const string SpecialCategoryWithoutCondition = "PRIV004";

        /// <summary>A purpose is used without a declared legal basis.</summary>
        public const string PurposeWithoutLegalBasis = "PRIV005";

        /// <summary>Personal data is disclosed to a recipient not allowed for it.</summary>
        public const string RecipientNotAllowed = "PRIV006";

        /// <summary>A recipient outside the EEA/UK has no transfer mechanism.</summary>
        public const string TransferWithoutSafeguard = "PRIV007";

        /// <summary>A member looks like personal data but is not annotated.</summary>
        public const string UnannotatedPersonalData = "PRIV008";

        /// <summary>Children's data is collected for marketing, advertising or personalization profiling.</summary>
        public const string ChildrenProfiling = "PRIV009";

        /// <summary>Personal data has no retention period.</summary>
        public const string NoRetentionPeriod = "PRIV010";

        /// <summary>Legitimate interests are declared without stating the interest.</summary>
        public const string LegitimateInterestNotStated = "PRIV011";

        /// <summary>Criminal-record data rests on neither a legal obligation nor a public task.</summary>
        public const string CriminalDataWithoutAuthority = "PRIV012";

        /// <summary>An annotation is malformed.</summary>
        public const string MalformedAnnotation = "PRIV100";

        /// <summary>The category under which every rule appears in the IDE and in .editorconfig bulk settings.</summary>
        public const string UsageCategory = "PrivacyAttributes.Usage";

        /// <summary>Where the rule pages are published.</summary>
        public const string RulePagesBaseUri = "https://github.com/privacyattributes/privacyattributes/blob/main/docs/rules/";

        /// <summary>The rule page of <paramref name="ruleId"/>.</summary>
        public static string GetHelpUri(string ruleId) => RulePagesBaseUri + ruleId + ".md";
    }
}
