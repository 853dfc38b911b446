using System.Linq;
using PrivacyAttributes.Generators.Tests.Infrastructure;

namespace PrivacyAttributes.Generators.Tests;

public sealed class DeclarationTests
{
    [Fact]
    public void Controller_with_every_field()
    {
        var output = GeneratorHarness.Run("""
            using PrivacyAttributes;
            [assembly: DataController("Example Shop Ltd", Address = "1 Example Street, London", Email = "privacy@example.com",
                Website = "https://example.com", DataProtectionOfficer = "dpo@example.com", Representative = "Example EU B.V.", SupervisoryAuthority = "ICO")]
            """);
        var controller = output.Root.GetProperty("controller");
        Assert.Equal(["name", "address", "email", "website", "dataProtectionOfficer", "representative", "supervisoryAuthority", "declaredIn"], controller.PropertyNames());
        Assert.Equal("Example Shop Ltd", controller.String("name"));
        Assert.Equal("ICO", controller.String("supervisoryAuthority"));
        Assert.Equal("Shop", controller.String("declaredIn"));
        Assert.Equal(["schemaVersion", "assembly", "controller", "dataItems", "purposes", "recipients", "retention", "processing"], output.Root.PropertyNames());
    }

    [Fact]
    public void No_controller_omits_the_property()
    {
        var output = GeneratorHarness.Run("namespace N { }");
        Assert.Equal(["schemaVersion", "assembly", "dataItems", "purposes", "recipients", "retention", "processing"], output.Root.PropertyNames());
        Assert.Equal(1, output.Root.GetProperty("schemaVersion").GetInt32());
        Assert.EndsWith("\n}\n", output.Json);
        Assert.DoesNotContain("\r", output.Json);
    }

    [Fact]
    public void Purposes_collect_legal_bases_data_items_and_processing()
    {
        var output = GeneratorHarness.Run("""
            using PrivacyAttributes;
            [assembly: PurposeLegalBasis(Purpose.DirectMarketing, LegalBasis.LegitimateInterests, LegitimateInterest = "Offers to customers", Description = "Marketing")]
            [assembly: PurposeLegalBasis(Purpose.DirectMarketing, LegalBasis.Consent)]
            [assembly: PurposeLegalBasis(Purpose.HealthcareProvision, LegalBasis.Contract, Condition = SpecialCategoryCondition.HealthOrSocialCare)]
            [assembly: PurposeLegalBasis(Purpose.Security, LegalBasis.LegitimateInterests, LegitimateInterest = "Keeping accounts safe")]
            namespace N
            {
                public class C
                {
                    [PersonalData(Category.Email, Purpose.DirectMarketing, Purpose.AccountManagement)] public string E { get; set; } = "";
                    [PersonalData(Category.Health, Purpose.HealthcareProvision)] public string H { get; set; } = "";

                    [ProcessingPurpose(Purpose.Analytics)]
                    public string Count() => E;
                }
            }
            """);
        var purposes = output.Root.GetProperty("purposes").EnumerateArray().Select(p => p.String("purpose")!).ToArray();
        Assert.Equal(["AccountManagement", "DirectMarketing", "Analytics", "Security", "HealthcareProvision"], purposes);

        var marketing = output.Purpose("DirectMarketing");
        Assert.Equal(["purpose", "legalBases", "dataItems", "processedBy"], marketing.PropertyNames());
        var bases = marketing.GetProperty("legalBases").EnumerateArray().ToArray();
        Assert.Equal(["Consent", "LegitimateInterests"], bases.Select(b => b.String("basis")!));
        Assert.Equal(["basis", "condition", "declaredIn"], bases[0].PropertyNames());
        Assert.Equal(["basis", "condition", "legitimateInterest", "description", "declaredIn"], bases[1].PropertyNames());
        Assert.Equal("Offers to customers", bases[1].String("legitimateInterest"));
        Assert.Equal(["N.C.E"], marketing.Strings("dataItems"));
        Assert.Empty(marketing.Strings("processedBy"));

        Assert.Equal("HealthOrSocialCare", output.Purpose("HealthcareProvision").GetProperty("legalBases")[0].String("condition"));
        Assert.Empty(output.Purpose("Security").Strings("dataItems"));
        Assert.Equal(["N.C.Count"], output.Purpose("Analytics").Strings("processedBy"));
        Assert.Empty(output.Purpose("Analytics").GetProperty("legalBases").EnumerateArray());
    }

    [Fact]
    public void Recipients_and_retention_are_sorted_with_their_fields()
    {
        var output = GeneratorHarness.Run("""
            using PrivacyAttributes;
            [assembly: Recipient("Salesforce", RecipientKind.ServiceProvider, Country = "US", Transfer = TransferMechanism.StandardContractualClauses,
                Purposes = new[] { Purpose.DirectMarketing, Purpose.AccountManagement }, Description = "CRM")]
            [assembly: Recipient("Auditors", RecipientKind.ProfessionalAdviser)]
            [assembly: Retention(Category.Name, "P6Y")]
            [assembly: Retention(Category.Email, "P2Y", Reason = "Tax law")]
            [assembly: Retention(Category.Email, "P1Y")]
            """);
        var recipients = output.Root.GetProperty("recipients").EnumerateArray().ToArray();
        Assert.Equal(["Auditors", "Salesforce"], recipients.Select(r => r.String("name")!));
        Assert.Equal(["name", "kind", "transfer", "purposes", "declaredIn"], recipients[0].PropertyNames());
        Assert.Equal("None", recipients[0].String("transfer"));
        Assert.Empty(recipients[0].Strings("purposes"));
        Assert.Equal(["name", "kind", "country", "transfer", "purposes", "description", "declaredIn"], recipients[1].PropertyNames());
        Assert.Equal(["AccountManagement", "DirectMarketing"], recipients[1].Strings("purposes"));
        Assert.Equal("StandardContractualClauses", recipients[1].String("transfer"));

        var retention = output.Root.GetProperty("retention").EnumerateArray().ToArray();
        Assert.Equal(["Name:P6Y", "Email:P1Y", "Email:P2Y"], retention.Select(r => r.String("category") + ":" + r.String("period")));
        Assert.Equal(["category", "period", "reason", "declaredIn"], retention[2].PropertyNames());
        Assert.Equal(["category", "period", "declaredIn"], retention[0].PropertyNames());
    }
}
