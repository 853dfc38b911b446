using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAttributes.Analyzers.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PrivacyAttributes.Analyzers.Tests.Robustness;

/// <summary>
/// Every analyzer of the analyzer assembly (found by reflection, so rules added later are included) runs
/// over every C# file under tests/ and samples/, the code inside their raw string literals (the test
/// cases), and hundreds of deterministic mutants of them (truncated, tokens deleted, attributes with wrong
/// argument types and counts), and must never throw: an exception reaching the compiler is AD0001.
/// </summary>
public sealed class AnalyzersNeverThrowTests
{
    private const int Seed = 20240601;
    private const int MutantCount = 400;
    private const int TreesPerCompilation = 8;

    private static readonly string[] MemberSnippets =
    {
        "[PersonalData(\"x\")]",
        "[PersonalData(Category.Email, 42)]",
        "[PersonalData((Category)999, (Purpose)(-1))]",
        "[PersonalData]",
        "[PersonalData(null)]",
        "[PersonalData(Category.Email, null)]",
        "[PersonalData(Category.Other, Purpose.Analytics, SharedWith = null, Description = null)]",
        "[PersonalData(Category.Email, Purpose.Analytics, SharedWith = new string[] { null, \"\", \"Nobody\" })]",
        "[PersonalData(Category.Email, new Purpose[] { (Purpose)7777 }, Retention = null, Subjects = (DataSubject)(-5), Source = (DataSource)99)]",
        "[PersonalData(Category.Health, Purpose.Research, Purpose.Research, Subjects = DataSubject.Child, Retention = \"P\")]",
        "[PersonalData(Category.CriminalRecord, Purpose.DirectMarketing, Retention = \"PT\", Required = 3)]",
        "[PersonalData(Category.Email, Purpose.Analytics, Purpose.Analytics, Purpose.Analytics, Retention = \"P99999999999Y\")]",
        "[PersonalData(Category.Email, purposes: Purpose.Analytics)]",
        "[PersonalData(category: (Category)(-3))]",
        "[SharesWith]",
        "[SharesWith(null)]",
        "[SharesWith(42)]",
        "[SharesWith(\"Stripe\", \"Extra\")]",
        "[ProcessingPurpose(\"x\")]",
        "[ProcessingPurpose(null)]",
        "[ProcessingPurpose((Purpose)(-7), Purpose.Analytics)]",
        "[DataSink((SinkKind)100)]",
        "[NotPersonalData(1)]",
        "[Anonymizes(Category.Email)]",
        "[PersonalData(Category.Email, Purpose.Analytics)][PersonalData(Category.Name, Purpose.Analytics)]",
        "[return: PersonalData((Category)5000)]",
    };

    private static readonly string[] AssemblySnippets =
    {
        "[assembly: Recipient(null, RecipientKind.Public, Country = \"\")]",
        "[assembly: Recipient(null, (RecipientKind)77, Country = null, Transfer = (TransferMechanism)(-3), Purposes = null)]",
        "[assembly: Recipient(\"A\", RecipientKind.Public, Country = \"uk\", Purposes = new Purpose[] { (Purpose)400 })]",
        "[assembly: Recipient(\"A\", RecipientKind.Advertising, Country = \"IN\", Transfer = TransferMechanism.AdequacyDecision)]",
        "[assembly: Recipient]",
        "[assembly: Retention((Category)(-1), null)]",
        "[assembly: Retention(Category.Email)]",
        "[assembly: Retention(Category.Email, \"P1Y\")][assembly: Retention(Category.Email, \"P2Y\")]",
        "[assembly: PurposeLegalBasis(Purpose.Analytics)]",
        "[assembly: PurposeLegalBasis((Purpose)1000, (LegalBasis)(-1), Condition = (SpecialCategoryCondition)55, LegitimateInterest = null)]",
        "[assembly: PurposeLegalBasis(Purpose.Analytics, LegalBasis.LegitimateInterests)][assembly: PurposeLegalBasis(Purpose.Analytics, LegalBasis.LegitimateInterests)]",
        "[assembly: DataController(null)]",
        "[assembly: DataController(42, Email = null)]",
        "[assembly: ProcessingPurpose(null)]",
        "[assembly: ProcessingPurpose((Purpose)(-7))]",
        "[assembly: PersonalData(Category.Email)]",
        "[assembly: SharesWith(\"x\")]",
    };

    private readonly ITestOutputHelper output;

    public AnalyzersNeverThrowTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public async Task No_analyzer_throws_on_repository_sources_test_cases_or_their_mutants()
    {
        var stopwatch = Stopwatch.StartNew();
        var analyzers = typeof(RuleIdentifiers).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetConstructor(Type.EmptyTypes) is not null)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToImmutableArray();
        Assert.NotEmpty(analyzers);

        var references = (await TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, default)).Add(TestReferences.PrivacyAttributes);
        var sources = CollectSources();
        Assert.NotEmpty(sources);

        var random = new Random(Seed);
        var mutants = new List<string>(MutantCount + 1);
        for (var i = 0; i < MutantCount; i++)
        {
            mutants.Add(Mutate(sources[random.Next(sources.Count)], random, i));
        }

        mutants.Add(string.Join("\n", sources.Take(200).Select((s, i) => "namespace Huge" + i + " {\n" + s + "\n}")));

        var failures = new ConcurrentBag<string>();
        var batches = sources.Select(s => new[] { s })
            .Concat(mutants.Select((m, i) => (m, i)).GroupBy(x => x.i / TreesPerCompilation).Select(g => g.Select(x => x.m).ToArray()))
            .ToList();
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (batch, token) =>
        {
            var trees = batch.Select((text, i) => CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest), path: "/m" + i + ".cs", cancellationToken: token)).ToArray();
            var compilation = CSharpCompilation.Create("Mutant", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: (exception, analyzer, diagnostic) => failures.Add($"{analyzer.GetType().Name}: {exception}\n--- source ---\n{string.Join("\n--- next tree ---\n", batch)}"),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false);
            var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(token);
            foreach (var diagnostic in diagnostics.Where(d => d.Id is "AD0001" or "CS8785"))
            {
                failures.Add(diagnostic.ToString());
            }
        });

        output.WriteLine($"{analyzers.Length} analyzers, {sources.Count} sources, {mutants.Count} mutants in {batches.Count} compilations: {stopwatch.Elapsed.TotalSeconds:F1} s");
        Assert.True(failures.IsEmpty, $"{failures.Count} analyzer exceptions; first:\n{failures.FirstOrDefault()}");
    }

    /// <summary>Every .cs file under tests/ and samples/ (without bin/obj), and the code in their raw string literals.</summary>
    private static List<string> CollectSources()
    {
        var root = RepositoryRoot();
        var result = new List<string>();
        foreach (var folder in new[] { "tests", "samples" })
        {
            var directory = Path.Combine(root, folder);
            if (!Directory.Exists(directory))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
                .OrderBy(f => f, StringComparer.Ordinal))
            {
                var text = File.ReadAllText(file);
                result.Add(text);
                foreach (var token in CSharpSyntaxTree.ParseText(text).GetRoot().DescendantTokens())
                {
                    if (token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) || token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken))
                    {
                        var code = token.ValueText;
                        if (code.Contains("PrivacyAttributes", StringComparison.Ordinal) || code.Contains("class ", StringComparison.Ordinal))
                        {
                            result.Add(code);
                        }
                    }
                }
            }
        }

        return result;
    }

    private static string Mutate(string source, Random random, int index)
    {
        switch (random.Next(5))
        {
            case 0:
                return source.Substring(0, random.Next(source.Length + 1));
            case 1:
            {
                var tokens = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens().Where(t => t.Span.Length > 0).ToList();
                if (tokens.Count == 0)
                {
                    return source;
                }

                var removed = new SortedSet<int>();
                var count = 1 + random.Next(5);
                for (var i = 0; i < count; i++)
                {
                    removed.Add(random.Next(tokens.Count));
                }

                var builder = new StringBuilder(source);
                foreach (var position in removed.Reverse())
                {
                    builder.Remove(tokens[position].SpanStart, tokens[position].Span.Length);
                }

                return builder.ToString();
            }

            case 2:
            {
                var lines = source.Split('\n').ToList();
                var snippet = random.Next(3) == 0 ? Pick(AssemblySnippets, random) : Pick(MemberSnippets, random);
                lines.Insert(random.Next(lines.Count + 1), snippet);
                return string.Join("\n", lines);
            }

            case 3:
            {
                var member = Pick(MemberSnippets, random);
                return "using System;\nusing PrivacyAttributes;\n" + Pick(AssemblySnippets, random) + "\n" + StripUsingsAtTop(source) + "\n"
                    + $"public record Mutant{index}({member} string Email)\n{{\n    {member}\n    public string Phone {{ get; set; }} = \"\";\n    {Pick(MemberSnippets, random)}\n    public string Reach({member} string p) => p + Email;\n}}\n";
            }

            default:
            {
                var snippet = Pick(MemberSnippets, random);
                var at = source.IndexOf("[PersonalData(", random.Next(Math.Max(1, source.Length / 2)), StringComparison.Ordinal);
                if (at < 0)
                {
                    at = source.IndexOf("[PersonalData(", StringComparison.Ordinal);
                }

                if (at < 0)
                {
                    return source + "\n" + snippet;
                }

                var end = source.IndexOf(']', at);
                return source.Substring(0, at) + snippet + (end < 0 ? string.Empty : source.Substring(end + 1));
            }
        }
    }

    private static string StripUsingsAtTop(string source) =>
        string.Join("\n", source.Split('\n').Where(line => !line.TrimStart().StartsWith("using ", StringComparison.Ordinal) || line.Contains('(')));

    private static string Pick(string[] items, Random random) => items[random.Next(items.Length)];

    private static string RepositoryRoot() => PrivacyAttributes.Testing.RepositoryPaths.Root;
}
