using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace PrivacyAttributes.Benchmarks;

/// <summary>
/// The generator's first run, and its runs after an edit in an unrelated method body, after an edit
/// of one annotation, and after adding a file. Each incremental run starts from the same warmed
/// driver (drivers are immutable) with a fresh compilation, as the IDE does after a keystroke.
/// </summary>
[MemoryDiagnoser]
[GcServer(true)] // as the compiler runs (see the project file)
public class GeneratorBenchmarks
{
    private WorkloadCompilation workload = null!;
    private Compilation baseline = null!;
    private GeneratorDriver warmed = null!;

    [Params(100, 1000, 5000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        workload = new WorkloadCompilation(Size);
        baseline = workload.CreateCompilation();
        warmed = WorkloadCompilation.CreateDriver().RunGenerators(baseline);
    }

    private Compilation cold = null!;

    /// <summary>New tree instances for every first run: the generator reuses results per tree instance.</summary>
    [IterationSetup(Target = nameof(FirstRun))]
    public void ParseAgain() => cold = workload.Reparsed().CreateCompilation();

    [Benchmark]
    public GeneratorDriver FirstRun() => WorkloadCompilation.CreateDriver().RunGenerators(cold);

    [Benchmark]
    public GeneratorDriver AfterUnrelatedMethodEdit() =>
        warmed.RunGenerators(baseline.ReplaceSyntaxTree(workload.ServiceTree, workload.EditedServiceTree));

    [Benchmark]
    public GeneratorDriver AfterAnnotationEdit() =>
        warmed.RunGenerators(baseline.ReplaceSyntaxTree(workload.EntityTree, workload.EditedEntityTree));

    [Benchmark]
    public GeneratorDriver AfterAddingFile() => warmed.RunGenerators(baseline.AddSyntaxTrees(workload.AddedTree));
}
