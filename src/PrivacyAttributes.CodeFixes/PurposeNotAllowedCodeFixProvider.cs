using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using PrivacyAttributes.Analyzers;
using PrivacyAttributes.Analyzers.Rules;

namespace PrivacyAttributes.CodeFixes
{
    /// <summary>
    /// PRIV001: allow the purpose on the member (when it is declared in source), or declare one of the
    /// member's purposes on the method.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PurposeNotAllowedCodeFixProvider)), Shared]
    public sealed class PurposeNotAllowedCodeFixProvider : CodeFixProvider
    {
        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.PurposeNotAllowed);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || semanticModel is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                var missing = Split(diagnostic.Properties.GetValueOrDefault(PurposeLimitationAnalyzer.MissingPurposesProperty));
                var allowed = Split(diagnostic.Properties.GetValueOrDefault(PurposeLimitationAnalyzer.AllowedPurposesProperty));

                var member = PurposeAttributeEditor.ReferencedMember(semanticModel, node, context.CancellationToken);
                if (member is not null && missing.Length > 0 && PurposeAttributeEditor.FindPersonalDataAttribute(member, context.CancellationToken) is not null)
                {
                    var purposes = string.Join(", ", missing);
                    var memberName = (member.ContainingType is { } type && member is not IParameterSymbol ? type.Name + "." : string.Empty) + member.Name;
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            $"Allow {purposes} on '{memberName}'",
                            cancellationToken => PurposeAttributeEditor.AllowPurposesAsync(context.Document.Project.Solution, member, missing, cancellationToken),
                            CodeFixEquivalenceKeys.Prefix + "AllowPurpose." + string.Join(".", missing)),
                        diagnostic);
                }

                if (PurposeAttributeEditor.FindPurposeOwner(node) is { } owner)
                {
                    foreach (var purpose in allowed)
                    {
                        context.RegisterCodeFix(
                            CodeAction.Create(
                                $"Declare purpose {purpose} on '{PurposeAttributeEditor.OwnerName(owner)}'",
                                cancellationToken => PurposeAttributeEditor.DeclarePurposeAsync(context.Document, owner, purpose, cancellationToken),
                                CodeFixEquivalenceKeys.Prefix + "DeclarePurpose." + purpose),
                            diagnostic);
                    }
                }
            }
        }

        private static string[] Split(string? value) =>
            string.IsNullOrEmpty(value) ? System.Array.Empty<string>() : value!.Split(',').Where(part => part.Length > 0).ToArray();
    }
}
