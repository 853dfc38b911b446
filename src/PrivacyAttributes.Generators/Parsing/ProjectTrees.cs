using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using PrivacyAttributes.Roslyn;

namespace PrivacyAttributes.Generators.Parsing
{
    /// <summary>
    /// Every syntax tree's <see cref="TreeSummary"/>, in the compilation's order: one value for the
    /// whole project, so the driver keeps one entry instead of one per tree (at 10,000 trees its
    /// per-entry bookkeeping alone cost several milliseconds per run). Equality is that of the
    /// summaries. The trees' fingerprints are a separate value (<see cref="Fingerprints"/>), so an
    /// edit that changes binding inside a body leaves this one, and the project-wide name filter
    /// after it, unchanged.
    /// </summary>
    /// <remarks>
    /// Reuse. Each summary and fingerprint is a function of its tree instance alone, so it is
    /// remembered per instance (<see cref="TreeSummary.Of"/>). To avoid even one lookup per tree,
    /// the latest <see cref="Snapshot"/> remembers the tree instances it was made from: the next
    /// compilation's trees are compared with them by reference, position by position, and only the
    /// trees that differ are looked up. When every summary (fingerprint) equals the one at the same
    /// position, the previous array itself is reused, so the driver compares it in O(1). This is
    /// done only for a compilation that shares tree instances with the previous one (an edit of the
    /// same project), so independent compilations never share objects. <see cref="snapshot"/> is
    /// the only mutable state: it is never part of equality, any snapshot pairs each tree with its
    /// own summary and fingerprint, and a reader that sees an older one only does more lookups.
    /// </remarks>
    internal sealed class ProjectTrees : IEquatable<ProjectTrees>
    {
        private static readonly WeakReference<Snapshot?> Latest = new(null);
        private static readonly WeakReference<ProjectTrees?> LatestValue = new(null);
        private static readonly ConditionalWeakTable<Compilation, Snapshot> PerCompilation = new();

        // Keeps the latest snapshot (and so its tree instances) alive while the driver holds this value.
        private volatile Snapshot snapshot;

        private ProjectTrees(Snapshot snapshot)
        {
            this.snapshot = snapshot;
            Summaries = snapshot.Summaries;
        }

        public EquatableArray<TreeSummary> Summaries { get; }

        /// <summary>The summaries of the compilation's trees.</summary>
        public static ProjectTrees Create(Compilation compilation, CancellationToken cancellationToken)
        {
            var current = SnapshotOf(compilation, cancellationToken);
            if (LatestValue.TryGetTarget(out var latest) && latest is not null && ReferenceEquals(latest.snapshot.Trees, current.Trees))
            {
                return latest;
            }

            if (latest is not null && current.Related && latest.Summaries.Equals(current.Summaries))
            {
                // The same summaries (the same array, see SnapshotOf): the earlier value, now for these trees.
                latest.snapshot = current;
                return latest;
            }

            var result = new ProjectTrees(current);
            LatestValue.SetTarget(result);
            return result;
        }

        /// <summary>The fingerprints of the compilation's trees.</summary>
        public static EquatableArray<TreeFingerprint> Fingerprints(Compilation compilation, CancellationToken cancellationToken) =>
            SnapshotOf(compilation, cancellationToken).Fingerprints;

        public bool Equals(ProjectTrees? other) => other is not null && (ReferenceEquals(this, other) || Summaries.Equals(other.Summaries));

        public override bool Equals(object? obj) => Equals(obj as ProjectTrees);

        public override int GetHashCode() => Summaries.Count;

        private static Snapshot SnapshotOf(Compilation compilation, CancellationToken cancellationToken)
        {
            if (PerCompilation.TryGetValue(compilation, out var known))
            {
                return known;
            }

            var current = new List<SyntaxTree>(compilation.SyntaxTrees).ToArray();
            var previous = Latest.TryGetTarget(out var latest) ? latest : null;
            var summaries = new TreeSummary[current.Length];
            var fingerprints = new TreeFingerprint[current.Length];
            var shared = 0;
            var sameSummaries = previous is not null && previous.Trees.Length == current.Length;
            var sameFingerprints = sameSummaries;
            for (var i = 0; i < current.Length; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (previous is not null && i < previous.Trees.Length && ReferenceEquals(previous.Trees[i], current[i]))
                {
                    summaries[i] = previous.Summaries[i];
                    fingerprints[i] = previous.Fingerprints[i];
                    shared++;
                    continue;
                }

                var facts = TreeSummary.Of(current[i], cancellationToken);
                summaries[i] = facts.Summary;
                fingerprints[i] = facts.Fingerprint;
                if (previous is not null && i < previous.Trees.Length)
                {
                    if (summaries[i].Equals(previous.Summaries[i]))
                    {
                        // An edit that changed nothing the summary holds: keep the earlier (equal) object.
                        summaries[i] = previous.Summaries[i];
                    }
                    else
                    {
                        sameSummaries = false;
                    }

                    sameFingerprints &= fingerprints[i].Equals(previous.Fingerprints[i]);
                }
            }

            var related = previous is not null && shared > 0;
            var snapshot = new Snapshot(
                current,
                related && sameSummaries ? previous!.Summaries : new EquatableArray<TreeSummary>(summaries),
                related && sameFingerprints ? previous!.Fingerprints : new EquatableArray<TreeFingerprint>(fingerprints),
                related);
            Latest.SetTarget(snapshot);
            return PerCompilation.GetValue(compilation, _ => snapshot);
        }

        /// <summary>One compilation's trees with their summaries and fingerprints.</summary>
        private sealed class Snapshot
        {
            public Snapshot(SyntaxTree[] trees, EquatableArray<TreeSummary> summaries, EquatableArray<TreeFingerprint> fingerprints, bool related)
            {
                Trees = trees;
                Summaries = summaries;
                Fingerprints = fingerprints;
                Related = related;
            }

            public SyntaxTree[] Trees { get; }

            public EquatableArray<TreeSummary> Summaries { get; }

            public EquatableArray<TreeFingerprint> Fingerprints { get; }

            /// <summary>Whether it was made from an earlier snapshot of the same project (shares tree instances).</summary>
            public bool Related { get; }
        }
    }
}
