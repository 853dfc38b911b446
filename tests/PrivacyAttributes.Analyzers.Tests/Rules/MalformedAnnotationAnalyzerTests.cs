using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using PrivacyAttributes.Analyzers.Tests.Infrastructure;
using Verify = PrivacyAttributes.Analyzers.Tests.Infrastructure.AnalyzerVerifier<PrivacyAttributes.Analyzers.Rules.MalformedAnnotationAnalyzer>;

namespace PrivacyAttributes.Analyzers.Tests.Rules;

public sealed class MalformedAnnotationAnalyzerTests
{
    private static DiagnosticResult Error(int location, string message) =>
        new DiagnosticResult("PRIV100", DiagnosticSeverity.Error).WithLocation(location).WithMessage(message);

    [Fact]
    public Task Personal_data_without_purpose_is_reported() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        public class Customer
        {
            [{|PRIV100:PersonalData(Category.Email)|}]
            public string Email { get; set; } = "";

            [{|PRIV100:PersonalData(Category.Email, new Purpose[0])|}]
            public string Email2 { get; set; } = "";
        }
        """);

    [Fact]
    public Task Personal_data_with_purpose_is_fine() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        [assembly: Recipient("Stripe", RecipientKind.ServiceProvider, Country = "US", Transfer = TransferMechanism.StandardContractualClauses)]
        [assembly: Retention(Category.Email, "P2Y")]
        [assembly: Retention(Category.Name, "UntilAccountDeletion")]
        [assembly: DataController("Example Ltd")]
        public class Customer
        {
            [PersonalData(Category.Email, Purpose.AccountManagement, Subjects = DataSubject.Customer | DataSubject.Child, Retention = "P6Y6M", SharedWith = new[] { "Stripe" })]
            public string Email { get; set; } = "";

            [PersonalData(Category.Other, Purpose.AccountManagement, Description = "vehicle registration")]
            public string Plate { get; set; } = "";

            [SharesWith("Stripe")]
            public void Pay() { }
        }
        """);

    [Fact]
    public Task Undefined_enum_values_are_reported_at_the_argument() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        [assembly: PurposeLegalBasis({|#0:(Purpose)(-1)|}, {|#1:(LegalBasis)42|}, {|#2:Condition = (SpecialCategoryCondition)77|})]
        [assembly: Recipient("Stripe", {|#3:(RecipientKind)50|}, {|#4:Transfer = (TransferMechanism)9|}, Purposes = new[] { Purpose.Analytics, {|#5:(Purpose)300|} })]
        public class Customer
        {
            [PersonalData({|#6:(Category)999|}, Purpose.AccountManagement, {|#7:(Purpose)500|}, {|#8:Subjects = (DataSubject)4096|}, {|#9:Source = (DataSource)12|})]
            public string Email { get; set; } = "";

            [DataSink({|#10:(SinkKind)99|})]
            public void Write(string text) { }
        }
        """,
        null,
        [],
        Error(0, "(Purpose)-1 is not a Purpose: use one of its named values, such as Purpose.ServiceProvision"),
        Error(1, "(LegalBasis)42 is not a LegalBasis: use one of its named values, such as LegalBasis.Contract"),
        Error(2, "(SpecialCategoryCondition)77 is not a SpecialCategoryCondition: use one of its named values, such as SpecialCategoryCondition.ExplicitConsent"),
        new DiagnosticResult("PRIV100", DiagnosticSeverity.Error).WithLocation(3),
        new DiagnosticResult("PRIV100", DiagnosticSeverity.Error).WithLocation(4),
        new DiagnosticResult("PRIV100", DiagnosticSeverity.Error).WithLocation(5),
        new DiagnosticResult("PRIV100", DiagnosticSeverity.Error).WithLocation(6),
        new DiagnosticResult("PRIV100", DiagnosticSeverity.Error).WithLocation(7),
        Error(8, "(DataSubject)4096 is not a combination of DataSubject values: combine named values with |, such as DataSubject.Visitor"),
        new DiagnosticResult("PRIV100", DiagnosticSeverity.Error).WithLocation(9),
        new DiagnosticResult("PRIV100", DiagnosticSeverity.Error).WithLocation(10));

    [Fact]
    public Task Other_without_description_is_reported_at_the_category() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        public class Car
        {
            [PersonalData({|PRIV100:Category.Other|}, Purpose.AccountManagement)]
            public string Plate { get; set; } = "";

            [PersonalData({|PRIV100:Category.Other|}, Purpose.AccountManagement, Description = " ")]
            public string Vin { get; set; } = "";
        }
        """);

    [Fact]
    public Task Retention_periods_must_be_durations_or_keywords() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        [assembly: Retention(Category.Email, {|#0:"2 years"|})]
        [assembly: Retention(Category.Name, {|PRIV100:null|})]
        [assembly: Retention(Category.PhoneNumber, "P1W")]
        public class Customer
        {
            [PersonalData(Category.Email, Purpose.AccountManagement, {|PRIV100:Retention = "forever"|})]
            public string Email { get; set; } = "";

            [PersonalData(Category.Email, Purpose.AccountManagement, {|PRIV100:Retention = "p2y"|})]
            public string Email2 { get; set; } = "";

            [PersonalData(Category.Email, Purpose.AccountManagement, Retention = "UntilConsentWithdrawn")]
            public string Email3 { get; set; } = "";
        }
        """,
        null,
        [],
        Error(0, "The retention period \"2 years\" is not a period: write " + PrivacyAttributes.Taxonomy.RetentionPeriod.ExpectedFormat));

    [Fact]
    public Task Undeclared_recipients_are_reported_at_the_name() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        [assembly: Recipient("Stripe", RecipientKind.ServiceProvider)]
        public class Customer
        {
            [PersonalData(Category.Email, Purpose.AccountManagement, SharedWith = new[] { "Stripe", {|PRIV100:"Mailchimp"|}, {|#0:"stripe"|} })]
            public string Email { get; set; } = "";

            [SharesWith({|PRIV100:"Segment"|})]
            [SharesWith({|PRIV100:""|})]
            public void Track() { }
        }

        [SharesWith({|PRIV100:"Adjust"|})]
        public class Tracker { }
        """,
        null,
        [],
        Error(0, "'Customer.Email' is shared with 'stripe', which is not a declared recipient; did you mean 'Stripe' (names are case-sensitive)?"));

    [Fact]
    public Task Recipients_declared_in_a_referenced_assembly_count()
    {
        var library = TestReferences.CompileLibrary("Company.Privacy", """
            using PrivacyAttributes;
            [assembly: Recipient("Stripe", RecipientKind.ServiceProvider, Country = "US", Transfer = TransferMechanism.StandardContractualClauses)]
            """);
        return Verify.VerifyAsync("""
            using PrivacyAttributes;
            public class Customer
            {
                [PersonalData(Category.Email, Purpose.AccountManagement, SharedWith = new[] { "Stripe" })]
                public string Email { get; set; } = "";

                [SharesWith("Stripe")]
                public void Pay() { }
            }
            """, null, [library]);
    }

    [Fact]
    public Task Countries_must_be_iso_codes_and_the_message_suggests_one() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        [assembly: Recipient("A", RecipientKind.Affiliate, {|#0:Country = "UK"|})]
        [assembly: Recipient("B", RecipientKind.Affiliate, {|#1:Country = "us"|})]
        [assembly: Recipient("C", RecipientKind.Affiliate, {|#2:Country = ""|})]
        [assembly: Recipient("D", RecipientKind.Affiliate, {|#3:Country = "Germany"|})]
        [assembly: Recipient("E", RecipientKind.Affiliate, {|#4:Country = "XX"|})]
        [assembly: Recipient("F", RecipientKind.Affiliate, Country = "DE")]
        [assembly: Recipient("G", RecipientKind.Affiliate, Country = null)]
        [assembly: Recipient({|#5:""|}, RecipientKind.Affiliate)]
        """,
        null,
        [],
        Error(0, "Country \"UK\" is not an ISO 3166-1 code: the United Kingdom is \"GB\""),
        Error(1, "Country \"us\" is not an ISO 3166-1 code: write it in upper case, \"US\" (United States)"),
        new DiagnosticResult("PRIV100", DiagnosticSeverity.Error).WithLocation(2),
        Error(3, "Country \"Germany\" is not an ISO 3166-1 code: write \"DE\""),
        new DiagnosticResult("PRIV100", DiagnosticSeverity.Error).WithLocation(4),
        new DiagnosticResult("PRIV100", DiagnosticSeverity.Error).WithLocation(5));

    [Fact]
    public Task Conflicting_declarations_in_this_assembly_are_reported() => Verify.VerifyAsync("""
        using PrivacyAttributes;
        [assembly: Recipient("Stripe", RecipientKind.ServiceProvider, Country = "US", Transfer = TransferMechanism.StandardContractualClauses)]
        [assembly: Recipient({|PRIV100:"Stripe"|}, RecipientKind.ServiceProvider, Country = "IE")]
        [assembly: Recipient("Stripe", RecipientKind.ServiceProvider, Country = "US", Transfer = TransferMechanism.StandardContractualClauses, Description = "same facts, more words")]
        [assembly: Retention(Category.Email, "P2Y")]
        [assembly: Retention(Category.Email, {|PRIV100:"P3Y"|})]
        [assembly: Retention(Category.Name, "P24M")]
        [assembly: Retention(Category.Name, "P24M", Reason = "same period")]
        [assembly: PurposeLegalBasis(Purpose.Analytics, LegalBasis.Consent)]
        [assembly: {|PRIV100:PurposeLegalBasis(Purpose.Analytics, LegalBasis.Consent)|}]
        [assembly: PurposeLegalBasis(Purpose.Analytics, LegalBasis.LegitimateInterests, LegitimateInterest = "a purpose may rest on several bases")]
        [assembly: PurposeLegalBasis(Purpose.HealthcareProvision, LegalBasis.Contract, Condition = SpecialCategoryCondition.HealthOrSocialCare)]
        [assembly: PurposeLegalBasis(Purpose.HealthcareProvision, LegalBasis.Contract, Condition = SpecialCategoryCondition.ExplicitConsent)]
        [assembly: PurposeLegalBasis(Purpose.Research, LegalBasis.Consent, Condition = SpecialCategoryCondition.ExplicitConsent)]
        [assembly: {|PRIV100:PurposeLegalBasis(Purpose.Research, LegalBasis.Consent, Condition = SpecialCategoryCondition.ExplicitConsent, Description = "other words")|}]
        """);

    [Fact]
    public Task Conflicts_with_referenced_assemblies_are_reported_for_recipients_and_controllers_but_retention_may_be_overridden()
    {
        var library = TestReferences.CompileLibrary("Company.Privacy", """
            using PrivacyAttributes;
            [assembly: DataController("Example GmbH")]
            [assembly: Recipient("Stripe", RecipientKind.ServiceProvider, Country = "US", Transfer = TransferMechanism.StandardContractualClauses)]
            [assembly: Recipient("Hosting", RecipientKind.ServiceProvider, Country = "DE")]
            [assembly: Retention(Category.Email, "P2Y")]
            [assembly: PurposeLegalBasis(Purpose.Analytics, LegalBasis.Consent)]
            """);
        return Verify.VerifyAsync("""
            using PrivacyAttributes;
            [assembly: DataController({|PRIV100:"Example Inc"|})]
            [assembly: Recipient({|PRIV100:"Stripe"|}, RecipientKind.ServiceProvider, Country = "US")]
            [assembly: Recipient("Hosting", RecipientKind.ServiceProvider, Country = "DE")]
            [assembly: Retention(Category.Email, "P3Y")]
            [assembly: PurposeLegalBasis(Purpose.Analytics, LegalBasis.Consent)]
            """, null, [library]);
    }

    [Fact]
    public Task The_same_controller_in_a_referenced_assembly_is_fine()
    {
        var library = TestReferences.CompileLibrary("Company.Privacy", """
            [assembly: PrivacyAttributes.DataController("Example GmbH")]
            """);
        return Verify.VerifyAsync("""
            [assembly: PrivacyAttributes.DataController("Example GmbH", Email = "privacy@example.com")]
            """, null, [library]);
    }

    [Fact]
    public Task A_controller_without_name_is_reported() => Verify.VerifyAsync("""
        [assembly: PrivacyAttributes.DataController({|PRIV100:" "|})]
        """);
}
