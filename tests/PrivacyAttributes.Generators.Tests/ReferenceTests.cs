using System.Linq;
using Microsoft.CodeAnalysis;
using PrivacyAttributes.Generators.Tests.Infrastructure;

namespace PrivacyAttributes.Generators.Tests;

/// <summary>Inventories of referenced assemblies: metadata images, compilation references, damaged documents.</summary>
public sealed class ReferenceTests
{
    private const string DomainSource = """
        using PrivacyAttributes;
        [assembly: DataController("Example Shop Ltd", Email = "privacy@example.com")]
        [assembly: PurposeLegalBasis(Purpose.AccountManagement, LegalBasis.Contract)]
        [assembly: Recipient("Salesforce", RecipientKind.ServiceProvider, Country = "US", Transfer = TransferMechanism.StandardContractualClauses)]
        [assembly: Retention(Category.Email, "UntilAccountDeletion", Reason = "Kept while the account exists")]
        namespace Shop.Domain
        {
            public sealed class Customer
            {
                [PersonalData(Category.Email, Purpose.AccountManagement)]
                public string Email { get; set; } = "";
            }
        }
        """;

    private const string WebSource = """
        using PrivacyAttributes;
        namespace Shop.Web
        {
            public sealed class Signup
            {
                [PersonalData(Category.Name, Purpose.AccountManagement)]
                public string Name { get; set; } = "";

                [ProcessingPurpose(Purpose.AccountManagement)]
                public string Welcome(Shop.Domain.Customer customer) => customer.Email;
            }
        }
        """;

    [Fact]
    public void Items_and_declarations_of_a_metadata_reference_are_merged_and_keep_their_origin()
    {
        var domain = GeneratorHarness.CompileLibrary("Shop.Domain", DomainSource);
        var output = GeneratorHarness.Run("Shop.Web", [new TestFile("Signup.cs", WebSource)], [domain]);
        GeneratorHarness.AssertGeneratorDidNotFail(output);

        Assert.Equal(["Shop.Domain.Customer.Email", "Shop.Web.Signup.Name"], output.Ids("dataItems"));
        var email = output.DataItem("Shop.Domain.Customer.Email");
        Assert.Equal("Shop.Domain", email.String("assembly"));
        Assert.Equal("Shop.Domain.cs", email.String("file"));
        Assert.Equal(11, email.GetProperty("line").GetInt32());
        Assert.Equal("Category", email.GetProperty("retention").String("origin"));

        Assert.Equal("Shop.Domain", output.Root.GetProperty("controller").String("declaredIn"));
        Assert.Equal("Example Shop Ltd", output.Root.GetProperty("controller").String("name"));
        Assert.Single(output.Root.GetProperty("recipients").EnumerateArray());
        Assert.Single(output.Root.GetProperty("retention").EnumerateArray());
        var purpose = output.Purpose("AccountManagement");
        Assert.Equal("Shop.Domain", Assert.Single(purpose.GetProperty("legalBases").EnumerateArray()).String("declaredIn"));
        Assert.Equal(["Shop.Domain.Customer.Email", "Shop.Web.Signup.Name"], purpose.Strings("dataItems"));
        Assert.Equal(["Shop.Web.Signup.Welcome(Shop.Domain.Customer)"], output.Ids("processing"));
        Assert.Equal(["Shop.Domain.Customer.Email"], output.Processing("Shop.Web.Signup.Welcome(Shop.Domain.Customer)").Strings("reads"));
    }

    [Fact]
    public void A_referenced_recipient_whose_purposes_are_written_out_of_order_is_listed_once()
    {
        var domain = GeneratorHarness.CompileLibrary("Shop.Domain", """
            using PrivacyAttributes;
            [assembly: PurposeLegalBasis(Purpose.DirectMarketing, LegalBasis.Consent)]
            [assembly: Recipient("Salesforce", RecipientKind.ServiceProvider, Country = "US",
                Transfer = TransferMechanism.StandardContractualClauses,
                Purposes = new[] { Purpose.DirectMarketing, Purpose.AccountManagement })]
            """);
        var output = GeneratorHarness.Run("Shop.Web", [new TestFile("Signup.cs", WebSource)], [domain]);
        GeneratorHarness.AssertGeneratorDidNotFail(output);

        var recipient = Assert.Single(output.Root.GetProperty("recipients").EnumerateArray());
        Assert.Equal(["AccountManagement", "DirectMarketing"], recipient.Strings("purposes"));
    }

    [Fact]
    public void Transitive_inventories_are_carried_through_the_middle_assembly()
    {
        var domain = GeneratorHarness.CompileLibrary("Shop.Domain", DomainSource);
        var web = GeneratorHarness.CompileLibrary("Shop.Web", WebSource, [domain]);
        var app = GeneratorHarness.Run("Shop.App", [new TestFile("App.cs", "namespace Shop.App { public class P { } }")], [web]);
        Assert.Equal(["Shop.Domain.Customer.Email", "Shop.Web.Signup.Name"], app.Ids("dataItems"));
        Assert.Equal("Shop.Domain", app.Root.GetProperty("controller").String("declaredIn"));
        Assert.Empty(app.Ids("processing"));
    }

    [Fact]
    public void The_internal_inventory_type_and_its_constant_are_visible_from_metadata()
    {
        var domain = GeneratorHarness.CompileLibrary("Shop.Domain", DomainSource);
        var compilation = GeneratorHarness.Compilation("Probe", [], [domain]);
        var assembly = compilation.SourceModule.ReferencedAssemblySymbols.Single(a => a.Name == "Shop.Domain");
        var type = assembly.GetTypeByMetadataName("PrivacyAttributes.Generated.PrivacyInventory");
        Assert.NotNull(type);
        Assert.Equal(Accessibility.Internal, type!.DeclaredAccessibility);
        var field = Assert.Single(type.GetMembers("Json").OfType<IFieldSymbol>());
        Assert.True(field.HasConstantValue);
        Assert.StartsWith("{\"schemaVersion\":1,", (string)field.ConstantValue!);
    }

    [Fact]
    public void A_compilation_reference_carries_an_inventory_only_when_its_generators_have_run()
    {
        var raw = GeneratorHarness.Compilation("Shop.Domain", [new TestFile("Customer.cs", DomainSource)]);

        // A plain CompilationReference has no generated sources: its items are not in the inventory,
        // but its declarations (read from attributes) and its members (for reads) still are.
        var withoutInventory = GeneratorHarness.Run("Shop.Web", [new TestFile("Signup.cs", WebSource)], [raw.ToMetadataReference()]);
        Assert.Equal(["Shop.Web.Signup.Name"], withoutInventory.Ids("dataItems"));
        Assert.Equal("Shop.Domain", withoutInventory.Root.GetProperty("controller").String("declaredIn"));
        Assert.Equal(["Shop.Domain.Customer.Email"], withoutInventory.Processing("Shop.Web.Signup.Welcome(Shop.Domain.Customer)").Strings("reads"));

        // The compilation after the generator ran (what the IDE and the build hand over) carries it.
        GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(raw, out var generated, out _);
        var withInventory = GeneratorHarness.Run("Shop.Web", [new TestFile("Signup.cs", WebSource)], [generated.ToMetadataReference()]);
        Assert.Equal(["Shop.Domain.Customer.Email", "Shop.Web.Signup.Name"], withInventory.Ids("dataItems"));
        Assert.Equal("Customer.cs", withInventory.DataItem("Shop.Domain.Customer.Email").String("file"));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"schemaVersion\": 1, \"dataItems\": [ {\"id\": ")]
    [InlineData("{\"schemaVersion\": 2, \"dataItems\": []}")]
    [InlineData("[]")]
    [InlineData("")]
    public void A_damaged_referenced_inventory_is_skipped(string json)
    {
        var fake = GeneratorHarness.CompileLibrary("Fake", $$"""
            namespace PrivacyAttributes.Generated { internal static class PrivacyInventory { public const string Json = @"{{json.Replace("\"", "\"\"")}}"; } }
            namespace Fake { public class C { [PrivacyAttributes.PersonalData(PrivacyAttributes.Category.Email, PrivacyAttributes.Purpose.Analytics)] public string E = ""; } }
            """, runGenerator: false);
        var output = GeneratorHarness.Run("App", [new TestFile("App.cs", "namespace App { }")], [fake]);
        GeneratorHarness.AssertGeneratorDidNotFail(output);
        Assert.Empty(output.Ids("dataItems"));
    }

    [Fact]
    public void Entries_of_a_referenced_inventory_with_unknown_names_are_skipped_alone()
    {
        var json = """
            {"schemaVersion": 1, "assembly": "Fake",
             "dataItems": [
               {"id": "Fake.C.A", "assembly": "Fake", "file": "C.cs", "line": 3, "type": "Fake.C", "member": "A", "memberKind": "Property", "category": "Email", "purposes": ["Analytics"], "subjects": [], "source": "DataSubject", "required": false, "sharedWith": []},
               {"id": "Fake.C.B", "assembly": "Fake", "memberKind": "Property", "category": "FutureCategory", "purposes": []},
               {"id": "Fake.C.D", "assembly": "Fake", "memberKind": "Property", "category": "Email", "purposes": ["7"]},
               {"assembly": "Fake", "memberKind": "Property", "category": "Email", "purposes": []}
             ],
             "recipients": [ {"name": "X", "kind": "Martian", "declaredIn": "Fake"}, {"name": "Y", "kind": "Public", "declaredIn": "Fake"} ]}
            """;
        var model = Parsing.ReferencedInventoryReader.Parse(new Model.ReferencedInventoryText("Fake", json));
        Assert.NotNull(model);
        Assert.Equal(["Fake.C.A"], model!.DataItems.Select(i => i.Id));
        Assert.Equal(["Y"], model.Recipients.Select(r => r.Name));
    }
}
