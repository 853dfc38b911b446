using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;
using PrivacyAttributes.Analyzers;
using PrivacyAttributes.Analyzers.Rules;
using PrivacyAttributes.Roslyn;

namespace PrivacyAttributes.CodeFixes
{
    /// <summary>
    /// PRIV008: adds <c>[PersonalData(Category.X, purposes)]</c> with the guessed category. The purposes are
    /// those in force (<c>[ProcessingPurpose]</c>) wherever the member is referenced in the solution. When it
    /// is referenced under none, one action per purpose with a declared legal basis is offered, and when no
    /// purpose has one, a single action with <c>Purpose.ServiceProvision</c>, named in the title. The fix
    /// never writes an annotation without a purpose, so it never causes PRIV100.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnannotatedPersonalDataCodeFixProvider))]
    [Shared]
    public sealed class UnannotatedPersonalDataCodeFixProvider : CodeFixProvider
    {
        private const string Key = CodeFixEquivalenceKeys.Prefix + "PRIV008";

        /// <summary>The purpose written when nothing better is known.</summary>
        internal const Purpose DefaultPurpose = Purpose.ServiceProvision;

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.UnannotatedPersonalData);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                var plan = await PlanAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false);
                if (plan is null)
                {
                    continue;
                }

                var (category, read, declared) = plan.Value;
                var document = context.Document;
                if (read.Count > 0)
                {
                    Register($"Mark as personal data: Category.{category} for {Names(read)} (where it is read)", read, Key);
                }
                else if (declared.Count > 0)
                {
                    for (var i = 0; i < declared.Count; i++)
                    {
                        Register($"Mark as personal data: Category.{category} for Purpose.{declared[i]} (not read under a declared purpose yet)", new[] { declared[i] }, i == 0 ? Key : Key + "." + declared[i]);
                    }
                }
                else
                {
                    Register($"Mark as personal data: Category.{category} for Purpose.{DefaultPurpose} (no purpose has a legal basis yet: check it)", new[] { DefaultPurpose }, Key);
                }

                void Register(string title, IReadOnlyList<Purpose> purposes, string key) =>
                    context.RegisterCodeFix(
                        CodeAction.Create(title, token => AnnotateAsync(document, new[] { (diagnostic.Location.SourceSpan, category, purposes) }, token), key),
                        diagnostic);
            }
        }

        private static async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            var key = context.CodeActionEquivalenceKey ?? Key;
            var work = new List<(Microsoft.CodeAnalysis.Text.TextSpan, Category, IReadOnlyList<Purpose>)>();
            foreach (var diagnostic in diagnostics)
            {
                var plan = await PlanAsync(document, diagnostic, context.CancellationToken).ConfigureAwait(false);
                if (plan is null)
                {
                    continue;
                }

                var (category, read, declared) = plan.Value;
                IReadOnlyList<Purpose> purposes;
                if (key.Length > Key.Length + 1 && Enum.TryParse<Purpose>(key.Substring(Key.Length + 1), out var chosen))
                {
                    purposes = new[] { chosen };
                }
                else
                {
                    purposes = read.Count > 0 ? read : new[] { declared.Count > 0 ? declared[0] : DefaultPurpose };
                }

                work.Add((diagnostic.Location.SourceSpan, category, purposes));
            }

            return await AnnotateAsync(document, work, context.CancellationToken).ConfigureAwait(false);
        }

        private static string Names(IEnumerable<Purpose> purposes) => string.Join(", ", purposes.Select(p => "Purpose." + p));

        private static async Task<(Category Category, List<Purpose> Read, List<Purpose> Declared)?> PlanAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            if (!diagnostic.Properties.TryGetValue(UnannotatedPersonalDataAnalyzer.CategoryProperty, out var name) || !Enum.TryParse<Category>(name, out var category))
            {
                return null;
            }

            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return null;
            }

            var node = DeclarationAt(root, diagnostic.Location.SourceSpan);
            var symbol = node is null ? null : model.GetDeclaredSymbol(node, cancellationToken);
            if (symbol is null)
            {
                return null;
            }

            var read = new SortedSet<Purpose>();
            var targets = new List<ISymbol> { symbol };
            if (symbol is IParameterSymbol parameter && parameter.ContainingType is { } record)
            {
                targets.AddRange(record.GetMembers(parameter.Name).OfType<IPropertySymbol>());
            }

            var solution = document.Project.Solution;
            foreach (var target in targets)
            {
                foreach (var referenced in await SymbolFinder.FindReferencesAsync(target, solution, cancellationToken).ConfigureAwait(false))
                {
                    foreach (var location in referenced.Locations)
                    {
                        var referenceModel = await location.Document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                        if (referenceModel is null)
                        {
                            continue;
                        }

                        var enclosing = referenceModel.GetEnclosingSymbol(location.Location.SourceSpan.Start, cancellationToken);
                        var inForce = new PurposeResolver(referenceModel.Compilation.Assembly).Resolve(enclosing);
                        foreach (var purpose in inForce.Purposes)
                        {
                            if (Taxonomy.PrivacyTaxonomy.TryGet(purpose, out _))
                            {
                                read.Add(purpose);
                            }
                        }
                    }
                }
            }

            var declared = PrivacyDeclarations.Read(model.Compilation).LegalBases.Select(b => b.Purpose).Distinct()
                .Where(p => Taxonomy.PrivacyTaxonomy.TryGet(p, out _)).OrderBy(p => (int)p).ToList();
            return (category, read.ToList(), declared);
        }

        private static SyntaxNode? DeclarationAt(SyntaxNode root, Microsoft.CodeAnalysis.Text.TextSpan span)
        {
            var token = root.FindToken(span.Start);
            return token.Parent switch
            {
                VariableDeclaratorSyntax declarator => declarator,
                PropertyDeclarationSyntax property => property,
                ParameterSyntax parameter => parameter,
                _ => null,
            };
        }

        private static async Task<Document> AnnotateAsync(Document document, IReadOnlyList<(Microsoft.CodeAnalysis.Text.TextSpan Span, Category Category, IReadOnlyList<Purpose> Purposes)> work, CancellationToken cancellationToken)
        {
            if (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not CompilationUnitSyntax root)
            {
                return document;
            }

            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var newLine = text.ToString().Contains("\r\n") ? "\r\n" : "\n";
            var targets = new Dictionary<SyntaxNode, AttributeListSyntax>();
            foreach (var (span, category, purposes) in work)
            {
                var node = DeclarationAt(root, span) switch
                {
                    VariableDeclaratorSyntax declarator => declarator.Parent?.Parent,
                    var other => other,
                };
                if (node is null || targets.ContainsKey(node))
                {
                    continue;
                }

                var arguments = "(Category." + category + string.Concat(purposes.Select(p => ", Purpose." + p)) + ")";
                targets[node] = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(
                    SyntaxFactory.Attribute(SyntaxFactory.IdentifierName("PersonalData"), SyntaxFactory.ParseAttributeArgumentList(arguments))));
            }

            var newRoot = root.ReplaceNodes(targets.Keys, (original, rewritten) =>
            {
                var list = targets[original];
                switch (rewritten)
                {
                    case ParameterSyntax parameter:
                        return parameter.WithAttributeLists(parameter.AttributeLists.Insert(0, list.WithTrailingTrivia(SyntaxFactory.Space)));
                    case MemberDeclarationSyntax member:
                        var leading = member.GetLeadingTrivia();
                        var indentation = leading.Count > 0 && leading[leading.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia)
                            ? SyntaxFactory.TriviaList(leading[leading.Count - 1])
                            : SyntaxFactory.TriviaList();
                        var stripped = member.WithLeadingTrivia(indentation);
                        return stripped.WithAttributeLists(stripped.AttributeLists.Insert(0, list.WithLeadingTrivia(leading).WithTrailingTrivia(SyntaxFactory.EndOfLine(newLine))));
                    default:
                        return rewritten;
                }
            });

            if (newRoot is CompilationUnitSyntax unit)
            {
                var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                if (model is not null && !PrivacyUsings.IsImported(model, root, root.Members.FirstOrDefault()?.SpanStart ?? 0))
                {
                    newRoot = PrivacyUsings.AddUsing(unit, newLine);
                }
            }

            return document.WithSyntaxRoot(newRoot);
        }
    }
}
