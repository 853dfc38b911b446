using System.Threading.Tasks;
using PrivacyAttributes.Analyzers.Rules;
using PrivacyAttributes.CodeFixes;
using Fix = PrivacyAttributes.Analyzers.Tests.Infrastructure.CodeFixVerifier<PrivacyAttributes.Analyzers.Rules.PurposeLimitationAnalyzer, PrivacyAttributes.CodeFixes.PurposeNotAllowedCodeFixProvider>;

namespace PrivacyAttributes.Analyzers.Tests.Rules;

/// <summary>The PRIV001 code fixes: allow the purpose on the member, or declare the member's purpose on the method.</summary>
public sealed class PurposeNotAllowedCodeFixTests
{
    [Fact]
    public Task Allow_the_purpose_on_the_member_keeps_named_arguments_last() => Fix.VerifyAsync(
        """
        using PrivacyAttributes;
        public class Customer
        {
            [PersonalData(Category.Email, Purpose.AccountManagement, Required = true)]
            public string Email { get; set; } = "";
        }

        public class Reports
        {
            [ProcessingPurpose(Purpose.Analytics)]
            public string Run(Customer c) => {|PRIV001:c.Email|};
        }
        """,
        """
        using PrivacyAttributes;
        public class Customer
        {
            [PersonalData(Category.Email, Purpose.AccountManagement, Purpose.Analytics, Required = true)]
            public string Email { get; set; } = "";
        }

        public class Reports
        {
            [ProcessingPurpose(Purpose.Analytics)]
            public string Run(Customer c) => c.Email;
        }
        """,
        codeActionIndex: 0);

    [Fact]
    public Task Declare_the_members_purpose_replaces_the_methods_purpose() => Fix.VerifyAsync(
        """
        using PrivacyAttributes;
        public class Customer
        {
            [PersonalData(Category.Email, Purpose.AccountManagement)]
            public string Email { get; set; } = "";
        }

        public class Reports
        {
            [ProcessingPurpose(Purpose.Analytics)]
            public string Run(Customer c) => {|PRIV001:c.Email|};
        }
        """,
        """
        using PrivacyAttributes;
        public class Customer
        {
            [PersonalData(Category.Email, Purpose.AccountManagement)]
            public string Email { get; set; } = "";
        }

        public class Reports
        {
            [ProcessingPurpose(Purpose.AccountManagement)]
            public string Run(Customer c) => c.Email;
        }
        """,
        codeActionIndex: 1);

    [Fact]
    public Task Declare_the_members_purpose_on_a_method_under_a_type_purpose_adds_the_attribute() => Fix.VerifyAsync(
        """
        using PrivacyAttributes;
        public class Customer
        {
            [PersonalData(Category.Email, Purpose.AccountManagement)]
            public string Email { get; set; } = "";
        }

        [ProcessingPurpose(Purpose.Analytics)]
        public class Reports
        {
            public string Run(Customer c) => {|PRIV001:c.Email|};
        }
        """,
        """
        using PrivacyAttributes;
        public class Customer
        {
            [PersonalData(Category.Email, Purpose.AccountManagement)]
            public string Email { get; set; } = "";
        }

        [ProcessingPurpose(Purpose.Analytics)]
        public class Reports
        {
            [ProcessingPurpose(Purpose.AccountManagement)]
            public string Run(Customer c) => c.Email;
        }
        """,
        codeActionIndex: 1);

    [Fact]
    public Task Record_positional_member_gets_the_purpose_on_its_parameter() => Fix.VerifyAsync(
        """
        using PrivacyAttributes;
        public record Contact([PersonalData(Category.Name, Purpose.CustomerSupport)] string Name);

        public class Ads
        {
            [ProcessingPurpose(Purpose.Advertising)]
            public string Greet(Contact c) => {|PRIV001:c.Name|};
        }
        """,
        """
        using PrivacyAttributes;
        public record Contact([PersonalData(Category.Name, Purpose.CustomerSupport, Purpose.Advertising)] string Name);

        public class Ads
        {
            [ProcessingPurpose(Purpose.Advertising)]
            public string Greet(Contact c) => c.Name;
        }
        """,
        codeActionIndex: 0);

    [Fact]
    public async Task Fix_all_allows_the_purpose_once_for_many_reads_across_documents()
    {
        var test = new Infrastructure.CodeFixVerifier<PurposeLimitationAnalyzer, PurposeNotAllowedCodeFixProvider>.Test
        {
            CodeActionEquivalenceKey = "PrivacyAttributes.AllowPurpose.Analytics",
            CodeActionIndex = 0,
        };
        test.TestState.Sources.Add("""
            using PrivacyAttributes;
            public class Customer
            {
                [PersonalData(Category.Email, Purpose.AccountManagement)]
                public string Email { get; set; } = "";
            }
            """);
        test.TestState.Sources.Add("""
            using PrivacyAttributes;
            [ProcessingPurpose(Purpose.Analytics)]
            public class Reports
            {
                public string Run(Customer c) => {|PRIV001:c.Email|} + {|PRIV001:c.Email|};

                public string Other(Customer c) => {|PRIV001:c.Email|};
            }
            """);
        test.FixedState.Sources.Add("""
            using PrivacyAttributes;
            public class Customer
            {
                [PersonalData(Category.Email, Purpose.AccountManagement, Purpose.Analytics)]
                public string Email { get; set; } = "";
            }
            """);
        test.FixedState.Sources.Add("""
            using PrivacyAttributes;
            [ProcessingPurpose(Purpose.Analytics)]
            public class Reports
            {
                public string Run(Customer c) => c.Email + c.Email;

                public string Other(Customer c) => c.Email;
            }
            """);
        await test.RunAsync();
    }

    [Fact]
    public async Task Members_from_metadata_get_only_the_method_fix()
    {
        var library = Infrastructure.TestReferences.CompileLibrary("Domain", """
            using PrivacyAttributes;
            namespace Domain
            {
                public class Patient
                {
                    [PersonalData(Category.Health, Purpose.HealthcareProvision)]
                    public string Diagnosis { get; set; } = "";
                }
            }
            """);
        var test = new Infrastructure.CodeFixVerifier<PurposeLimitationAnalyzer, PurposeNotAllowedCodeFixProvider>.Test
        {
            TestCode = """
                using PrivacyAttributes;
                public class Insurer
                {
                    [ProcessingPurpose(Purpose.Advertising)]
                    public string Quote(Domain.Patient p) => {|PRIV001:p.Diagnosis|};
                }
                """,
            FixedCode = """
                using PrivacyAttributes;
                public class Insurer
                {
                    [ProcessingPurpose(Purpose.HealthcareProvision)]
                    public string Quote(Domain.Patient p) => p.Diagnosis;
                }
                """,
            CodeActionIndex = 0,
            CodeActionEquivalenceKey = "PrivacyAttributes.DeclarePurpose.HealthcareProvision",
        };
        test.TestState.AdditionalReferences.Add(library);
        test.FixedState.AdditionalReferences.Add(library);
        await test.RunAsync();
    }
}
