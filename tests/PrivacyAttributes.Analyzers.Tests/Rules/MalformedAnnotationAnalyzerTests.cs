using System.Threading.Tasks;
using PrivacyAttributes.Analyzers.Rules;
using Verify = PrivacyAttributes.Analyzers.Tests.Infrastructure.AnalyzerVerifier<PrivacyAttributes.Analyzers.Rules.MalformedAnnotationAnalyzer>;

namespace PrivacyAttributes.Analyzers.Tests.Rules;

public sealed class MalformedAnnotationAnalyzerTests
{
    [Fact]
    public Task Personal_data_without_purpose_is_reported() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        public class Customer
        {
            [{|PRIV100:PersonalData(Category.Email)|}]
            public string Email { get; set; } = "";
        }
        """);

    [Fact]
    public Task Personal_data_with_purpose_is_fine() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        public class Customer
        {
            [PersonalData(Category.Email, Purpose.AccountManagement)]
            public string Email { get; set; } = "";
        }
        """);
}
