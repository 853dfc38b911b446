using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using PrivacyAttributes.Generators.Parsing;
using PrivacyAttributes.Generators.Tests.Infrastructure;

namespace PrivacyAttributes.Generators.Tests;

/// <summary>
/// Data-item ids of fields and properties: the short way (the type's id and the member's name) must give
/// exactly the member's documentation id, which is what the ids are defined by.
/// </summary>
public sealed class SymbolIdsTests
{
    private const string Members = """
        namespace Shop.Accounts
        {
            public interface IContact { string Email { get; } string this[int index] { get; } }

            public sealed class Customer : IContact
            {
                public string Email { get; set; } = "";
                public string @class = "", Ünïcödé_2 = "";
                public static string Shared { get; } = "";
                string IContact.Email => Email;
                public string this[int index] => Email;
                string IContact.this[int index] => Email;
                public event System.Action? Changed;

                public sealed class Address { public string Street = ""; public string City { get; set; } = ""; }
            }

            public sealed class Repository<TKey, TValue>
            {
                public TValue? Latest;
                public Dictionary<TKey, TValue> Items { get; } = new();

                public sealed class Entry<TMore> { public TMore? More; public TKey? Key { get; set; } }
            }

            public record Person(string Name, int Age);

            public sealed class Dictionary<TKey, TValue> { }
        }

        public sealed class Global { public string Phone = ""; }
        """;

    [Fact]
    public void Field_and_property_ids_are_their_documentation_ids()
    {
        var compilation = GeneratorHarness.Compilation("Ids", [new TestFile("Members.cs", Members)]);
        var members = AllTypes(compilation.Assembly.GlobalNamespace)
            .SelectMany(type => type.GetMembers())
            .Where(member => member is IFieldSymbol { IsImplicitlyDeclared: false } or IPropertySymbol)
            .ToList();
        Assert.True(members.Count >= 18, $"only {members.Count} members found");

        foreach (var member in members)
        {
            var identity = SymbolIds.DataItem(member, returnValue: false);

            Assert.NotNull(identity);
            var documentationId = member.GetDocumentationCommentId()!;
            var typeId = member.ContainingType.OriginalDefinition.GetDocumentationCommentId()!.Substring(2);
            Assert.Equal(documentationId.Substring(2), identity.Value.Id);
            Assert.Equal(typeId, identity.Value.Type);
            Assert.Equal(identity.Value.Id, identity.Value.Type + "." + identity.Value.Member);
        }
    }

    private static IEnumerable<INamedTypeSymbol> AllTypes(INamespaceOrTypeSymbol container)
    {
        foreach (var member in container.GetMembers())
        {
            if (member is INamespaceSymbol namespaceSymbol)
            {
                foreach (var type in AllTypes(namespaceSymbol))
                {
                    yield return type;
                }
            }
            else if (member is INamedTypeSymbol type)
            {
                yield return type;
                foreach (var nested in AllTypes(type))
                {
                    yield return nested;
                }
            }
        }
    }
}
