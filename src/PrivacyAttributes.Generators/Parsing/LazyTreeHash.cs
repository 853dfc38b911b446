using System;
using Microsoft.CodeAnalysis;

namespace PrivacyAttributes.Generators.Parsing
{
    /// <summary>
    /// A hash of one tree, computed only when it is compared with the hash of another instance of a
    /// tree with the same path: a function of the tree instance alone, so two hashes of the same
    /// instance are equal without hashing.
    /// </summary>
    /// <remarks>
    /// These hashes only serve the gates, which compare a run's inputs with the previous run's. A build
    /// runs the generator once, so nothing is ever compared, and hashing every file was pure cost. In
    /// the IDE most trees of the next compilation are the same instances; only edited trees are hashed,
    /// the old version and the new one once each. Until it is hashed, a hash holds its tree: the driver
    /// keeps the previous run's values, so at most one earlier version of each edited file stays alive
    /// until the next run compares it.
    /// </remarks>
    internal abstract class LazyTreeHash
    {
        private readonly object gate = new();
        private SyntaxTree? tree;
        private long first;
        private long second;

        protected LazyTreeHash(SyntaxTree tree)
        {
            this.tree = tree;
            Path = tree.FilePath;
        }

        public string Path { get; }

        /// <summary>Whether the tree has been hashed (a comparison needed it).</summary>
        internal bool IsHashed => PendingTree is null;

        private SyntaxTree? PendingTree
        {
            get
            {
                lock (gate)
                {
                    return tree;
                }
            }
        }

        // From the path alone, so hashing a set of these does not hash their trees.
        public sealed override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Path);

        /// <summary>Equal to a hash of the same kind, path and tree instance, or, hashed, of the same hashes.</summary>
        public sealed override bool Equals(object? obj) => SameHash(obj as LazyTreeHash);

        /// <summary>The hashes of <paramref name="tree"/>; equality has no cancellation token, and one tree takes a few milliseconds at most.</summary>
        protected abstract (long First, long Second) Compute(SyntaxTree tree);

        private bool SameHash(LazyTreeHash? other)
        {
            if (other is null || other.GetType() != GetType())
            {
                return false;
            }

            if (ReferenceEquals(this, other))
            {
                return true;
            }

            if (!string.Equals(Path, other.Path, StringComparison.Ordinal))
            {
                return false;
            }

            var mine = PendingTree;
            if (mine is not null && ReferenceEquals(mine, other.PendingTree))
            {
                return true;
            }

            var (myFirst, mySecond) = Hashes();
            var (otherFirst, otherSecond) = other.Hashes();
            return myFirst == otherFirst && mySecond == otherSecond;
        }

        private (long First, long Second) Hashes()
        {
            lock (gate)
            {
                if (tree is not null)
                {
                    (first, second) = Compute(tree);
                    tree = null;
                }

                return (first, second);
            }
        }
    }
}
