using System.Threading.Tasks;
using PrivacyAttributes.Analyzers.Rules;
using PrivacyAttributes.CodeFixes;
using Fix = PrivacyAttributes.Analyzers.Tests.Infrastructure.CodeFixVerifier<PrivacyAttributes.Analyzers.Rules.PurposeLimitationAnalyzer, PrivacyAttributes.CodeFixes.NoPurposeDeclaredCodeFixProvider>;

namespace PrivacyAttributes.Analyzers.Tests.Rules;

/// <summary>The PRIV002 code fix: add [ProcessingPurpose] with one of the purposes the data allows.</summary>
public sealed class NoPurposeDeclaredCodeFixTests
{
    private const string Customer = """

        public class Customer
        {
            [PersonalData(Category.Email, Purpose.AccountManagement, Purpose.DirectMarketing)]
            public string Email { get; set; } = "";
        }
        """;

    [Theory]
    [InlineData(0, "AccountManagement")]
    [InlineData(1, "DirectMarketing")]
    public Task One_action_per_allowed_purpose(int index, string purpose) => Fix.VerifyAsync(
        """
        using PrivacyAttributes;
        public class Export
        {
            // Sends the newsletter.
            public string Run(Customer c) => {|PRIV002:c.Email|};
        }
        """ + Customer,
        """
        using PrivacyAttributes;
        public class Export
        {
            // Sends the newsletter.
            [ProcessingPurpose(Purpose.
        """ + purpose + """
        )]
            public string Run(Customer c) => c.Email;
        }
        """ + Customer,
        codeActionIndex: index);

    [Fact]
    public Task Local_functions_accessors_and_constructors_get_the_attribute() => Fix.VerifyAsync(
        """
        using PrivacyAttributes;
        public class Export
        {
            private readonly string to;

            public Export(Customer c) { to = {|PRIV002:c.Email|}; }

            public Customer C { get; set; } = new();

            public string Address
            {
                get { return {|PRIV002:C.Email|}; }
            }

            public string Run(Customer c)
            {
                return Read();

                string Read() => {|PRIV002:c.Email|};
            }
        }
        """ + Customer,
        """
        using PrivacyAttributes;
        public class Export
        {
            private readonly string to;

            [ProcessingPurpose(Purpose.AccountManagement)]
            public Export(Customer c) { to = c.Email; }

            public Customer C { get; set; } = new();

            public string Address
            {
                [ProcessingPurpose(Purpose.AccountManagement)]
                get { return C.Email; }
            }

            public string Run(Customer c)
            {
                return Read();

                [ProcessingPurpose(Purpose.AccountManagement)]
                string Read() => c.Email;
            }
        }
        """ + Customer,
        codeActionIndex: 0);

    [Fact]
    public async Task Fix_all_covers_several_reads_methods_and_documents()
    {
        var test = new Infrastructure.CodeFixVerifier<PurposeLimitationAnalyzer, NoPurposeDeclaredCodeFixProvider>.Test
        {
            CodeActionEquivalenceKey = "PrivacyAttributes.DeclarePurpose.DirectMarketing",
            CodeActionIndex = 1,
        };
        test.TestState.Sources.Add("""
            using PrivacyAttributes;
            public class First
            {
                public string Both(Customer c) => {|PRIV002:c.Email|} + {|PRIV002:c.Email|};

                public string Other(Customer c) => {|PRIV002:c.Email|};
            }
            """ + Customer);
        test.TestState.Sources.Add("""
            using PrivacyAttributes;
            public class Second
            {
                public string Read(Customer c) => {|PRIV002:c.Email|};
            }
            """);
        test.FixedState.Sources.Add("""
            using PrivacyAttributes;
            public class First
            {
                [ProcessingPurpose(Purpose.DirectMarketing)]
                public string Both(Customer c) => c.Email + c.Email;

                [ProcessingPurpose(Purpose.DirectMarketing)]
                public string Other(Customer c) => c.Email;
            }
            """ + Customer);
        test.FixedState.Sources.Add("""
            using PrivacyAttributes;
            public class Second
            {
                [ProcessingPurpose(Purpose.DirectMarketing)]
                public string Read(Customer c) => c.Email;
            }
            """);
        await test.RunAsync();
    }
}
