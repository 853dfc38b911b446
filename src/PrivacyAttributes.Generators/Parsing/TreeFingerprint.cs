using System;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace PrivacyAttributes.Generators.Parsing
{
    /// <summary>
    /// What in a tree can change how it binds or the lines the inventory records: its path and two
    /// independent 64-bit hashes over its tokens with their lines (see
    /// <see cref="TreeSummary.FingerprintHashes"/>), computed only when two fingerprints of different
    /// tree instances are compared.
    /// </summary>
    /// <remarks>
    /// Fingerprints only serve the code gate, which compares a run's fingerprints with the previous
    /// run's. A build runs the generator once, so nothing is ever compared and hashing every token of
    /// every file was pure cost (about a sixth of the tree summaries of a first run). In the IDE most
    /// trees of the next compilation are the same instances, which are equal without hashing; only
    /// edited trees are hashed, the old version and the new one once each. Until it is hashed a
    /// fingerprint holds its tree: the driver keeps the previous run's fingerprints, so at most one
    /// earlier version of each edited file stays alive until the next run compares it.
    /// </remarks>
    internal sealed class TreeFingerprint : IEquatable<TreeFingerprint>
    {
        private readonly object gate = new();
        private SyntaxTree? tree;
        private long first;
        private long second;

        public TreeFingerprint(SyntaxTree tree)
        {
            this.tree = tree;
            Path = tree.FilePath;
        }

        public string Path { get; }

        /// <summary>Whether the tree has been hashed (a comparison needed it).</summary>
        internal bool IsHashed => PendingTree is null;

        public bool Equals(TreeFingerprint? other)
        {
            if (other is null)
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

            // A fingerprint is a function of its tree instance alone.
            var mine = PendingTree;
            if (mine is not null && ReferenceEquals(mine, other.PendingTree))
            {
                return true;
            }

            var (myFirst, mySecond) = Hashes();
            var (otherFirst, otherSecond) = other.Hashes();
            return myFirst == otherFirst && mySecond == otherSecond;
        }

        public override bool Equals(object? obj) => Equals(obj as TreeFingerprint);

        // From the path alone, so hashing a set of fingerprints does not hash their trees.
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Path);

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

        private (long First, long Second) Hashes()
        {
            lock (gate)
            {
                if (tree is not null)
                {
                    // Equality has no cancellation token; a tree's hashes take a few milliseconds at most.
                    (first, second) = TreeSummary.FingerprintHashes(tree, CancellationToken.None);
                    tree = null;
                }

                return (first, second);
            }
        }
    }
}
