using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PrivacyAttributes.Workload;

namespace PrivacyAttributes.Benchmarks;

/// <summary>
/// <c>edits SIZE [RUNS]</c>: a quick figure for the generator after an unrelated edit: one warmed
/// driver, then RUNS edits of the same kind as the cost report's (each a new compilation with a new
/// service tree), untracked; the median and the spread. Also times annotation edits and a relevant
/// body edit, for comparison.
/// </summary>
public static class EditTiming
{
    public static string Run(int size, int runs, bool unrelatedOnly = false, bool alsoRelevant = false)
    {
        var workload = new WorkloadCompilation(size);
        var baseline = workload.CreateCompilation();
        var report = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        var driver = WorkloadCompilation.CreateDriver().RunGenerators(baseline);
        report.AppendLine(CultureInfo.InvariantCulture, $"{size} types: first run {stopwatch.Elapsed.TotalMilliseconds:F0} ms");
        var source = workload.ServiceTree.ToString();

        report.AppendLine(Time("unrelated edit", runs, i => baseline.ReplaceSyntaxTree(
            workload.ServiceTree,
            workload.ServiceTree.WithChangedText(SourceText.From(source.Replace("var unrelated = 1;", $"var unrelated = {(i % 100) + 2};", StringComparison.Ordinal)))), ref driver));
        if (unrelatedOnly && !alsoRelevant)
        {
            return report.ToString();
        }

        report.AppendLine(Time("relevant body edit", unrelatedOnly ? runs : Math.Min(runs, 5), i => baseline.ReplaceSyntaxTree(
            workload.ServiceTree,
            workload.ServiceTree.WithChangedText(SourceText.From(source.Replace("var unrelated = 1;", $"var unrelated = 1 - {i % 2};", StringComparison.Ordinal)))), ref driver));

        if (unrelatedOnly)
        {
            return report.ToString();
        }

        var entity = workload.EntityTree.ToString();
        report.AppendLine(Time("annotation edit", Math.Min(runs, 3), i => baseline.ReplaceSyntaxTree(
            workload.EntityTree,
            workload.EntityTree.WithChangedText(SourceText.From(i % 2 == 0 ? SyntheticWorkload.EditAnnotation(entity) : entity + "\n"))), ref driver));
        return report.ToString();
    }

    /// <summary>
    /// <c>firstedit SIZE [REPS]</c>: the cost report's generator figure alone: for each repetition a
    /// freshly parsed workload, a new driver's first run, then one unrelated edit, timed; with the
    /// number of garbage collections that happened during the edit.
    /// </summary>
    public static string FirstEdit(int size, int repetitions)
    {
        var workload = new WorkloadCompilation(size);
        var report = new StringBuilder();
        var times = new List<double>();
        for (var run = 0; run < repetitions; run++)
        {
            var fresh = workload.Reparsed();
            var baseline = fresh.CreateCompilation();
            var driver = WorkloadCompilation.CreateDriver().RunGenerators(baseline);
            var edited = baseline.ReplaceSyntaxTree(fresh.ServiceTree, fresh.EditedServiceTree);
            var gen0 = GC.CollectionCount(0);
            var gen2 = GC.CollectionCount(2);
            var elapsed = TimedRun(driver, edited);
            times.Add(elapsed);
            report.AppendLine(CultureInfo.InvariantCulture, $"  {size} types, repetition {run}: after unrelated edit {elapsed:F3} ms (GCs during it: {GC.CollectionCount(0) - gen0}, gen2 {GC.CollectionCount(2) - gen2})");
        }

        times.Sort();
        report.AppendLine(CultureInfo.InvariantCulture, $"  median {times[times.Count / 2]:F3} ms");
        return report.ToString();
    }

    /// <summary>Its own frame, so a profile can tell the timed run from the first run.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static double TimedRun(GeneratorDriver driver, Compilation compilation)
    {
        var stopwatch = Stopwatch.StartNew();
        driver.RunGenerators(compilation);
        return stopwatch.Elapsed.TotalMilliseconds;
    }

    private static string Time(string label, int runs, Func<int, Compilation> edit, ref GeneratorDriver driver)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var compilation = edit(i);
            var stopwatch = Stopwatch.StartNew();
            driver = driver.RunGenerators(compilation);
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return string.Create(CultureInfo.InvariantCulture, $"  {label}: median {times[times.Count / 2]:F3} ms, min {times[0]:F3}, max {times[^1]:F3} ({runs} runs)");
    }
}
