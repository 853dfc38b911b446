namespace PrivacyAttributes.Roslyn
{
    /// <summary>Which of the package's attributes an <c>AttributeData</c> is.</summary>
    internal enum PrivacyAttributeKind
    {
        None,
        PersonalData,
        ProcessingPurpose,
        PurposeLegalBasis,
        DataController,
        Recipient,
        Retention,
        SharesWith,
        Anonymizes,
        NotPersonalData,
        DataSink,
    }
}
