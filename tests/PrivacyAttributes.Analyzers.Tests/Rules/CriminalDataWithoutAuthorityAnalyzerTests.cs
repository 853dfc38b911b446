using System.Threading.Tasks;
using PrivacyAttributes.Analyzers.Tests.Infrastructure;
using Verify = PrivacyAttributes.Analyzers.Tests.Infrastructure.AnalyzerVerifier<PrivacyAttributes.Analyzers.Rules.CriminalDataWithoutAuthorityAnalyzer>;

namespace PrivacyAttributes.Analyzers.Tests.Rules;

public sealed class CriminalDataWithoutAuthorityAnalyzerTests
{
    [Fact]
    public Task Criminal_record_on_consent_is_reported() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        [assembly: PurposeLegalBasis(Purpose.Recruitment, LegalBasis.Consent)]
        public class Applicant
        {
            [PersonalData(Category.CriminalRecord, {|PRIV012:Purpose.Recruitment|})]
            public string Convictions { get; set; } = "";
        }
        """);

    [Theory]
    [InlineData("LegalObligation")]
    [InlineData("PublicTask")]
    public Task Criminal_record_on_legal_obligation_or_public_task_is_fine(string basis) => Verify.VerifyAsync($$"""
        using PrivacyAttributes;
        [assembly: PurposeLegalBasis(Purpose.Recruitment, LegalBasis.Consent)]
        [assembly: PurposeLegalBasis(Purpose.Recruitment, LegalBasis.{{basis}})]
        public class Applicant
        {
            [PersonalData(Category.CriminalRecord, Purpose.Recruitment)]
            public string Convictions { get; set; } = "";
        }
        """);

    [Fact]
    public Task Other_categories_and_purposes_without_basis_are_not_reported() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        [assembly: PurposeLegalBasis(Purpose.Recruitment, LegalBasis.Consent)]
        public class Applicant
        {
            [PersonalData(Category.Name, Purpose.Recruitment)]
            public string Name { get; set; } = "";

            [PersonalData(Category.CriminalRecord, Purpose.FraudPrevention)]
            public string Convictions { get; set; } = "";
        }
        """);

    [Fact]
    public Task A_legal_obligation_declared_in_a_referenced_assembly_counts()
    {
        var library = TestReferences.CompileLibrary("Company.Privacy", """
            using PrivacyAttributes;
            [assembly: PurposeLegalBasis(Purpose.Employment, LegalBasis.LegalObligation)]
            [assembly: PurposeLegalBasis(Purpose.FraudPrevention, LegalBasis.LegitimateInterests, LegitimateInterest = "x")]
            """);
        return Verify.VerifyAsync("""
            using PrivacyAttributes;
            public class Employee
            {
                [PersonalData(Category.CriminalRecord, Purpose.Employment, {|PRIV012:Purpose.FraudPrevention|})]
                public string Record { get; set; } = "";
            }
            """, null, [library]);
    }
}
