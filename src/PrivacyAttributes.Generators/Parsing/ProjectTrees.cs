using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
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
    /// trees that differ are looked up (and, being few, not added to the per-tree memo: adding can
    /// wait on its lock). When every summary (fingerprint) equals the one at the same
    /// position, the previous array itself is reused, so the driver compares it in O(1). This is
    /// done only for a compilation that shares tree instances with the previous one (an edit of the
    /// same project), so independent compilations never share objects. <see cref="snapshot"/> is
    /// the only mutable state: it is never part of equality, any snapshot pairs each tree with its
    /// own summary and fingerprint, and a reader that sees an older one only does more lookups.
    /// </remarks>
    internal sealed class ProjectTrees : IEquatable<ProjectTrees>
    {
        /// <summary>Below this many new trees per thread, starting threads costs more than it saves.</summary>
        private const int MinimumTreesPerWorker = 128;

        private static readonly WeakReference<Snapshot?> Latest = new(null);
        private static readonly WeakReference<ProjectTrees?> LatestValue = new(null);

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
            if (LatestValue.TryGetTarget(out var latest) && latest is not null && latest.snapshot.Trees == current.Trees)
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
            // An ImmutableArray (no copy) for C#; any other compilation's trees are copied once.
            var current = compilation is CSharpCompilation csharp ? csharp.SyntaxTrees : ImmutableArray.CreateRange(compilation.SyntaxTrees);
            var previous = Latest.TryGetTarget(out var latest) ? latest : null;
            if (previous is not null && previous.Trees == current)
            {
                // The same trees (the other step of this run, or a compilation that differs only in
                // options or references): a snapshot is a function of the trees alone.
                return previous;
            }

            // Lockstep with the previous snapshot: only trees that are new instances are looked up,
            // and new arrays are made only when a summary or fingerprint differs.
            var shared = 0;
            List<int>? newTrees = null;
            for (var i = 0; i < current.Length; i++)
            {
                if (previous is not null && i < previous.Trees.Length && ReferenceEquals(previous.Trees[i], current[i]))
                {
                    shared++;
                    continue;
                }

                (newTrees ??= new List<int>()).Add(i);
            }

            // Unrelated (or resized): nothing is shared with the previous snapshot. Otherwise a few
            // trees were replaced in a project seen just before: their facts are not added to the
            // per-tree memo (see TreeSummary.Of); everything else is.
            var unrelated = previous is null || shared == 0 || previous.Trees.Length != current.Length;
            List<(int Index, TreeFacts Facts)>? changed = null;
            if (newTrees is not null)
            {
                var facts = new TreeFacts[newTrees.Count];
                ParallelWorkers.Run(
                    compilation,
                    newTrees.Count,
                    MinimumTreesPerWorker,
                    static () => 0,
                    (_, n) => facts[n] = TreeSummary.Of(current[newTrees[n]], cancellationToken, remember: unrelated),
                    cancellationToken);
                changed = new List<(int, TreeFacts)>(newTrees.Count);
                for (var n = 0; n < newTrees.Count; n++)
                {
                    changed.Add((newTrees[n], facts[n]));
                }
            }

            Snapshot snapshot;
            if (unrelated)
            {
                // Fresh arrays, nothing shared with another project's values.
                var summaries = new TreeSummary[current.Length];
                var fingerprints = new TreeFingerprint[current.Length];
                var next = 0;
                for (var i = 0; i < current.Length; i++)
                {
                    TreeFacts facts;
                    if (changed is not null && next < changed.Count && changed[next].Index == i)
                    {
                        facts = changed[next++].Facts;
                        summaries[i] = facts.Summary;
                        fingerprints[i] = facts.Fingerprint;
                    }
                    else
                    {
                        summaries[i] = previous!.Summaries[i];
                        fingerprints[i] = previous.Fingerprints[i];
                    }
                }

                snapshot = new Snapshot(current, EquatableArray<TreeSummary>.TakeOwnership(summaries), EquatableArray<TreeFingerprint>.TakeOwnership(fingerprints), related: false);
            }
            else
            {
                // The same project, a few trees replaced: keep each array unless one of its items differs.
                var earlier = previous!;
                var summariesChanged = false;
                var fingerprintsChanged = false;
                foreach (var (index, facts) in changed ?? [])
                {
                    summariesChanged |= !facts.Summary.Equals(earlier.Summaries[index]);
                    fingerprintsChanged |= !facts.Fingerprint.Equals(earlier.Fingerprints[index]);
                }

                snapshot = new Snapshot(
                    current,
                    summariesChanged ? Patch(earlier.Summaries, changed!, static facts => facts.Summary) : earlier.Summaries,
                    fingerprintsChanged ? Patch(earlier.Fingerprints, changed!, static facts => facts.Fingerprint) : earlier.Fingerprints,
                    related: true);
            }

            Latest.SetTarget(snapshot);
            return snapshot;
        }

        private static EquatableArray<T> Patch<T>(EquatableArray<T> previous, List<(int Index, TreeFacts Facts)> changed, Func<TreeFacts, T> select)
        {
            var items = new T[previous.Count];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = previous[i];
            }

            foreach (var (index, facts) in changed)
            {
                items[index] = select(facts);
            }

            return EquatableArray<T>.TakeOwnership(items);
        }

        /// <summary>One compilation's trees with their summaries and fingerprints.</summary>
        private sealed class Snapshot
        {
            public Snapshot(ImmutableArray<SyntaxTree> trees, EquatableArray<TreeSummary> summaries, EquatableArray<TreeFingerprint> fingerprints, bool related)
            {
                Trees = trees;
                Summaries = summaries;
                Fingerprints = fingerprints;
                Related = related;
            }

            public ImmutableArray<SyntaxTree> Trees { get; }

            public EquatableArray<TreeSummary> Summaries { get; }

            public EquatableArray<TreeFingerprint> Fingerprints { get; }

            /// <summary>Whether it was made from an earlier snapshot of the same project (shares tree instances).</summary>
            public bool Related { get; }
        }
    }
}
