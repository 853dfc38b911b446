using System.Threading.Tasks;
using Fix = PrivacyAttributes.Analyzers.Tests.Infrastructure.CodeFixVerifier<PrivacyAttributes.Analyzers.Rules.UnannotatedPersonalDataAnalyzer, PrivacyAttributes.CodeFixes.UnannotatedPersonalDataCodeFixProvider>;

namespace PrivacyAttributes.Analyzers.Tests.CodeFixes;

public sealed class UnannotatedPersonalDataCodeFixTests
{
    [Fact]
    public Task Purposes_come_from_where_the_member_is_read() => Fix.VerifyAsync(
        """
        using PrivacyAttributes;

        public class Customer
        {
            /// <summary>Where we write.</summary>
            public string {|PRIV008:Email|} { get; set; } = "";
        }

        public class Mailer
        {
            [ProcessingPurpose(Purpose.DirectMarketing)]
            public string Send(Customer customer) => customer.Email;

            [ProcessingPurpose(Purpose.AccountManagement, Purpose.DirectMarketing)]
            public string Confirm(Customer customer) => customer.Email;
        }
        """,
        """
        using PrivacyAttributes;

        public class Customer
        {
            /// <summary>Where we write.</summary>
            [PersonalData(Category.Email, Purpose.AccountManagement, Purpose.DirectMarketing)]
            public string Email { get; set; } = "";
        }

        public class Mailer
        {
            [ProcessingPurpose(Purpose.DirectMarketing)]
            public string Send(Customer customer) => customer.Email;

            [ProcessingPurpose(Purpose.AccountManagement, Purpose.DirectMarketing)]
            public string Confirm(Customer customer) => customer.Email;
        }
        """);

    [Fact]
    public Task Without_reads_one_action_per_purpose_with_a_legal_basis() => Fix.VerifyAsync(
        """
        using PrivacyAttributes;
        [assembly: PurposeLegalBasis(Purpose.OrderFulfillment, LegalBasis.Contract)]
        [assembly: PurposeLegalBasis(Purpose.AccountManagement, LegalBasis.Contract)]

        public class Customer
        {
            public string {|PRIV008:PhoneNumber|} { get; set; } = "";
        }
        """,
        """
        using PrivacyAttributes;
        [assembly: PurposeLegalBasis(Purpose.OrderFulfillment, LegalBasis.Contract)]
        [assembly: PurposeLegalBasis(Purpose.AccountManagement, LegalBasis.Contract)]

        public class Customer
        {
            [PersonalData(Category.PhoneNumber, Purpose.OrderFulfillment)]
            public string PhoneNumber { get; set; } = "";
        }
        """,
        codeActionIndex: 1);

    [Fact]
    public Task Without_reads_or_legal_bases_it_uses_service_provision_adds_the_using_and_fixes_all() => Fix.VerifyAsync(
        """
        using System;

        public class Customer
        {
            public string {|PRIV008:FirstName|} = "";
            public DateTime {|PRIV008:DateOfBirth|} { get; set; }
        }

        public record Buyer(string {|PRIV008:Email|});
        """,
        """
        using System;
        using PrivacyAttributes;

        public class Customer
        {
            [PersonalData(Category.Name, Purpose.ServiceProvision)]
            public string FirstName = "";
            [PersonalData(Category.DateOfBirth, Purpose.ServiceProvision)]
            public DateTime DateOfBirth { get; set; }
        }

        public record Buyer([PersonalData(Category.Email, Purpose.ServiceProvision)] string Email);
        """);
}
