using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PrivacyAttributes.Generators.Parsing;
using PrivacyAttributes.Generators.Tests.Infrastructure;
using PrivacyAttributes.Roslyn;

namespace PrivacyAttributes.Generators.Tests;

/// <summary>
/// Reading the package's attributes from declarations (DeclaredAttributeReader) must give exactly what
/// binding them gives, and must decline wherever a name could mean something else. Every
/// GeneratorHarness.Run already compares the inventory both ways; these check which declarations are
/// read from syntax, and that what is read equals the bound attribute.
/// </summary>
public sealed class DeclaredAttributeReaderTests
{
    private const string Plain = """
        using System;
        using PrivacyAttributes;

        namespace Shop
        {
            [SharesWith("Mailer"), ProcessingPurpose(Purpose.DirectMarketing, Purpose.Analytics)]
            public class Customer
            {
                [PersonalData(Category.Email, Purpose.DirectMarketing, Purpose.AccountManagement,
                    Subjects = DataSubject.Customer | DataSubject.Prospect, Source = DataSource.ThirdParty,
                    Retention = "P2Y", Required = true, Description = @"The ""main"" address",
                    SharedWith = new[] { "Mailer", "Crm" })]
                public string Email { get; set; } = "";

                [PersonalDataAttribute(Category.Name)] public string Name = "";

                [NotPersonalData, Obsolete] public string Code { get; set; } = "";

                public string Untouched { get; set; } = "";

                [Anonymizes] public static string Hash(string value) => value;

                [ProcessingPurpose(Purpose.OrderFulfillment)]
                public void Ship([PersonalData(Category.PostalAddress, Purpose.OrderFulfillment, SharedWith = new string[] { "Carrier" })] string address) { }
            }
        }
        """;

    [Fact]
    public void Plain_declarations_are_read_from_syntax_and_equal_the_bound_attributes()
    {
        var compilation = GeneratorHarness.Compilation("Shop", [new TestFile("Customer.cs", Plain)]);
        var reader = ReaderFor(compilation);
        var type = compilation.GetTypeByMetadataName("Shop.Customer")!;

        foreach (var member in type.GetMembers().Where(member => !member.IsImplicitlyDeclared && member is not IMethodSymbol { MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet }).Append(type))
        {
            var declared = reader.Read(member);
            Assert.True(declared is not null, $"{member.Name} was not read from syntax");
            AssertSameAsBound(member, declared!);
        }

        var ship = (IMethodSymbol)type.GetMembers("Ship").Single();
        var parameter = reader.Read(ship.Parameters[0]);
        Assert.NotNull(parameter);
        AssertSameAsBound(ship.Parameters[0], parameter!);
        Assert.Equal(["Carrier"], parameter!.PersonalData!.SharedWith);

        var email = reader.Read(type.GetMembers("Email").Single())!.PersonalData!;
        Assert.Equal(DataSubject.Customer | DataSubject.Prospect, email.Subjects);
        Assert.Equal("The \"main\" address", email.Description);
        Assert.Equal([Purpose.DirectMarketing, Purpose.AccountManagement], email.Purposes);
        Assert.Equal(["Mailer"], reader.Read(type)!.SharesWith!.Value);
    }

    [Theory]
    [InlineData("a property named like an enum", "public string Category { get; set; } = \"\";", "")]
    [InlineData("a method named like an enum", "public void Purpose() { }", "")]
    [InlineData("a nested type named like the attribute", "private sealed class PersonalDataAttribute : Attribute { }", "")]
    [InlineData("a type named like an enum in an enclosing namespace", "", "public enum Purpose { Other }")]
    [InlineData("a namespace named like an enum in an enclosing namespace", "", "namespace Category { public class Placeholder { } }")]
    public void A_name_that_may_mean_something_else_is_left_to_binding(string why, string member, string besideType)
    {
        var source = $$"""
            using System;
            using PrivacyAttributes;

            namespace Shop
            {
                {{besideType}}

                public class Customer
                {
                    [PersonalData(Category.Email, Purpose.DirectMarketing)] public string Email { get; set; } = "";
                    {{member}}
                }
            }
            """;

        AssertBoundOnly(why, source, "Shop.Customer", "Email");
    }

    [Theory]
    [InlineData("a base type with a member named like an enum", "public class Base { public int Category; }", "Base")]
    [InlineData("a base type with a nested type named like an enum", "public class Base { public enum Purpose { X } }", "Base")]
    public void A_name_inherited_from_a_base_type_is_left_to_binding(string why, string baseType, string baseName)
    {
        var source = $$"""
            using System;
            using PrivacyAttributes;

            namespace Shop
            {
                {{baseType}}

                public class Customer : {{baseName}}
                {
                    [PersonalData(Category.Email, Purpose.DirectMarketing)] public string Email { get; set; } = "";
                }
            }
            """;

        AssertBoundOnly(why, source, "Shop.Customer", "Email");
    }

    [Theory]
    [InlineData("a using static", "using static System.Math;", "[PersonalData(Category.Email, Purpose.DirectMarketing)]")]
    [InlineData("an alias of the attribute", "using PD = PrivacyAttributes.PersonalDataAttribute;", "[PD(Category.Email, Purpose.DirectMarketing)]")]
    [InlineData("an alias named like an enum", "using Purpose = PrivacyAttributes.Purpose;", "[PersonalData(Category.Email, Purpose.DirectMarketing)]")]
    [InlineData("a qualified name", "", "[PrivacyAttributes.PersonalData(Category.Email, Purpose.DirectMarketing)]")]
    [InlineData("a field-targeted list", "", "[field: PersonalData(Category.Email, Purpose.DirectMarketing)]")]
    [InlineData("an argument named by parameter", "", "[PersonalData(category: Category.Email)]")]
    [InlineData("a cast", "", "[PersonalData((Category)3)]")]
    [InlineData("a constant", "", "[PersonalData(Category.Email, Retention = Periods.TwoYears)]")]
    [InlineData("a string concatenation", "", "[PersonalData(Category.Email, Description = \"a\" + \"b\")]")]
    [InlineData("an undefined enum member", "", "[PersonalData(Category.NoSuchCategory)]")]
    [InlineData("a repeated attribute", "", "[PersonalData(Category.Email)][PersonalData(Category.Name)]")]
    public void Anything_but_the_plain_forms_is_left_to_binding(string why, string usingDirective, string attribute)
    {
        var source = $$"""
            using System;
            using PrivacyAttributes;
            {{usingDirective}}

            namespace Shop
            {
                public static class Periods { public const string TwoYears = "P2Y"; }

                public class Customer
                {
                    {{attribute}} public string Email { get; set; } = "";
                }
            }
            """;

        AssertBoundOnly(why, source, "Shop.Customer", "Email");
    }

    [Fact]
    public void Without_a_using_of_the_package_the_attribute_is_left_to_binding()
    {
        const string source = """
            namespace Shop
            {
                public class Customer
                {
                    [PersonalData(Category.Email)] public string Email { get; set; } = "";
                }
            }
            """;

        AssertBoundOnly("no using PrivacyAttributes", source, "Shop.Customer", "Email");
    }

    [Fact]
    public void Another_library_attribute_of_the_same_name_blocks_only_the_files_that_import_it()
    {
        // ASP.NET Core Identity has its own [PersonalData] in Microsoft.AspNetCore.Identity.
        const string identity = """
            namespace Microsoft.AspNetCore.Identity
            {
                public sealed class PersonalDataAttribute : System.Attribute { }
            }
            """;
        const string importing = """
            using Microsoft.AspNetCore.Identity;
            using PrivacyAttributes;

            namespace Shop
            {
                public class Account
                {
                    [ProtectedPersonalData] public string Login { get; set; } = "";
                    [PersonalData(Category.Email)] public string Email { get; set; } = "";
                }

                public sealed class ProtectedPersonalDataAttribute : System.Attribute { }
            }
            """;
        const string plain = """
            using PrivacyAttributes;

            namespace Shop
            {
                public class Customer
                {
                    [PersonalData(Category.Email, Purpose.DirectMarketing)] public string Email { get; set; } = "";
                }
            }
            """;
        var identityLibrary = GeneratorHarness.CompileLibrary("Identity", identity);
        var files = new[] { new TestFile("Account.cs", importing), new TestFile("Customer.cs", plain) };
        var compilation = GeneratorHarness.Compilation("Shop", files, [identityLibrary]);
        var reader = ReaderFor(compilation);

        Assert.Null(reader.Read(compilation.GetTypeByMetadataName("Shop.Account")!.GetMembers("Email").Single()));
        Assert.NotNull(reader.Read(compilation.GetTypeByMetadataName("Shop.Customer")!.GetMembers("Email").Single()));
        // The ambiguous [PersonalData] is an error either way; the inventory is the same both ways.
        GeneratorHarness.Run("Shop", files, [identityLibrary]);
    }

    [Theory]
    [InlineData("a method type parameter", "public void Send<Purpose>([PersonalData(Category.Email)] string email) { }")]
    [InlineData("a parameter named like an enum", "public void Send([PersonalData(Category.Email)] string email, int Category) { }")]
    [InlineData("a partial method", "[ProcessingPurpose(Purpose.Analytics)] public partial void Send(string email);\npublic partial void Send(string email) { }")]
    [InlineData("a return-targeted list", "[return: PersonalData(Category.Email)] public string Send() => \"\";")]
    public void Methods_whose_scope_or_shape_differs_are_left_to_binding(string why, string method)
    {
        var source = $$"""
            using PrivacyAttributes;

            namespace Shop
            {
                public partial class Mailer
                {
                    {{method}}
                }
            }
            """;
        var compilation = GeneratorHarness.Compilation("Shop", [new TestFile("Mailer.cs", source)]);
        var reader = ReaderFor(compilation);
        var send = (IMethodSymbol)compilation.GetTypeByMetadataName("Shop.Mailer")!.GetMembers("Send").First();

        Assert.True(reader.Read(send) is null && send.Parameters.All(parameter => reader.Read(parameter) is null), why);
        GeneratorHarness.Run("Shop", [new TestFile("Mailer.cs", source)]);
    }

    [Fact]
    public void Every_annotated_member_and_processing_method_of_the_workload_is_read_from_syntax()
    {
        var files = PrivacyAttributes.Workload.SyntheticWorkload.Generate(20).Select(file => new TestFile(file.Path, file.Source)).ToList();
        var compilation = GeneratorHarness.Compilation("Workload", files);
        var reader = ReaderFor(compilation);

        var read = 0;
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<MemberDeclarationSyntax>().Where(node => node.AttributeLists.Count > 0))
            {
                var symbol = declaration is BaseFieldDeclarationSyntax field
                    ? model.GetDeclaredSymbol(field.Declaration.Variables[0])!
                    : model.GetDeclaredSymbol(declaration)!;
                var declared = reader.Read(symbol);
                Assert.True(declared is not null, $"{symbol} was bound");
                AssertSameAsBound(symbol, declared!);
                read++;
            }
        }

        Assert.True(read > 100, $"only {read} declarations carry attributes");
    }

    [Fact]
    public void A_reader_made_for_binding_reads_nothing_from_syntax()
    {
        var compilation = GeneratorHarness.Compilation("Shop", [new TestFile("Customer.cs", Plain)]);
        var email = compilation.GetTypeByMetadataName("Shop.Customer")!.GetMembers("Email").Single();

        Assert.Null(DeclaredAttributeReader.Binding().Read(email));
        Assert.True(DeclaredAttributeReader.Binding().Has(email, PrivacyAttributeKind.PersonalData));
    }

    private static void AssertBoundOnly(string why, string source, string typeName, string memberName)
    {
        var files = new[] { new TestFile("Customer.cs", source) };
        var compilation = GeneratorHarness.Compilation("Shop", files);
        var member = compilation.GetTypeByMetadataName(typeName)!.GetMembers(memberName).Single();

        Assert.True(ReaderFor(compilation).Read(member) is null, $"read from syntax despite {why}");

        // And the inventory is the same both ways (the harness compares it with binding every attribute).
        GeneratorHarness.Run("Shop", files);
    }

    private static void AssertSameAsBound(ISymbol symbol, DeclaredAttributes declared)
    {
        var bound = AnnotationReader.Find(symbol, PrivacyAttributeKind.PersonalData) is { } attribute ? AnnotationReader.ReadPersonalData(attribute) : null;
        Assert.Equal(bound, declared.PersonalData);

        var purpose = AnnotationReader.Find(symbol, PrivacyAttributeKind.ProcessingPurpose);
        Assert.Equal(purpose is null ? null : AnnotationReader.ReadProcessingPurposes(purpose), declared.ProcessingPurposes);

        var recipients = symbol.GetAttributes().Where(data => AnnotationReader.Classify(data) == PrivacyAttributeKind.SharesWith).Select(AnnotationReader.ReadSharesWith).ToList();
        Assert.Equal(recipients.Count == 0 ? null : recipients, declared.SharesWith?.ToList<string?>());

        Assert.Equal(AnnotationReader.Find(symbol, PrivacyAttributeKind.Anonymizes) is not null, declared.Anonymizes);
        Assert.Equal(AnnotationReader.Find(symbol, PrivacyAttributeKind.NotPersonalData) is not null, declared.NotPersonalData);
        Assert.Equal(!symbol.GetAttributes().IsEmpty, declared.HasAttributes);
    }

    private static DeclaredAttributeReader ReaderFor(Compilation compilation)
    {
        var summaries = new EquatableArray<TreeSummary>(compilation.SyntaxTrees.Select(tree => TreeSummary.Create(tree, default)).ToArray());
        var project = ProjectSyntax.Create(summaries, default);
        return new DeclaredAttributeReader(compilation, project.AliasSet, default);
    }
}
