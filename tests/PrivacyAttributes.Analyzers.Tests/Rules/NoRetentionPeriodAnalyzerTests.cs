using System.Threading.Tasks;
using PrivacyAttributes.Analyzers.Tests.Infrastructure;
using Verify = PrivacyAttributes.Analyzers.Tests.Infrastructure.AnalyzerVerifier<PrivacyAttributes.Analyzers.Rules.NoRetentionPeriodAnalyzer>;

namespace PrivacyAttributes.Analyzers.Tests.Rules;

public sealed class NoRetentionPeriodAnalyzerTests
{
    [Fact]
    public Task Data_without_retention_is_reported() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        public class Customer
        {
            [{|PRIV010:PersonalData(Category.Email, Purpose.AccountManagement)|}]
            public string Email { get; set; } = "";
        }
        """);

    [Fact]
    public Task Retention_on_the_member_or_for_the_category_is_enough() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        [assembly: Retention(Category.Email, "UntilAccountDeletion")]
        public class Customer
        {
            [PersonalData(Category.Email, Purpose.AccountManagement)]
            public string Email { get; set; } = "";

            [PersonalData(Category.PhoneNumber, Purpose.AccountManagement, Retention = "P2Y")]
            public string Phone { get; set; } = "";

            [{|PRIV010:PersonalData(Category.Name, Purpose.AccountManagement, Retention = " ")|}]
            public string Name { get; set; } = "";
        }
        """);

    [Fact]
    public Task Retention_declared_in_a_referenced_assembly_counts()
    {
        var library = TestReferences.CompileLibrary("Company.Privacy", """
            using PrivacyAttributes;
            [assembly: Retention(Category.Email, "P3Y", Reason = "limitation period")]
            """);
        return Verify.VerifyAsync("""
            using PrivacyAttributes;
            public class Customer
            {
                [PersonalData(Category.Email, Purpose.AccountManagement)]
                public string Email { get; set; } = "";

                [{|PRIV010:PersonalData(Category.PhoneNumber, Purpose.AccountManagement)|}]
                public string Phone { get; set; } = "";
            }
            """, null, [library]);
    }
}
