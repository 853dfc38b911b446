using System.Collections.Immutable;

namespace PrivacyAttributes.Inventory;

// The records mirror docs/inventory-format.md field by field, in its order. Enum-valued fields use the
// PrivacyAttributes enumerations so that sorting "by enum value" means what the format says.

/// <summary>A whole data inventory: the content of <c>privacy-inventory.json</c>.</summary>
/// <param name="SchemaVersion">The format version; this library reads <see cref="InventoryJsonReader.SupportedSchemaVersion"/>.</param>
/// <param name="Assembly">The assembly the inventory was generated for.</param>
/// <param name="Controller">The data controller in force, or <see langword="null"/> when none is declared.</param>
/// <param name="DataItems">One entry per annotated member.</param>
/// <param name="Purposes">Every purpose used, with its legal bases.</param>
/// <param name="Recipients">Every declared recipient.</param>
/// <param name="Retention">Every assembly-level retention declaration.</param>
/// <param name="Processing">Where the code processes personal data.</param>
public sealed record InventoryDocument(
    int SchemaVersion,
    string Assembly,
    ControllerDeclaration? Controller,
    ImmutableArray<DataItem> DataItems,
    ImmutableArray<PurposeDeclaration> Purposes,
    ImmutableArray<RecipientDeclaration> Recipients,
    ImmutableArray<RetentionDeclaration> Retention,
    ImmutableArray<ProcessingSite> Processing);

/// <summary>The <c>[assembly: DataController]</c> in force.</summary>
/// <param name="Name">The controller's name.</param>
/// <param name="Address">Postal address.</param>
/// <param name="Email">Contact e-mail address.</param>
/// <param name="Website">Website.</param>
/// <param name="DataProtectionOfficer">How to reach the data protection officer.</param>
/// <param name="Representative">The representative in the EU (Art. 27 GDPR).</param>
/// <param name="SupervisoryAuthority">The competent supervisory authority.</param>
/// <param name="DeclaredIn">The assembly that declares it.</param>
public sealed record ControllerDeclaration(
    string Name,
    string? Address,
    string? Email,
    string? Website,
    string? DataProtectionOfficer,
    string? Representative,
    string? SupervisoryAuthority,
    string? DeclaredIn);

/// <summary>One annotated member that holds personal data.</summary>
/// <param name="Id">The member's id, <c>Namespace.Type.Member</c>.</param>
/// <param name="Assembly">The declaring assembly.</param>
/// <param name="File">The source file, relative to the project directory.</param>
/// <param name="Line">The 1-based source line.</param>
/// <param name="Type">The declaring type.</param>
/// <param name="Member">The member's name.</param>
/// <param name="MemberKind"><c>Field</c>, <c>Property</c>, <c>Parameter</c> or <c>ReturnValue</c>.</param>
/// <param name="Category">The category of personal data.</param>
/// <param name="CategoryGroup">The name of the category's group in the taxonomy.</param>
/// <param name="SpecialCategory">Whether the category is special-category data (Art. 9 GDPR).</param>
/// <param name="CriminalOffence">Whether the category is criminal-offence data (Art. 10 GDPR).</param>
/// <param name="CpraSensitive">Whether the category is CPRA sensitive personal information.</param>
/// <param name="Mappings">The category's names in other vocabularies.</param>
/// <param name="Purposes">The purposes the data is collected for.</param>
/// <param name="Subjects">Whose data it is.</param>
/// <param name="Source">Where the data comes from.</param>
/// <param name="Retention">How long it is kept, when declared.</param>
/// <param name="Required">Whether providing it is a statutory or contractual requirement.</param>
/// <param name="SharedWith">The recipients this member may go to.</param>
/// <param name="Description">The developer's description, which the policy shows instead of the bare label.</param>
public sealed record DataItem(
    string Id,
    string? Assembly,
    string? File,
    int? Line,
    string? Type,
    string? Member,
    string? MemberKind,
    Category Category,
    string? CategoryGroup,
    bool SpecialCategory,
    bool CriminalOffence,
    bool CpraSensitive,
    CategoryMappings? Mappings,
    ImmutableArray<Purpose> Purposes,
    ImmutableArray<DataSubject> Subjects,
    DataSource Source,
    DataItemRetention? Retention,
    bool Required,
    ImmutableArray<string> SharedWith,
    string? Description);

/// <summary>A category's names in the vocabularies of other frameworks.</summary>
/// <param name="Fideslang">The fideslang data category.</param>
/// <param name="Ccpa">The CCPA §1798.140(v)(1) letter.</param>
/// <param name="Apple">The Apple privacy-manifest data type.</param>
/// <param name="GooglePlay">The Google Play data-safety data type.</param>
public sealed record CategoryMappings(string? Fideslang, string? Ccpa, string? Apple, string? GooglePlay);

/// <summary>The retention in force for one data item.</summary>
/// <param name="Period">An ISO 8601 duration or a retention keyword.</param>
/// <param name="Origin"><c>Member</c> or <c>Category</c>: where the period was declared.</param>
/// <param name="Reason">The criterion or obligation behind the period.</param>
public sealed record DataItemRetention(string Period, string Origin, string? Reason);

/// <summary>A purpose and what it rests on.</summary>
/// <param name="Purpose">The purpose.</param>
/// <param name="LegalBases">Its legal bases, sorted by basis then condition.</param>
/// <param name="DataItems">The ids of the data items collected for it.</param>
/// <param name="ProcessedBy">The ids of the processing sites under it.</param>
public sealed record PurposeDeclaration(
    Purpose Purpose,
    ImmutableArray<LegalBasisDeclaration> LegalBases,
    ImmutableArray<string> DataItems,
    ImmutableArray<string> ProcessedBy);

/// <summary>One <c>[assembly: PurposeLegalBasis]</c>.</summary>
/// <param name="Basis">The Art. 6(1) legal basis.</param>
/// <param name="Condition">The Art. 9(2) condition for special-category data.</param>
/// <param name="LegitimateInterest">The interest pursued, with <see cref="LegalBasis.LegitimateInterests"/>.</param>
/// <param name="Description">How the purpose reads in the policy.</param>
/// <param name="DeclaredIn">The declaring assembly.</param>
public sealed record LegalBasisDeclaration(
    LegalBasis Basis,
    SpecialCategoryCondition Condition,
    string? LegitimateInterest,
    string? Description,
    string? DeclaredIn);

/// <summary>One <c>[assembly: Recipient]</c>.</summary>
/// <param name="Name">The recipient's name.</param>
/// <param name="Kind">What kind of recipient it is.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code of its country, when declared.</param>
/// <param name="Transfer">The safeguard for a transfer out of the EEA, when declared.</param>
/// <param name="Purposes">The purposes it receives data for; empty means any.</param>
/// <param name="Description">What it does with the data.</param>
/// <param name="DeclaredIn">The declaring assembly.</param>
public sealed record RecipientDeclaration(
    string Name,
    RecipientKind Kind,
    string? Country,
    TransferMechanism? Transfer,
    ImmutableArray<Purpose> Purposes,
    string? Description,
    string? DeclaredIn);

/// <summary>One <c>[assembly: Retention]</c>: the default retention of a category.</summary>
/// <param name="Category">The category.</param>
/// <param name="Period">An ISO 8601 duration or a retention keyword.</param>
/// <param name="Reason">The criterion or obligation behind the period.</param>
/// <param name="DeclaredIn">The declaring assembly.</param>
public sealed record RetentionDeclaration(Category Category, string Period, string? Reason, string? DeclaredIn);

/// <summary>A place in the code that processes personal data.</summary>
/// <param name="Id">The containing method's documentation-style signature.</param>
/// <param name="Assembly">The assembly.</param>
/// <param name="File">The source file.</param>
/// <param name="Line">The 1-based source line.</param>
/// <param name="Kind"><c>Method</c>, <c>Constructor</c>, <c>Accessor</c>, <c>LocalFunction</c> or <c>Lambda</c>.</param>
/// <param name="Purposes">The purposes in force.</param>
/// <param name="PurposeOrigin">Where the purposes come from.</param>
/// <param name="SharesWith">The recipients it discloses to.</param>
/// <param name="Reads">The data items it reads.</param>
/// <param name="Discloses">The data items it passes on.</param>
public sealed record ProcessingSite(
    string Id,
    string? Assembly,
    string? File,
    int? Line,
    string? Kind,
    ImmutableArray<Purpose> Purposes,
    string? PurposeOrigin,
    ImmutableArray<string> SharesWith,
    ImmutableArray<string> Reads,
    ImmutableArray<string> Discloses);
