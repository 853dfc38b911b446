using System.Linq;
using PrivacyAttributes.Generators.Tests.Infrastructure;

namespace PrivacyAttributes.Generators.Tests;

public sealed class DataItemTests
{
    private const string Usings = "using PrivacyAttributes;\n";

    [Fact]
    public void Every_field_of_a_data_item_is_written_in_the_documented_order()
    {
        var output = GeneratorHarness.Run("Shop.Domain", [new TestFile("Entities/Customer.cs", Usings + """
            namespace Shop.Domain
            {
                public sealed class Customer
                {
                    [PersonalData(Category.Email, Purpose.DirectMarketing, Purpose.AccountManagement,
                        Subjects = DataSubject.Prospect | DataSubject.Customer, Source = DataSource.ThirdParty,
                        Retention = "P2Y", Required = true, Description = "Email address", SharedWith = new[] { "Zeta", "Salesforce" })]
                    public string Email { get; set; } = "";
                }
            }
            """)]);

        GeneratorHarness.AssertGeneratorDidNotFail(output);
        var item = output.DataItem("Shop.Domain.Customer.Email");
        Assert.Equal(
            ["id", "assembly", "file", "line", "type", "member", "memberKind", "category", "categoryGroup", "specialCategory", "criminalOffence",
             "cpraSensitive", "mappings", "purposes", "subjects", "source", "retention", "required", "sharedWith", "description"],
            item.PropertyNames());
        Assert.Equal("Shop.Domain", item.String("assembly"));
        Assert.Equal("Entities/Customer.cs", item.String("file"));
        Assert.Equal(9, item.GetProperty("line").GetInt32());
        Assert.Equal("Shop.Domain.Customer", item.String("type"));
        Assert.Equal("Email", item.String("member"));
        Assert.Equal("Property", item.String("memberKind"));
        Assert.Equal("Email", item.String("category"));
        Assert.Equal("IdentityAndContact", item.String("categoryGroup"));
        Assert.False(item.GetProperty("specialCategory").GetBoolean());
        Assert.False(item.GetProperty("criminalOffence").GetBoolean());
        Assert.False(item.GetProperty("cpraSensitive").GetBoolean());
        var mappings = item.GetProperty("mappings");
        Assert.Equal(["fideslang", "ccpa", "apple", "googlePlay"], mappings.PropertyNames());
        Assert.Equal("user.contact.email", mappings.String("fideslang"));
        Assert.Equal("A", mappings.String("ccpa"));
        Assert.Equal("NSPrivacyCollectedDataTypeEmailAddress", mappings.String("apple"));
        Assert.Equal("Email address", mappings.String("googlePlay"));
        Assert.Equal(["AccountManagement", "DirectMarketing"], item.Strings("purposes"));
        Assert.Equal(["Customer", "Prospect"], item.Strings("subjects"));
        Assert.Equal("ThirdParty", item.String("source"));
        Assert.Equal("P2Y", item.GetProperty("retention").String("period"));
        Assert.Equal("Member", item.GetProperty("retention").String("origin"));
        Assert.Null(item.GetProperty("retention").String("reason"));
        Assert.True(item.GetProperty("required").GetBoolean());
        Assert.Equal(["Salesforce", "Zeta"], item.Strings("sharedWith"));
        Assert.Equal("Email address", item.String("description"));
    }

    [Fact]
    public void Optional_fields_are_omitted_and_defaults_written()
    {
        var output = GeneratorHarness.Run(Usings + "namespace N { public class C { [PersonalData(Category.Name, Purpose.ServiceProvision)] public string Name = \"\"; } }");
        var item = output.DataItem("N.C.Name");
        Assert.False(item.TryGetProperty("description", out _));
        Assert.False(item.TryGetProperty("retention", out _));
        Assert.Equal("DataSubject", item.String("source"));
        Assert.Empty(item.Strings("subjects"));
        Assert.Empty(item.Strings("sharedWith"));
        Assert.False(item.GetProperty("required").GetBoolean());
        Assert.Equal("Field", item.String("memberKind"));
    }

    [Theory]
    [InlineData("Health", "SpecialCategories", true, false, true)]
    [InlineData("CriminalRecord", "Criminal", false, true, false)]
    [InlineData("PreciseLocation", "Activity", false, false, true)]
    public void Flags_and_group_come_from_the_taxonomy(string category, string group, bool special, bool criminal, bool sensitive)
    {
        var output = GeneratorHarness.Run(Usings + $"namespace N {{ public class C {{ [PersonalData(Category.{category}, Purpose.ServiceProvision)] public string X {{ get; set; }} = \"\"; }} }}");
        var item = output.DataItem("N.C.X");
        var info = PrivacyAttributes.Taxonomy.PrivacyTaxonomy.Get(System.Enum.Parse<Category>(category));
        Assert.Equal(group, item.String("categoryGroup"));
        Assert.Equal(special, item.GetProperty("specialCategory").GetBoolean());
        Assert.Equal(criminal, item.GetProperty("criminalOffence").GetBoolean());
        Assert.Equal(sensitive, item.GetProperty("cpraSensitive").GetBoolean());
        Assert.Equal(info.FideslangDataCategory, item.GetProperty("mappings").String("fideslang"));
        Assert.Equal(info.CcpaCategory, item.GetProperty("mappings").String("ccpa"));
        Assert.Equal(info.AppleDataType, item.GetProperty("mappings").String("apple"));
        Assert.Equal(info.GooglePlayDataType, item.GetProperty("mappings").String("googlePlay"));
    }

    [Fact]
    public void Retention_falls_back_to_the_category_declaration_with_its_reason()
    {
        var output = GeneratorHarness.Run(Usings + """
            [assembly: Retention(Category.Email, "UntilAccountDeletion", Reason = "Kept while the account exists")]
            namespace N
            {
                public class C
                {
                    [PersonalData(Category.Email, Purpose.AccountManagement)] public string A { get; set; } = "";
                    [PersonalData(Category.Email, Purpose.AccountManagement, Retention = "P30D")] public string B { get; set; } = "";
                    [PersonalData(Category.Name, Purpose.AccountManagement)] public string C1 { get; set; } = "";
                }
            }
            """);
        var a = output.DataItem("N.C.A").GetProperty("retention");
        Assert.Equal(["period", "origin", "reason"], a.PropertyNames());
        Assert.Equal("UntilAccountDeletion", a.String("period"));
        Assert.Equal("Category", a.String("origin"));
        Assert.Equal("Kept while the account exists", a.String("reason"));
        Assert.Equal("Member", output.DataItem("N.C.B").GetProperty("retention").String("origin"));
        Assert.False(output.DataItem("N.C.C1").TryGetProperty("retention", out _));
    }

    [Fact]
    public void Every_kind_of_member_gets_its_id_and_kind()
    {
        var output = GeneratorHarness.Run(Usings + """
            namespace N
            {
                public class Outer
                {
                    public class Inner
                    {
                        [PersonalData(Category.Email, Purpose.ServiceProvision)] public string a = "", b = "";
                    }
                }

                public class Repository<T>
                {
                    [PersonalData(Category.UserId, Purpose.ServiceProvision)] public string Owner { get; set; } = "";
                }

                public partial class Account
                {
                    [PersonalData(Category.Name, Purpose.ServiceProvision)] public partial string GetName();
                }

                public partial class Account
                {
                    public partial string GetName() => "";
                }

                public class Service
                {
                    public void Send([PersonalData(Category.PhoneNumber, Purpose.ServiceProvision)] string phone) { }

                    [return: PersonalData(Category.IpAddress, Purpose.Security)]
                    public string Address() => "";

                    public Service([PersonalData(Category.Name, Purpose.ServiceProvision)] string name) { }
                }

                public record Person([PersonalData(Category.Name, Purpose.ServiceProvision)] string FullName, int Age);

                public class Primary([PersonalData(Category.Email, Purpose.ServiceProvision)] string email)
                {
                    public string Mail => email;
                }
            }
            """);

        GeneratorHarness.AssertGeneratorDidNotFail(output);
        var ids = output.Ids("dataItems");
        Assert.Contains("N.Outer.Inner.a", ids);
        Assert.Contains("N.Outer.Inner.b", ids);
        Assert.Contains("N.Repository`1.Owner", ids);
        Assert.Contains("N.Service.Send(phone)", ids);
        Assert.Contains("N.Service.Address(return)", ids);
        Assert.Contains("N.Service.#ctor(name)", ids);
        Assert.Contains("N.Person.FullName", ids);
        Assert.Contains("N.Primary.#ctor(email)", ids);
        Assert.Equal(ids.OrderBy(id => id, System.StringComparer.Ordinal), ids);

        Assert.Equal("N.Outer.Inner", output.DataItem("N.Outer.Inner.a").String("type"));
        Assert.Equal("Parameter", output.DataItem("N.Service.Send(phone)").String("memberKind"));
        Assert.Equal("Send(phone)", output.DataItem("N.Service.Send(phone)").String("member"));
        Assert.Equal("ReturnValue", output.DataItem("N.Service.Address(return)").String("memberKind"));
        Assert.Equal("Property", output.DataItem("N.Person.FullName").String("memberKind"));
        Assert.Equal("Parameter", output.DataItem("N.Primary.#ctor(email)").String("memberKind"));
        Assert.Equal("N.Repository`1", output.DataItem("N.Repository`1.Owner").String("type"));
    }

    [Fact]
    public void Partial_class_with_the_attribute_in_one_part_is_read_once()
    {
        var output = GeneratorHarness.Run(
            Usings + "namespace N { public partial class C { [PersonalData(Category.Email, Purpose.ServiceProvision)] public string Email { get; set; } = \"\"; } }",
            "namespace N { public partial class C { public string Other { get; set; } = \"\"; } }");
        Assert.Equal(["N.C.Email"], output.Ids("dataItems"));
        Assert.Equal("File0.cs", output.DataItem("N.C.Email").String("file"));
    }

    [Theory]
    [InlineData("/src/Shop/", "Domain/Customer.cs", "Domain/Customer.cs")]
    [InlineData("/src/Shop", "Domain/Customer.cs", "Domain/Customer.cs")]
    [InlineData(null, "Domain/Customer.cs", "Customer.cs")]
    [InlineData("/elsewhere/", "Domain/Customer.cs", "Customer.cs")]
    public void Paths_are_relative_to_the_project_directory(string? projectDirectory, string path, string expected)
    {
        var output = GeneratorHarness.Run(
            "Shop",
            [new TestFile(path, Usings + "namespace N { public class C { [PersonalData(Category.Email, Purpose.ServiceProvision)] public string E = \"\"; } }")],
            projectDirectory: projectDirectory);
        Assert.Equal(expected, output.DataItem("N.C.E").String("file"));
    }

    [Fact]
    public void Windows_paths_use_forward_slashes()
    {
        Assert.Equal("Domain/Customer.cs", Building.PathHelper.Relative(@"C:\src\Shop\Domain\Customer.cs", @"C:\src\Shop\"));
        Assert.Equal("Domain/Customer.cs", Building.PathHelper.Relative(@"c:\src\shop\Domain\Customer.cs", @"C:\src\Shop"));
        Assert.Equal("Customer.cs", Building.PathHelper.Relative(@"D:\other\Customer.cs", @"C:\src\Shop\"));
    }

    [Fact]
    public void Hostile_descriptions_are_escaped_and_survive_the_verbatim_string()
    {
        var output = GeneratorHarness.Run(Usings + """
            namespace N
            {
                public class C
                {
                    [PersonalData(Category.Other, Purpose.ServiceProvision, Description = "He said \"hi\" \\ C:\\path\nnext\tline\u0001 \"\" @\" é 😀")]
                    public string X { get; set; } = "";
                }
            }
            """);
        GeneratorHarness.AssertGeneratorDidNotFail(output);
        Assert.Equal("He said \"hi\" \\ C:\\path\nnext\tline\u0001 \"\" @\" é 😀", output.DataItem("N.C.X").String("description"));
        Assert.Contains("\"description\": \"He said \\\"hi\\\" \\\\ C:\\\\path\\u000anext\\u0009line\\u0001 \\\"\\\" @\\\" é 😀\"", output.Json);
    }
}
