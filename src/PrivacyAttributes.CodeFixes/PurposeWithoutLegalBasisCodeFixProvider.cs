using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using PrivacyAttributes.Analyzers;
using PrivacyAttributes.Analyzers.Rules;
using PrivacyAttributes.Roslyn;

namespace PrivacyAttributes.CodeFixes
{
    /// <summary>
    /// PRIV005: declares the purpose's legal basis at assembly level, one action per legal basis. The
    /// declaration goes into the project's file that already holds the package's assembly attributes, else
    /// at the top of the current file. <c>LegitimateInterests</c> gets <c>LegitimateInterest = ""</c>: an
    /// empty slot that PRIV011 keeps reporting until the real interest is written, never invented text.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PurposeWithoutLegalBasisCodeFixProvider))]
    [Shared]
    public sealed class PurposeWithoutLegalBasisCodeFixProvider : CodeFixProvider
    {
        private const string KeyPrefix = CodeFixEquivalenceKeys.Prefix + "PRIV005.";

        private static readonly LegalBasis[] Bases =
        {
            LegalBasis.Consent, LegalBasis.Contract, LegalBasis.LegalObligation, LegalBasis.VitalInterests, LegalBasis.PublicTask, LegalBasis.LegitimateInterests,
        };

        private static readonly HashSet<string> DeclarationAttributes = new(StringComparer.Ordinal)
        {
            "PurposeLegalBasis", "DataController", "Recipient", "Retention", "ProcessingPurpose",
        };

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.PurposeWithoutLegalBasis);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => new DeclareAll();

        /// <inheritdoc />
        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!TryGetPurpose(diagnostic, out var purpose))
                {
                    continue;
                }

                foreach (var basis in Bases)
                {
                    var title = basis == LegalBasis.LegitimateInterests
                        ? $"Declare that Purpose.{purpose} rests on LegalBasis.{basis} (then state the interest)"
                        : $"Declare that Purpose.{purpose} rests on LegalBasis.{basis}";
                    var document = context.Document;
                    context.RegisterCodeFix(
                        CodeAction.Create(title, token => DeclareAsync(document.Project.Solution, document.Project.Id, document.Id, new[] { purpose }, basis, token), KeyPrefix + basis),
                        diagnostic);
                }
            }

            return Task.CompletedTask;
        }

        private static bool TryGetPurpose(Diagnostic diagnostic, out Purpose purpose)
        {
            purpose = default;
            return diagnostic.Properties.TryGetValue(PurposeWithoutLegalBasisAnalyzer.PurposeProperty, out var name)
                && Enum.TryParse(name, out purpose);
        }

        private static async Task<Solution> DeclareAsync(Solution solution, ProjectId projectId, DocumentId fallback, IReadOnlyCollection<Purpose> purposes, LegalBasis basis, CancellationToken cancellationToken)
        {
            var project = solution.GetProject(projectId);
            if (project is null)
            {
                return solution;
            }

            var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            var declared = compilation is null ? null : PrivacyDeclarations.Read(compilation);
            var missing = purposes.Distinct().Where(p => declared is null || !declared.HasLegalBasis(p)).OrderBy(p => (int)p).ToList();
            if (missing.Count == 0)
            {
                return solution;
            }

            var target = await FindDeclarationFileAsync(project, cancellationToken).ConfigureAwait(false) ?? project.GetDocument(fallback);
            if (target is null || await target.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not CompilationUnitSyntax root)
            {
                return solution;
            }

            var text = await target.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var newLine = text.ToString().Contains("\r\n") ? "\r\n" : "\n";
            var lines = new StringBuilder();
            foreach (var purpose in missing)
            {
                lines.Append("[assembly: PurposeLegalBasis(Purpose.").Append(purpose).Append(", LegalBasis.").Append(basis);
                if (basis == LegalBasis.LegitimateInterests)
                {
                    lines.Append(", LegitimateInterest = \"\"");
                }

                lines.Append(")]").Append(newLine);
            }

            var model = await target.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var needsUsing = model is null || !PrivacyUsings.IsImported(model, root, root.Members.FirstOrDefault()?.SpanStart ?? root.EndOfFileToken.SpanStart);

            var changes = new List<TextChange>();
            int position;
            if (root.AttributeLists.Count > 0)
            {
                position = root.AttributeLists.Last().FullSpan.End;
            }
            else if (root.Usings.Count > 0)
            {
                position = root.Usings.Last().FullSpan.End;
                lines.Insert(0, newLine);
            }
            else
            {
                position = root.Externs.Count > 0 ? root.Externs.Last().FullSpan.End : 0;
                lines.Append(newLine);
            }

            if (needsUsing)
            {
                var usingPosition = root.Usings.Count > 0 ? root.Usings.Last().FullSpan.End : (root.Externs.Count > 0 ? root.Externs.Last().FullSpan.End : 0);
                var usingText = "using PrivacyAttributes;" + newLine + (root.Usings.Count == 0 && root.AttributeLists.Count == 0 ? newLine : string.Empty);
                if (usingPosition == position)
                {
                    lines.Insert(0, usingText);
                }
                else
                {
                    changes.Add(new TextChange(new TextSpan(usingPosition, 0), usingText));
                }
            }

            changes.Add(new TextChange(new TextSpan(position, 0), lines.ToString()));
            return solution.WithDocumentText(target.Id, text.WithChanges(changes));
        }

        /// <summary>The first file (by path) with an assembly attribute of the package.</summary>
        private static async Task<Document?> FindDeclarationFileAsync(Project project, CancellationToken cancellationToken)
        {
            foreach (var document in project.Documents.OrderBy(d => d.FilePath ?? d.Name, StringComparer.Ordinal))
            {
                if (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not CompilationUnitSyntax root)
                {
                    continue;
                }

                foreach (var list in root.AttributeLists)
                {
                    if (list.Target?.Identifier.IsKind(SyntaxKind.AssemblyKeyword) != true)
                    {
                        continue;
                    }

                    foreach (var attribute in list.Attributes)
                    {
                        var name = attribute.Name switch
                        {
                            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                            SimpleNameSyntax simple => simple.Identifier.ValueText,
                            _ => string.Empty,
                        };
                        if (name.EndsWith("Attribute", StringComparison.Ordinal))
                        {
                            name = name.Substring(0, name.Length - "Attribute".Length);
                        }

                        if (DeclarationAttributes.Contains(name))
                        {
                            return document;
                        }
                    }
                }
            }

            return null;
        }

        /// <summary>Fix-all: each missing purpose is declared once per project, on the basis of the chosen action.</summary>
        private sealed class DeclareAll : FixAllProvider
        {
            public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
                new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

            public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
            {
                var key = fixAllContext.CodeActionEquivalenceKey;
                if (key is null || !key.StartsWith(KeyPrefix, StringComparison.Ordinal) || !Enum.TryParse<LegalBasis>(key.Substring(KeyPrefix.Length), out var basis))
                {
                    return null;
                }

                var diagnostics = new List<Diagnostic>();
                switch (fixAllContext.Scope)
                {
                    case FixAllScope.Document when fixAllContext.Document is not null:
                        diagnostics.AddRange(await fixAllContext.GetDocumentDiagnosticsAsync(fixAllContext.Document).ConfigureAwait(false));
                        break;
                    case FixAllScope.Project:
                        diagnostics.AddRange(await fixAllContext.GetAllDiagnosticsAsync(fixAllContext.Project).ConfigureAwait(false));
                        break;
                    case FixAllScope.Solution:
                        foreach (var project in fixAllContext.Solution.Projects)
                        {
                            diagnostics.AddRange(await fixAllContext.GetAllDiagnosticsAsync(project).ConfigureAwait(false));
                        }

                        break;
                }

                var solution = fixAllContext.Solution;
                var work = new List<(ProjectId Project, DocumentId Fallback, List<Purpose> Purposes)>();
                foreach (var group in diagnostics
                    .Where(d => d.Location.SourceTree is not null)
                    .Select(d => (Diagnostic: d, Document: solution.GetDocument(d.Location.SourceTree)))
                    .Where(x => x.Document is not null)
                    .GroupBy(x => x.Document!.Project.Id))
                {
                    var ordered = group.OrderBy(x => x.Document!.FilePath ?? x.Document!.Name, StringComparer.Ordinal).ThenBy(x => x.Diagnostic.Location.SourceSpan.Start).ToList();
                    var purposes = new List<Purpose>();
                    foreach (var item in ordered)
                    {
                        if (TryGetPurpose(item.Diagnostic, out var purpose))
                        {
                            purposes.Add(purpose);
                        }
                    }

                    work.Add((group.Key, ordered[0].Document!.Id, purposes));
                }

                return CodeAction.Create(
                    $"Declare the legal basis LegalBasis.{basis} for every purpose without one",
                    async token =>
                    {
                        var current = solution;
                        foreach (var (project, fallback, purposes) in work)
                        {
                            current = await DeclareAsync(current, project, fallback, purposes, basis, token).ConfigureAwait(false);
                        }

                        return current;
                    },
                    key);
            }
        }
    }
}
