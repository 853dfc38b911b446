using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAttributes.Roslyn;

namespace PrivacyAttributes.Generators.Parsing
{
    /// <summary>
    /// The current compilation, held weakly, with the parts of it that are not syntax and that
    /// binding depends on: the assembly name, the options and the metadata references (by instance).
    /// A new handle is made for every compilation; the gates below compare only the context, so a
    /// gate that finds nothing relevant changed keeps its previous value without keeping that
    /// value's (older) compilation alive.
    /// </summary>
    internal sealed class CompilationHandle
    {
        private readonly WeakReference<Compilation> compilation;

        public CompilationHandle(Compilation compilation)
        {
            this.compilation = new WeakReference<Compilation>(compilation);
            AssemblyName = compilation.AssemblyName ?? string.Empty;
            Options = compilation.Options;
            References = compilation.ExternalReferences;
        }

        public string AssemblyName { get; }

        public CompilationOptions Options { get; }

        public ImmutableArray<MetadataReference> References { get; }

        /// <summary>
        /// The compilation. A gate passes a handle on only when it differs from the previous one,
        /// that is during the run of the compilation it was made for, which the driver holds.
        /// </summary>
        public Compilation Compilation => compilation.TryGetTarget(out var target)
            ? target
            : throw new InvalidOperationException("The compilation of a gate that was passed on is no longer alive.");

        public bool SameContext(CompilationHandle other)
        {
            if (ReferenceEquals(this, other))
            {
                return true;
            }

            if (!string.Equals(AssemblyName, other.AssemblyName, StringComparison.Ordinal)
                || (!ReferenceEquals(Options, other.Options) && !Options.Equals(other.Options))
                || References.Length != other.References.Length)
            {
                return false;
            }

            if (References == other.References)
            {
                return true;
            }

            for (var i = 0; i < References.Length; i++)
            {
                if (!ReferenceEquals(References[i], other.References[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// Equality of the semantic pass's inputs: equal tree summaries and fingerprints (the same
    /// arrays while nothing changed, compared in O(1)) and the same compilation context.
    /// </summary>
    internal sealed class CodeGate : IEqualityComparer<(((ProjectSyntax Project, ProjectTrees Trees) Syntax, EquatableArray<TreeFingerprint> Fingerprints) Keys, CompilationHandle Compilation)>
    {
        public static readonly CodeGate Instance = new();

        public bool Equals(
            (((ProjectSyntax Project, ProjectTrees Trees) Syntax, EquatableArray<TreeFingerprint> Fingerprints) Keys, CompilationHandle Compilation) x,
            (((ProjectSyntax Project, ProjectTrees Trees) Syntax, EquatableArray<TreeFingerprint> Fingerprints) Keys, CompilationHandle Compilation) y) =>
            x.Keys.Fingerprints.Equals(y.Keys.Fingerprints)
            && x.Keys.Syntax.Trees.Equals(y.Keys.Syntax.Trees)
            && (ReferenceEquals(x.Keys.Syntax.Project, y.Keys.Syntax.Project) || x.Keys.Syntax.Project.Equals(y.Keys.Syntax.Project))
            && x.Compilation.SameContext(y.Compilation);

        public int GetHashCode((((ProjectSyntax Project, ProjectTrees Trees) Syntax, EquatableArray<TreeFingerprint> Fingerprints) Keys, CompilationHandle Compilation) obj) =>
            obj.Keys.Syntax.Project.GetHashCode();
    }

    /// <summary>
    /// Equality of the assembly-level inputs: the same text outside member bodies in every file
    /// (<see cref="ProjectSyntax"/>) and the same compilation context.
    /// </summary>
    internal sealed class DeclarationGate : IEqualityComparer<(ProjectSyntax Project, CompilationHandle Compilation)>
    {
        public static readonly DeclarationGate Instance = new();

        public bool Equals((ProjectSyntax Project, CompilationHandle Compilation) x, (ProjectSyntax Project, CompilationHandle Compilation) y) =>
            (ReferenceEquals(x.Project, y.Project) || x.Project.Equals(y.Project))
            && x.Compilation.SameContext(y.Compilation);

        public int GetHashCode((ProjectSyntax Project, CompilationHandle Compilation) obj) => obj.Project.GetHashCode();
    }
}
