using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace PrivacyAttributes.Analyzers.Sinks
{
    /// <summary>
    /// Methods named in an <c>.editorconfig</c> list. Each comma-separated entry is
    /// <c>Namespace.Type.Method</c> (every overload of that method) or <c>Namespace.Type</c> (every
    /// method of that type); a documentation-comment prefix (<c>M:</c>, <c>T:</c>), a parameter list
    /// and generic arity (<c>`1</c>) are accepted and ignored, so IDs copied from XML docs work.
    /// Nested types are written with a dot: <c>MyCompany.Audit.Log.Write</c>.
    /// </summary>
    internal sealed class MethodNameSet
    {
        public static readonly MethodNameSet Empty = new(new HashSet<string>(StringComparer.Ordinal));

        private static readonly SymbolDisplayFormat QualifiedTypeFormat = new(
            typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
            genericsOptions: SymbolDisplayGenericsOptions.None);

        private static readonly char[] Separators = { ',', ';' };

        private readonly HashSet<string> entries;

        private MethodNameSet(HashSet<string> entries)
        {
            this.entries = entries;
        }

        public bool IsEmpty => entries.Count == 0;

        public static MethodNameSet Parse(string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return Empty;
            }

            var entries = new HashSet<string>(StringComparer.Ordinal);
            foreach (var raw in value!.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            {
                var entry = raw.Trim();
                if (entry.Length > 2 && entry[1] == ':')
                {
                    entry = entry.Substring(2);
                }

                var parenthesis = entry.IndexOf('(');
                if (parenthesis >= 0)
                {
                    entry = entry.Substring(0, parenthesis);
                }

                entry = RemoveGenericArity(entry).Trim();
                if (entry.Length > 0)
                {
                    entries.Add(entry);
                }
            }

            return entries.Count == 0 ? Empty : new MethodNameSet(entries);
        }

        public bool Matches(IMethodSymbol method)
        {
            if (entries.Count == 0 || method.ContainingType is not { } type)
            {
                return false;
            }

            var typeName = type.ToDisplayString(QualifiedTypeFormat);
            return entries.Contains(typeName) || entries.Contains(typeName + "." + method.Name);
        }

        private static string RemoveGenericArity(string entry)
        {
            if (entry.IndexOf('`') < 0)
            {
                return entry;
            }

            var builder = new System.Text.StringBuilder(entry.Length);
            for (var i = 0; i < entry.Length; i++)
            {
                if (entry[i] == '`')
                {
                    while (i + 1 < entry.Length && (char.IsDigit(entry[i + 1]) || entry[i + 1] == '`'))
                    {
                        i++;
                    }

                    continue;
                }

                builder.Append(entry[i]);
            }

            return builder.ToString();
        }
    }
}
