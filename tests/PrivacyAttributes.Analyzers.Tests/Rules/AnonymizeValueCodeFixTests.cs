using System.Threading.Tasks;
using PrivacyAttributes.Analyzers.Rules;
using PrivacyAttributes.CodeFixes;
using Fix = PrivacyAttributes.Analyzers.Tests.Infrastructure.CodeFixVerifier<PrivacyAttributes.Analyzers.Rules.PersonalDataReachesSinkAnalyzer, PrivacyAttributes.CodeFixes.AnonymizeValueCodeFixProvider>;

namespace PrivacyAttributes.Analyzers.Tests.Rules;

/// <summary>The PRIV003 code fix: wrap the value in a call to an [Anonymizes] method.</summary>
public sealed class AnonymizeValueCodeFixTests
{
    private const string Model = """

        namespace Privacy
        {
            public static class Redact
            {
                [Anonymizes]
                public static string Mask(string value) => "***";

                [Anonymizes]
                public static string Hash(object value, string salt = "") => "#";

                [Anonymizes]
                public static int Bucket(int value) => value / 10;

                public static string NotMarked(string value) => value;
            }
        }

        public class Customer
        {
            [PersonalData(Category.Email, Purpose.AccountManagement)]
            public string Email { get; set; } = "";
        }
        """;

    [Theory]
    [InlineData(0, "Hash")]
    [InlineData(1, "Mask")]
    public Task One_action_per_suitable_anonymizer(int index, string method) => Fix.VerifyAsync(
        """
        using System;
        using PrivacyAttributes;
        public class Service
        {
            public void Run(Customer c) => Console.WriteLine({|PRIV003:c.Email|});
        }
        """ + Model,
        """
        using System;
        using PrivacyAttributes;
        public class Service
        {
            public void Run(Customer c) => Console.WriteLine(Privacy.Redact.
        """ + method + """
        (c.Email));
        }
        """ + Model,
        codeActionIndex: index);

    [Fact]
    public Task Whole_objects_are_offered_only_anonymizers_that_accept_them() => Fix.VerifyAsync(
        """
        using System;
        using PrivacyAttributes;
        using Privacy;
        public class Service
        {
            public void Run(Customer c) => Console.WriteLine({|PRIV003:c|});
        }
        """ + Model,
        """
        using System;
        using PrivacyAttributes;
        using Privacy;
        public class Service
        {
            public void Run(Customer c) => Console.WriteLine(Redact.Hash(c));
        }
        """ + Model,
        codeActionIndex: 0);

    [Fact]
    public async Task Fix_all_wraps_every_leak_in_every_document()
    {
        var test = new Infrastructure.CodeFixVerifier<PersonalDataReachesSinkAnalyzer, AnonymizeValueCodeFixProvider>.Test
        {
            CodeActionEquivalenceKey = "PrivacyAttributes.Anonymize.M:Privacy.Redact.Mask(System.String)",
            CodeActionIndex = 1,
        };
        test.TestState.Sources.Add("""
            using System;
            using PrivacyAttributes;
            public class First
            {
                public void Run(Customer c)
                {
                    Console.WriteLine({|PRIV003:c.Email|});
                    Console.Write("{0} {1}", {|PRIV003:c.Email|}, {|PRIV003:"to " + c.Email|});
                }
            }
            """ + Model);
        test.TestState.Sources.Add("""
            public class Second
            {
                public void Run(Customer c) => System.Diagnostics.Debug.WriteLine({|PRIV003:c.Email|});
            }
            """);
        test.FixedState.Sources.Add("""
            using System;
            using PrivacyAttributes;
            public class First
            {
                public void Run(Customer c)
                {
                    Console.WriteLine(Privacy.Redact.Mask(c.Email));
                    Console.Write("{0} {1}", Privacy.Redact.Mask(c.Email), Privacy.Redact.Mask("to " + c.Email));
                }
            }
            """ + Model);
        test.FixedState.Sources.Add("""
            public class Second
            {
                public void Run(Customer c) => System.Diagnostics.Debug.WriteLine(Privacy.Redact.Mask(c.Email));
            }
            """);
        await test.RunAsync();
    }
}
