using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAttributes.Generators;
using PrivacyAttributes.Workload;

namespace PrivacyAttributes.Benchmarks;

/// <summary>A parsed synthetic workload and the compilations and drivers the measurements need.</summary>
public sealed class WorkloadCompilation
{
    /// <summary>The options every workload tree is parsed with.</summary>
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    private static readonly ImmutableArray<MetadataReference> References = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator)
        .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .Append(MetadataReference.CreateFromFile(typeof(PersonalDataAttribute).Assembly.Location))
        .ToImmutableArray();

    public WorkloadCompilation(int size)
    {
        Size = size;
        files = SyntheticWorkload.Generate(size);
        Trees = files.Select(file => CSharpSyntaxTree.ParseText(file.Source, ParseOptions, path: file.Path)).ToImmutableArray();
        ServiceTree = Trees.First(tree => tree.FilePath == "Services/Service0.cs");
        EntityTree = Trees.First(tree => tree.FilePath == "Entities/Entity0.cs");
        EditedServiceTree = ServiceTree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(SyntheticWorkload.EditUnrelatedMethodBody(ServiceTree.ToString())));
        EditedEntityTree = EntityTree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(SyntheticWorkload.EditAnnotation(EntityTree.ToString())));
        var added = SyntheticWorkload.AddedFile(1);
        AddedTree = CSharpSyntaxTree.ParseText(added.Source, ParseOptions, path: added.Path);
    }

    private readonly IReadOnlyList<WorkloadFile> files;

    public int Size { get; }

    public ImmutableArray<SyntaxTree> Trees { get; }

    public SyntaxTree ServiceTree { get; }

    public SyntaxTree EntityTree { get; }

    public SyntaxTree EditedServiceTree { get; }

    public SyntaxTree EditedEntityTree { get; }

    public SyntaxTree AddedTree { get; }

    /// <summary>A fresh compilation: nothing bound yet, as after a keystroke.</summary>
    public CSharpCompilation CreateCompilation() => CreateCompilation(Trees);

    /// <summary>A compilation of <paramref name="trees"/> with the workload's references and options.</summary>
    public static CSharpCompilation CreateCompilation(IEnumerable<SyntaxTree> trees) => CSharpCompilation.Create(
        "Workload",
        trees,
        References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>The workload's source files, as written to disk by <c>workload SIZE DIR</c>.</summary>
    public IReadOnlyList<WorkloadFile> Files => files;

    /// <summary>
    /// The same workload parsed again: new tree instances, as a cold build sees them. The generator
    /// reuses a file's result for the same tree instance, so a "first run" must not reuse trees.
    /// </summary>
    public WorkloadCompilation Reparsed() => new(Size);

    public static GeneratorDriver CreateDriver(bool trackSteps = false) => CSharpGeneratorDriver.Create(
        [new InventoryGenerator().AsSourceGenerator()],
        parseOptions: ParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackSteps));

    /// <summary>Every analyzer the package ships.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = typeof(PrivacyAttributes.Analyzers.RuleIdentifiers).Assembly.GetTypes()
        .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
        .OrderBy(type => type.FullName, StringComparer.Ordinal)
        .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
        .ToImmutableArray();
}
