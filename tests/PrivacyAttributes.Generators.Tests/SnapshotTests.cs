using System;
using System.IO;
using PrivacyAttributes.Generators.Tests.Infrastructure;

namespace PrivacyAttributes.Generators.Tests;

/// <summary>
/// Whole inventories compared byte for byte with <c>Snapshots/*.json</c>. Set
/// <c>PRIVACYATTRIBUTES_UPDATE_GOLDEN=1</c> to rewrite them, then review the diff.
/// </summary>
public sealed class SnapshotTests
{
    [Fact]
    public void Shop() => Verify("Shop", GeneratorHarness.Run("Shop", SampleSources.Shop));

    [Fact]
    public void Empty() => Verify("Empty", GeneratorHarness.Run("Empty", [new TestFile("Program.cs", "public static class Program { }")]));

    [Fact]
    public void Application_over_a_referenced_domain()
    {
        var domain = GeneratorHarness.CompileLibrary("Shop.Domain", """
            using PrivacyAttributes;
            [assembly: DataController("Example Shop Ltd", DataProtectionOfficer = "dpo@example.com", Representative = "Example EU B.V.", SupervisoryAuthority = "ICO")]
            [assembly: PurposeLegalBasis(Purpose.AccountManagement, LegalBasis.Contract, Description = "Running your account")]
            [assembly: Recipient("Stripe", RecipientKind.ServiceProvider, Country = "US", Transfer = TransferMechanism.AdequacyDecision, Purposes = new[] { Purpose.PaymentProcessing })]
            [assembly: Retention(Category.PaymentCard, "UntilPurposeFulfilled")]
            namespace Shop.Domain
            {
                public sealed class Account
                {
                    [PersonalData(Category.Email, Purpose.AccountManagement, Required = true)]
                    public string Email { get; set; } = "";

                    [PersonalData(Category.PaymentCard, Purpose.PaymentProcessing, SharedWith = new[] { "Stripe" })]
                    public string Card { get; set; } = "";
                }
            }
            """);
        var output = GeneratorHarness.Run("Shop.App", [new TestFile("Payments/Charge.cs", """
            using PrivacyAttributes;
            using Shop.Domain;
            [assembly: PurposeLegalBasis(Purpose.PaymentProcessing, LegalBasis.Contract)]
            namespace Shop.App
            {
                [SharesWith("Stripe")]
                public static class StripeClient
                {
                    public static void Charge(string card, decimal amount) { }
                }

                public sealed class Payments
                {
                    [ProcessingPurpose(Purpose.PaymentProcessing)]
                    public void Pay(Account account, [PersonalData(Category.PostalAddress, Purpose.PaymentProcessing)] string billingAddress)
                    {
                        StripeClient.Charge(account.Card, 10m);
                        System.Console.WriteLine(billingAddress.Length);
                    }
                }
            }
            """)], [domain]);
        Verify("Application", output);
    }

    // Found from the repository root recorded at build time: [CallerFilePath] is mapped to /_/ in
    // CI's deterministic builds (ContinuousIntegrationBuild), where it names no real file.
    private static void Verify(string name, GeneratorOutput output)
    {
        GeneratorHarness.AssertGeneratorDidNotFail(output);
        var actual = output.Json ?? throw new InvalidOperationException("no inventory");
        var path = Path.Combine(PrivacyAttributes.Testing.RepositoryPaths.Root, "tests", "PrivacyAttributes.Generators.Tests", "Snapshots", name + ".json");
        if (Environment.GetEnvironmentVariable("PRIVACYATTRIBUTES_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run with PRIVACYATTRIBUTES_UPDATE_GOLDEN=1 to create it");
        var expected = File.ReadAllText(path);
        Assert.Equal(expected, actual);
    }
}
