using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace PrivacyAttributes.Benchmarks;

/// <summary>
/// <c>compile SIZE [ROUNDS]</c>: what the generator adds to the compile itself, in one process and
/// without MSBuild. Each run does what the compiler does in a build of the workload: parse every file
/// (new trees), create the compilation, run the generator (or not), then emit the assembly, its
/// reference assembly and a portable PDB with the generated source embedded. A third kind of run adds
/// the generator's output as an ordinary source file instead of running the generator: what the
/// compile pays for the inventory constant alone. The three alternate, after one of each to warm up.
/// </summary>
/// <remarks>
/// Whole builds (measure-build.sh) answer the budget's question, but single builds here move by half a
/// second, which is as much as the package costs. In one process the compile repeats to within a
/// few percent, so this mode shows whether a change to the generator moves the compile, and how much of
/// the generator's own time a build pays in the end: red syntax nodes it creates are reused by the
/// compile, the symbols it creates are not, and the constant it emits is compiled.
/// </remarks>
public static class CompileCost
{
    public static string Run(int size, int rounds)
    {
        var files = new WorkloadCompilation(size).Files;
        var texts = files.Select(file => (file.Path, Text: SourceText.From(file.Source, Encoding.UTF8))).ToArray();
        var output = GeneratedOutput(texts);
        var without = new List<double>();
        var constant = new List<double>();
        var with = new List<double>();
        var generator = new List<double>();
        var report = new StringBuilder();
        using var process = Process.GetCurrentProcess();
        for (var round = -1; round < rounds; round++)
        {
            foreach (var kind in new[] { RunKind.Without, RunKind.Constant, RunKind.Generator })
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                process.Refresh();
                var processorTime = process.TotalProcessorTime;
                var stopwatch = Stopwatch.StartNew();
                var (generatorMilliseconds, outputs) = Compile(texts, kind, output);
                var wall = stopwatch.Elapsed.TotalMilliseconds;
                process.Refresh();
                var processor = (process.TotalProcessorTime - processorTime).TotalMilliseconds;
                var label = kind switch
                {
                    RunKind.Without => "without the generator     ",
                    RunKind.Constant => "with its output as a file",
                    _ => "with the generator        ",
                };
                report.AppendLine(CultureInfo.InvariantCulture, $"  round {round}{(round < 0 ? " (warm-up)" : "")}, {label}: {wall:F0} ms, {processor:F0} ms processor time{(kind == RunKind.Generator ? $", generator {generatorMilliseconds:F0} ms" : "")}, {outputs}");
                if (round < 0)
                {
                    continue;
                }

                (kind switch { RunKind.Without => without, RunKind.Constant => constant, _ => with }).Add(wall);
                if (kind == RunKind.Generator)
                {
                    generator.Add(generatorMilliseconds);
                }
            }
        }

        var ratio = CostReport.Median(with) / CostReport.Median(without);
        var (low, high) = RatioInterval(with, without);
        var (constantLow, constantHigh) = RatioInterval(constant, without);
        var roundRatios = with.Zip(without, (a, b) => a / b).ToList();
        report.Insert(0, string.Create(
            CultureInfo.InvariantCulture,
            $"{size} types, {rounds} rounds, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, Roslyn {typeof(Compilation).Assembly.GetName().Version}: compile without the generator {CostReport.Median(without):F0} ms, with its output as a file {CostReport.Median(constant):F0} ms, with the generator {CostReport.Median(with):F0} ms (its own run {CostReport.Median(generator):F0} ms); added by the generator {CostReport.Median(with) - CostReport.Median(without):F0} ms, of which its output as a file {CostReport.Median(constant) - CostReport.Median(without):F0} ms; ratio of the medians {ratio:F3} (90 % bootstrap interval {low:F3}-{high:F3}), median of the rounds' ratios {CostReport.Median(roundRatios):F3}; output as a file alone {CostReport.Median(constant) / CostReport.Median(without):F3} (interval {constantLow:F3}-{constantHigh:F3}){Environment.NewLine}"));
        return report.ToString();
    }

    /// <summary>
    /// <c>compile-output SIZE [RUNS]</c>: what the compiler spends on the generator's output alone, by
    /// phase: the generated file in a compilation of its own against the same file with a one-character
    /// constant, each parsed, checked, embedded in a PDB and emitted with a reference assembly (in
    /// memory), alternating, after three of each to warm up. This is the part of the package's cost
    /// that the public contract fixes (<c>public const string Json</c> holds the whole inventory), whatever
    /// the generator does to compute it.
    /// </summary>
    public static string OutputAlone(int size, int runs)
    {
        var files = new WorkloadCompilation(size).Files;
        var output = GeneratedOutput(files.Select(file => (file.Path, SourceText.From(file.Source, Encoding.UTF8))).ToArray());
        var start = output.Text.IndexOf("@\"", StringComparison.Ordinal);
        var end = output.Text.LastIndexOf("\";", StringComparison.Ordinal);
        var empty = output.Text.Substring(0, start + 2) + "x" + output.Text.Substring(end);
        var phases = new SortedDictionary<string, List<double>>(StringComparer.Ordinal);
        for (var run = -3; run < runs; run++)
        {
            foreach (var (name, text) in new[] { ("one-character constant", empty), ("the inventory", output.Text) })
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                var stopwatch = Stopwatch.StartNew();
                var tree = CSharpSyntaxTree.ParseText(SourceText.From(text, Encoding.UTF8), WorkloadCompilation.ParseOptions, output.HintPath);
                _ = tree.GetRoot();
                var parse = stopwatch.Elapsed.TotalMilliseconds;
                stopwatch.Restart();
                var compilation = WorkloadCompilation.CreateCompilation([tree]);
                _ = compilation.GetDiagnostics();
                var check = stopwatch.Elapsed.TotalMilliseconds;
                stopwatch.Restart();
                var embedded = EmbeddedText.FromSource(tree.FilePath, tree.GetText());
                var embed = stopwatch.Elapsed.TotalMilliseconds;
                stopwatch.Restart();
                _ = Emit(compilation, [embedded]);
                var emit = stopwatch.Elapsed.TotalMilliseconds;

                if (run < 0)
                {
                    continue;
                }

                foreach (var (phase, milliseconds) in new[] { ("1 parse", parse), ("2 declare and check", check), ("3 embed in the PDB", embed), ("4 emit", emit), ("5 total", parse + check + embed + emit) })
                {
                    var key = phase + "|" + name;
                    (phases.TryGetValue(key, out var list) ? list : phases[key] = []).Add(milliseconds);
                }
            }
        }

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"{size} types, {runs} runs each, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, Roslyn {typeof(Compilation).Assembly.GetName().Version}: the generated file alone ({output.Text.Length:N0} characters) against the same file with a one-character constant, medians");
        report.AppendLine("| phase | one-character constant (ms) | the inventory (ms) | the inventory's cost (ms) |");
        report.AppendLine("|---|---:|---:|---:|");
        foreach (var phase in phases.Keys.Select(key => key.Split('|')[0]).Distinct())
        {
            var small = CostReport.Median(phases[phase + "|one-character constant"]);
            var large = CostReport.Median(phases[phase + "|the inventory"]);
            report.AppendLine(CultureInfo.InvariantCulture, $"| {phase.Substring(2)} | {small:F1} | {large:F1} | {large - small:F1} |");
        }

        return report.ToString();
    }

    private enum RunKind
    {
        Without,
        Constant,
        Generator,
    }

    /// <summary>The generator's output for the workload, made once before the timed runs.</summary>
    private static (string HintPath, string Text) GeneratedOutput((string Path, SourceText Text)[] texts)
    {
        var compilation = WorkloadCompilation.CreateCompilation(texts.Select(text => CSharpSyntaxTree.ParseText(text.Text, WorkloadCompilation.ParseOptions, text.Path)));
        var result = WorkloadCompilation.CreateDriver().RunGenerators(compilation).GetRunResult().Results.Single().GeneratedSources.Single();
        return (result.SyntaxTree.FilePath, result.SourceText.ToString());
    }

    private static (double GeneratorMilliseconds, string Outputs) Compile((string Path, SourceText Text)[] texts, RunKind kind, (string HintPath, string Text) output)
    {
        var trees = new SyntaxTree[texts.Length];
        Parallel.For(0, texts.Length, index => trees[index] = CSharpSyntaxTree.ParseText(texts[index].Text, WorkloadCompilation.ParseOptions, texts[index].Path));
        Compilation compilation = WorkloadCompilation.CreateCompilation(trees);
        var generatorMilliseconds = 0.0;
        if (kind == RunKind.Generator)
        {
            var stopwatch = Stopwatch.StartNew();
            WorkloadCompilation.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out compilation, out _);
            generatorMilliseconds = stopwatch.Elapsed.TotalMilliseconds;
        }
        else if (kind == RunKind.Constant)
        {
            compilation = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(SourceText.From(output.Text, Encoding.UTF8), WorkloadCompilation.ParseOptions, output.HintPath));
        }

        // As the compiler does: a generated file has no file on disk, so the PDB carries its text.
        var embedded = new List<EmbeddedText>();
        foreach (var tree in compilation.SyntaxTrees.Skip(trees.Length))
        {
            embedded.Add(EmbeddedText.FromSource(tree.FilePath, tree.GetText()));
        }

        return (generatorMilliseconds, Emit(compilation, embedded));
    }

    /// <summary>Emits as a build does (the assembly, its reference assembly, a portable PDB), in memory; says how large the assembly and PDB came out.</summary>
    private static string Emit(Compilation compilation, IEnumerable<EmbeddedText> embedded)
    {
        using var assembly = new MemoryStream();
        using var referenceAssembly = new MemoryStream();
        using var pdb = new MemoryStream();
        var result = compilation.Emit(
            assembly,
            pdb,
            metadataPEStream: referenceAssembly,
            embeddedTexts: embedded,
            options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb, includePrivateMembers: false));
        var errors = result.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        if (!errors.IsEmpty)
        {
            throw new InvalidOperationException("The compilation has errors: " + errors[0]);
        }

        return $"assembly {assembly.Length / 1024} KiB, PDB {pdb.Length / 1024} KiB";
    }

    /// <summary>A 90 % bootstrap interval of the ratio of the two medians (10,000 resamples, fixed seed), as measure-build.sh prints.</summary>
    private static (double Low, double High) RatioInterval(List<double> with, List<double> without)
    {
        var random = new Random(1);
        var ratios = new double[10_000];
        for (var sample = 0; sample < ratios.Length; sample++)
        {
            ratios[sample] = CostReport.Median(Resample(with)) / CostReport.Median(Resample(without));
        }

        Array.Sort(ratios);
        return (ratios[(int)(ratios.Length * 0.05)], ratios[(int)(ratios.Length * 0.95) - 1]);

        List<double> Resample(List<double> values) => values.Select(_ => values[random.Next(values.Count)]).ToList();
    }
}
