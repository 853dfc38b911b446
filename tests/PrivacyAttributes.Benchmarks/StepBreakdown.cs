using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace PrivacyAttributes.Benchmarks;

/// <summary>
/// <c>breakdown SIZE</c>: where the generator's time goes, per tracked step (Roslyn's own per-step
/// elapsed times), for a first run and for a run after an unrelated method-body edit.
/// </summary>
public static class StepBreakdown
{
    public static string Run(int size)
    {
        var workload = new WorkloadCompilation(size);
        var report = new StringBuilder();
        for (var warm = 0; warm < 2; warm++)
        {
            workload = workload.Reparsed();
            var baseline = workload.CreateCompilation();
            var stopwatch = Stopwatch.StartNew();
            var driver = WorkloadCompilation.CreateDriver(trackSteps: true).RunGenerators(baseline);
            var first = stopwatch.Elapsed.TotalMilliseconds;
            var firstSteps = Steps(driver.GetRunResult());

            var edited = baseline.ReplaceSyntaxTree(workload.ServiceTree, workload.EditedServiceTree);
            stopwatch.Restart();
            driver = driver.RunGenerators(edited);
            var incremental = stopwatch.Elapsed.TotalMilliseconds;
            var incrementalSteps = Steps(driver.GetRunResult());
            var plain = WorkloadCompilation.CreateDriver().RunGenerators(baseline);
            for (var again = 0; again < 2; again++)
            {
                stopwatch.Restart();
                plain = plain.RunGenerators(again % 2 == 0 ? edited : baseline);
                report.AppendLine(CultureInfo.InvariantCulture, $"  untracked edit {again}: {stopwatch.Elapsed.TotalMilliseconds:F2} ms");
            }

            for (var again = 0; again < 3; again++)
            {
                stopwatch.Restart();
                driver = driver.RunGenerators(again % 2 == 0 ? baseline : edited);
                report.AppendLine(CultureInfo.InvariantCulture, $"  further edit {again}: {stopwatch.Elapsed.TotalMilliseconds:F2} ms");
            }

            if (warm == 0)
            {
                continue;
            }

            report.AppendLine(CultureInfo.InvariantCulture, $"{size} types: first run {first:F1} ms, after unrelated edit {incremental:F2} ms");
            report.AppendLine("| step | first run (ms) | after edit (ms) | outputs |");
            report.AppendLine("|---|---:|---:|---:|");
            foreach (var name in firstSteps.Keys.Union(incrementalSteps.Keys).OrderBy(n => n, StringComparer.Ordinal))
            {
                firstSteps.TryGetValue(name, out var a);
                incrementalSteps.TryGetValue(name, out var b);
                report.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {a.Ms:F1} | {b.Ms:F2} | {a.Count} |");
            }
        }

        return report.ToString();
    }

    private static Dictionary<string, (double Ms, int Count)> Steps(GeneratorDriverRunResult run)
    {
        var result = new Dictionary<string, (double, int)>(StringComparer.Ordinal);
        foreach (var (name, steps) in run.Results.Single().TrackedSteps)
        {
            result[name] = (steps.Sum(step => step.ElapsedTime.TotalMilliseconds), steps.Sum(step => step.Outputs.Length));
        }

        return result;
    }
}
