using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using PrivacyAttributes.Analyzers.Tests.Infrastructure;
using Verify = PrivacyAttributes.Analyzers.Tests.Infrastructure.AnalyzerVerifier<PrivacyAttributes.Analyzers.Rules.PurposeLimitationAnalyzer>;

namespace PrivacyAttributes.Analyzers.Tests.Rules;

/// <summary>PRIV001: personal data is used for a purpose it was not collected for.</summary>
public sealed class PurposeNotAllowedTests
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
    public Task Method_purpose_not_allowed_is_reported_with_member_category_and_purposes() => Verify.VerifyAsync(
        """
        using PrivacyAttributes;
        public class Reports
        {
            [ProcessingPurpose(Purpose.Analytics)]
            public string Run(Customer c) => {|#0:c.Email|};
        }
        """ + Customer,
        Verify.Diagnostic("PRIV001").WithLocation(0).WithArguments("'Customer.Email'", "email address", "Analytics", "AccountManagement, DirectMarketing"));

    [Fact]
    public Task Method_purpose_allowed_is_fine() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        public class Newsletter
        {
            [ProcessingPurpose(Purpose.DirectMarketing)]
            public string Send(Customer c) => c.Email;
        }
        """ + Customer);

    [Fact]
    public Task Every_purpose_in_force_must_be_allowed() => Verify.VerifyAsync(
        """
        using PrivacyAttributes;
        public class Mixed
        {
            [ProcessingPurpose(Purpose.DirectMarketing, Purpose.Advertising)]
            public string Send(Customer c) => {|#0:c.Email|};
        }
        """ + Customer,
        Verify.Diagnostic("PRIV001").WithLocation(0).WithArguments("'Customer.Email'", "email address", "Advertising", "AccountManagement, DirectMarketing"));

    [Fact]
    public Task Constructor_purpose_is_checked() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        public class Campaign
        {
            private readonly string to;

            [ProcessingPurpose(Purpose.Advertising)]
            public Campaign(Customer c) { to = {|PRIV001:c.Email|}; }
        }
        """ + Customer);

    [Fact]
    public Task Accessor_purpose_wins_over_type_purpose() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        [ProcessingPurpose(Purpose.DirectMarketing)]
        public class View
        {
            public Customer C { get; set; } = new();

            public string Allowed => C.Email;

            public string Tracked
            {
                [ProcessingPurpose(Purpose.Analytics)]
                get { return {|PRIV001:C.Email|}; }
            }
        }
        """ + Customer);

    [Fact]
    public Task Local_function_inherits_or_declares_its_own_purpose() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        public class Service
        {
            [ProcessingPurpose(Purpose.DirectMarketing)]
            public string Run(Customer c)
            {
                return Inherited() + Own();

                string Inherited() => c.Email;

                [ProcessingPurpose(Purpose.Analytics)]
                string Own() => {|PRIV001:c.Email|};
            }
        }
        """ + Customer);

    [Fact]
    public Task Lambda_inherits_from_where_it_is_written() => Verify.VerifyAsync("""
        using System;
        using PrivacyAttributes;
        public class Service
        {
            [ProcessingPurpose(Purpose.Analytics)]
            public Func<string> Run(Customer c) => () => {|PRIV001:c.Email|};

            [ProcessingPurpose(Purpose.Analytics)]
            public Func<string> Own(Customer c) => [ProcessingPurpose(Purpose.DirectMarketing)] () => c.Email;
        }
        """ + Customer);

    [Fact]
    public Task Type_purpose_applies_to_members_and_nested_types() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        [ProcessingPurpose(Purpose.Analytics)]
        public class Outer
        {
            public string Read(Customer c) => {|PRIV001:c.Email|};

            public class Nested
            {
                public string Read(Customer c) => {|PRIV001:c.Email|};
            }

            [ProcessingPurpose(Purpose.AccountManagement)]
            public class OwnPurpose
            {
                public string Read(Customer c) => c.Email;
            }
        }
        """ + Customer);

    [Fact]
    public Task Assembly_purpose_applies_when_nothing_nearer() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        [assembly: ProcessingPurpose(Purpose.Analytics)]
        public class Anywhere
        {
            public string Read(Customer c) => {|PRIV001:c.Email|};

            [ProcessingPurpose(Purpose.AccountManagement)]
            public string Allowed(Customer c) => c.Email;
        }
        """ + Customer);

    [Fact]
    public Task Other_methods_of_the_declaring_type_are_processing() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        public class Person
        {
            [PersonalData(Category.Email, Purpose.AccountManagement)]
            public string Email { get; set; } = "";

            [ProcessingPurpose(Purpose.Advertising)]
            public string Target() => {|PRIV001:Email|};
        }
        """);

    [Fact]
    public Task Return_values_annotated_as_personal_data_are_checked() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        public class Directory
        {
            [return: PersonalData(Category.PhoneNumber, Purpose.CustomerSupport)]
            public string PhoneOf(int id) => "";
        }

        public class Dialer
        {
            [ProcessingPurpose(Purpose.DirectMarketing)]
            public string Call(Directory d) => {|PRIV001:d.PhoneOf(1)|};

            [ProcessingPurpose(Purpose.CustomerSupport)]
            public string Support(Directory d) => d.PhoneOf(1);
        }
        """);

    [Fact]
    public Task Record_positional_properties_are_checked() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        public record Contact([PersonalData(Category.Name, Purpose.CustomerSupport)] string Name, int Id);

        public class Ads
        {
            [ProcessingPurpose(Purpose.Advertising)]
            public string Greet(Contact c) => {|PRIV001:c.Name|} + c.Id;
        }
        """);

    [Fact]
    public Task Annotated_parameters_are_checked() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        public class Mailer
        {
            [ProcessingPurpose(Purpose.Analytics)]
            public int Length([PersonalData(Category.Email, Purpose.ServiceCommunications)] string email) => {|PRIV001:email|}.Length;
        }
        """);

    [Fact]
    public Task Fields_are_checked() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        public class Account
        {
            [PersonalData(Category.IpAddress, Purpose.Security)]
            public string LastIp = "";
        }

        public class Marketing
        {
            [ProcessingPurpose(Purpose.Advertising)]
            public string Geo(Account a) => {|PRIV001:a.LastIp|};
        }
        """);

    [Fact]
    public async Task Members_from_a_referenced_assembly_are_checked()
    {
        var library = TestReferences.CompileLibrary("Domain", """
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
        await Verify.VerifyAsync(
            """
            using PrivacyAttributes;
            public class Insurer
            {
                [ProcessingPurpose(Purpose.Advertising)]
                public string Quote(Domain.Patient p) => {|#0:p.Diagnosis|};

                [ProcessingPurpose(Purpose.HealthcareProvision)]
                public string Treat(Domain.Patient p) => p.Diagnosis;
            }
            """,
            editorConfig: null,
            references: [library],
            Verify.Diagnostic("PRIV001").WithLocation(0).WithArguments("'Patient.Diagnosis'", "health data", "Advertising", "HealthcareProvision"));
    }

    [Fact]
    public Task Writes_nameof_and_attribute_arguments_are_not_processing() => Verify.VerifyAsync("""
        using System;
        using PrivacyAttributes;
        public class Holder
        {
            [PersonalData(Category.Email, Purpose.CustomerSupport)]
            public const string SupportMailbox = "help@example.com";
        }

        [ProcessingPurpose(Purpose.Advertising)]
        public class Writer
        {
            public void Collect(Customer c, Customer[] all)
            {
                c.Email = "a@example.com";
                c.Email += ".invalid";
                c.Email ??= "b@example.com";
                (c.Email, var id) = ("c@example.com", 1);
                var created = new Customer { Email = "d@example.com" };
                var changed = new { Name = nameof(Customer.Email) };
                all[0].Email = nameof(c.Email);
            }

            [Obsolete(Holder.SupportMailbox)]
            public void Old() { }
        }
        """ + Customer);

    [Fact]
    public Task Reading_a_member_of_personal_data_reads_it_but_storing_into_it_does_not() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        public class Address { public string Street { get; set; } = ""; }
        public class Buyer
        {
            [PersonalData(Category.PostalAddress, Purpose.OrderFulfillment)]
            public Address Home { get; set; } = new();
        }

        [ProcessingPurpose(Purpose.Advertising)]
        public class Targeting
        {
            public void Run(Buyer b)
            {
                b.Home.Street = "Main Street";
                var street = {|PRIV001:b.Home|}.Street;
            }
        }
        """);
}
