using System.Threading.Tasks;
using PrivacyAttributes.Analyzers.Tests.Infrastructure;
using Verify = PrivacyAttributes.Analyzers.Tests.Infrastructure.AnalyzerVerifier<PrivacyAttributes.Analyzers.Rules.SpecialCategoryWithoutConditionAnalyzer>;

namespace PrivacyAttributes.Analyzers.Tests.Rules;

public sealed class SpecialCategoryWithoutConditionAnalyzerTests
{
    [Fact]
    public Task Health_data_for_a_purpose_without_condition_is_reported() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        [assembly: PurposeLegalBasis(Purpose.HealthcareProvision, LegalBasis.Contract)]
        public class Patient
        {
            [PersonalData(Category.Health, {|PRIV004:Purpose.HealthcareProvision|})]
            public string Diagnosis { get; set; } = "";
        }
        """);

    [Fact]
    public Task Health_data_with_a_condition_is_fine() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        [assembly: PurposeLegalBasis(Purpose.HealthcareProvision, LegalBasis.Contract, Condition = SpecialCategoryCondition.HealthOrSocialCare)]
        public class Patient
        {
            [PersonalData(Category.Health, Purpose.HealthcareProvision)]
            public string Diagnosis { get; set; } = "";
        }
        """);

    [Fact]
    public Task One_basis_with_a_condition_is_enough_and_only_the_purpose_without_is_reported() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        [assembly: PurposeLegalBasis(Purpose.Research, LegalBasis.LegitimateInterests, LegitimateInterest = "x")]
        [assembly: PurposeLegalBasis(Purpose.Research, LegalBasis.Consent, Condition = SpecialCategoryCondition.ExplicitConsent)]
        [assembly: PurposeLegalBasis(Purpose.Analytics, LegalBasis.LegitimateInterests, LegitimateInterest = "x")]
        public class Member
        {
            [PersonalData(Category.Biometric, Purpose.Research, {|PRIV004:Purpose.Analytics|})]
            public byte[] Fingerprint { get; set; } = new byte[0];
        }
        """);

    [Fact]
    public Task Ordinary_data_and_purposes_without_any_basis_are_not_this_rules_business() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        [assembly: PurposeLegalBasis(Purpose.Analytics, LegalBasis.Consent)]
        public class Member
        {
            [PersonalData(Category.Email, Purpose.Analytics)]
            public string Email { get; set; } = "";

            [PersonalData(Category.Health, Purpose.Research)]
            public string Diagnosis { get; set; } = "";
        }
        """);

    [Fact]
    public Task Conditions_declared_in_a_referenced_assembly_count()
    {
        var library = TestReferences.CompileLibrary("Company.Privacy", """
            using PrivacyAttributes;
            [assembly: PurposeLegalBasis(Purpose.HealthcareProvision, LegalBasis.Contract, Condition = SpecialCategoryCondition.HealthOrSocialCare)]
            [assembly: PurposeLegalBasis(Purpose.Research, LegalBasis.PublicTask)]
            """);
        return Verify.VerifyAsync("""
            using PrivacyAttributes;
            public class Patient
            {
                [PersonalData(Category.Genetic, Purpose.HealthcareProvision, {|PRIV004:Purpose.Research|})]
                public string Genome { get; set; } = "";
            }
            """, null, [library]);
    }

    [Fact]
    public Task Parameters_and_record_parameters_are_checked() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        [assembly: PurposeLegalBasis(Purpose.Employment, LegalBasis.Contract)]
        public record Employee([PersonalData(Category.TradeUnionMembership, {|PRIV004:Purpose.Employment|})] string Union);
        public class Service
        {
            public void Save([PersonalData(Category.Health, {|PRIV004:Purpose.Employment|})] string sickNote) { }
        }
        """);
}
