namespace PrivacyAttributes.Roslyn
{
    /// <summary>A <c>[PersonalData]</c> as written, read without any Roslyn type so it can be compared and cached.</summary>
    /// <remarks>Enum values are kept as cast; an undefined value (broken code) is left for PRIV100 to report.</remarks>
    internal sealed record PersonalDataAnnotation(
        Category Category,
        EquatableArray<Purpose> Purposes,
        DataSubject Subjects,
        DataSource Source,
        string? Retention,
        bool Required,
        string? Description,
        EquatableArray<string> SharedWith);

    /// <summary>An <c>[assembly: PurposeLegalBasis]</c>.</summary>
    internal sealed record LegalBasisDeclaration(
        Purpose Purpose,
        LegalBasis Basis,
        SpecialCategoryCondition Condition,
        string? LegitimateInterest,
        string? Description,
        string DeclaredIn);

    /// <summary>An <c>[assembly: Recipient]</c>.</summary>
    internal sealed record RecipientDeclaration(
        string Name,
        RecipientKind Kind,
        string? Country,
        TransferMechanism Transfer,
        EquatableArray<Purpose> Purposes,
        string? Description,
        string DeclaredIn);

    /// <summary>An <c>[assembly: Retention]</c>.</summary>
    internal sealed record RetentionDeclaration(
        Category Category,
        string Period,
        string? Reason,
        string DeclaredIn);

    /// <summary>The <c>[assembly: DataController]</c>.</summary>
    internal sealed record ControllerDeclaration(
        string Name,
        string? Address,
        string? Email,
        string? Website,
        string? DataProtectionOfficer,
        string? Representative,
        string? SupervisoryAuthority,
        string DeclaredIn);

    /// <summary>Where the purposes in force at a piece of code were declared.</summary>
    internal enum PurposeOrigin
    {
        /// <summary>No <c>[ProcessingPurpose]</c> applies.</summary>
        None,

        /// <summary><c>[assembly: ProcessingPurpose]</c>.</summary>
        Assembly,

        /// <summary>A containing class, struct or interface.</summary>
        Type,

        /// <summary>The method, constructor, accessor, local function or lambda itself, or one it is written in.</summary>
        Method,
    }

    /// <summary>The purposes in force at a piece of code, and where they were declared.</summary>
    internal sealed record PurposeInForce(EquatableArray<Purpose> Purposes, PurposeOrigin Origin)
    {
        public static readonly PurposeInForce None = new(EquatableArray<Purpose>.Empty, PurposeOrigin.None);
    }
}
