using System.Collections.Generic;
using System.IO;
using System.Linq;
using PrivacyAttributes.Testing;

namespace PrivacyAttributes.Generators.Tests.Infrastructure;

/// <summary>Realistic multi-file code used by the snapshot, determinism and caching tests, and the repository's sample projects.</summary>
public static class SampleSources
{
    /// <summary>The sample projects under <c>samples/</c>, relative to the repository root.</summary>
    public static TheoryData<string> SampleProjects() => new()
    {
        "samples/CorporateWebsite/CorporateWebsite.Domain",
        "samples/CorporateWebsite/CorporateWebsite.Web",
        "samples/HealthPlatform/HealthPlatform.Domain",
        "samples/HealthPlatform/HealthPlatform.Web",
    };

    /// <summary>A sample project's C# files (without <c>bin</c> and <c>obj</c>), in ordinal order of their paths.</summary>
    public static List<TestFile> SampleProject(string project)
    {
        var directory = Path.Combine(RepositoryPaths.Root, project);
        return Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .OrderBy(path => path, System.StringComparer.Ordinal)
            .Select(path => new TestFile(Path.GetRelativePath(directory, path), File.ReadAllText(path)))
            .ToList();
    }

    public static readonly TestFile[] Shop =
    [
        new("Properties/Declarations.cs", """
            using PrivacyAttributes;
            [assembly: DataController("Example Shop Ltd", Address = "1 Example Street, London", Email = "privacy@example.com", Website = "https://example.com")]
            [assembly: PurposeLegalBasis(Purpose.AccountManagement, LegalBasis.Contract)]
            [assembly: PurposeLegalBasis(Purpose.DirectMarketing, LegalBasis.LegitimateInterests, LegitimateInterest = "Sending offers to existing customers", Description = "Marketing about similar products")]
            [assembly: PurposeLegalBasis(Purpose.DirectMarketing, LegalBasis.Consent)]
            [assembly: PurposeLegalBasis(Purpose.HealthcareProvision, LegalBasis.Contract, Condition = SpecialCategoryCondition.HealthOrSocialCare)]
            [assembly: Recipient("Salesforce", RecipientKind.ServiceProvider, Country = "US", Transfer = TransferMechanism.StandardContractualClauses, Purposes = new[] { Purpose.DirectMarketing }, Description = "Customer relationship management")]
            [assembly: Recipient("Auditors", RecipientKind.ProfessionalAdviser, Country = "DE")]
            [assembly: Retention(Category.Email, "UntilAccountDeletion", Reason = "Kept while the account exists")]
            [assembly: Retention(Category.PurchaseHistory, "P10Y", Reason = "Commercial and tax law")]
            """),
        new("Domain/Customer.cs", """
            using PrivacyAttributes;
            namespace Shop.Domain
            {
                public sealed class Customer
                {
                    [PersonalData(Category.Email, Purpose.AccountManagement, Purpose.DirectMarketing, Subjects = DataSubject.Customer | DataSubject.Prospect, Required = true, SharedWith = new[] { "Salesforce" }, Description = "Email address")]
                    public string Email { get; set; } = "";

                    [PersonalData(Category.Name, Purpose.AccountManagement, Retention = "P2Y")]
                    public string Name { get; set; } = "";

                    public string Phone { get; set; } = "";

                    public int Visits { get; set; }
                }

                public record Order([PersonalData(Category.PurchaseHistory, Purpose.OrderFulfillment)] string Items, decimal Total);

                public sealed class Patient
                {
                    [PersonalData(Category.Health, Purpose.HealthcareProvision, Subjects = DataSubject.Patient, Description = "Diagnosis \"as written\" by C:\\doctors")]
                    public string Diagnosis = "";
                }
            }
            """),
        new("Web/Newsletter.cs", """
            using PrivacyAttributes;
            using Shop.Domain;
            namespace Shop.Web
            {
                public sealed class Newsletter
                {
                    [ProcessingPurpose(Purpose.DirectMarketing)]
                    public void Send(Customer customer)
                    {
                        var greeting = "Dear " + customer.Name;
                        Crm.Upload(customer.Email, customer.Phone);
                    }

                    public int Count() { return 1; }
                }

                [SharesWith("Salesforce")]
                public static class Crm
                {
                    public static void Upload(string email, string phone) { }
                }
            }
            """),
        new("Web/Checkout.cs", """
            using System;
            using System.Linq;
            using PrivacyAttributes;
            using Shop.Domain;
            namespace Shop.Web
            {
                [ProcessingPurpose(Purpose.OrderFulfillment)]
                public sealed class Checkout
                {
                    public string Summary(Order order, Customer customer)
                    {
                        Func<string> items = () => order.Items;
                        return items() + Format();

                        string Format() => customer.Email.ToUpperInvariant();
                    }
                }
            }
            """),
        new("Util/Text.cs", """
            namespace Shop.Util
            {
                public static class Text
                {
                    public static string Trim(string value) { return value.Trim(); }
                }
            }
            """),
    ];
}
