using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAttributes.Generators.Tests.Infrastructure;

namespace PrivacyAttributes.Generators.Tests;

/// <summary>
/// Edits inside member bodies: the ones the binding fingerprint ignores leave the semantic pass
/// cached, every other one reaches the output, and an incremental run always equals a cold run.
/// </summary>
public sealed class IncrementalEditTests
{
    private const string Domain = """
        using PrivacyAttributes;
        namespace Shop
        {
            public sealed class Customer
            {
                [PersonalData(Category.Email, Purpose.DirectMarketing)]
                public string Email { get; set; } = "";

                [PersonalData(Category.Name, Purpose.DirectMarketing)]
                public string Name { get; set; } = "";

                public int Id { get; set; }
            }

            public enum Channel { None, Mail }

            public static class Gateway
            {
                [SharesWith("Salesforce")]
                public static void Send(Channel channel, string value) { }

                public static void Send(object channel, string value) { }
            }
        }
        """;

    private const string Newsletter = """
        using PrivacyAttributes;
        namespace Shop
        {
            public sealed class Newsletter
            {
                [ProcessingPurpose(Purpose.DirectMarketing)]
                public string First(Customer customer)
                {
                    var unrelated = 1;
                    Gateway.Send(1, customer.Email);
                    return customer.Email + unrelated;
                }

                [PersonalData(Category.Name, Purpose.DirectMarketing)]
                public string Nickname { get; set; } = "";

                [ProcessingPurpose(Purpose.DirectMarketing)]
                public string Second(Customer customer)
                {
                    [SharesWith("Salesforce")]
                    string Local(Customer c) => c.Name;
                    return Local(customer);
                }
            }
        }
        """;

    private static (GeneratorDriver Driver, CSharpCompilation Compilation, string Json) Start()
    {
        var compilation = GeneratorHarness.Compilation("Shop", [new TestFile("Domain.cs", Domain), new TestFile("Newsletter.cs", Newsletter)]);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(trackSteps: true);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return (driver, compilation, GeneratorHarness.InventoryJson(output)!);
    }

    /// <summary>Edits Newsletter.cs, runs the warmed driver, checks the result against a cold run and returns it.</summary>
    private static (GeneratorOutput Output, GeneratorDriverRunResult Run) EditAndRun(ref GeneratorDriver driver, ref CSharpCompilation compilation, params (string Old, string New)[] replacements)
    {
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath.EndsWith("Newsletter.cs"));
        var source = tree.GetText().ToString();
        foreach (var (oldText, newText) in replacements)
        {
            Assert.Contains(oldText, source);
            source = source.Replace(oldText, newText);
        }

        var edited = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions, tree.FilePath));
        driver = driver.RunGeneratorsAndUpdateCompilation(edited, out var output, out var diagnostics);
        var run = driver.GetRunResult();
        Assert.Null(run.Results.Single().Exception);
        var incremental = GeneratorHarness.ToOutput(run, output, diagnostics);

        compilation = edited;
        var cold = GeneratorHarness.Run("Shop", edited.SyntaxTrees.Select(t => new TestFile(t.FilePath.Substring(GeneratorHarness.ProjectDirectory.Length), t.GetText().ToString())));
        Assert.Equal(cold.Json, incremental.Json);
        return (incremental, run);
    }

    private static IncrementalStepRunReason[] Reasons(GeneratorDriverRunResult run, string step) =>
        run.Results.Single().TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();

    [Fact]
    public void A_literal_that_cannot_change_binding_leaves_the_semantic_pass_cached()
    {
        var (driver, compilation, before) = Start();

        // A local's initializer and a call's argument, each within the same value class (1..127).
        var (output, run) = EditAndRun(ref driver, ref compilation, ("var unrelated = 1;", "var unrelated = 2;"), ("Gateway.Send(1,", "Gateway.Send(100,"));

        Assert.Equal(before, output.Json);
        Assert.All(Reasons(run, StepNames.CodeInputs), reason => Assert.True(reason is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, reason.ToString()));
        Assert.Equal([IncrementalStepRunReason.Cached], Reasons(run, StepNames.Code));
        Assert.Equal([IncrementalStepRunReason.Cached], Reasons(run, StepNames.Declarations));
        Assert.Equal([IncrementalStepRunReason.Cached], Reasons(run, StepNames.ReferencedInventoryTexts));
    }

    [Fact]
    public void Reading_a_different_member_in_a_body_changes_the_reads()
    {
        var (driver, compilation, _) = Start();
        Assert.Equal(["Shop.Customer.Email"], GeneratorHarness.Run("Shop", [new TestFile("Domain.cs", Domain), new TestFile("Newsletter.cs", Newsletter)])
            .Processing("Shop.Newsletter.First(Shop.Customer)").Strings("reads"));

        var (output, run) = EditAndRun(ref driver, ref compilation, ("return customer.Email + unrelated;", "return customer.Name + unrelated;"));

        Assert.Equal(["Shop.Customer.Email", "Shop.Customer.Name"], output.Processing("Shop.Newsletter.First(Shop.Customer)").Strings("reads"));
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(run, StepNames.Code));
    }

    [Fact]
    public void A_line_added_inside_a_body_moves_the_members_below_it()
    {
        var (driver, compilation, before) = Start();
        var original = GeneratorHarness.Run("Shop", [new TestFile("Domain.cs", Domain), new TestFile("Newsletter.cs", Newsletter)]);
        var nickname = original.DataItem("Shop.Newsletter.Nickname").GetProperty("line").GetInt32();
        var second = original.Processing("Shop.Newsletter.Second(Shop.Customer)").GetProperty("line").GetInt32();

        // Only a line break: no token changes, only the lines of the tokens after it.
        var (output, _) = EditAndRun(ref driver, ref compilation, ("var unrelated = 1;", "var unrelated = 1;\n"));

        Assert.NotEqual(before, output.Json);
        Assert.Equal(nickname + 1, output.DataItem("Shop.Newsletter.Nickname").GetProperty("line").GetInt32());
        Assert.Equal(second + 1, output.Processing("Shop.Newsletter.Second(Shop.Customer)").GetProperty("line").GetInt32());
    }

    [Fact]
    public void Zero_is_not_hidden_by_the_literal_classes()
    {
        var (driver, compilation, _) = Start();
        var first = "Shop.Newsletter.First(Shop.Customer)";
        Assert.Empty(GeneratorHarness.Run("Shop", [new TestFile("Domain.cs", Domain), new TestFile("Newsletter.cs", Newsletter)]).Processing(first).Strings("discloses"));

        // 0 converts to Channel, so the [SharesWith] overload is chosen and the e-mail is disclosed.
        var (output, _) = EditAndRun(ref driver, ref compilation, ("Gateway.Send(1,", "Gateway.Send(0,"));
        Assert.Equal(["Shop.Customer.Email"], output.Processing(first).Strings("discloses"));

        // 2 - 1 is not zero; 1 - 1 is, although each of its operands is in the same class as 2.
        (output, _) = EditAndRun(ref driver, ref compilation, ("Gateway.Send(0,", "Gateway.Send(2 - 1,"));
        Assert.Empty(output.Processing(first).Strings("discloses"));
        (output, _) = EditAndRun(ref driver, ref compilation, ("Gateway.Send(2 - 1,", "Gateway.Send(1 - 1,"));
        Assert.Equal(["Shop.Customer.Email"], output.Processing(first).Strings("discloses"));
    }

    [Fact]
    public void A_string_in_an_attribute_inside_a_body_reaches_the_output()
    {
        var (driver, compilation, before) = Start();
        Assert.Contains("\"Salesforce\"", before);

        var (output, _) = EditAndRun(ref driver, ref compilation, ("[SharesWith(\"Salesforce\")]", "[SharesWith(\"Mailchimp\")]"));

        Assert.Contains("Mailchimp", output.Json);
    }
}
