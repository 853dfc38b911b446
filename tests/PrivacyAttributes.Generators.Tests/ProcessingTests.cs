using System.Linq;
using PrivacyAttributes.Generators.Tests.Infrastructure;

namespace PrivacyAttributes.Generators.Tests;

public sealed class ProcessingTests
{
    private const string Domain = """
        using PrivacyAttributes;
        namespace Shop
        {
            public sealed class Customer
            {
                private string name = "";

                public Customer(string email) { Email = email; name = email; }

                [PersonalData(Category.Email, Purpose.DirectMarketing)]
                public string Email { get; set; }

                [PersonalData(Category.Name, Purpose.DirectMarketing)]
                public string Name { get => name; set => name = value; }

                public int Id { get; set; }

                [return: PersonalData(Category.PhoneNumber, Purpose.CustomerSupport)]
                public string Phone() => "";

                public override bool Equals(object? obj) => obj is Customer c && c.Email == Email;

                public override int GetHashCode() => Email.GetHashCode();
            }

            [SharesWith("Salesforce")]
            public sealed class Crm
            {
                public Crm(string key) { }
                public void Upload(Customer customer) { }
                public void UploadText(string text) { }
            }

            public static class Hashing
            {
                [Anonymizes]
                public static string Hash(string value) => value;
            }
        }
        """;

    private static GeneratorOutput Run(string code) => GeneratorHarness.Run(Domain, "using PrivacyAttributes;\nnamespace Shop {\n" + code + "\n}");

    [Fact]
    public void A_method_reads_and_discloses_with_every_field_in_order()
    {
        var output = Run("""
            public sealed class Newsletter
            {
                [ProcessingPurpose(Purpose.DirectMarketing)]
                [SharesWith("Mailchimp")]
                public void Send(Customer customer, Crm crm)
                {
                    var text = customer.Email + customer.Phone();
                    crm.UploadText(customer.Name);
                    var id = customer.Id;
                }
            }
            """);

        GeneratorHarness.AssertGeneratorDidNotFail(output);
        var entry = output.Processing("Shop.Newsletter.Send(Shop.Customer,Shop.Crm)");
        Assert.Equal(["id", "assembly", "file", "line", "kind", "purposes", "purposeOrigin", "sharesWith", "reads", "discloses"], entry.PropertyNames());
        Assert.Equal("Shop", entry.String("assembly"));
        Assert.Equal("File1.cs", entry.String("file"));
        Assert.Equal(7, entry.GetProperty("line").GetInt32());
        Assert.Equal("Method", entry.String("kind"));
        Assert.Equal(["DirectMarketing"], entry.Strings("purposes"));
        Assert.Equal("Method", entry.String("purposeOrigin"));
        Assert.Equal(["Mailchimp"], entry.Strings("sharesWith"));
        Assert.Equal(["Shop.Customer.Email", "Shop.Customer.Name", "Shop.Customer.Phone(return)"], entry.Strings("reads"));
        Assert.Equal(["Shop.Customer.Name"], entry.Strings("discloses"));
        Assert.Equal(["Shop.Newsletter.Send(Shop.Customer,Shop.Crm)"], output.Purpose("DirectMarketing").Strings("processedBy"));
    }

    [Fact]
    public void Passing_a_whole_object_or_creating_a_sharing_type_discloses()
    {
        var output = Run("""
            public sealed class Sync
            {
                [ProcessingPurpose(Purpose.DirectMarketing)]
                public void Run(Customer customer)
                {
                    new Crm(customer.Email).Upload(customer);
                    new Crm("k").UploadText(Hashing.Hash(customer.Name));
                }
            }
            """);
        var entry = output.Processing("Shop.Sync.Run(Shop.Customer)");
        Assert.Equal(["Shop.Customer.Email", "Shop.Customer.Name"], entry.Strings("reads"));
        Assert.Equal(["Shop.Customer.Email", "Shop.Customer.Name"], entry.Strings("discloses"));

        var anonymized = Run("""
            public sealed class Sync
            {
                [ProcessingPurpose(Purpose.DirectMarketing)]
                public void Run(Customer customer) => new Crm("k").UploadText(Hashing.Hash(customer.Name));
            }
            """).Processing("Shop.Sync.Run(Shop.Customer)");
        Assert.Equal(["Shop.Customer.Name"], anonymized.Strings("reads"));
        Assert.Empty(anonymized.Strings("discloses"));
    }

    [Fact]
    public void Writes_nameof_and_the_types_own_plumbing_are_not_reads()
    {
        var output = Run("""
            [ProcessingPurpose(Purpose.DirectMarketing)]
            public sealed class Editor
            {
                public void Edit(Customer customer)
                {
                    customer.Email = "x";
                    var n = nameof(Customer.Email);
                    var c = new Customer("a") { Name = "b" };
                }
            }
            """);
        GeneratorHarness.AssertGeneratorDidNotFail(output);
        Assert.Empty(output.Root.GetProperty("processing").EnumerateArray());

        // Customer's own constructor, accessors, Equals and GetHashCode read Email and name, but under no purpose
        // and, being its own plumbing, never count even when a purpose is declared on the type.
        var own = GeneratorHarness.Run(Domain.Replace("public sealed class Customer", "[ProcessingPurpose(Purpose.DirectMarketing)] public sealed class Customer"));
        Assert.Empty(own.Root.GetProperty("processing").EnumerateArray());
    }

    [Fact]
    public void Purpose_origins_method_type_assembly_and_none()
    {
        var output = GeneratorHarness.Run(Domain, """
            using PrivacyAttributes;
            [assembly: ProcessingPurpose(Purpose.Analytics)]
            namespace Shop
            {
                [ProcessingPurpose(Purpose.CustomerSupport)]
                public class Support
                {
                    public string Read(Customer c) => c.Email;

                    [ProcessingPurpose(Purpose.DirectMarketing, Purpose.AccountManagement)]
                    public string Own(Customer c) => c.Email;
                }

                public class Exporter
                {
                    [SharesWith("Salesforce")]
                    public string Export(Customer c) => c.Email;
                }
            }
            """);
        var type = output.Processing("Shop.Support.Read(Shop.Customer)");
        Assert.Equal("Type", type.String("purposeOrigin"));
        Assert.Equal(["CustomerSupport"], type.Strings("purposes"));
        var method = output.Processing("Shop.Support.Own(Shop.Customer)");
        Assert.Equal("Method", method.String("purposeOrigin"));
        Assert.Equal(["AccountManagement", "DirectMarketing"], method.Strings("purposes"));
        var assembly = output.Processing("Shop.Exporter.Export(Shop.Customer)");
        Assert.Equal("Assembly", assembly.String("purposeOrigin"));
        Assert.Equal(["Analytics"], assembly.Strings("purposes"));
        Assert.Equal(["Salesforce"], assembly.Strings("sharesWith"));
        Assert.Contains("Shop.Exporter.Export(Shop.Customer)", output.Purpose("Analytics").Strings("processedBy"));

        var none = Run("public class Exporter { [SharesWith(\"Salesforce\")] public string Export(Customer c) => c.Email; }")
            .Processing("Shop.Exporter.Export(Shop.Customer)");
        Assert.Equal("None", none.String("purposeOrigin"));
        Assert.Empty(none.Strings("purposes"));
    }

    [Fact]
    public void Lambdas_local_functions_constructors_and_accessors_are_entries_of_their_own()
    {
        var output = Run("""
            [ProcessingPurpose(Purpose.DirectMarketing)]
            public sealed class Campaign
            {
                private readonly Customer customer;

                public Campaign(Customer customer)
                {
                    this.customer = customer;
                    var greeting = customer.Name;
                }

                public string Target => customer.Email;

                public void Run()
                {
                    System.Func<string> first = () => customer.Email;
                    System.Func<Customer, string> second = c => c.Name;
                    Local();
                    string Local() => customer.Phone();
                }
            }
            """);
        GeneratorHarness.AssertGeneratorDidNotFail(output);
        Assert.Equal(
            ["Shop.Campaign.#ctor(Shop.Customer)", "Shop.Campaign.Run#Local", "Shop.Campaign.Run#lambda1", "Shop.Campaign.Run#lambda2", "Shop.Campaign.get_Target"],
            output.Ids("processing"));
        Assert.Equal("Constructor", output.Processing("Shop.Campaign.#ctor(Shop.Customer)").String("kind"));
        Assert.Equal("Accessor", output.Processing("Shop.Campaign.get_Target").String("kind"));
        Assert.Equal("Lambda", output.Processing("Shop.Campaign.Run#lambda1").String("kind"));
        Assert.Equal(["Shop.Customer.Name"], output.Processing("Shop.Campaign.Run#lambda2").Strings("reads"));
        var local = output.Processing("Shop.Campaign.Run#Local");
        Assert.Equal("LocalFunction", local.String("kind"));
        Assert.Equal(["Shop.Customer.Phone(return)"], local.Strings("reads"));
        Assert.Equal("Type", local.String("purposeOrigin"));
    }

    [Fact]
    public void A_local_function_under_its_own_purpose_is_found_without_its_method()
    {
        var output = Run("""
            public sealed class Jobs
            {
                public void Run(Customer customer)
                {
                    Send();

                    [ProcessingPurpose(Purpose.ServiceCommunications)]
                    void Send() => System.Console.WriteLine(customer.Email);
                }
            }
            """);
        Assert.Equal(["Shop.Jobs.Run(Shop.Customer)#Send"], output.Ids("processing"));
        Assert.Equal("Method", output.Processing("Shop.Jobs.Run(Shop.Customer)#Send").String("purposeOrigin"));
    }

    [Fact]
    public void Members_of_a_referenced_assembly_are_read_from_metadata()
    {
        var library = GeneratorHarness.CompileLibrary("Shop.Domain", Domain, runGenerator: false);
        var output = GeneratorHarness.Run("Shop.Web", [new TestFile("Web.cs", """
            using PrivacyAttributes;
            namespace Shop.Web
            {
                public class Mailer
                {
                    [ProcessingPurpose(Purpose.DirectMarketing)]
                    public void Mail(Shop.Customer customer, Shop.Crm crm) => crm.UploadText(customer.Email + customer.Phone());
                }
            }
            """)], [library]);
        var entry = output.Processing("Shop.Web.Mailer.Mail(Shop.Customer,Shop.Crm)");
        Assert.Equal(["Shop.Customer.Email", "Shop.Customer.Phone(return)"], entry.Strings("reads"));
        Assert.Equal(["Shop.Customer.Email", "Shop.Customer.Phone(return)"], entry.Strings("discloses"));
    }

    [Fact]
    public void Record_positional_and_primary_constructor_parameters_are_read_under_their_ids()
    {
        var output = GeneratorHarness.Run("""
            using PrivacyAttributes;
            namespace N
            {
                public record Person([PersonalData(Category.Name, Purpose.ServiceProvision)] string FullName);

                [ProcessingPurpose(Purpose.ServiceProvision)]
                public class Greeter([PersonalData(Category.Email, Purpose.ServiceProvision)] string email)
                {
                    public string Greet(Person person) => person.FullName + email;
                }

                public class Repository<T>
                {
                    [PersonalData(Category.UserId, Purpose.ServiceProvision)] public string Owner { get; set; } = "";
                }

                public class Reader
                {
                    [ProcessingPurpose(Purpose.ServiceProvision)]
                    public string Read(Repository<int> repository) => repository.Owner;
                }
            }
            """);

        Assert.Equal(["N.Greeter.#ctor(email)", "N.Person.FullName"], output.Processing("N.Greeter.Greet(N.Person)").Strings("reads"));
        Assert.Equal(["N.Repository`1.Owner"], output.Processing("N.Reader.Read(N.Repository{System.Int32})").Strings("reads"));
    }
}
