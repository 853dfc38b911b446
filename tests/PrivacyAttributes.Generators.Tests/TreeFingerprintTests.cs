using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAttributes.Generators.Parsing;
using PrivacyAttributes.Generators.Tests.Infrastructure;
using PrivacyAttributes.Roslyn;

namespace PrivacyAttributes.Generators.Tests;

/// <summary>
/// A tree's binding fingerprint is hashed only when two versions of the tree are compared: a
/// build (one run) hashes nothing, an edit hashes the edited file only.
/// </summary>
public sealed class TreeFingerprintTests
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
        var first = DriverFingerprints(driver.GetRunResult().Results.Single());
        Assert.Equal(2, first.Count);
        Assert.All(first, fingerprint => Assert.False(fingerprint.IsHashed));

        var edited = compilation.SyntaxTrees.Last();
        var replacement = CSharpSyntaxTree.ParseText(edited.GetText().ToString().Replace("unrelated = 1", "unrelated = 2", System.StringComparison.Ordinal), GeneratorHarness.ParseOptions, edited.FilePath);
        var next = compilation.ReplaceSyntaxTree(edited, replacement);
        var result = driver.RunGenerators(next).GetRunResult().Results.Single();

        var second = DriverFingerprints(result);
        Assert.False(first[0].IsHashed);
        Assert.False(second[0].IsHashed);
        Assert.True(first[1].IsHashed);
        Assert.True(second[1].IsHashed);

        // Equal after hashing (a free literal's value is left out), so the semantic pass stays cached.
        Assert.Equal(first[1], second[1]);
        Assert.All(result.TrackedSteps[StepNames.Code], step => Assert.All(step.Outputs, output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason)));
    }

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
}
