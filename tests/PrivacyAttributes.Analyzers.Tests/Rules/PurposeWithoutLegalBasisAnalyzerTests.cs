using System.Threading.Tasks;
using PrivacyAttributes.Analyzers.Tests.Infrastructure;
using Verify = PrivacyAttributes.Analyzers.Tests.Infrastructure.AnalyzerVerifier<PrivacyAttributes.Analyzers.Rules.PurposeWithoutLegalBasisAnalyzer>;

namespace PrivacyAttributes.Analyzers.Tests.Rules;

public sealed class PurposeWithoutLegalBasisAnalyzerTests
{
    [Fact]
    public Task Purposes_without_basis_in_annotations_are_reported_once_each() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        [assembly: PurposeLegalBasis(Purpose.AccountManagement, LegalBasis.Contract)]
        public class Customer
        {
            [PersonalData(Category.Email, Purpose.AccountManagement, {|PRIV005:Purpose.DirectMarketing|}, Purpose.DirectMarketing)]
            public string Email { get; set; } = "";

            [PersonalData(Category.Name, new[] { {|PRIV005:Purpose.Analytics|} })]
            public string name = "";

            public Customer([PersonalData(Category.PhoneNumber, {|PRIV005:Purpose.CustomerSupport|})] string phone) { }
        }
        """);

    [Fact]
    public Task Processing_purposes_on_assembly_types_and_methods_are_reported() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        [assembly: ProcessingPurpose({|PRIV005:Purpose.WebsiteOperation|})]
        [assembly: PurposeLegalBasis(Purpose.OrderFulfillment, LegalBasis.Contract)]

        [ProcessingPurpose(Purpose.OrderFulfillment, {|PRIV005:Purpose.Analytics|})]
        public class Orders
        {
            [ProcessingPurpose({|PRIV005:Purpose.FraudPrevention|})]
            public void Check() { }
        }
        """);

    [Fact]
    public Task Declared_purposes_and_undefined_values_are_not_reported() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        [assembly: PurposeLegalBasis(Purpose.AccountManagement, LegalBasis.Contract)]
        public class Customer
        {
            [PersonalData(Category.Email, Purpose.AccountManagement, (Purpose)999)]
            public string Email { get; set; } = "";
        }
        """);

    [Fact]
    public Task Legal_bases_declared_in_a_referenced_assembly_count()
    {
        var library = TestReferences.CompileLibrary("Company.Privacy", """
            using PrivacyAttributes;
            [assembly: PurposeLegalBasis(Purpose.DirectMarketing, LegalBasis.Consent)]
            """);
        return Verify.VerifyAsync("""
            using PrivacyAttributes;
            public class Customer
            {
                [PersonalData(Category.Email, Purpose.DirectMarketing, {|PRIV005:Purpose.Advertising|})]
                public string Email { get; set; } = "";
            }
            """, null, [library]);
    }
}
