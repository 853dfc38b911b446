using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = PrivacyAttributes.Analyzers.Tests.Infrastructure.AnalyzerVerifier<PrivacyAttributes.Analyzers.Rules.TransferWithoutSafeguardAnalyzer>;

namespace PrivacyAttributes.Analyzers.Tests.Rules;

public sealed class TransferWithoutSafeguardAnalyzerTests
{
    [Fact]
    public Task Recipient_outside_the_eea_without_transfer_is_reported() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        [assembly: {|PRIV007:Recipient("Acme Analytics", RecipientKind.ServiceProvider, Country = "IN")|}]
        [assembly: Recipient("Mailer", RecipientKind.ServiceProvider, Country = "BR", {|PRIV007:Transfer = TransferMechanism.None|})]
        """);

    [Fact]
    public Task Message_names_the_recipient_the_country_and_the_date_of_the_adequacy_list() => Verify.VerifyAsync(
        """
        using PrivacyAttributes;
        [assembly: Recipient("Acme Analytics", RecipientKind.ServiceProvider, Country = "IN", {|#0:Transfer = TransferMechanism.AdequacyDecision|})]
        """,
        new DiagnosticResult("PRIV007", DiagnosticSeverity.Warning)
            .WithLocation(0)
            .WithMessage($"Recipient 'Acme Analytics' relies on an adequacy decision, but the European Commission has made none for India (IN) (list as of {PrivacyAttributes.Taxonomy.Countries.AdequacyListAsOf}): use TransferMechanism.StandardContractualClauses, or the safeguard that applies"));

    [Fact]
    public Task The_united_kingdom_has_an_adequacy_decision_but_a_transfer_there_must_still_say_so() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        [assembly: {|PRIV007:Recipient("London Office", RecipientKind.Affiliate, Country = "GB")|}]
        [assembly: Recipient("Zurich Office", RecipientKind.Affiliate, Country = "CH", Transfer = TransferMechanism.AdequacyDecision)]
        [assembly: Recipient("UK Office", RecipientKind.Affiliate, Country = "GB", Transfer = TransferMechanism.AdequacyDecision)]
        """);

    [Fact]
    public Task Recipients_in_the_eea_with_safeguards_or_without_country_are_fine() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        [assembly: Recipient("Hosting", RecipientKind.ServiceProvider, Country = "DE")]
        [assembly: Recipient("Oslo", RecipientKind.Affiliate, Country = "NO")]
        [assembly: Recipient("Reykjavik", RecipientKind.Affiliate, Country = "IS")]
        [assembly: Recipient("Vaduz", RecipientKind.Affiliate, Country = "LI")]
        [assembly: Recipient("Stripe", RecipientKind.ServiceProvider, Country = "US", Transfer = TransferMechanism.StandardContractualClauses)]
        [assembly: Recipient("DPF vendor", RecipientKind.ServiceProvider, Country = "US", Transfer = TransferMechanism.AdequacyDecision)]
        [assembly: Recipient("Group", RecipientKind.Affiliate, Country = "IN", Transfer = TransferMechanism.BindingCorporateRules)]
        [assembly: Recipient("Courts", RecipientKind.Authority)]
        [assembly: Recipient("Typo", RecipientKind.Authority, Country = "usa")]
        """);
}
