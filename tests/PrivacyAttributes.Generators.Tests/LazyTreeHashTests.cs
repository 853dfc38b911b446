using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAttributes.Generators.Parsing;
using PrivacyAttributes.Generators.Tests.Infrastructure;
using PrivacyAttributes.Roslyn;

namespace PrivacyAttributes.Generators.Tests;

/// <summary>
/// A tree's binding fingerprint and its declaration hash are computed only when two versions of the
/// tree are compared: a build (one run) hashes nothing, an edit hashes the edited file only.
/// </summary>
public sealed class LazyTreeHashTests
{
    private static readonly string[] Sources =
    [
        """
        using PrivacyAttributes;
        public sealed class Customer
        {
            [PersonalData(Category.Email, Purpose.DirectMarketing)]
            public string Email { get; set; } = "";
        }
        """,
        """
        using PrivacyAttributes;
        public sealed class Newsletter
        {
            [ProcessingPurpose(Purpose.DirectMarketing)]
            public string Send(Customer customer)
            {
                var unrelated = 1;
                return customer.Email + unrelated;
            }
        }
        """,
    ];

    [Fact]
    public void A_first_run_hashes_no_tree_and_an_edit_hashes_only_the_edited_tree()
    {
        var compilation = GeneratorHarness.Compilation("Shop", Sources.Select((source, i) => new TestFile($"File{i}.cs", source)));
        GeneratorDriver driver = GeneratorHarness.CreateDriver(trackSteps: true);
        driver = driver.RunGenerators(compilation);
        var firstResult = driver.GetRunResult().Results.Single();
        var first = DriverFingerprints(firstResult);
        var firstDeclarations = DriverDeclarations(firstResult);
        Assert.Equal(2, first.Count);
        Assert.All(first, fingerprint => Assert.False(fingerprint.IsHashed));
        Assert.Equal(2, firstDeclarations.Count);
        Assert.All(firstDeclarations, declarations => Assert.False(declarations.IsHashed));

        var edited = compilation.SyntaxTrees.Last();
        var replacement = CSharpSyntaxTree.ParseText(edited.GetText().ToString().Replace("unrelated = 1", "unrelated = 2", System.StringComparison.Ordinal), GeneratorHarness.ParseOptions, edited.FilePath);
        var next = compilation.ReplaceSyntaxTree(edited, replacement);
        var result = driver.RunGenerators(next).GetRunResult().Results.Single();

        var second = DriverFingerprints(result);
        Assert.False(first[0].IsHashed);
        Assert.False(second[0].IsHashed);
        Assert.True(first[1].IsHashed);
        Assert.True(second[1].IsHashed);

        var secondDeclarations = DriverDeclarations(result);
        Assert.False(firstDeclarations[0].IsHashed);
        Assert.Same(firstDeclarations[0], secondDeclarations[0]);
        Assert.True(firstDeclarations[1].IsHashed);
        Assert.True(secondDeclarations[1].IsHashed);

        // Equal after hashing (a free literal's value is left out; the edit is inside a body), so
        // the project's syntax is unchanged and the semantic pass stays cached.
        Assert.Equal(first[1], second[1]);
        Assert.Equal(firstDeclarations[1], secondDeclarations[1]);
        Assert.All(result.TrackedSteps[StepNames.ProjectSyntax], step => Assert.All(step.Outputs, output => Assert.Contains(output.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged })));
        Assert.All(result.TrackedSteps[StepNames.Code], step => Assert.All(step.Outputs, output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason)));
    }

    /// <summary>The declaration hashes of the project's syntax the driver holds after a run.</summary>
    private static EquatableArray<DeclarationHash> DriverDeclarations(GeneratorRunResult result) =>
        ((ProjectSyntax)Assert.Single(Assert.Single(result.TrackedSteps[StepNames.ProjectSyntax]).Outputs).Value).Declarations;

    /// <summary>
    /// The fingerprints the driver holds after a run. Not <see cref="ProjectTrees.Fingerprints"/> again: its reuse
    /// of the latest snapshot is process-wide, and a test running in parallel that replaces it makes that call
    /// return fresh, unhashed fingerprints for an edited tree (the edit's own are not kept per tree).
    /// </summary>
    private static EquatableArray<TreeFingerprint> DriverFingerprints(GeneratorRunResult result) =>
        (EquatableArray<TreeFingerprint>)Assert.Single(Assert.Single(result.TrackedSteps[StepNames.BindingFingerprints]).Outputs).Value;

    [Fact]
    public void Fingerprints_of_the_same_text_are_equal_and_of_a_binding_edit_differ()
    {
        TreeFingerprint Of(string text) => new(CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions, "File.cs"));

        Assert.Equal(Of(Sources[1]), Of(Sources[1]));
        Assert.Equal(Of(Sources[1]), Of(Sources[1].Replace("return", "return /* a comment */", System.StringComparison.Ordinal)));
        Assert.NotEqual(Of(Sources[1]), Of(Sources[1].Replace("customer.Email", "customer.Name", System.StringComparison.Ordinal)));
        Assert.NotEqual(Of(Sources[1]), new TreeFingerprint(CSharpSyntaxTree.ParseText(Sources[1], GeneratorHarness.ParseOptions, "Other.cs")));
    }

    [Fact]
    public void Declaration_hashes_ignore_edits_inside_bodies_and_see_edits_outside_them()
    {
        DeclarationHash Of(string text, string path = "File.cs") => new(CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions, path));

        Assert.Equal(Of(Sources[1]), Of(Sources[1]));
        Assert.Equal(Of(Sources[1]), Of(Sources[1].Replace("customer.Email", "customer.Name", System.StringComparison.Ordinal)));
        Assert.NotEqual(Of(Sources[1]), Of(Sources[1].Replace("DirectMarketing", "Analytics", System.StringComparison.Ordinal)));
        Assert.NotEqual(Of(Sources[1]), Of(Sources[1].Replace("Customer customer", "Customer buyer", System.StringComparison.Ordinal)));
        Assert.NotEqual(Of(Sources[1]), Of(Sources[1], "Other.cs"));

        // A fingerprint and a declaration hash of the same tree are different kinds of key, never equal.
        var tree = CSharpSyntaxTree.ParseText(Sources[1], GeneratorHarness.ParseOptions, "File.cs");
        Assert.False(new DeclarationHash(tree).Equals((object)new TreeFingerprint(tree)));
    }
}
