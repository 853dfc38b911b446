using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using DeferredModel = PrivacyAttributes.Analyzers.Flow.DeferredModel;

namespace PrivacyAttributes.Analyzers.Internals
{
    /// <summary>
    /// The shape every rule about this assembly's own declarations shares: nothing to do when the
    /// attribute it checks is not referenced, the check computed once per compilation and reported in
    /// the file that holds each declaration (see <see cref="AssemblyDiagnostics"/>).
    /// </summary>
    public abstract class AssemblyAttributeAnalyzer : DiagnosticAnalyzer
    {
        private readonly string attributeMetadataName;

        private protected AssemblyAttributeAnalyzer(string attributeMetadataName) => this.attributeMetadataName = attributeMetadataName;

        /// <inheritdoc />
        public sealed override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                // With the package's assembly among the references, the attribute type is looked up when the
                // diagnostics are first computed rather than now, which would bind the references: see DeferredModel.
                var compilation = start.Compilation;
                if (!DeferredModel.ReferencesPackageAssembly(compilation) && compilation.GetTypeByMetadataName(attributeMetadataName) is null)
                {
                    return;
                }

                AssemblyDiagnostics.Register(
                    start,
                    token => compilation.GetTypeByMetadataName(attributeMetadataName) is null ? Array.Empty<Diagnostic>() : Analyze(compilation.Assembly, token));
            });
        }

        /// <summary>The diagnostics about <paramref name="assembly"/>'s own declarations.</summary>
        private protected abstract IEnumerable<Diagnostic> Analyze(IAssemblySymbol assembly, CancellationToken cancellationToken);
    }
}
