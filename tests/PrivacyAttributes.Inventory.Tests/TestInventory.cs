using System.Collections.Immutable;

namespace PrivacyAttributes.Inventory.Tests;

/// <summary>Builds small inventories in code, with the defaults the generator writes.</summary>
internal static class TestInventory
{
    public static InventoryDocument Document(
        DataItem[]? items = null,
        PurposeDeclaration[]? purposes = null,
        RecipientDeclaration[]? recipients = null,
        RetentionDeclaration[]? retention = null,
        ControllerDeclaration? controller = null) =>
        new(1, "Test.App", controller, [.. items ?? []], [.. purposes ?? []], [.. recipients ?? []], [.. retention ?? []], []);

    public static DataItem Item(
        string id,
        Category category,
        Purpose[]? purposes = null,
        string group = "IdentityAndContact",
        string? description = null,
        DataSubject[]? subjects = null,
        bool special = false,
        DataItemRetention? retention = null) =>
        new(id, "Test.Domain", "Model.cs", 1, "Test.Domain.Model", id, "Property", category, group, special, false, false, null,
            [.. purposes ?? [Purpose.AccountManagement]], [.. subjects ?? [DataSubject.Customer]], DataSource.DataSubject, retention, false, [], description);

    public static PurposeDeclaration PurposeEntry(Purpose purpose, LegalBasisDeclaration[] bases, params string[] dataItems) =>
        new(purpose, [.. bases], [.. dataItems], []);

    public static LegalBasisDeclaration Basis(
        LegalBasis basis,
        SpecialCategoryCondition condition = SpecialCategoryCondition.None,
        string? interest = null,
        string? description = null) =>
        new(basis, condition, interest, description, "Test.Domain");

    public static RecipientDeclaration Recipient(
        string name,
        RecipientKind kind = RecipientKind.ServiceProvider,
        string? country = null,
        TransferMechanism? transfer = null,
        Purpose[]? purposes = null,
        string? description = null) =>
        new(name, kind, country, transfer, [.. purposes ?? []], description, "Test.Domain");
}
