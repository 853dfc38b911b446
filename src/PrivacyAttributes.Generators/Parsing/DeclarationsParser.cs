using System.Threading;
using Microsoft.CodeAnalysis;
using PrivacyAttributes.Generators.Model;
using PrivacyAttributes.Roslyn;

namespace PrivacyAttributes.Generators.Parsing
{
    /// <summary>Reads the assembly-level declarations in force into an equatable model.</summary>
    internal static class DeclarationsParser
    {
        public static DeclarationsModel Parse(Compilation compilation, CancellationToken cancellationToken)
        {
            var declarations = PrivacyDeclarations.Read(compilation);
            return new DeclarationsModel(
                compilation.AssemblyName ?? string.Empty,
                declarations.Controller,
                new EquatableArray<LegalBasisDeclaration>(declarations.LegalBases),
                new EquatableArray<RecipientDeclaration>(declarations.Recipients),
                new EquatableArray<RetentionDeclaration>(declarations.Retentions));
        }
    }
}
