using System.Threading.Tasks;
using Verify = PrivacyAttributes.Analyzers.Tests.Infrastructure.AnalyzerVerifier<PrivacyAttributes.Analyzers.Rules.PurposeLimitationAnalyzer>;

namespace PrivacyAttributes.Analyzers.Tests.Rules;

/// <summary>PRIV002: personal data is used in code that declares no purpose.</summary>
public sealed class NoPurposeDeclaredTests
{
    private const string Customer = """

        public class Customer
        {
            [PersonalData(Category.Email, Purpose.AccountManagement, Purpose.DirectMarketing)]
            public string Email { get; set; } = "";

            public int Id { get; set; }
        }
        """;

    [Fact]
    public Task Use_without_any_purpose_is_reported_as_info() => Verify.VerifyAsync(
        """
        using PrivacyAttributes;
        public class Export
        {
            public string Run(Customer c) => {|#0:c.Email|} + c.Id;
        }
        """ + Customer,
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult("PRIV002", Microsoft.CodeAnalysis.DiagnosticSeverity.Info)
            .WithLocation(0).WithArguments("'Customer.Email'", "email address", "AccountManagement, DirectMarketing"));

    [Fact]
    public Task Lambdas_and_local_functions_without_purpose_are_reported() => Verify.VerifyAsync("""
        using System;
        using PrivacyAttributes;
        public class Export
        {
            public Func<string> Lambda(Customer c) => () => {|PRIV002:c.Email|};

            public string Local(Customer c)
            {
                return Read();
                string Read() => {|PRIV002:c.Email|};
            }
        }
        """ + Customer);

    [Fact]
    public Task Any_declaration_level_silences_it() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        [ProcessingPurpose(Purpose.AccountManagement)]
        public class Accounts
        {
            public string Read(Customer c) => c.Email;
        }

        public class Methods
        {
            [ProcessingPurpose(Purpose.AccountManagement)]
            public string Read(Customer c) => c.Email;
        }
        """ + Customer);

    [Fact]
    public Task Empty_processing_purpose_counts_as_none() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        public class Methods
        {
            [ProcessingPurpose]
            public string Read(Customer c) => {|PRIV002:c.Email|};
        }
        """ + Customer);

    [Fact]
    public Task Declaring_type_plumbing_is_not_processing() => Verify.VerifyAsync("""
        using System;
        using PrivacyAttributes;
        public sealed class Person : IEquatable<Person>
        {
            public Person([PersonalData(Category.Name, Purpose.AccountManagement)] string name) { Name = name; Upper = name.ToUpperInvariant(); }

            [PersonalData(Category.Name, Purpose.AccountManagement)]
            public string Name { get; }

            public string Upper { get; }

            public string Display => "Dear " + Name;

            public string Initial { get { return Name.Substring(0, 1); } }

            public bool Equals(Person? other) => other is not null && other.Name == Name;

            public override bool Equals(object? obj) => Equals(obj as Person);

            public override int GetHashCode() => Name.GetHashCode();

            public void Deconstruct(out string name) => name = Name;

            public static bool operator ==(Person? a, Person? b) => a?.Name == b?.Name;

            public static bool operator !=(Person? a, Person? b) => !(a == b);

            public string Shout() => {|PRIV002:Name|} + "!";
        }
        """);

    [Fact]
    public Task Records_positional_members_are_read_through_properties() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        public record Contact([PersonalData(Category.Name, Purpose.CustomerSupport)] string Name);

        public class Printer
        {
            public string Print(Contact c) => {|PRIV002:c.Name|};
        }
        """);
}
