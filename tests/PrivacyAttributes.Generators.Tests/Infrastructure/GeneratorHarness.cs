using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAttributes.Generators.Tests.Infrastructure;

/// <summary>A source file of a test compilation.</summary>
public sealed record TestFile(string Path, string Source);

/// <summary>What one generator run produced.</summary>
public sealed record GeneratorOutput(string? Json, GeneratorDriverRunResult RunResult, Compilation OutputCompilation, ImmutableArray<Diagnostic> OutputDiagnostics)
{
    /// <summary>The generated inventory, parsed.</summary>
    public System.Text.Json.JsonElement Root => System.Text.Json.JsonDocument.Parse(Json ?? throw new InvalidOperationException("no inventory was generated")).RootElement;
}

/// <summary>Compiles sources, runs <see cref="InventoryGenerator"/> on them and hands back the inventory.</summary>
public static class GeneratorHarness
{
    public const string ProjectDirectory = "/src/Shop/";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>The running runtime's assemblies plus the attributes: enough to compile test code.</summary>
    public static readonly ImmutableArray<MetadataReference> References = LoadReferences();

    public static readonly MetadataReference PrivacyAttributesReference =
        MetadataReference.CreateFromFile(typeof(PersonalDataAttribute).Assembly.Location);

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(System.IO.Path.PathSeparator);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "System.Runtime", "System.Private.CoreLib", "netstandard", "System.Collections", "System.Linq",
            "System.Console", "System.Runtime.Extensions", "System.Threading.Tasks", "System.ObjectModel",
        };
        return paths
            .Where(path => names.Contains(System.IO.Path.GetFileNameWithoutExtension(path)))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(typeof(PersonalDataAttribute).Assembly.Location))
            .ToImmutableArray();
    }

    public static SyntaxTree Parse(TestFile file) =>
        CSharpSyntaxTree.ParseText(file.Source, ParseOptions, ProjectDirectory + file.Path, System.Text.Encoding.UTF8);

    public static CSharpCompilation Compilation(string assemblyName, IEnumerable<TestFile> files, IEnumerable<MetadataReference>? extraReferences = null) =>
        CSharpCompilation.Create(
            assemblyName,
            files.Select(Parse),
            References.AddRange(extraReferences ?? []),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver(string? projectDirectory = ProjectDirectory, bool trackSteps = false, bool readsWithoutBinding = true) =>
        CSharpGeneratorDriver.Create(
            [new InventoryGenerator(readsWithoutBinding).AsSourceGenerator()],
            parseOptions: ParseOptions,
            optionsProvider: new TestOptionsProvider(projectDirectory),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    public static GeneratorOutput Run(params string[] sources) =>
        Run("Shop", sources.Select((source, index) => new TestFile($"File{index}.cs", source)));

    public static GeneratorOutput Run(string assemblyName, IEnumerable<TestFile> files, IEnumerable<MetadataReference>? references = null, string? projectDirectory = ProjectDirectory)
    {
        var fileList = files.ToList();
        var compilation = Compilation(assemblyName, fileList, references);
        var driver = CreateDriver(projectDirectory).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var result = ToOutput(driver.GetRunResult(), output, diagnostics);

        // Every source a test runs also proves that reading bodies without binding them changes nothing.
        Assert.Equal(BindingEveryBody(Compilation(assemblyName, fileList, references), projectDirectory), result.Json);
        return result;
    }

    /// <summary>The inventory JSON when the generator binds every body it reads (no <c>UnboundBodyReader</c>).</summary>
    public static string? BindingEveryBody(Compilation compilation, string? projectDirectory = ProjectDirectory)
    {
        CreateDriver(projectDirectory, readsWithoutBinding: false).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return InventoryJson(output);
    }

    public static GeneratorOutput ToOutput(GeneratorDriverRunResult result, Compilation output, ImmutableArray<Diagnostic> diagnostics)
    {
        var generated = result.Results.SelectMany(r => r.GeneratedSources).SingleOrDefault(s => s.HintName == "PrivacyInventory.g.cs");
        return new GeneratorOutput(generated.SourceText is null ? null : InventoryJson(output), result, output, diagnostics);
    }

    /// <summary>
    /// The inventory as the tool writes <c>privacy-inventory.json</c>: the constant's value as the compiler
    /// sees it (which also proves the generated C# compiles), laid out.
    /// </summary>
    public static string? InventoryJson(Compilation compilation) =>
        InventoryConstant(compilation) is { } constant
            ? System.Text.Encoding.UTF8.GetString(PrivacyAttributes.Inventory.InventoryJsonLayout.Indent(System.Text.Encoding.UTF8.GetBytes(constant)))
            : null;

    /// <summary>The constant's value as the compiler sees it: compact JSON.</summary>
    public static string? InventoryConstant(Compilation compilation)
    {
        var type = compilation.Assembly.GetTypeByMetadataName("PrivacyAttributes.Generated.PrivacyInventory");
        var field = type?.GetMembers("Json").OfType<IFieldSymbol>().SingleOrDefault();
        return field is { HasConstantValue: true } ? (string?)field.ConstantValue : null;
    }

    /// <summary>Compiles a library with the generator run, as a build would, and returns its image as a reference.</summary>
    public static MetadataReference CompileLibrary(string assemblyName, string source, IEnumerable<MetadataReference>? references = null, bool runGenerator = true)
    {
        Compilation compilation = Compilation(assemblyName, [new TestFile(assemblyName + ".cs", source)], references);
        if (runGenerator)
        {
            CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out compilation, out _);
        }

        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        if (!emit.Success)
        {
            throw new InvalidOperationException("Test library does not compile:\n" + string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        return MetadataReference.CreateFromImage(stream.ToArray());
    }

    /// <summary>Fails when the generator threw (CS8785 / exception in the run result).</summary>
    public static void AssertGeneratorDidNotFail(GeneratorOutput output)
    {
        foreach (var result in output.RunResult.Results)
        {
            Assert.Null(result.Exception);
        }

        Assert.DoesNotContain(output.OutputDiagnostics, d => d.Id is "CS8785" or "CS8784");
        Assert.DoesNotContain(output.RunResult.Diagnostics, d => d.Id is "CS8785" or "CS8784");
    }

    private sealed class TestOptionsProvider(string? projectDirectory) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(projectDirectory is null
            ? ImmutableDictionary<string, string>.Empty
            : ImmutableDictionary<string, string>.Empty.Add("build_property.projectdir", projectDirectory));

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;
    }

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
