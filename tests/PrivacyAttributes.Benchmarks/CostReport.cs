using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAttributes.Benchmarks;

/// <summary>
/// One-shot figures BenchmarkDotNet does not give: analyzer time per analyzer from the compiler's
/// own telemetry as a share of the compiler's diagnostic time, the generator's incremental step
/// reasons, and the memory a warmed generator driver keeps. Medians of several runs.
/// </summary>
public static class CostReport
{
    /// <summary>
    /// With <c>report --settle</c>: collects the garbage of earlier measurements before each timed
    /// one (as BenchmarkDotNet does between iterations), so that a run pays only for collections of
    /// its own allocations. Without it a run also pays for collecting the previous runs' compilations,
    /// as a compiler server does between builds; docs/performance.md gives both.
    /// </summary>
    private static void Settle(bool settle)
    {
        if (!settle)
        {
            return;
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    public static string Run(IReadOnlyList<int> sizes, int repetitions, bool settle = false)
    {
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Runtime {Environment.Version}, {Environment.ProcessorCount} cores, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, {repetitions} runs each, medians{(settle ? ", garbage collected before each timed section" : string.Empty)}.");
        report.AppendLine();
        report.AppendLine("| types | compiler diagnostics (ms) | all analyzers (ms, telemetry) | ratio | generator first run (ms) | after unrelated edit (ms) | driver keeps (KiB) |");
        report.AppendLine("|---:|---:|---:|---:|---:|---:|---:|");
        var perAnalyzer = new SortedDictionary<string, List<double>>(StringComparer.Ordinal);
        foreach (var size in sizes)
        {
            var workload = new WorkloadCompilation(size);
            var compilerTimes = new List<double>();
            var analyzerTimes = new List<double>();
            var firstRuns = new List<double>();
            var incrementalRuns = new List<double>();
            for (var run = 0; run < repetitions; run++)
            {
                Settle(settle);
                var stopwatch = Stopwatch.StartNew();
                workload.CreateCompilation().GetDiagnostics();
                compilerTimes.Add(stopwatch.Elapsed.TotalMilliseconds);

                var withAnalyzers = workload.CreateCompilation().WithAnalyzers(
                    WorkloadCompilation.Analyzers,
                    new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
                Settle(settle);
                // The per-analyzer times come with the analysis result (AnalysisResult.AnalyzerTelemetryInfo).
                var analysis = withAnalyzers.GetAnalysisResultAsync(default).GetAwaiter().GetResult();
                var total = 0.0;
                foreach (var analyzer in WorkloadCompilation.Analyzers)
                {
                    var time = analysis.AnalyzerTelemetryInfo.TryGetValue(analyzer, out var info) ? info.ExecutionTime.TotalMilliseconds : double.NaN;
                    total += time;
                    var key = $"{analyzer.GetType().Name} @ {size}";
                    if (!perAnalyzer.TryGetValue(key, out var times))
                    {
                        perAnalyzer[key] = times = [];
                    }

                    times.Add(time);
                }

                analyzerTimes.Add(total);

                var fresh = workload.Reparsed();
                var baseline = fresh.CreateCompilation();
                Settle(settle);
                stopwatch.Restart();
                var driver = WorkloadCompilation.CreateDriver().RunGenerators(baseline);
                firstRuns.Add(stopwatch.Elapsed.TotalMilliseconds);

                var edited = baseline.ReplaceSyntaxTree(fresh.ServiceTree, fresh.EditedServiceTree);
                stopwatch.Restart();
                driver.RunGenerators(edited);
                incrementalRuns.Add(stopwatch.Elapsed.TotalMilliseconds);
            }

            var kept = MeasureRetainedBytes(workload) / 1024.0;
            var compiler = Median(compilerTimes);
            var analyzers = Median(analyzerTimes);
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| {size} | {compiler:F1} | {analyzers:F1} | {analyzers / compiler:P1} | {Median(firstRuns):F2} | {Median(incrementalRuns):F3} | {kept:F0} |");
        }

        report.AppendLine();
        report.AppendLine("| analyzer @ types | median ms |");
        report.AppendLine("|---|---:|");
        foreach (var (key, times) in perAnalyzer)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"| {key} | {Median(times):F2} |");
        }

        return report.ToString();
    }

    /// <summary>
    /// Only the analyzer side of <see cref="Run"/>: compiler diagnostic time and each analyzer's
    /// telemetry time on a fresh compilation, medians of <paramref name="repetitions"/> runs. Quicker
    /// to iterate on than the full report (no generator or memory figures).
    /// </summary>
    public static string RunAnalyzers(int size, int repetitions, bool floor = false, bool attributesOnly = false)
    {
        var workload = new WorkloadCompilation(size);
        var analyzerSet = attributesOnly ? FloorAnalyzers.AttributeReader : floor ? FloorAnalyzers.All : WorkloadCompilation.Analyzers;
        var compilerTimes = new List<double>();
        var analyzerTimes = new List<double>();
        var wallTimes = new List<double>();
        var pauseTimes = new List<double>();
        var collections = new List<double>();
        var allocated = new List<double>();
        var perAnalyzer = new SortedDictionary<string, List<double>>(StringComparer.Ordinal);
        var diagnosticCounts = "";
        for (var run = 0; run < repetitions; run++)
        {
            var stopwatch = Stopwatch.StartNew();
            workload.CreateCompilation().GetDiagnostics();
            compilerTimes.Add(stopwatch.Elapsed.TotalMilliseconds);

            var withAnalyzers = workload.CreateCompilation().WithAnalyzers(
                analyzerSet,
                new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
            var window = GcWindow.Start();
            stopwatch.Restart();
            var analysis = withAnalyzers.GetAnalysisResultAsync(default).GetAwaiter().GetResult();
            wallTimes.Add(stopwatch.Elapsed.TotalMilliseconds);
            var gc = window.Stop();
            pauseTimes.Add(gc.PauseMilliseconds);
            collections.Add(gc.Collections);
            allocated.Add(gc.AllocatedMiB);
            var total = 0.0;
            foreach (var analyzer in analyzerSet)
            {
                var time = analysis.AnalyzerTelemetryInfo.TryGetValue(analyzer, out var info) ? info.ExecutionTime.TotalMilliseconds : double.NaN;
                total += time;
                var key = analyzer is FloorAnalyzers.Shape shape ? shape.Name : analyzer.GetType().Name;
                if (!perAnalyzer.TryGetValue(key, out var times))
                {
                    perAnalyzer[key] = times = [];
                }

                times.Add(time);
            }

            analyzerTimes.Add(total);
            if (run == 0)
            {
                diagnosticCounts = string.Join(", ", analysis.GetAllDiagnostics().GroupBy(diagnostic => diagnostic.Id).OrderBy(group => group.Key, StringComparer.Ordinal).Select(group => $"{group.Key} {group.Count()}"));
            }
        }

        var report = new StringBuilder();
        var compiler = Median(compilerTimes);
        var analyzers = Median(analyzerTimes);
        report.AppendLine(CultureInfo.InvariantCulture, $"{size} types, {repetitions} runs, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC{(floor ? ", do-nothing analyzers of the same shapes" : "")}, medians: compiler {compiler:F1} ms, analyzers {analyzers:F1} ms, ratio {analyzers / compiler:P1}");
        report.AppendLine(CultureInfo.InvariantCulture, $"  compiler + analyzers wall {Median(wallTimes):F1} ms, of which GC pauses {Median(pauseTimes):F1} ms in {Median(collections):F0} collections; {Median(allocated):F1} MiB allocated");
        report.AppendLine(CultureInfo.InvariantCulture, $"  analyzer diagnostics: {diagnosticCounts}");
        foreach (var (key, times) in perAnalyzer.OrderByDescending(pair => Median(pair.Value)))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"  {key,-45} {Median(times),8:F2} ms  (min {times.Min():F2})");
        }

        return report.ToString();
    }

    /// <summary>
    /// The generator's first run alone, on a fresh parse each time: wall time, the bytes allocated
    /// during it and the garbage collections it caused. In a build the compiler's server collects with
    /// every core, so what the generator allocates costs the build its pauses as well as its own time.
    /// </summary>
    public static string RunGeneratorFirstRuns(int size, int repetitions)
    {
        var workload = new WorkloadCompilation(size);
        var times = new List<double>();
        var allocated = new List<double>();
        var pauses = new List<double>();
        var collections = new List<double>();
        var processorTimes = new List<double>();
        using var process = Process.GetCurrentProcess();
        for (var run = 0; run < repetitions; run++)
        {
            var compilation = workload.Reparsed().CreateCompilation();
            Settle(true);
            var window = GcWindow.Start();
            process.Refresh();
            var processorTime = process.TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            WorkloadCompilation.CreateDriver().RunGenerators(compilation);
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
            process.Refresh();
            processorTimes.Add((process.TotalProcessorTime - processorTime).TotalMilliseconds);
            var gc = window.Stop();
            pauses.Add(gc.PauseMilliseconds);
            collections.Add(gc.Collections);
            allocated.Add(gc.AllocatedMiB);
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"{size} types, {repetitions} runs, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, medians: generator first run {Median(times):F1} ms (min {times.Min():F1}), {Median(processorTimes):F0} ms processor time (all threads), {Median(allocated):F1} MiB allocated, {Median(collections):F0} collections pausing {Median(pauses):F1} ms");
    }

    /// <summary>
    /// Each analyzer's callbacks metered by thread CPU time and allocated bytes (<see cref="MeteredAnalyzer"/>)
    /// instead of the telemetry's wall clock: figures that stay comparable when other processes share the
    /// cores. Not the budget's measure, a way to compare two versions on a busy machine.
    /// </summary>
    public static string RunMetered(int size, int repetitions, bool floor = false)
    {
        var workload = new WorkloadCompilation(size);
        var cpu = new SortedDictionary<string, List<double>>(StringComparer.Ordinal);
        var bytes = new SortedDictionary<string, List<double>>(StringComparer.Ordinal);
        var totals = new List<double>();
        var totalBytes = new List<double>();
        for (var run = 0; run < repetitions; run++)
        {
            var metered = (floor ? FloorAnalyzers.All : WorkloadCompilation.Analyzers).Select(analyzer => new MeteredAnalyzer(analyzer)).ToImmutableArray();
            var withAnalyzers = workload.CreateCompilation().WithAnalyzers(
                metered.CastArray<DiagnosticAnalyzer>(),
                new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
            withAnalyzers.GetAnalysisResultAsync(default).GetAwaiter().GetResult();
            foreach (var analyzer in metered)
            {
                var key = analyzer.Inner is FloorAnalyzers.Shape shape ? shape.Name : analyzer.Inner.GetType().Name;
                (cpu.TryGetValue(key, out var times) ? times : cpu[key] = []).Add(analyzer.CpuMilliseconds);
                (bytes.TryGetValue(key, out var sizes) ? sizes : bytes[key] = []).Add(analyzer.AllocatedMiB);
            }

            totals.Add(metered.Sum(analyzer => analyzer.CpuMilliseconds));
            totalBytes.Add(metered.Sum(analyzer => analyzer.AllocatedMiB));
        }

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"{size} types, {repetitions} runs, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC{(floor ? ", do-nothing analyzers of the same shapes" : "")}, medians: analyzer callbacks {Median(totals):F1} ms thread CPU, {Median(totalBytes):F2} MiB allocated");
        foreach (var (key, times) in cpu.OrderByDescending(pair => Median(pair.Value)))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"  {key,-45} {Median(times),8:F2} ms CPU  {Median(bytes[key]),7:F2} MiB");
        }

        return report.ToString();
    }

    /// <summary>Every analyzer diagnostic on the workload (id, location, message), sorted: two versions that report the same print the same.</summary>
    public static string ListDiagnostics(int size)
    {
        var withAnalyzers = new WorkloadCompilation(size).CreateCompilation().WithAnalyzers(
            WorkloadCompilation.Analyzers,
            new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        var lines = withAnalyzers.GetAnalyzerDiagnosticsAsync(default).GetAwaiter().GetResult()
            .Select(diagnostic => $"{diagnostic.Id} {diagnostic.Location.GetLineSpan()} {diagnostic.GetMessage(CultureInfo.InvariantCulture)}")
            .OrderBy(line => line, StringComparer.Ordinal);
        var report = new StringBuilder();
        foreach (var line in lines)
        {
            report.AppendLine(line);
        }

        return report.ToString();
    }

    /// <summary>Managed memory held by a warmed driver: what the generator keeps between runs.</summary>
    private static long MeasureRetainedBytes(WorkloadCompilation workload)
    {
        // Fresh trees, so what the generator remembers per tree is counted too.
        var compilation = workload.Reparsed().CreateCompilation();
        compilation.GetDiagnostics();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var driver = WorkloadCompilation.CreateDriver().RunGenerators(compilation);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(driver);
        GC.KeepAlive(compilation);
        return after - before;
    }

    internal static double Median(List<double> values)
    {
        var sorted = values.OrderBy(value => value).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}

/// <summary>What the garbage collector did between <see cref="Start"/> and <see cref="Stop"/>: pauses, gen0 collections, bytes allocated.</summary>
internal readonly struct GcWindow
{
    private readonly TimeSpan pauseBefore;
    private readonly int collectionsBefore;
    private readonly long allocatedBefore;

    private GcWindow(TimeSpan pauseBefore, int collectionsBefore, long allocatedBefore)
    {
        this.pauseBefore = pauseBefore;
        this.collectionsBefore = collectionsBefore;
        this.allocatedBefore = allocatedBefore;
    }

    public static GcWindow Start() => new(GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.GetTotalAllocatedBytes(precise: true));

    public (double PauseMilliseconds, int Collections, double AllocatedMiB) Stop() => (
        (GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds,
        GC.CollectionCount(0) - collectionsBefore,
        (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (1024.0 * 1024.0));
}
