using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PrivacyAttributes.Generators.Parsing;
using PrivacyAttributes.Generators.Tests.Infrastructure;
using PrivacyAttributes.Testing;

namespace PrivacyAttributes.Generators.Tests;

/// <summary>
/// Types resolved from declarations (DeclaredTypeResolver) and method ids built from them
/// (SymbolIds.DeclaredMethodId) must be exactly what binding gives, or decline (null). Every
/// declared parameter, field and property type and every method of the sources below, the samples
/// and the synthetic workload is compared with binding.
/// </summary>
public sealed class DeclaredTypeResolverTests
{
    private const string Models = """
        namespace Shop.Models
        {
            public class Customer { public string Name { get; set; } = ""; }
            public struct Point { }
            public enum Tier { Gold }
            public interface IService { }
        }

        namespace Other
        {
            public class Customer { }
            public class Audit { }
        }
        """;

    public static TheoryData<string, string, int> Sources() => new()
    {
        {
            "usings at the compilation unit, every supported type shape",
            """
            using System;
            using System.Collections.Generic;
            using Shop.Models;

            namespace Shop.Services
            {
                public sealed class Service : IService
                {
                    private readonly List<Customer> customers = new();
                    public Dictionary<string, Customer[]> ByName { get; } = new();
                    public Point? Where { get; set; }
                    public Customer? Maybe;
                    public System.String Qualified = "";
                    public global::Shop.Models.Tier Level;
                    public Service(Customer customer, int count) { }
                    public void Send(Customer customer, ref int count, out string text, in Point point, params object[] rest) { text = ""; }
                    public void None() { }
                    public static void Read(Customer customer, Func<Customer, string> read) { }
                }

                public static class Extensions
                {
                    public static void Touch(this Customer customer, List<Point?> points) { }
                }
            }
            """,
            5
        },
        {
            "a using inside a namespace comes before the namespaces further out",
            """
            namespace Shop
            {
                public class Customer { }
            }

            namespace Shop.Sub
            {
                using Other;

                public class Service
                {
                    public void Send(Customer customer) { }
                }
            }
            """,
            1
        },
        {
            "a namespace's own type comes before the compilation unit's usings",
            """
            using Other;

            namespace Shop
            {
                public class Customer { }
            }

            namespace Shop.Sub
            {
                public class Service
                {
                    public void Send(Customer customer, Audit audit) { }
                }
            }
            """,
            1
        },
        {
            "file-scoped namespace, nested types and a struct",
            """
            using Shop.Models;

            namespace Shop.Nested;

            public class Outer
            {
                public class Inner { }
                public Inner Child = new();
                public struct Value : System.IEquatable<Value> { public bool Equals(Value other) => true; public Customer Owner; }
                public void Take(Inner inner, Value value) { }
            }
            """,
            2
        },
        {
            "declined: aliases, using static, inherited nested types, type parameters, generic methods, ambiguity",
            """
            using C = Shop.Models.Customer;
            using static System.Math;
            using Shop.Models;
            using Other;

            namespace Shop.Declined
            {
                public class Base { public class Inner { } }
                public class Derived : Base
                {
                    public Inner Child = new();
                    public void Take(Inner inner) { }
                }

                public class Aliased { public void Take(C customer) { } }
                public class Generic<T> { public T Value = default!; public void Take(T value) { } }
                public class Methods { public void Take<T>(T value) { } public void Explicit(Audit audit) { } }
            }
            """,
            0
        },
        {
            "a global using",
            """
            global using Shop.Models;

            namespace Shop.Global
            {
                public class Service
                {
                    public void Send(Customer customer, Tier tier) { }
                }
            }
            """,
            1
        },
    };

    [Theory]
    [MemberData(nameof(Sources))]
    public void Declared_types_and_method_ids_agree_with_binding(string description, string source, int expectedMethodIds)
    {
        var compilation = GeneratorHarness.Compilation("Shop", [new TestFile("Models.cs", Models), new TestFile("Source.cs", source)]);
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));

        var result = Compare(compilation, tree => tree.FilePath.EndsWith("Source.cs", System.StringComparison.Ordinal));

        Assert.True(result.Disagreements.Count == 0, description + ": " + string.Join("; ", result.Disagreements));
        Assert.Equal(expectedMethodIds, result.MethodIds);
    }

    [Fact]
    public void Declined_lookups_are_declined_not_guessed()
    {
        var source = (string)Sources().Single(row => ((string)row[0]).StartsWith("declined", System.StringComparison.Ordinal))[1];
        var compilation = GeneratorHarness.Compilation("Shop", [new TestFile("Models.cs", Models), new TestFile("Source.cs", source)]);

        var result = Compare(compilation, tree => tree.FilePath.EndsWith("Source.cs", System.StringComparison.Ordinal));

        Assert.Empty(result.Disagreements);
        Assert.Empty(result.ResolvedTypes);
        Assert.Equal(0, result.MethodIds);
        Assert.True(result.Declined.Count >= 10, string.Join("; ", result.Declined));
    }

    [Theory]
    [InlineData("public", true, "Lib.Hidden")]
    [InlineData("public", false, "Lib.Hidden")]
    [InlineData("internal", true, null)]
    [InlineData("internal", false, null)]
    public void A_referenced_assembly_type_in_an_enclosing_namespace_is_found_when_accessible(string accessibility, bool asProjectReference, string? expected)
    {
        // Lib.Sub's enclosing namespace Lib also holds the referenced library's types, before the
        // compilation unit's using of Other. An internal one is skipped by C# (and declined here); in
        // the IDE a project reference is a compilation whose types have source locations.
        var librarySource = $"namespace Lib {{ {accessibility} class Hidden {{ }} }}";
        var reference = asProjectReference
            ? CSharpCompilation.Create(
                "Lib",
                [CSharpSyntaxTree.ParseText(librarySource, GeneratorHarness.ParseOptions)],
                GeneratorHarness.References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)).ToMetadataReference()
            : GeneratorHarness.CompileLibrary("Lib", librarySource, runGenerator: false);
        var source = """
            using Other;

            namespace Other { public class Hidden { } }

            namespace Lib.Sub
            {
                public class Service { public void Send(Hidden hidden) { } }
            }
            """;
        var compilation = GeneratorHarness.Compilation("Shop", [new TestFile("Source.cs", source)], [reference]);
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));

        var result = Compare(compilation, _ => true);

        Assert.True(result.Disagreements.Count == 0, string.Join("; ", result.Disagreements));
        if (expected is null)
        {
            Assert.Contains("Hidden in Lib.Sub.Service", result.Declined);
        }
        else
        {
            Assert.Contains(expected, result.ResolvedTypes);
        }
    }

    [Theory]
    [MemberData(nameof(SampleSources.SampleProjects), MemberType = typeof(SampleSources))]
    public void Each_sample_project_agrees_with_binding(string project)
    {
        var files = SampleSources.SampleProject(project);
        Assert.NotEmpty(files);

        var result = Compare(GeneratorHarness.Compilation(Path.GetFileName(project), files), _ => true);

        Assert.True(result.Disagreements.Count == 0, string.Join("; ", result.Disagreements));
        Assert.True(result.ResolvedTypes.Count > 0);
    }

    [Fact]
    public void The_workload_resolves_every_declared_type_and_method_id_without_binding()
    {
        var files = PrivacyAttributes.Workload.SyntheticWorkload.Generate(20).Select(file => new TestFile(file.Path, file.Source)).ToList();

        var result = Compare(GeneratorHarness.Compilation("Workload", files), _ => true);

        Assert.True(result.Disagreements.Count == 0, string.Join("; ", result.Disagreements));
        Assert.True(result.Declined.Count == 0, "declined: " + string.Join("; ", result.Declined));
        Assert.True(result.MethodIds >= 60);
    }

    private sealed class Comparison
    {
        public List<string> Disagreements { get; } = [];

        public List<string> Declined { get; } = [];

        public List<string> ResolvedTypes { get; } = [];

        public int MethodIds { get; set; }
    }

    private static Comparison Compare(Compilation compilation, System.Func<SyntaxTree, bool> include)
    {
        var result = new Comparison();
        var resolver = new DeclaredTypeResolver(compilation);
        foreach (var tree in compilation.SyntaxTrees.Where(include))
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                switch (node)
                {
                    case BaseMethodDeclarationSyntax method when model.GetDeclaredSymbol(method) is IMethodSymbol symbol:
                        CompareMethod(symbol, resolver, result);
                        foreach (var parameter in method.ParameterList.Parameters)
                        {
                            if (parameter.Type is not null && model.GetDeclaredSymbol(parameter) is IParameterSymbol parameterSymbol)
                            {
                                CompareType(parameter.Type, parameterSymbol.Type, symbol.ContainingType, symbol, resolver, result);
                            }
                        }

                        break;
                    case FieldDeclarationSyntax field:
                        foreach (var variable in field.Declaration.Variables)
                        {
                            if (model.GetDeclaredSymbol(variable) is IFieldSymbol fieldSymbol)
                            {
                                CompareType(field.Declaration.Type, fieldSymbol.Type, fieldSymbol.ContainingType, null, resolver, result);
                            }
                        }

                        break;
                    case PropertyDeclarationSyntax property when model.GetDeclaredSymbol(property) is IPropertySymbol propertySymbol:
                        CompareType(property.Type, propertySymbol.Type, propertySymbol.ContainingType, null, resolver, result);
                        break;
                }
            }
        }

        return result;
    }

    private static void CompareMethod(IMethodSymbol method, DeclaredTypeResolver resolver, Comparison result)
    {
        var declared = SymbolIds.DeclaredMethodId(method, resolver);
        if (declared is null)
        {
            result.Declined.Add("id of " + method.ToDisplayString());
            return;
        }

        result.MethodIds++;
        var bound = SymbolIds.MethodId(method);
        if (declared != bound)
        {
            result.Disagreements.Add($"{declared} != {bound}");
        }
    }

    private static void CompareType(TypeSyntax syntax, ITypeSymbol bound, INamedTypeSymbol containingType, IMethodSymbol? method, DeclaredTypeResolver resolver, Comparison result)
    {
        var resolved = resolver.Resolve(syntax, containingType, method);
        if (resolved is null)
        {
            result.Declined.Add(syntax + " in " + containingType.ToDisplayString());
            return;
        }

        result.ResolvedTypes.Add(resolved.ToDisplayString());
        if (!SymbolEqualityComparer.Default.Equals(resolved, bound))
        {
            result.Disagreements.Add($"{syntax} in {containingType.ToDisplayString()}: {resolved.ToDisplayString()} != {bound.ToDisplayString()}");
        }
    }
}
