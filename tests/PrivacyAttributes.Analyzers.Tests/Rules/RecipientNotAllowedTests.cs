using System.Threading.Tasks;
using PrivacyAttributes.Analyzers.Tests.Infrastructure;
using Verify = PrivacyAttributes.Analyzers.Tests.Infrastructure.AnalyzerVerifier<PrivacyAttributes.Analyzers.Rules.RecipientNotAllowedAnalyzer>;

namespace PrivacyAttributes.Analyzers.Tests.Rules;

/// <summary>PRIV006: personal data is disclosed to a recipient not allowed for it.</summary>
public sealed class RecipientNotAllowedTests
{
    private const string Model = """

        public class Customer
        {
            [PersonalData(Category.Email, Purpose.OrderFulfillment, Purpose.DirectMarketing)]
            public string Email { get; set; } = "";

            [PersonalData(Category.PostalAddress, Purpose.OrderFulfillment, SharedWith = new[] { "Parcel Co" })]
            public string Address { get; set; } = "";

            public int Id { get; set; }
        }

        public static class Couriers
        {
            [SharesWith("Parcel Co")]
            public static void Ship(string address, string email) { }

            [SharesWith("Ad Network")]
            public static void Upload(object audience) { }

            [SharesWith("Nobody Declared")]
            public static void Leak(string value) { }
        }

        [SharesWith("Mail Co")]
        public class MailClient
        {
            public MailClient(string sender) { }
            public MailClient() { }
            public string To { get; set; } = "";
            public void Send(string to) { }
            public void Keep(Customer c) { To = c.Address; }
        }
        """;

    private const string Declarations = """
        using PrivacyAttributes;
        [assembly: Recipient("Parcel Co", RecipientKind.ServiceProvider, Purposes = new[] { Purpose.OrderFulfillment })]
        [assembly: Recipient("Ad Network", RecipientKind.Advertising)]
        [assembly: Recipient("Mail Co", RecipientKind.ServiceProvider)]

        """;

    [Fact]
    public Task Declared_recipient_for_the_right_purpose_is_allowed() => Verify.VerifyAsync(Declarations + """
        public class Shop
        {
            [ProcessingPurpose(Purpose.OrderFulfillment)]
            public void Ship(Customer c)
            {
                Couriers.Ship(c.Address, c.Email);
                new MailClient("shop").Send(c.Email);
                Couriers.Leak(c.Id.ToString());
            }
        }
        """ + Model);

    [Fact]
    public Task Undeclared_recipient_is_reported_at_the_call() => Verify.VerifyAsync(
        Declarations + """
        public class Shop
        {
            [ProcessingPurpose(Purpose.OrderFulfillment)]
            public void Run(Customer c) => {|#0:Couriers.Leak(c.Email)|};
        }
        """ + Model,
        Verify.Diagnostic("PRIV006").WithLocation(0).WithArguments(
            "'Customer.Email' (email address)",
            "Nobody Declared",
            "'Nobody Declared' is not a declared recipient; declare it with [assembly: Recipient(\"Nobody Declared\", RecipientKind...)] so the privacy policy can name it"));

    [Fact]
    public Task Recipient_not_in_the_members_SharedWith_is_reported() => Verify.VerifyAsync(
        Declarations + """
        public class Shop
        {
            [ProcessingPurpose(Purpose.OrderFulfillment)]
            public void Run(Customer c)
            {
                var label = "To: " + c.Address;
                {|#0:new MailClient(label)|};
            }
        }
        """ + Model,
        Verify.Diagnostic("PRIV006").WithLocation(0).WithArguments(
            "'Customer.Address' (postal address)",
            "Mail Co",
            "the member may only be shared with Parcel Co; add 'Mail Co' to its SharedWith if people were told"));

    [Fact]
    public Task Recipient_purposes_must_cover_the_purpose_in_force() => Verify.VerifyAsync(
        Declarations + """
        public class Shop
        {
            [ProcessingPurpose(Purpose.DirectMarketing)]
            public void Promote(Customer c) => {|#0:Couriers.Ship("", c.Email)|};

            public void NoPurpose(Customer c) => {|#1:Couriers.Ship("", c.Email)|};
        }
        """ + Model,
        Verify.Diagnostic("PRIV006").WithLocation(0).WithArguments(
            "'Customer.Email' (email address)", "Parcel Co", "'Parcel Co' receives personal data only for OrderFulfillment, not for DirectMarketing"),
        Verify.Diagnostic("PRIV006").WithLocation(1).WithArguments(
            "'Customer.Email' (email address)", "Parcel Co", "'Parcel Co' receives personal data only for OrderFulfillment and this code declares no purpose"));

    [Fact]
    public Task Whole_objects_and_flow_count_as_disclosure() => Verify.VerifyAsync(Declarations + """
        public class Shop
        {
            [ProcessingPurpose(Purpose.DirectMarketing)]
            public void Run(System.Collections.Generic.List<Customer> customers, Customer c)
            {
                {|PRIV006:Couriers.Upload(customers)|};
                var text = $"{c.Email}";
                {|PRIV006:Couriers.Leak(text)|};
            }
        }
        """ + Model);

    [Fact]
    public Task Anonymized_data_is_not_a_disclosure() => Verify.VerifyAsync(Declarations + """
        public static class Hash { [Anonymizes] public static string Of(string v) => ""; }
        public class Shop
        {
            public void Run(Customer c) => Couriers.Leak(Hash.Of(c.Email));
        }
        """ + Model);

    [Fact]
    public async Task Declarations_from_a_referenced_assembly_count()
    {
        var library = TestReferences.CompileLibrary("Company.Privacy", """
            using PrivacyAttributes;
            [assembly: Recipient("Nobody Declared", RecipientKind.ServiceProvider)]
            [assembly: Recipient("Parcel Co", RecipientKind.ServiceProvider)]
            [assembly: Recipient("Ad Network", RecipientKind.Advertising, Purposes = new[] { Purpose.Advertising })]
            namespace Company.Privacy { public class Marker { } }
            """);
        await Verify.VerifyAsync(
            "using PrivacyAttributes;\n" + """
            public class Shop
            {
                [ProcessingPurpose(Purpose.OrderFulfillment)]
                public void Run(Customer c)
                {
                    Couriers.Leak(c.Email);
                    {|PRIV006:Couriers.Upload(c)|};
                }
            }
            """ + Model,
            editorConfig: null,
            references: [library]);
    }

    [Fact]
    public Task Storing_into_a_property_of_a_sharing_type_is_a_disclosure() => Verify.VerifyAsync(Declarations + """
        public class Shop
        {
            [ProcessingPurpose(Purpose.OrderFulfillment)]
            public void Run(Customer c)
            {
                var client = new MailClient();
                client.To = c.Email;
                {|PRIV006:client.To = c.Address|};
                var other = new MailClient { {|PRIV006:To = c.Address|} };
            }
        }
        """ + Model);
}
