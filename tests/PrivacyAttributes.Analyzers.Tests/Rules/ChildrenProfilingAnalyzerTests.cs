using System.Threading.Tasks;
using Verify = PrivacyAttributes.Analyzers.Tests.Infrastructure.AnalyzerVerifier<PrivacyAttributes.Analyzers.Rules.ChildrenProfilingAnalyzer>;

namespace PrivacyAttributes.Analyzers.Tests.Rules;

public sealed class ChildrenProfilingAnalyzerTests
{
    [Fact]
    public Task Childrens_data_for_marketing_advertising_and_personalization_is_reported() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        public class Player
        {
            [PersonalData(Category.Email, Purpose.AccountManagement, {|PRIV009:Purpose.DirectMarketing|}, {|PRIV009:Purpose.Advertising|}, {|PRIV009:Purpose.Personalization|}, Subjects = DataSubject.Customer | DataSubject.Child)]
            public string Email { get; set; } = "";
        }
        """);

    [Fact]
    public Task Childrens_data_for_other_purposes_and_adults_data_for_marketing_are_fine() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        public class Player
        {
            [PersonalData(Category.Email, Purpose.AccountManagement, Subjects = DataSubject.Child)]
            public string ChildEmail { get; set; } = "";

            [PersonalData(Category.Email, Purpose.DirectMarketing, Subjects = DataSubject.Customer)]
            public string ParentEmail { get; set; } = "";

            [PersonalData(Category.Email, Purpose.DirectMarketing)]
            public string Email { get; set; } = "";
        }
        """);

    [Fact]
    public Task Parameters_are_checked() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        public class Shop
        {
            public void Track([PersonalData(Category.UsageData, {|PRIV009:Purpose.Advertising|}, Subjects = DataSubject.Child)] string clicks) { }
        }
        """);
}
