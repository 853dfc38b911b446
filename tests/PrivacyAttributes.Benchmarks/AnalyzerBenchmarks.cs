using System.Collections.Immutable;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAttributes.Benchmarks;

/// <summary>
/// The compiler's own cost of producing a compilation's diagnostics, next to the same with every
/// PrivacyAttributes analyzer attached. Each run uses a fresh compilation so binding is paid again.
/// </summary>
[MemoryDiagnoser]
[GcServer(true)] // as the compiler runs (see the project file)
public class AnalyzerBenchmarks
{
    private WorkloadCompilation workload = null!;

    [Params(100, 1000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup() => workload = new WorkloadCompilation(Size);

    [Benchmark(Baseline = true)]
    public ImmutableArray<Diagnostic> CompilerDiagnostics() => workload.CreateCompilation().GetDiagnostics();

    [Benchmark]
    public Task<ImmutableArray<Diagnostic>> CompilerAndAnalyzerDiagnostics() =>
        workload.CreateCompilation()
            .WithAnalyzers(WorkloadCompilation.Analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false))
            .GetAllDiagnosticsAsync();
}
