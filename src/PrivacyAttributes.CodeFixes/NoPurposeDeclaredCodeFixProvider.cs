using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using PrivacyAttributes.Analyzers;
using PrivacyAttributes.Analyzers.Rules;

namespace PrivacyAttributes.CodeFixes
{
    /// <summary>PRIV002: add <c>[ProcessingPurpose]</c> to the method, one action per purpose the data allows.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NoPurposeDeclaredCodeFixProvider)), Shared]
    public sealed class NoPurposeDeclaredCodeFixProvider : CodeFixProvider
    {
        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.NoPurposeDeclared);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                if (PurposeAttributeEditor.FindPurposeOwner(node) is not { } owner
                    || diagnostic.Properties.GetValueOrDefault(PurposeLimitationAnalyzer.AllowedPurposesProperty) is not { Length: > 0 } allowed)
                {
                    continue;
                }

                foreach (var purpose in allowed.Split(','))
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
}
