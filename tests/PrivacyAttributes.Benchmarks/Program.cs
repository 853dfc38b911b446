using System;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Running;
using PrivacyAttributes.Workload;

namespace PrivacyAttributes.Benchmarks;

/// <summary>
/// <c>report [--settle] [sizes...]</c>: the one-shot cost report (docs/performance.md);
/// <c>edits SIZE [RUNS]</c> and <c>firstedit SIZE [REPS]</c>: quick edit timings (EditTiming);
/// <c>analyzers SIZE [RUNS]</c>: only the analyzer times of the report; <c>floor SIZE [RUNS]</c>: the same
/// for do-nothing analyzers registering the same actions (what the driver alone charges); <c>floor-attributes</c>:
/// one analyzer that only reads every member's attributes;
/// <c>metered SIZE [RUNS]</c> (and <c>metered-floor</c>): analyzer callbacks by thread CPU time and allocations, for a busy machine;
/// <c>diagnostics SIZE</c>: every analyzer diagnostic on the workload, one a line, sorted (to check that a change reports the same);
/// <c>firstrun SIZE [RUNS]</c>: the generator's first run with the bytes it allocates and the collections it causes;
/// <c>breakdown SIZE</c>: the generator's steps by Roslyn's step tracking;
/// <c>compile SIZE [ROUNDS]</c>: a whole in-process compile with and without the generator, alternating (CompileCost);
/// <c>compile-output SIZE [RUNS]</c>: what the compiler spends on the generated file alone, by phase;
/// <c>workload SIZE DIR</c>: writes a synthetic project (used by measure-build.sh);
/// anything else goes to BenchmarkDotNet (<c>--filter *Generator*</c>, ...).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "report")
        {
            var settle = args.Contains("--settle");
            var sizes = args.Skip(1).Where(arg => arg != "--settle").Select(arg => int.Parse(arg, CultureInfo.InvariantCulture)).ToArray();
            if (sizes.Length == 0)
            {
                sizes = [100, 1000, 5000];
            }

            Console.WriteLine(CostReport.Run(sizes, repetitions: 5, settle));
            return 0;
        }

        if (args.Length is 2 or 3 && args[0] is "analyzers" or "floor" or "floor-attributes")
        {
            var repetitions = args.Length == 3 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
            Console.WriteLine(CostReport.RunAnalyzers(int.Parse(args[1], CultureInfo.InvariantCulture), repetitions, floor: args[0] == "floor", attributesOnly: args[0] == "floor-attributes"));
            return 0;
        }

        if (args.Length is 2 or 3 && args[0] is "metered" or "metered-floor")
        {
            var repetitions = args.Length == 3 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
            Console.WriteLine(CostReport.RunMetered(int.Parse(args[1], CultureInfo.InvariantCulture), repetitions, floor: args[0] == "metered-floor"));
            return 0;
        }

        if (args.Length == 2 && args[0] == "diagnostics")
        {
            Console.Write(CostReport.ListDiagnostics(int.Parse(args[1], CultureInfo.InvariantCulture)));
            return 0;
        }

        if (args.Length is 2 or 3 && args[0] == "firstrun")
        {
            var repetitions = args.Length == 3 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
            Console.WriteLine(CostReport.RunGeneratorFirstRuns(int.Parse(args[1], CultureInfo.InvariantCulture), repetitions));
            return 0;
        }

        if (args.Length is 2 or 3 && args[0] == "compile")
        {
            var rounds = args.Length == 3 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 7;
            Console.WriteLine(CompileCost.Run(int.Parse(args[1], CultureInfo.InvariantCulture), rounds));
            return 0;
        }

        if (args.Length is 2 or 3 && args[0] == "compile-output")
        {
            var runs = args.Length == 3 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 15;
            Console.WriteLine(CompileCost.OutputAlone(int.Parse(args[1], CultureInfo.InvariantCulture), runs));
            return 0;
        }

        if (args.Length == 2 && args[0] == "breakdown")
        {
            Console.WriteLine(StepBreakdown.Run(int.Parse(args[1], CultureInfo.InvariantCulture)));
            return 0;
        }

        if (args.Length >= 2 && args[0] == "firstedit")
        {
            var repetitions = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
            Console.WriteLine(EditTiming.FirstEdit(int.Parse(args[1], CultureInfo.InvariantCulture), repetitions));
            return 0;
        }

        if (args.Length >= 2 && args[0] == "edits")
        {
            var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 21;
            Console.WriteLine(EditTiming.Run(int.Parse(args[1], CultureInfo.InvariantCulture), runs, args.Length > 3 && args[3] is "unrelated" or "bodies", args.Length > 3 && args[3] == "bodies"));
            return 0;
        }

        if (args.Length == 3 && args[0] == "workload")
        {
            var size = int.Parse(args[1], CultureInfo.InvariantCulture);
            var directory = args[2];
            Directory.CreateDirectory(directory);
            SyntheticWorkload.WriteTo(directory, SyntheticWorkload.Generate(size));
            Console.WriteLine($"Wrote {size} entity and {size} service types to {directory}");
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
