using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PrivacyAttributes.Generators.Parsing;

namespace PrivacyAttributes.Generators.Tests;

/// <summary>
/// The nodes carrying attributes that a tree's summary walk collects for the semantic pass, which visits
/// only those instead of walking every node of the tree again.
/// </summary>
public sealed class TreeSummaryTests
{
    private const string EveryPlaceAnAttributeCanStand = """
        using System;
        [assembly: CLSCompliant(false)]
        namespace Sample
        {
            [Serializable, Obsolete]
            public sealed class Customer<[Obsolete] T>
            {
                [Obsolete] [NonSerialized] private string first = "", second = "";

                [Obsolete]
                public string Email { [Obsolete] get; set; } = "";

                [return: Obsolete]
                public string Send([Obsolete] string address, int count)
                {
                    [Obsolete] void Local([Obsolete] int value) { }
                    Func<int, int> twice = [Obsolete] (int x) => x * 2;
                    [] int broken = 0;
                    Local(twice(count + broken));
                    return first + second + address;
                }

                [Obsolete]
                public sealed class Nested { [Obsolete] public int Value; }
            }

            public record Person([property: Obsolete] string Name);

            public enum Kind { [Obsolete] First, Second }
        }
        """;

    [Fact]
    public void The_attribute_owners_are_every_node_with_a_non_empty_attribute_list_in_document_order()
    {
        var tree = CSharpSyntaxTree.ParseText(EveryPlaceAnAttributeCanStand, path: "Owners.cs");
        _ = TreeSummary.Of(tree, CancellationToken.None);

        var expected = tree.GetRoot().DescendantNodesAndSelf()
            .Where(node => node.ChildNodes().OfType<AttributeListSyntax>().Any(list => list.Attributes.Count > 0))
            .ToList();
        var owners = TreeSummary.AttributeOwnersOf(tree);

        Assert.NotNull(owners);
        Assert.Equal(expected, owners);

        // The places above, each once: the compilation unit (assembly attribute), the class, its type
        // parameter, the field, the property and its accessor, the method, both parameters, the local
        // function and its parameter, the lambda, the nested class and its field, the record's parameter
        // and the enum member. The empty list `[]` carries no attribute and adds nothing.
        Assert.Equal(16, owners.Count);
        Assert.Equal(owners.Count, owners.Distinct().Count());
    }

    [Fact]
    public void A_tree_whose_facts_are_not_remembered_has_no_owner_list_and_the_semantic_pass_walks_it_whole()
    {
        var tree = CSharpSyntaxTree.ParseText(EveryPlaceAnAttributeCanStand, path: "Forgotten.cs");
        _ = TreeSummary.Of(tree, CancellationToken.None, remember: false);

        Assert.Null(TreeSummary.AttributeOwnersOf(tree));
    }
}
