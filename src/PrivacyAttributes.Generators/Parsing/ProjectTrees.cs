using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using PrivacyAttributes.Roslyn;

namespace PrivacyAttributes.Generators.Parsing
{
    /// <summary>
    /// Every syntax tree's <see cref="TreeSummary"/>, in the compilation's order: one value for the
    /// whole project, so the driver keeps one entry instead of one per tree (at 10,000 trees its
    /// per-entry bookkeeping alone cost several milliseconds per run). Equality is that of the
    /// summaries.
    /// </summary>
    /// <remarks>
    /// Reuse. Each summary is a function of its tree instance alone (text, path, parse options), so
    /// it is remembered per instance (<see cref="TreeSummary.Of"/>). To avoid even one lookup per
    /// tree, the latest value also remembers the tree instances it was made from: the next
    /// compilation's trees are compared with them by reference, position by position, and only the
    /// trees that differ are looked up. When every summary equals the one at the same position before, the
    /// previous value itself is returned (with the new tree instances), so the driver compares it in
    /// O(1) and finds it unchanged. <see cref="trees"/> is the only mutable state: it is never part
    /// of equality, any value of it pairs each tree with its own summary, and a reader that sees an
    /// older one only does more lookups.
    /// </remarks>
    internal sealed class ProjectTrees : IEquatable<ProjectTrees>
    {
        private static readonly WeakReference<ProjectTrees?> Latest = new(null);

        private volatile SyntaxTree[] trees;

        private ProjectTrees(SyntaxTree[] trees, EquatableArray<TreeSummary> summaries)
        {
            this.trees = trees;
            Summaries = summaries;
        }

        public EquatableArray<TreeSummary> Summaries { get; }

        public static ProjectTrees Create(Compilation compilation, CancellationToken cancellationToken)
        {
            var current = new List<SyntaxTree>(compilation.SyntaxTrees).ToArray();
            var previous = Latest.TryGetTarget(out var latest) ? latest : null;
            var previousTrees = previous?.trees;
            var summaries = new TreeSummary[current.Length];
            var same = previous is not null && previousTrees!.Length == current.Length;
            for (var i = 0; i < current.Length; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (previousTrees is not null && i < previousTrees.Length && ReferenceEquals(previousTrees[i], current[i]))
                {
                    summaries[i] = previous!.Summaries[i];
                    continue;
                }

                var summary = TreeSummary.Of(current[i], cancellationToken);
                if (previous is not null && i < previous.Summaries.Count && summary.Equals(previous.Summaries[i]))
                {
                    // An edit that changed nothing the summary holds: keep the earlier (equal) object.
                    summary = previous.Summaries[i];
                }
                else
                {
                    same = false;
                }

                summaries[i] = summary;
            }

            if (same)
            {
                previous!.trees = current;
                return previous;
            }

            var result = new ProjectTrees(current, new EquatableArray<TreeSummary>(summaries));
            Latest.SetTarget(result);
            return result;
        }

        public bool Equals(ProjectTrees? other) => other is not null && (ReferenceEquals(this, other) || Summaries.Equals(other.Summaries));

        public override bool Equals(object? obj) => Equals(obj as ProjectTrees);

        public override int GetHashCode() => Summaries.Count;
    }
}
