using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAttributes.Roslyn;

namespace PrivacyAttributes.Analyzers.Internals
{
    /// <summary>
    /// The shape every rule about a single <c>[PersonalData]</c> shares: nothing to do in a compilation
    /// without the package, the declarations in force read once per compilation, and one call per
    /// annotation written in source.
    /// </summary>
    public abstract class AnnotatedMemberAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public sealed override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                if (start.Compilation.GetTypeByMetadataName(AttributeNames.PersonalData) is null)
                {
                    return;
                }

                var declarations = PrivacyDeclarations.Read(start.Compilation);
                start.RegisterSymbolAction(
                    symbolContext =>
                    {
                        foreach (var item in AnnotatedMembers.Of(symbolContext.Symbol))
                        {
                            AnalyzeMember(symbolContext, item, declarations);
                        }
                    },
                    AnnotatedMembers.SymbolKinds);
            });
        }

        /// <summary>Checks one annotation; <paramref name="declarations"/> are this assembly's and its references'.</summary>
        private protected abstract void AnalyzeMember(SymbolAnalysisContext context, AnnotatedMember item, PrivacyDeclarations declarations);
    }
}
