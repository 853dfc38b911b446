using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

namespace CorporateWebsite.Web.Infrastructure
{
    /// <summary>
    /// Stands in for the database of a real deployment. Storing an object is not a disclosure: the
    /// data stays with the controller, so the store needs no privacy annotation.
    /// </summary>
    public sealed class InMemoryStore<T>
        where T : class
    {
        private readonly ConcurrentDictionary<Guid, T> items = new();

        public void Save(Guid id, T item) => items[id] = item;

        public T? Find(Guid id) => items.TryGetValue(id, out var item) ? item : null;

        public IReadOnlyList<T> Where(Func<T, bool> predicate) => items.Values.Where(predicate).ToList();

        public IReadOnlyList<T> All() => items.Values.ToList();

        public bool Remove(Guid id) => items.TryRemove(id, out _);
    }
}
