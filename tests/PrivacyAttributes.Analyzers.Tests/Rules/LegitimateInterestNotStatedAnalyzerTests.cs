using System.Threading.Tasks;
using Verify = PrivacyAttributes.Analyzers.Tests.Infrastructure.AnalyzerVerifier<PrivacyAttributes.Analyzers.Rules.LegitimateInterestNotStatedAnalyzer>;

namespace PrivacyAttributes.Analyzers.Tests.Rules;

public sealed class LegitimateInterestNotStatedAnalyzerTests
{
    [Fact]
    public Task Legitimate_interests_without_the_interest_is_reported() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        [assembly: {|PRIV011:PurposeLegalBasis(Purpose.Analytics, LegalBasis.LegitimateInterests)|}]
        [assembly: PurposeLegalBasis(Purpose.Security, LegalBasis.LegitimateInterests, {|PRIV011:LegitimateInterest = "  "|})]
        [assembly: PurposeLegalBasis(Purpose.FraudPrevention, LegalBasis.LegitimateInterests, {|PRIV011:LegitimateInterest = null|})]
        """);

    [Fact]
    public Task A_stated_interest_or_another_basis_is_fine() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        [assembly: PurposeLegalBasis(Purpose.Analytics, LegalBasis.LegitimateInterests, LegitimateInterest = "understanding how the shop is used")]
        [assembly: PurposeLegalBasis(Purpose.DirectMarketing, LegalBasis.Consent)]
        """);
}
