using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using DeferredModel = PrivacyAttributes.Analyzers.Flow.DeferredModel;
using PrivacyCompilationModel = PrivacyAttributes.Analyzers.Flow.PrivacyCompilationModel;
using PrivacyAttributes.Roslyn;

namespace PrivacyAttributes.Analyzers.Internals
{
    /// <summary>
    /// The shape every rule about a single <c>[PersonalData]</c> shares: nothing to do in a compilation
    /// without the package, the declarations in force and each symbol's annotations read once per
    /// compilation (shared with the other rules through <see cref="PrivacyCompilationModel"/>), and one
    /// call per annotation written in source.
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
                if (DeferredModel.Start(start.Compilation) is not { } deferred)
                {
                    return;
                }

                start.RegisterSymbolAction(
                    symbolContext =>
                    {
                        if (deferred.Value is not { } model)
                        {
                            return;
                        }

                        var items = model.AnnotatedMembersOf(symbolContext.Symbol);
                        if (items.IsEmpty)
                        {
                            return;
                        }

                        var declarations = model.Declarations;
                        foreach (var item in items)
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
