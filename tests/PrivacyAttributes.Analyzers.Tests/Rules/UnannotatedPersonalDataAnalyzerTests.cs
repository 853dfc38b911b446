using System.Threading.Tasks;
using Verify = PrivacyAttributes.Analyzers.Tests.Infrastructure.AnalyzerVerifier<PrivacyAttributes.Analyzers.Rules.UnannotatedPersonalDataAnalyzer>;

namespace PrivacyAttributes.Analyzers.Tests.Rules;

public sealed class UnannotatedPersonalDataAnalyzerTests
{
    [Fact]
    public Task Members_named_like_personal_data_are_reported() => Verify.VerifyAsync("""
        using System;
        using System.Net;
        using System.Net.Mail;
        public enum Gender { Female, Male, Diverse }
        public class Customer
        {
            public string {|PRIV008:Email|} { get; set; } = "";
            public string {|PRIV008:PhoneNumber|} { get; set; } = "";
            public string {|PRIV008:FirstName|} { get; set; } = "";
            public string {|PRIV008:last_name|} = "";
            public string {|PRIV008:Surname|} { get; set; } = "";
            public string {|PRIV008:StreetAddress|} { get; set; } = "";
            public string {|PRIV008:ZipCode|} { get; set; } = "";
            public DateTime {|PRIV008:DateOfBirth|} { get; set; }
            public DateOnly? {|PRIV008:BirthDate|} { get; set; }
            public string {|PRIV008:SSN|} { get; set; } = "";
            public string {|PRIV008:Iban|} { get; set; } = "";
            public string {|PRIV008:CardNumber|} { get; set; } = "";
            public string {|PRIV008:Cvv|} { get; set; } = "";
            public double {|PRIV008:Latitude|} { get; set; }
            public Gender {|PRIV008:Gender|} { get; set; }
            public IPAddress? {|PRIV008:ClientAddress|} { get; set; }
            public MailAddress? {|PRIV008:Contact|} { get; set; }
            public string {|PRIV008:RemoteIpAddress|} { get; set; } = "";
            public string {|PRIV008:NormalizedEmail|} { get; set; } = "";
            public string {|PRIV008:_mobile|} = "";
        }

        public record Buyer(string {|PRIV008:Email|}, int Id);
        """);

    [Fact]
    public Task Lookalikes_are_not_reported() => Verify.VerifyAsync("""
        using System;
        using System.Net;
        using System.Net.Sockets;
        using PrivacyAttributes;
        public interface IEmailSender { }
        public enum Contact { Email, Phone }
        public class Customer
        {
            public const string SupportEmail = "help@example.com";
            public static readonly string DefaultEmail = "";
            public bool EmailConfirmed { get; set; }
            public bool EmailSent { get; set; }
            public AddressFamily AddressFamily { get; set; }
            public string UserNameLabel { get; set; } = "";
            public string EmailTemplate { get; set; } = "";
            public int MaxEmailLength { get; set; }
            public Uri? BaseAddress { get; set; }
            public string ServerAddress { get; set; } = "";
            public IEmailSender? EmailSender { get; set; }
            public IEmailSender? Email2 { get; set; }
            public IPAddress? ListenAddress { get; set; }
            public string Name { get; set; } = "";

            [PersonalData(Category.Email, Purpose.AccountManagement)]
            public string Email { get; set; } = "";

            [NotPersonalData]
            public string Phone { get; set; } = "";
        }

        public class SmtpSettings
        {
            public string FromEmail { get; set; } = "";
        }

        public record Buyer([PersonalData(Category.Email, Purpose.AccountManagement)] string Email, [property: NotPersonalData] string Phone);
        """);

    [Fact]
    public Task Members_of_derived_types_inherit_the_annotation() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        public class Person
        {
            [PersonalData(Category.Email, Purpose.AccountManagement)]
            public virtual string Email { get; set; } = "";
        }

        public class Customer : Person
        {
            public override string Email { get; set; } = "";
        }
        """);
}
