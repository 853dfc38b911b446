using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAttributes.Analyzers.Internals
{
    /// <summary>
    /// Diagnostics about assembly-level attributes, computed once per compilation and reported from a
    /// syntax-tree action for the tree they are written in, so they appear live in the IDE (a
    /// compilation-end action would only run in full-solution analysis).
    /// </summary>
    internal sealed class AssemblyDiagnostics
    {
        private readonly Func<CancellationToken, ImmutableArray<Diagnostic>> compute;
        private readonly object gate = new();
        private ImmutableArray<Diagnostic> computed;

        private AssemblyDiagnostics(Func<CancellationToken, ImmutableArray<Diagnostic>> compute) => this.compute = compute;

        /// <summary>Registers <paramref name="compute"/> (run at most once) and reports its results per syntax tree.</summary>
        public static void Register(CompilationStartAnalysisContext context, Func<CancellationToken, IEnumerable<Diagnostic>> compute)
        {
            var diagnostics = new AssemblyDiagnostics(token => ImmutableArray.CreateRange(compute(token)));
            context.RegisterSyntaxTreeAction(treeContext =>
            {
                foreach (var diagnostic in diagnostics.Get(treeContext.CancellationToken))
                {
                    if (diagnostic.Location.SourceTree == treeContext.Tree)
                    {
                        treeContext.ReportDiagnostic(diagnostic);
                    }
                }
            });
        }

        private ImmutableArray<Diagnostic> Get(CancellationToken cancellationToken)
        {
            lock (gate)
            {
                if (computed.IsDefault)
                {
                    computed = compute(cancellationToken);
                }

                return computed;
            }
        }
    }
}
