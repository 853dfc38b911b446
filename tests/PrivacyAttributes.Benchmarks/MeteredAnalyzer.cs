using System;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAttributes.Benchmarks;

/// <summary>
/// Wraps an analyzer and meters its callbacks with what the telemetry's wall clock cannot separate
/// on a busy machine: the thread's CPU time (Linux, CLOCK_THREAD_CPUTIME_ID) and the bytes it allocates.
/// </summary>
public sealed class MeteredAnalyzer(DiagnosticAnalyzer inner) : DiagnosticAnalyzer
{
    private long cpuNanoseconds;
    private long allocatedBytes;

    public DiagnosticAnalyzer Inner { get; } = inner;

    public double CpuMilliseconds => Interlocked.Read(ref cpuNanoseconds) / 1e6;

    public double AllocatedMiB => Interlocked.Read(ref allocatedBytes) / (1024.0 * 1024.0);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Inner.SupportedDiagnostics;

    public override void Initialize(AnalysisContext context) => Inner.Initialize(new Context(context, this));

    private void Measure<T>(Action<T> action, T argument)
    {
        var cpu = ThreadCpuNanoseconds();
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        try
        {
            action(argument);
        }
        finally
        {
            Interlocked.Add(ref allocatedBytes, GC.GetAllocatedBytesForCurrentThread() - bytes);
            Interlocked.Add(ref cpuNanoseconds, ThreadCpuNanoseconds() - cpu);
        }
    }

    private Action<T> Wrap<T>(Action<T> action) => argument => Measure(action, argument);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private static long ThreadCpuNanoseconds() => ClockGetTime(3, out var time) == 0 ? (time.Seconds * 1_000_000_000) + time.Nanoseconds : 0;

    private sealed class Context(AnalysisContext outer, MeteredAnalyzer meter) : AnalysisContext
    {
        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => outer.ConfigureGeneratedCodeAnalysis(analysisMode);

        public override void EnableConcurrentExecution() => outer.EnableConcurrentExecution();

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) =>
            outer.RegisterCompilationStartAction(meter.Wrap<CompilationStartAnalysisContext>(start => action(new StartContext(start, meter))));

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => outer.RegisterCompilationAction(meter.Wrap(action));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => outer.RegisterSemanticModelAction(meter.Wrap(action));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => outer.RegisterSymbolAction(meter.Wrap(action), symbolKinds);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw new NotSupportedException();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => outer.RegisterCodeBlockAction(meter.Wrap(action));

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => outer.RegisterSyntaxTreeAction(meter.Wrap(action));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => outer.RegisterSyntaxNodeAction(meter.Wrap(action), syntaxKinds);

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => outer.RegisterOperationAction(meter.Wrap(action), operationKinds);
    }

    private sealed class StartContext(CompilationStartAnalysisContext outer, MeteredAnalyzer meter)
        : CompilationStartAnalysisContext(outer.Compilation, outer.Options, outer.CancellationToken)
    {
        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => outer.RegisterCompilationEndAction(meter.Wrap(action));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => outer.RegisterSemanticModelAction(meter.Wrap(action));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => outer.RegisterSymbolAction(meter.Wrap(action), symbolKinds);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw new NotSupportedException();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => outer.RegisterCodeBlockAction(meter.Wrap(action));

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => outer.RegisterSyntaxTreeAction(meter.Wrap(action));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => outer.RegisterSyntaxNodeAction(meter.Wrap(action), syntaxKinds);

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => outer.RegisterOperationAction(meter.Wrap(action), operationKinds);
    }
}
