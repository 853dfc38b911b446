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
using Microsoft.CodeAnalysis.Simplification;
using PrivacyAttributes.Analyzers;
using PrivacyAttributes.Roslyn;

namespace PrivacyAttributes.CodeFixes
{
    /// <summary>
    /// PRIV003: wrap the leaking value in a call to one of the project's <c>[Anonymizes]</c> methods,
    /// one action per accessible static method whose single required parameter accepts the value.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AnonymizeValueCodeFixProvider)), Shared]
    public sealed class AnonymizeValueCodeFixProvider : CodeFixProvider
    {
        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.PersonalDataReachesSink);

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

            List<IMethodSymbol>? anonymizers = null;
            foreach (var diagnostic in context.Diagnostics)
            {
                var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                var expression = node is ArgumentSyntax argument ? argument.Expression : node as ExpressionSyntax;
                if (expression is null || semanticModel.GetTypeInfo(expression, context.CancellationToken).Type is not { } valueType)
                {
                    continue;
                }

                anonymizers ??= FindAnonymizers(semanticModel.Compilation, context.CancellationToken);
                foreach (var method in anonymizers)
                {
                    if (!semanticModel.IsAccessible(expression.SpanStart, method)
                        || !semanticModel.Compilation.ClassifyCommonConversion(valueType, method.Parameters[0].Type).IsImplicit)
                    {
                        continue;
                    }

                    var title = $"Anonymize with {method.ContainingType.Name}.{method.Name}";
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            title,
                            cancellationToken => WrapAsync(context.Document, expression, method, cancellationToken),
                            CodeFixEquivalenceKeys.Prefix + "Anonymize." + (method.GetDocumentationCommentId() ?? method.Name)),
                        diagnostic);
                }
            }
        }

        /// <summary>Static <c>[Anonymizes]</c> methods of the project that take one value (further parameters optional), by name.</summary>
        private static List<IMethodSymbol> FindAnonymizers(Compilation compilation, CancellationToken cancellationToken) =>
            compilation.GetSymbolsWithName(_ => true, SymbolFilter.Member, cancellationToken)
                .OfType<IMethodSymbol>()
                .Where(method => method.IsStatic
                    && method.MethodKind == MethodKind.Ordinary
                    && !method.IsGenericMethod
                    && method.Parameters.Length >= 1
                    && method.Parameters.Skip(1).All(parameter => parameter.IsOptional || parameter.IsParams)
                    && AnnotationReader.Find(method, PrivacyAttributeKind.Anonymizes) is not null)
                .OrderBy(method => method.ToDisplayString(), System.StringComparer.Ordinal)
                .ToList();

        private static async Task<Document> WrapAsync(Document document, ExpressionSyntax expression, IMethodSymbol method, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            var callee = SyntaxFactory.ParseExpression(method.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + method.Name)
                .WithAdditionalAnnotations(Simplifier.Annotation);
            var call = SyntaxFactory.InvocationExpression(
                    callee,
                    SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(expression.WithoutTrivia()))))
                .WithTriviaFrom(expression);
            return document.WithSyntaxRoot(root.ReplaceNode(expression, call));
        }
    }
}
