using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAttributes.Analyzers.Rules;
using PrivacyAttributes.Analyzers.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PrivacyAttributes.Analyzers.Tests.Precision;

/// <summary>
/// PRIV008 over member declarations of real open-source entity classes (Precision/Corpus/*.cs.txt), against
/// a human label of which members hold personal data (labels.txt). A noisy rule gets switched off, so
/// precision must stay at or above 0.9; recall is reported.
/// </summary>
public sealed class UnannotatedPersonalDataPrecisionTests
{
    private readonly ITestOutputHelper output;

    public UnannotatedPersonalDataPrecisionTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public async Task Precision_is_at_least_ninety_percent_on_real_entity_classes()
    {
        var corpus = Path.Combine(AppContext.BaseDirectory, "Precision", "Corpus");
        var files = Directory.GetFiles(corpus, "*.cs.txt").OrderBy(f => f, StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(files);
        var labels = File.ReadAllLines(Path.Combine(corpus, "labels.txt"))
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);

        var references = (await TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, default)).Add(TestReferences.PrivacyAttributes);
        var members = new HashSet<string>(StringComparer.Ordinal);
        var flagged = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(file), new CSharpParseOptions(LanguageVersion.Latest), path: Path.GetFileName(file));
            var compilation = CSharpCompilation.Create(Path.GetFileNameWithoutExtension(file), [tree], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                var symbol = node switch
                {
                    Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax => model.GetDeclaredSymbol(node),
                    _ => null,
                };
                if (symbol is IFieldSymbol or IPropertySymbol && symbol.ContainingType.TypeKind != TypeKind.Enum)
                {
                    members.Add(symbol.ContainingType.Name + "." + symbol.Name);
                }
            }

            var diagnostics = await compilation.WithAnalyzers([new UnannotatedPersonalDataAnalyzer()]).GetAnalyzerDiagnosticsAsync();
            foreach (var diagnostic in diagnostics.Where(d => d.Id == RuleIdentifiers.UnannotatedPersonalData))
            {
                var symbol = model.GetDeclaredSymbol(tree.GetRoot().FindToken(diagnostic.Location.SourceSpan.Start).Parent!);
                flagged.Add(symbol!.ContainingType.Name + "." + symbol.Name);
            }
        }

        Assert.Empty(labels.Except(members));
        var truePositives = flagged.Count(labels.Contains);
        var precision = flagged.Count == 0 ? 0 : (double)truePositives / flagged.Count;
        var recall = (double)truePositives / labels.Count;
        output.WriteLine($"{files.Length} files, {members.Count} members, {labels.Count} personal; flagged {flagged.Count}, true positives {truePositives}: precision {precision:F3}, recall {recall:F3}");
        output.WriteLine("False positives: " + string.Join(", ", flagged.Where(f => !labels.Contains(f))));
        output.WriteLine("Missed: " + string.Join(", ", labels.Where(l => !flagged.Contains(l))));
        Assert.True(precision >= 0.9, $"PRIV008 precision {precision:F3} < 0.9");
    }
}
