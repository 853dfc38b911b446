using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAttributes.Generators.Tests.Infrastructure;

namespace PrivacyAttributes.Generators.Tests;

/// <summary>Incrementality: unrelated edits leave every step cached; annotation edits reach the output.</summary>
public sealed class CachingTests
{
    private static readonly string[] AllStepNames = typeof(StepNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral)
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToArray();

    private static (GeneratorDriver Driver, CSharpCompilation Compilation) Start()
    {
        var compilation = GeneratorHarness.Compilation("Shop", SampleSources.Shop);
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);
        return (driver, compilation);
    }

    private static CSharpCompilation Edit(CSharpCompilation compilation, string path, string oldText, string newText)
    {
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath.EndsWith(path));
        var source = tree.GetText().ToString();
        Assert.Contains(oldText, source);
        var edited = CSharpSyntaxTree.ParseText(source.Replace(oldText, newText), GeneratorHarness.ParseOptions, tree.FilePath);
        return compilation.ReplaceSyntaxTree(tree, edited);
    }

    /// <param name="bindingChanged">
    /// Whether the edit changed a binding fingerprint (an identifier in a body, say): then the
    /// fingerprints and the semantic pass's gate are modified and the pass re-runs, and must produce
    /// an equal model. Otherwise (a literal's value in a local's initializer, say) the pass must not
    /// even have run.
    /// </param>
    private static void AssertEverythingCached(GeneratorDriverRunResult run, bool bindingChanged = false)
    {
        var result = Assert.Single(run.Results);
        Assert.Null(result.Exception);
        Assert.Equal(AllStepNames.Length, AllStepNames.Distinct().Count());
        foreach (var name in AllStepNames)
        {
            Assert.True(result.TrackedSteps.ContainsKey(name), $"step {name} was not tracked");
            if (name == StepNames.CompilationContext)
            {
                // A handle on the current compilation: new for every compilation by design; the gates after it decide.
                continue;
            }

            if (bindingChanged && name is StepNames.BindingFingerprints or StepNames.CodeInputs)
            {
                Assert.All(result.TrackedSteps[name].SelectMany(step => step.Outputs), output => Assert.Equal(IncrementalStepRunReason.Modified, output.Reason));
                continue;
            }

            foreach (var step in result.TrackedSteps[name])
            {
                foreach (var (_, reason) in step.Outputs)
                {
                    Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {reason}");
                }
            }
        }

        // The gates held: the semantic and assembly-level steps did not even run.
        foreach (var name in bindingChanged ? new[] { StepNames.Declarations, StepNames.ReferencedInventoryTexts } : [StepNames.Code, StepNames.Declarations, StepNames.ReferencedInventoryTexts])
        {
            Assert.All(result.TrackedSteps[name].SelectMany(step => step.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        }

        foreach (var step in result.TrackedOutputSteps.SelectMany(pair => pair.Value))
        {
            Assert.All(step.Outputs, output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        }
    }

    [Fact]
    public void An_edit_inside_a_method_body_that_touches_no_annotation_caches_everything()
    {
        var (driver, compilation) = Start();
        var edited = Edit(compilation, "Web/Newsletter.cs", "return 1;", "return 2;");
        AssertEverythingCached(driver.RunGenerators(edited).GetRunResult());
    }

    [Fact]
    public void An_edit_in_an_unrelated_file_caches_everything()
    {
        var (driver, compilation) = Start();
        var edited = Edit(compilation, "Util/Text.cs", "return value.Trim();", "return value.TrimEnd();");
        AssertEverythingCached(driver.RunGenerators(edited).GetRunResult(), bindingChanged: true);
    }

    [Fact]
    public void Editing_an_annotation_in_another_file_updates_processing_in_an_unchanged_file()
    {
        var (driver, compilation) = Start();
        var before = GeneratorHarness.InventoryJson(RunAndUpdate(ref driver, compilation));

        // Customer.Phone becomes personal data; Newsletter.cs, which reads and shares it, is not edited.
        var edited = Edit(compilation, "Domain/Customer.cs", "public string Phone", "[PersonalData(Category.PhoneNumber, Purpose.DirectMarketing)] public string Phone");
        var after = GeneratorHarness.InventoryJson(RunAndUpdate(ref driver, edited));

        Assert.NotEqual(before, after);
        var run = driver.GetRunResult().Results.Single();

        // The transform over the unchanged Newsletter.cs re-ran with the new compilation and saw the change.
        Assert.Contains(run.TrackedSteps[StepNames.ProcessingPurposeCode].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        var output = new GeneratorOutput(after, driver.GetRunResult(), edited, []);
        var send = output.Processing("Shop.Web.Newsletter.Send(Shop.Domain.Customer)");
        Assert.Contains("Shop.Domain.Customer.Phone", send.Strings("reads"));
        Assert.Contains("Shop.Domain.Customer.Phone", send.Strings("discloses"));
    }

    [Fact]
    public void At_workload_scale_a_body_edit_caches_every_step_and_an_annotation_edit_reaches_the_output()
    {
        var files = PrivacyAttributes.Workload.SyntheticWorkload.Generate(100).Select(file => new TestFile(file.Path, file.Source));
        var compilation = GeneratorHarness.Compilation("Workload", files);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(trackSteps: true);
        var before = GeneratorHarness.InventoryJson(RunAndUpdate(ref driver, compilation));
        Assert.Contains("Workload.Services.Service0.Method0", before);

        var service = compilation.SyntaxTrees.Single(t => t.FilePath.EndsWith("/Services/Service0.cs"));
        var bodyEdit = PrivacyAttributes.Workload.SyntheticWorkload.EditUnrelatedMethodBody(service.GetText().ToString());
        Assert.NotEqual(service.GetText().ToString(), bodyEdit);
        var edited = compilation.ReplaceSyntaxTree(service, CSharpSyntaxTree.ParseText(bodyEdit, GeneratorHarness.ParseOptions, service.FilePath));
        driver = driver.RunGenerators(edited);
        AssertEverythingCached(driver.GetRunResult());

        var entity = edited.SyntaxTrees.Single(t => t.FilePath.EndsWith("/Entities/Entity0.cs"));
        var annotationEdit = PrivacyAttributes.Workload.SyntheticWorkload.EditAnnotation(entity.GetText().ToString());
        var annotated = edited.ReplaceSyntaxTree(entity, CSharpSyntaxTree.ParseText(annotationEdit, GeneratorHarness.ParseOptions, entity.FilePath));
        var after = GeneratorHarness.InventoryJson(RunAndUpdate(ref driver, annotated));
        Assert.NotEqual(before, after);

        // The result equals a cold run over the same sources.
        var cold = GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(
            GeneratorHarness.Compilation("Workload", annotated.SyntaxTrees.Select(t => new TestFile(t.FilePath.Substring(GeneratorHarness.ProjectDirectory.Length), t.GetText().ToString()))),
            out var coldOutput,
            out _);
        Assert.Equal(GeneratorHarness.InventoryJson(coldOutput), after);
    }

    [Fact]
    public void Editing_a_declaration_changes_the_output()
    {
        var (driver, compilation) = Start();
        var before = GeneratorHarness.InventoryJson(RunAndUpdate(ref driver, compilation));
        var edited = Edit(compilation, "Properties/Declarations.cs", "\"P10Y\"", "\"P6Y\"");
        var after = GeneratorHarness.InventoryJson(RunAndUpdate(ref driver, edited));
        Assert.NotEqual(before, after);
        Assert.Contains("\"P6Y\"", after);
    }

    private static Compilation RunAndUpdate(ref GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return output;
    }

    [Fact]
    public void Independently_built_models_are_equal()
    {
        GeneratorDriverRunResult RunOnce() =>
            GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(GeneratorHarness.Compilation("Shop", SampleSources.Shop)).GetRunResult();

        var first = RunOnce().Results.Single().TrackedSteps;
        var second = RunOnce().Results.Single().TrackedSteps;
        var compared = 0;
        // Collect and Combine steps hold Roslyn's ImmutableArray and tuples, and the gates hold the
        // compilation (compared by their own comparers); the steps that produce models are compared.
        string[] gates = [StepNames.CompilationContext, StepNames.CodeInputs, StepNames.DeclarationInputs];
        foreach (var name in AllStepNames.Where(name => !name.StartsWith("Collected") && !name.StartsWith("Combined") && !gates.Contains(name)))
        {
            var left = first[name].SelectMany(step => step.Outputs).Select(o => o.Value).ToArray();
            var right = second[name].SelectMany(step => step.Outputs).Select(o => o.Value).ToArray();
            Assert.Equal(left.Length, right.Length);
            for (var i = 0; i < left.Length; i++)
            {
                Assert.True(Equals(left[i], right[i]), $"{name}[{i}] differs between two independent runs");
                Assert.Equal(left[i]?.GetHashCode(), right[i]?.GetHashCode());

                if (left[i] is not string)
                {
                    Assert.NotSame(left[i], right[i]);
                }

                compared++;
            }
        }

        Assert.True(compared > 10);
    }

    [Fact]
    public void Models_hold_no_roslyn_objects_and_have_value_equality()
    {
        string[] forbidden = ["ISymbol", "SyntaxNode", "SyntaxTree", "Location", "Compilation", "SemanticModel", "AttributeData", "TypedConstant", "SyntaxToken", "IOperation"];
        var roots = typeof(InventoryGenerator).Assembly.GetTypes()
            .Where(type => type.Namespace == "PrivacyAttributes.Generators.Model" && !type.IsNested)
            .ToList();
        Assert.Contains(roots, type => type.Name == "InventoryModel");

        var seen = new HashSet<System.Type>();
        var queue = new Queue<System.Type>(roots);
        while (queue.Count > 0)
        {
            var type = queue.Dequeue();
            if (!seen.Add(type))
            {
                continue;
            }

            Assert.DoesNotContain(forbidden, name => name == type.Name || type.GetInterfaces().Any(i => i.Name == name) || IsOrDerivesFrom(type, name));
            Assert.False(type.Namespace?.StartsWith("Microsoft.CodeAnalysis") ?? false, $"{type} is a Roslyn type");

            if (type.IsArray)
            {
                Assert.Fail($"{type} is an array, which compares by reference; use EquatableArray");
            }

            if (type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal))
            {
                continue;
            }

            if (type.IsGenericType)
            {
                Assert.Equal("EquatableArray`1", type.GetGenericTypeDefinition().Name);
                foreach (var argument in type.GetGenericArguments())
                {
                    queue.Enqueue(argument);
                }

                continue;
            }

            if (System.Nullable.GetUnderlyingType(type) is { } underlying)
            {
                queue.Enqueue(underlying);
                continue;
            }

            // A record: the compiler's EqualityContract property proves value equality.
            Assert.True(type.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance) is not null, $"{type} is not a record");
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                queue.Enqueue(property.PropertyType);
            }
        }

        Assert.Contains(seen, type => type.Name == "LegalBasisDeclaration");
    }

    private static bool IsOrDerivesFrom(System.Type type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == name)
            {
                return true;
            }
        }

        return false;
    }
}
