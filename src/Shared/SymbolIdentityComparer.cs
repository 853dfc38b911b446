using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace PrivacyAttributes.Roslyn
{
    /// <summary>
    /// Compares symbols by instance, for memos of a pure function of a symbol. The default symbol
    /// comparer hashes a source property by its parameter count, which binds the property's whole
    /// signature (its type, in its file's binder chain) only to look up a memo; a symbol met twice in
    /// one compilation is the same instance, and an equal one met as another instance only costs a
    /// second computation of the same answer.
    /// </summary>
    internal sealed class SymbolIdentityComparer : IEqualityComparer<ISymbol>
    {
        public static readonly SymbolIdentityComparer Instance = new();

        private SymbolIdentityComparer()
        {
        }

        public bool Equals(ISymbol? x, ISymbol? y) => ReferenceEquals(x, y);

        public int GetHashCode(ISymbol obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
