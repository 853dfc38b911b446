using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAttributes.Analyzers.Rules;
using PrivacyAttributes.Analyzers.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PrivacyAttributes.Analyzers.Tests.Precision;

/// <summary>
/// PRIV008 over the members of real open-source entity classes (Precision/Corpus/members.tsv: their
/// names and declared types, with a human's reading of which hold personal data). Each source's
/// members are declared in a synthetic class of the same name. A noisy rule gets switched off, so
/// precision must stay at or above 0.9; recall is reported.
/// </summary>
public sealed partial class UnannotatedPersonalDataPrecisionTests(ITestOutputHelper output)
{
    private static readonly HashSet<string> KnownTypeNames = new(StringComparer.Ordinal)
    {
        "DateTime", "DateTimeOffset", "Guid", "List", "ICollection", "IEnumerable", "IList", "Dictionary",
    };

    [Fact]
    public async Task Precision_is_at_least_ninety_percent_on_real_entity_classes()
    {
        var sources = ReadCorpus(Path.Combine(AppContext.BaseDirectory, "Precision", "Corpus", "members.tsv"));
        Assert.True(sources.Count >= 9, "the corpus should cover several real code bases");

        var references = (await TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, default)).Add(TestReferences.PrivacyAttributes);
        var tree = CSharpSyntaxTree.ParseText(Declare(sources), new CSharpParseOptions(LanguageVersion.Latest), path: "Corpus.cs");
        var compilation = CSharpCompilation.Create("Corpus", [tree], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));

        var model = compilation.GetSemanticModel(tree);
        var flagged = new HashSet<string>(StringComparer.Ordinal);
        foreach (var diagnostic in await compilation.WithAnalyzers([new UnannotatedPersonalDataAnalyzer()]).GetAnalyzerDiagnosticsAsync())
        {
            var symbol = model.GetDeclaredSymbol(tree.GetRoot().FindToken(diagnostic.Location.SourceSpan.Start).Parent!)!;
            flagged.Add(symbol.ContainingNamespace.Name + "." + symbol.ContainingType.Name + "." + symbol.Name);
        }

        var personal = sources.SelectMany((source, index) => source.Members.Where(member => member.Personal).Select(member => Key(index, member))).ToHashSet(StringComparer.Ordinal);
        var memberCount = sources.Sum(source => source.Members.Count);
        var truePositives = flagged.Count(personal.Contains);
        var precision = flagged.Count == 0 ? 0 : (double)truePositives / flagged.Count;
        var recall = (double)truePositives / personal.Count;
        output.WriteLine($"{sources.Count} sources, {memberCount} members, {personal.Count} personal; flagged {flagged.Count}, true positives {truePositives}: precision {precision:F3}, recall {recall:F3}");
        output.WriteLine("False positives: " + string.Join(", ", flagged.Where(key => !personal.Contains(key)).Order(StringComparer.Ordinal)));
        output.WriteLine("Missed: " + string.Join(", ", personal.Where(key => !flagged.Contains(key)).Order(StringComparer.Ordinal)));
        Assert.True(truePositives > 0, "PRIV008 flagged nothing: the measurement would be meaningless");
        Assert.True(precision >= 0.9, $"PRIV008 precision {precision:F3} < 0.9");
    }

    private sealed record CorpusMember(string Type, string Name, string DeclaredType, bool IsField, bool Personal);

    private sealed record CorpusSource(string Origin, List<CorpusMember> Members);

    private static string Key(int sourceIndex, CorpusMember member) => $"Source{sourceIndex}.{member.Type}.{member.Name}";

    private static List<CorpusSource> ReadCorpus(string path)
    {
        var sources = new List<CorpusSource>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("# source: ", StringComparison.Ordinal))
            {
                sources.Add(new CorpusSource(line["# source: ".Length..], []));
                continue;
            }

            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var columns = line.Split('\t');
            Assert.True(columns.Length == 5 && columns[4] is "yes" or "no", "malformed corpus line: " + line);
            sources[^1].Members.Add(new CorpusMember(columns[0], columns[1], columns[2], columns[3] == "field", columns[4] == "yes"));
        }

        return sources;
    }

    /// <summary>Each source in a namespace of its own; types the members name but the source does not declare become empty classes.</summary>
    private static string Declare(List<CorpusSource> sources)
    {
        var code = new StringBuilder("using System;\nusing System.Collections.Generic;\n#nullable enable\n");
        for (var index = 0; index < sources.Count; index++)
        {
            var source = sources[index];
            code.Append($"// {source.Origin}\nnamespace Source{index}\n{{\n");
            var declared = source.Members.Select(member => member.Type).ToHashSet(StringComparer.Ordinal);
            var stubs = source.Members
                .SelectMany(member => TypeName().Matches(member.DeclaredType).Select(match => match.Value))
                .Where(name => !KnownTypeNames.Contains(name) && !declared.Contains(name))
                .Distinct()
                .Order(StringComparer.Ordinal);
            foreach (var stub in stubs)
            {
                code.Append($"    public class {stub} {{ }}\n");
            }

            foreach (var type in source.Members.GroupBy(member => member.Type))
            {
                code.Append($"    public class {type.Key}\n    {{\n");
                foreach (var member in type)
                {
                    code.Append(member.IsField
                        ? $"        private {member.DeclaredType} {member.Name} = default!;\n"
                        : $"        public {member.DeclaredType} {member.Name} {{ get; set; }} = default!;\n");
                }

                code.Append("    }\n");
            }

            code.Append("}\n");
        }

        return code.ToString();
    }

    [GeneratedRegex(@"\b[A-Z]\w*\b")]
    private static partial Regex TypeName();
}
