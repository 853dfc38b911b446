using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PrivacyAttributes.Roslyn
{
    /// <summary>
    /// An immutable array with value equality, so that records holding it compare by content and the
    /// incremental generator can tell an unchanged model from a changed one.
    /// </summary>
    internal readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
    {
        public static readonly EquatableArray<T> Empty = new(ImmutableArray<T>.Empty);

        private readonly T[]? items;

        public EquatableArray(ImmutableArray<T> items)
        {
            this.items = items.IsDefaultOrEmpty ? null : items.ToArray();
        }

        private EquatableArray(T[]? items)
        {
            this.items = items;
        }

        public EquatableArray(IEnumerable<T> items)
        {
            var array = new List<T>(items).ToArray();
            this.items = array.Length == 0 ? null : array;
        }

        /// <summary>Takes <paramref name="items"/> without copying: the caller must not change it afterwards.</summary>
        public static EquatableArray<T> TakeOwnership(T[] items) => new(items.Length == 0 ? null : items);

        public int Count => items?.Length ?? 0;

        public bool IsEmpty => Count == 0;

        public T this[int index] => (items ?? Array.Empty<T>())[index];

        public bool Equals(EquatableArray<T> other)
        {
            if (ReferenceEquals(items, other.items))
            {
                // Same array (or both empty): a model reused from an earlier run compares in O(1).
                return true;
            }

            var left = items ?? Array.Empty<T>();
            var right = other.items ?? Array.Empty<T>();
            if (left.Length != right.Length)
            {
                return false;
            }

            for (var i = 0; i < left.Length; i++)
            {
                if (!EqualityComparer<T>.Default.Equals(left[i], right[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

        public override int GetHashCode()
        {
            unchecked
            {
                var hash = 17;
                foreach (var item in items ?? Array.Empty<T>())
                {
                    hash = (hash * 31) + (item is null ? 0 : EqualityComparer<T>.Default.GetHashCode(item));
                }

                return hash;
            }
        }

        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(items ?? Array.Empty<T>())).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

        public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);
    }

    internal static class EquatableArray
    {
        public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items) => new(items);
    }
}
