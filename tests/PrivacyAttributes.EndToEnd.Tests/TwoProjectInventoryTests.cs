using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace PrivacyAttributes.EndToEnd.Tests;

/// <summary>
/// The normal layout: a domain library holds the annotated entities and the company's declarations,
/// an application references it. Built against the packed package, the application's inventory
/// holds the domain's items, the build is byte-for-byte repeatable, and clean removes the files.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class TwoProjectInventoryTests(PackedPackageFixture package)
{
    private static readonly string[] InventoryFiles = ["privacy-inventory.json", "privacy-inventory.md", "privacy-inventory.de.md"];

    [Fact]
    public void Application_inventory_holds_the_domain_items_and_is_repeatable_and_cleaned()
    {
        Assert.True(package.PackResult.Succeeded, package.PackResult.ToString());
        var workspace = package.CreateWorkspace("two-projects");
        WriteDomain(Path.Combine(workspace, "Shop.Domain"));
        WriteApplication(Path.Combine(workspace, "Shop.Web"));

        var first = DotNet.Run(workspace, "build", Path.Combine("Shop.Web", "Shop.Web.csproj"), "--nologo");
        Assert.True(first.Succeeded, first.ToString());
        Assert.DoesNotContain("warning PRIV", first.Output);
        Assert.DoesNotContain("PRIVINV", first.Output);

        var output = Path.Combine(workspace, "Shop.Web", "bin", "Debug", "net10.0");
        var firstBytes = InventoryFiles.Select(file => File.ReadAllBytes(Path.Combine(output, file))).ToArray();

        using (var inventory = JsonDocument.Parse(firstBytes[0]))
        {
            var root = inventory.RootElement;
            Assert.Equal("Shop.Web", root.GetProperty("assembly").GetString());
            Assert.Equal("Example Shop Ltd", root.GetProperty("controller").GetProperty("name").GetString());
            var items = root.GetProperty("dataItems").EnumerateArray().ToDictionary(item => item.GetProperty("id").GetString()!);
            Assert.Equal(
                ["Shop.Domain.Customer.Email", "Shop.Domain.Customer.Name", "Shop.Domain.Customer.ShippingAddress", "Shop.Web.NewsletterSignup.Email"],
                items.Keys.OrderBy(key => key, System.StringComparer.Ordinal));
            Assert.Equal("Shop.Domain", items["Shop.Domain.Customer.Email"].GetProperty("assembly").GetString());
            Assert.Equal("Customer.cs", items["Shop.Domain.Customer.Email"].GetProperty("file").GetString());
            Assert.Equal("UntilAccountDeletion", items["Shop.Domain.Customer.Email"].GetProperty("retention").GetProperty("period").GetString());
            Assert.Equal("Category", items["Shop.Domain.Customer.Email"].GetProperty("retention").GetProperty("origin").GetString());

            var recipient = Assert.Single(root.GetProperty("recipients").EnumerateArray());
            Assert.Equal("Stripe", recipient.GetProperty("name").GetString());
            Assert.Equal("Shop.Domain", recipient.GetProperty("declaredIn").GetString());

            var processing = root.GetProperty("processing").EnumerateArray().ToArray();
            var shipping = Assert.Single(processing, entry => entry.GetProperty("id").GetString()!.StartsWith("Shop.Web.ShippingService.Ship", System.StringComparison.Ordinal));
            Assert.Equal(["OrderFulfillment"], shipping.GetProperty("purposes").EnumerateArray().Select(purpose => purpose.GetString()));
            Assert.Equal(
                ["Shop.Domain.Customer.Name", "Shop.Domain.Customer.ShippingAddress"],
                shipping.GetProperty("reads").EnumerateArray().Select(read => read.GetString()));
        }

        var english = File.ReadAllText(Path.Combine(output, "privacy-inventory.md"));
        Assert.Contains("Example Shop Ltd", english);
        Assert.Contains("Email address", english);
        Assert.Contains("Postal address", english);
        Assert.Contains("Art. 6(1)(b) GDPR", english);
        Assert.Contains("Stripe", english);
        var german = File.ReadAllText(Path.Combine(output, "privacy-inventory.de.md"));
        Assert.Contains("E-Mail-Adresse", german);
        Assert.Contains("Art. 6 Abs. 1 lit. b DSGVO", german);
        Assert.Contains("Standardvertragsklauseln", german);

        // A full rebuild gives the same bytes: legal diffs the files between releases.
        var second = DotNet.Run(workspace, "build", Path.Combine("Shop.Web", "Shop.Web.csproj"), "--nologo", "--no-incremental");
        Assert.True(second.Succeeded, second.ToString());
        var secondBytes = InventoryFiles.Select(file => File.ReadAllBytes(Path.Combine(output, file))).ToArray();
        for (var index = 0; index < InventoryFiles.Length; index++)
        {
            Assert.True(firstBytes[index].AsSpan().SequenceEqual(secondBytes[index]), $"{InventoryFiles[index]} changed between two builds of the same code");
        }

        var stamp = Path.Combine(workspace, "Shop.Web", "obj", "Debug", "net10.0", "privacy-inventory.stamp");
        Assert.True(File.Exists(stamp), "no privacy-inventory.stamp in obj/");
        var clean = DotNet.Run(workspace, "clean", Path.Combine("Shop.Web", "Shop.Web.csproj"), "--nologo");
        Assert.True(clean.Succeeded, clean.ToString());
        Assert.All(InventoryFiles, file => Assert.False(File.Exists(Path.Combine(output, file)), $"dotnet clean left {file}"));
        Assert.False(File.Exists(stamp), "dotnet clean left privacy-inventory.stamp");
    }

    private static void WriteDomain(string directory)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "Shop.Domain.csproj"), PackedPackageFixture.ConsumerProject());
        File.WriteAllText(Path.Combine(directory, "Declarations.cs"), """
            using PrivacyAttributes;

            [assembly: DataController("Example Shop Ltd", Email = "privacy@example.com")]
            [assembly: PurposeLegalBasis(Purpose.AccountManagement, LegalBasis.Contract)]
            [assembly: PurposeLegalBasis(Purpose.OrderFulfillment, LegalBasis.Contract)]
            [assembly: PurposeLegalBasis(Purpose.DirectMarketing, LegalBasis.Consent)]
            [assembly: Recipient("Stripe", RecipientKind.ServiceProvider, Country = "US", Transfer = TransferMechanism.StandardContractualClauses)]
            [assembly: Retention(Category.Email, "UntilAccountDeletion")]
            [assembly: Retention(Category.Name, "UntilAccountDeletion")]
            [assembly: Retention(Category.PostalAddress, "P6Y", Reason = "Commercial and tax record-keeping")]
            """);
        File.WriteAllText(Path.Combine(directory, "Customer.cs"), """
            using PrivacyAttributes;

            namespace Shop.Domain
            {
                public sealed class Customer
                {
                    [PersonalData(Category.Email, Purpose.AccountManagement, Subjects = DataSubject.Customer)]
                    public string Email { get; set; } = "";

                    [PersonalData(Category.Name, Purpose.AccountManagement, Purpose.OrderFulfillment, Subjects = DataSubject.Customer)]
                    public string Name { get; set; } = "";

                    [PersonalData(Category.PostalAddress, Purpose.OrderFulfillment, Subjects = DataSubject.Customer)]
                    public string ShippingAddress { get; set; } = "";
                }
            }
            """);
    }

    private static void WriteApplication(string directory)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(
            Path.Combine(directory, "Shop.Web.csproj"),
            PackedPackageFixture.ConsumerProject(extraItems: """<ProjectReference Include="../Shop.Domain/Shop.Domain.csproj" />"""));
        File.WriteAllText(Path.Combine(directory, "ShippingService.cs"), """
            using PrivacyAttributes;
            using Shop.Domain;

            namespace Shop.Web
            {
                public sealed class ShippingService
                {
                    [ProcessingPurpose(Purpose.OrderFulfillment)]
                    public string Ship(Customer customer) => customer.Name + "\n" + customer.ShippingAddress;
                }

                public sealed class NewsletterSignup
                {
                    [PersonalData(Category.Email, Purpose.DirectMarketing, Subjects = DataSubject.Prospect)]
                    public string Email { get; set; } = "";
                }
            }
            """);
    }
}
