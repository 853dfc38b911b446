using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PrivacyAttributes.Generators.Parsing;
using PrivacyAttributes.Generators.Tests.Infrastructure;
using PrivacyAttributes.Testing;

namespace PrivacyAttributes.Generators.Tests;

/// <summary>
/// Reading bodies without binding them (UnboundBodyReader) must give exactly what binding them gives.
/// Every GeneratorHarness.Run already compares both ways; these add the shapes the reader must
/// follow or decline, the samples and the synthetic workload.
/// </summary>
public sealed class UnboundBodyReaderTests
{
    private const string Model = """
        using System;
        using PrivacyAttributes;

        namespace Shop
        {
            public class Person
            {
                [PersonalData(Category.Name, Purpose.OrderFulfillment)] public string Name { get; set; } = "";
                [PersonalData(Category.Email, Purpose.OrderFulfillment)] public string Email = "";
                public Address Home { get; set; } = new Address();
                public static string Email2 = "";
            }

            public sealed class Customer : Person
            {
                [PersonalData(Category.PhoneNumber, Purpose.OrderFulfillment)] public string Phone { get; set; } = "";
                public Customer Self => this;
            }

            public sealed class Address
            {
                [PersonalData(Category.PostalAddress, Purpose.OrderFulfillment)] public string Street { get; set; } = "";
            }

            public interface IContact
            {
                [PersonalData(Category.Email, Purpose.OrderFulfillment)] string Email { get; }
            }

            [SharesWith("Crm")]
            public sealed class Crm
            {
                public void Send(string value) { }
                public void Send(object value, int count) { }
                public void Upload(Customer customer) { }
                public void Put(string key, object? value) { }
            }

            public static class Masking
            {
                [Anonymizes] public static string Hash(string value) => value;
                public static string Keep(string value) => value;
            }
        }
        """;

    public static TheoryData<string, string> Bodies() => new()
    {
        { "member chains", "string M(Customer c) { var other = c.Self; return c.Name + other.Phone + c.Home.Street + c.Self.Email; }" },
        { "this, base members, implicit this", "string M(Customer c) => c.Name; }  public sealed class Mine : Person { [ProcessingPurpose(Purpose.OrderFulfillment)] string N() => Name + this.Email + base.Name; " },
        { "a local shadows nothing but is a local", "string M(Customer c) { var Name = \"x\"; return Name + c.Phone; }" },
        { "nested lambdas each read their own", "string Nested(Customer c) { Func<string> a = () => c.Name; Func<int, string> b = x => c.Email + x; Func<string> d = () => { Func<string> e = () => c.Home.Street; return e() + c.Phone; }; return a() + b(1) + d(); }" },
        { "a lambda in a for incrementor is walked after the body", "int M(Customer c) { Func<string> a = () => c.Name; Func<int, string> b = x => c.Email + x; for (int i = 0; i < 2; i += Count(() => c.Phone)) { Func<string> d = () => c.Home.Street; } return a().Length + b(1).Length; } static int Count(Func<string> f) => 1;" },
        { "named arguments with lambdas", "string M(Customer c) => Pick(second: () => c.Name, first: () => c.Email); static string Pick(Func<string> first, Func<string> second) => first() + second();" },
        { "whole object and values to a [SharesWith] call", "void M(Customer c, Crm crm) { crm.Upload(c); crm.Put(\"k\", c.Email); crm.Put(\"k\", c.Home); }" },
        { "overloads are left to binding", "void M(Customer c, Crm crm) { crm.Send(c.Email); crm.Send(c.Name, 1); }" },
        { "anonymized before sharing", "void M(Customer c, Crm crm) { crm.Send(Masking.Hash(c.Email)); crm.Put(\"k\", Masking.Keep(c.Name)); }" },
        { "a field through an interface", "string M(IContact contact, Customer c) => contact.Email + c.Email;" },
        { "a static member through the type", "string M(Customer c) => Person.Email2 + c.Name;" },
        { "writes, compound writes, out and nameof", "void M(Customer c) { c.Name = \"x\"; c.Email += \"y\"; var p = new Customer { Phone = c.Phone }; Take(out c.Email); _ = nameof(c.Name); } static void Take(out string s) { s = \"\"; }" },
        { "conditional access, casts and patterns", "object? M(Customer? c, object o) => c?.Name ?? ((Customer)o).Phone ?? (o is Customer { Email: \"x\" } d ? d.Phone : null);" },
        { "locals declared later or in inner blocks", "string M(Customer c) { string s = c.Name; { var c2 = c; s += c2.Email; } foreach (var item in new[] { c }) { s += item.Phone; } return s; }" },
        { "a parameter annotated as personal data", "string M([PersonalData(Category.Email, Purpose.OrderFulfillment)] string email, Crm crm) { crm.Put(\"k\", email); return email; }" },
        { "extension and generic calls", "string M(Customer c) => c.Name.Trim() + System.Linq.Enumerable.First(new[] { c }).Phone + Id(c).Email; static T Id<T>(T value) => value;" },
        { "interpolation, queries and tuples", "string M(Customer c) { var t = (c.Name, Other: c.Email); var q = from x in new[] { c } select x.Phone; return $\"{t.Name}{t.Other}{c.Home.Street}\" + string.Concat(q); }" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void A_body_gives_the_same_processing_read_or_bound(string description, string members)
    {
        var service = $$"""
            using System;
            using System.Linq;
            using PrivacyAttributes;

            namespace Shop
            {
                [ProcessingPurpose(Purpose.OrderFulfillment)]
                public sealed class Service
                {
                    {{members}}
                }
            }
            """;

        // GeneratorHarness.Run compares the two ways itself; this checks the case is not vacuous.
        var output = GeneratorHarness.Run("Shop", [new TestFile("Model.cs", Model), new TestFile("Service.cs", service)]);
        GeneratorHarness.AssertGeneratorDidNotFail(output);
        Assert.True(output.Ids("processing").Length > 0, description);
    }

    [Fact]
    public void The_synthetic_workload_gives_the_same_inventory_read_or_bound()
    {
        var files = PrivacyAttributes.Workload.SyntheticWorkload.Generate(100).Select(file => new TestFile(file.Path, file.Source)).ToList();
        var output = GeneratorHarness.Run("Workload", files);
        Assert.True(output.Ids("processing").Length >= 100);
    }

    [Theory]
    [MemberData(nameof(SampleSources.SampleProjects), MemberType = typeof(SampleSources))]
    public void Each_sample_project_gives_the_same_inventory_read_or_bound(string project)
    {
        var files = SampleSources.SampleProject(project);
        Assert.NotEmpty(files);
        var output = GeneratorHarness.Run(Path.GetFileName(project), files);
        GeneratorHarness.AssertGeneratorDidNotFail(output);
    }

    [Fact]
    public void Reads_in_nested_lambdas_belong_to_their_lambda()
    {
        var service = """
            using System;
            using PrivacyAttributes;

            namespace Shop
            {
                public sealed class Service
                {
                    string Nested(Customer c)
                    {
                        Func<string> a = () => c.Name;
                        Func<string> d = () => { Func<string> e = () => c.Home.Street; return e() + c.Email; };
                        return a() + d();
                    }
                }
            }
            """;
        var compilation = GeneratorHarness.Compilation("Shop", [new TestFile("Model.cs", Model), new TestFile("Service.cs", service)]);
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath.EndsWith("Service.cs", System.StringComparison.Ordinal));
        var method = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single();
        var symbol = (IMethodSymbol)compilation.GetSemanticModel(tree).GetDeclaredSymbol(method)!;

        var body = UnboundBodyReader.TryRead(method, symbol, compilation, FilterFor(compilation), default);

        Assert.NotNull(body);
        Assert.Equal(3, body!.Lambdas.Count);
        var reads = body.Uses.Where(use => use.Member is IFieldSymbol or IPropertySymbol).Select(use => (use.Lambda, use.Member!.Name)).OrderBy(pair => pair.Lambda).ToArray();
        Assert.Equal([(0, "Name"), (1, "Email"), (2, "Street")], reads);
    }

    private static NameFilter FilterFor(Compilation compilation)
    {
        var summaries = new PrivacyAttributes.Roslyn.EquatableArray<TreeSummary>(compilation.SyntaxTrees.Select(tree => TreeSummary.Create(tree, default)).ToArray());
        var project = ProjectSyntax.Create(summaries, default);
        return new NameFilter(project.NameSet, MetadataNames.For(compilation), project.Wildcard);
    }

    [Fact]
    public void Every_workload_service_method_is_read_without_binding()
    {
        var files = PrivacyAttributes.Workload.SyntheticWorkload.Generate(20).Select(file => new TestFile(file.Path, file.Source)).ToList();
        var compilation = GeneratorHarness.Compilation("Workload", files);
        var filter = FilterFor(compilation);

        var read = 0;
        foreach (var tree in compilation.SyntaxTrees.Where(tree => tree.FilePath.Contains("Services")))
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var method in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
            {
                var symbol = (IMethodSymbol)model.GetDeclaredSymbol(method)!;
                var body = UnboundBodyReader.TryRead(method, symbol, compilation, filter, default);
                Assert.True(body is not null, $"{symbol} needed binding");
                Assert.Contains(body!.Uses, use => use.Member is IPropertySymbol);
                read++;
            }
        }

        Assert.Equal(60, read);
    }
}
