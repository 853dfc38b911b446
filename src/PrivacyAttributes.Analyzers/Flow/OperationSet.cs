using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace PrivacyAttributes.Analyzers.Flow
{
    /// <summary>
    /// The operations one flow walk has visited, compared by identity. A walk visits a few dozen
    /// operations, so they are kept in a list searched from the end until there are enough to be worth
    /// hashing: nearly every operation a walk visits has never been hashed, and hashing an object the
    /// first time installs a hash code in its header, which profiles showed costing more than the search.
    /// </summary>
    internal sealed class OperationSet
    {
        private const int ListLimit = 64;

        private readonly List<IOperation> list = new(ListLimit);
        private readonly HashSet<IOperation> set = new(IdentityComparer.Instance);

        /// <summary>Adds <paramref name="operation"/>; false when it was already there.</summary>
        public bool Add(IOperation operation)
        {
            if (set.Count > 0)
            {
                return set.Add(operation);
            }

            for (var i = list.Count - 1; i >= 0; i--)
            {
                if (ReferenceEquals(list[i], operation))
                {
                    return false;
                }
            }

            if (list.Count < ListLimit)
            {
                list.Add(operation);
                return true;
            }

            foreach (var earlier in list)
            {
                set.Add(earlier);
            }

            list.Clear();
            return set.Add(operation);
        }

        public void Clear()
        {
            list.Clear();
            set.Clear();
        }

        private sealed class IdentityComparer : IEqualityComparer<IOperation>
        {
            public static readonly IdentityComparer Instance = new();

            public bool Equals(IOperation? x, IOperation? y) => ReferenceEquals(x, y);

            public int GetHashCode(IOperation obj) => RuntimeHelpers.GetHashCode(obj);
        }
    }
}
