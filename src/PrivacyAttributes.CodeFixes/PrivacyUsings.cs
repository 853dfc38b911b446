using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PrivacyAttributes.CodeFixes
{
    /// <summary>Makes the package's names usable without qualification in a file.</summary>
    internal static class PrivacyUsings
    {
        /// <summary>Whether <c>Purpose</c> already binds to <c>PrivacyAttributes.Purpose</c> in <paramref name="root"/> (usings, global usings, namespace).</summary>
        public static bool IsImported(SemanticModel model, CompilationUnitSyntax root, int position)
        {
            foreach (var symbol in model.LookupNamespacesAndTypes(position, name: "Purpose"))
            {
                if (symbol is INamedTypeSymbol { ContainingNamespace: { Name: "PrivacyAttributes", ContainingNamespace.IsGlobalNamespace: true } })
                {
                    return true;
                }
            }

            return root.Usings.Any(u => u.Name?.ToString() == "PrivacyAttributes" && u.Alias is null && u.StaticKeyword.IsKind(SyntaxKind.None));
        }

        /// <summary>Adds <c>using PrivacyAttributes;</c> after the other usings.</summary>
        public static CompilationUnitSyntax AddUsing(CompilationUnitSyntax root, string newLine)
        {
            var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName("PrivacyAttributes"))
                .WithTrailingTrivia(SyntaxFactory.EndOfLine(newLine));
            return root.AddUsings(directive);
        }
    }
}
