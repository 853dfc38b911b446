using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PrivacyAttributes.Analyzers.Flow;

namespace PrivacyAttributes.CodeFixes
{
    /// <summary>Syntax edits shared by the purpose fixes: find the code a purpose is declared on, and write <c>[ProcessingPurpose]</c> there.</summary>
    internal static class PurposeAttributeEditor
    {
        /// <summary>
        /// The method, constructor, accessor or local function whose <c>[ProcessingPurpose]</c> would
        /// govern <paramref name="node"/>. Lambdas are skipped (an attribute on a lambda is rarely
        /// what a developer wants); expression-bodied properties, initializers and anything outside a
        /// body give null, as there is nothing to put the attribute on.
        /// </summary>
        public static SyntaxNode? FindPurposeOwner(SyntaxNode node)
        {
            foreach (var ancestor in node.AncestorsAndSelf())
            {
                switch (ancestor)
                {
                    case LocalFunctionStatementSyntax:
                    case AccessorDeclarationSyntax:
                    case MethodDeclarationSyntax:
                    case ConstructorDeclarationSyntax:
                        return ancestor;
                    case MemberDeclarationSyntax:
                        return null;
                }
            }

            return null;
        }

        /// <summary>A name for the owner in a code action title: the method's name, or <c>get</c> for an accessor.</summary>
        public static string OwnerName(SyntaxNode owner) => owner switch
        {
            LocalFunctionStatementSyntax local => local.Identifier.ValueText,
            MethodDeclarationSyntax method => method.Identifier.ValueText,
            ConstructorDeclarationSyntax constructor => constructor.Identifier.ValueText,
            AccessorDeclarationSyntax accessor => accessor.Keyword.ValueText,
            _ => "the method",
        };

        /// <summary>Sets the owner's <c>[ProcessingPurpose]</c> to exactly <paramref name="purpose"/>, replacing one that is there.</summary>
        public static async Task<Document> DeclarePurposeAsync(Document document, SyntaxNode owner, string purpose, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            var arguments = SyntaxFactory.ParseAttributeArgumentList("(Purpose." + purpose + ")");
            var existing = AttributeLists(owner).SelectMany(list => list.Attributes).FirstOrDefault(attribute => IsNamed(attribute, "ProcessingPurpose"));
            SyntaxNode newOwner;
            if (existing is not null)
            {
                newOwner = owner.ReplaceNode(existing, existing.WithArgumentList(arguments));
            }
            else
            {
                var attribute = SyntaxFactory.Attribute(SyntaxFactory.IdentifierName("ProcessingPurpose"), arguments);
                newOwner = AddAttributeList(owner, SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute)));
            }

            var newRoot = EnsurePrivacyAttributesUsing(root.ReplaceNode(owner, newOwner));
            return document.WithSyntaxRoot(newRoot);
        }

        /// <summary>Adds <paramref name="purposes"/> to the member's <c>[PersonalData]</c>, in whatever document declares it.</summary>
        public static async Task<Solution> AllowPurposesAsync(Solution solution, ISymbol member, IReadOnlyList<string> purposes, CancellationToken cancellationToken)
        {
            if (FindPersonalDataAttribute(member, cancellationToken) is not { } attribute
                || solution.GetDocument(attribute.SyntaxTree) is not { } document
                || await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } root)
            {
                return solution;
            }

            var existing = new HashSet<string>(
                attribute.ArgumentList?.Arguments.Select(argument => argument.Expression.ToString().Split('.').Last()) ?? Enumerable.Empty<string>(),
                StringComparer.Ordinal);
            var arguments = attribute.ArgumentList?.Arguments ?? default;
            var insertAt = 0;
            while (insertAt < arguments.Count && arguments[insertAt].NameEquals is null)
            {
                insertAt++;
            }

            foreach (var purpose in purposes)
            {
                if (existing.Add(purpose))
                {
                    arguments = arguments.Insert(insertAt++, SyntaxFactory.AttributeArgument(SyntaxFactory.ParseExpression("Purpose." + purpose)));
                }
            }

            var newAttribute = attribute.WithArgumentList(SyntaxFactory.AttributeArgumentList(arguments));
            return solution.WithDocumentSyntaxRoot(document.Id, EnsurePrivacyAttributesUsing(root.ReplaceNode(attribute, newAttribute)));
        }

        /// <summary>The <c>[PersonalData]</c> syntax on a member declared in source, or null.</summary>
        public static AttributeSyntax? FindPersonalDataAttribute(ISymbol member, CancellationToken cancellationToken)
        {
            foreach (var reference in member.DeclaringSyntaxReferences)
            {
                var node = reference.GetSyntax(cancellationToken);
                if (node is VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax field })
                {
                    node = field;
                }

                var returnTarget = member is IMethodSymbol;
                foreach (var list in AttributeLists(node))
                {
                    var isReturnList = list.Target?.Identifier.IsKind(SyntaxKind.ReturnKeyword) == true;
                    if (isReturnList != returnTarget)
                    {
                        continue;
                    }

                    foreach (var attribute in list.Attributes)
                    {
                        if (IsNamed(attribute, "PersonalData"))
                        {
                            return attribute;
                        }
                    }
                }
            }

            return null;
        }

        /// <summary>The personal-data member a diagnostic sits on (a reference or an annotated call).</summary>
        public static ISymbol? ReferencedMember(SemanticModel model, SyntaxNode node, CancellationToken cancellationToken) =>
            model.GetOperation(node, cancellationToken) is { } operation ? PersonalDataUse.ReferencedMember(operation) : null;

        private static SyntaxList<AttributeListSyntax> AttributeLists(SyntaxNode node) => node switch
        {
            MemberDeclarationSyntax member => member.AttributeLists,
            LocalFunctionStatementSyntax local => local.AttributeLists,
            AccessorDeclarationSyntax accessor => accessor.AttributeLists,
            ParameterSyntax parameter => parameter.AttributeLists,
            _ => default,
        };

        private static SyntaxNode AddAttributeList(SyntaxNode owner, AttributeListSyntax list)
        {
            // The new list takes the declaration's leading trivia (comments, indentation); the
            // declaration keeps only its indentation, on the next line.
            var leading = owner.GetLeadingTrivia();
            var indentation = SyntaxFactory.TriviaList(leading.Reverse().TakeWhile(trivia => trivia.IsKind(SyntaxKind.WhitespaceTrivia)).Reverse());
            var endOfLine = owner.DescendantTrivia().FirstOrDefault(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia));
            list = list.WithLeadingTrivia(leading).WithTrailingTrivia(endOfLine.IsKind(SyntaxKind.EndOfLineTrivia) ? endOfLine : SyntaxFactory.CarriageReturnLineFeed);
            var bare = owner.WithLeadingTrivia(indentation);
            return bare switch
            {
                MemberDeclarationSyntax member => member.WithAttributeLists(member.AttributeLists.Insert(0, list)),
                LocalFunctionStatementSyntax local => local.WithAttributeLists(local.AttributeLists.Insert(0, list)),
                AccessorDeclarationSyntax accessor => accessor.WithAttributeLists(accessor.AttributeLists.Insert(0, list)),
                _ => owner,
            };
        }

        private static bool IsNamed(AttributeSyntax attribute, string name)
        {
            var text = attribute.Name switch
            {
                QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
                SimpleNameSyntax simple => simple.Identifier.ValueText,
                _ => attribute.Name.ToString(),
            };
            return string.Equals(text, name, StringComparison.Ordinal) || string.Equals(text, name + "Attribute", StringComparison.Ordinal);
        }

        private static SyntaxNode EnsurePrivacyAttributesUsing(SyntaxNode root)
        {
            if (root is not CompilationUnitSyntax unit
                || unit.Usings.Any(u => u.Name?.ToString() == "PrivacyAttributes")
                || unit.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<BaseNamespaceDeclarationSyntax>().Any(n => n.Usings.Any(u => u.Name?.ToString() == "PrivacyAttributes")))
            {
                return root;
            }

            return unit.AddUsings(SyntaxFactory.UsingDirective(SyntaxFactory.ParseName("PrivacyAttributes")).WithTrailingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed));
        }
    }
}
