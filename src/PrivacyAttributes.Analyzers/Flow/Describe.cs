using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using PrivacyAttributes.Taxonomy;

namespace PrivacyAttributes.Analyzers.Flow
{
    /// <summary>How members, categories and purposes read in diagnostic messages.</summary>
    internal static class Describe
    {
        /// <summary><c>'Customer.Email'</c>, <c>'email'</c> for a parameter, <c>'Customer.GetEmail()'</c> for a return value.</summary>
        public static string Member(ISymbol symbol) => symbol switch
        {
            IParameterSymbol parameter => "parameter '" + parameter.Name + "'",
            IMethodSymbol method => "'" + Owner(method) + method.Name + "()'",
            _ => "'" + Owner(symbol) + symbol.Name + "'",
        };

        /// <summary>The category's label as a privacy policy lists it, in lower case unless it starts with an acronym ("IP address").</summary>
        public static string Category(Category category)
        {
            if (!PrivacyTaxonomy.TryGet(category, out var info))
            {
                return category.ToString();
            }

            var label = info.LabelEn;
            return label.Length > 1 && char.IsUpper(label[0]) && char.IsLower(label[1])
                ? char.ToLowerInvariant(label[0]) + label.Substring(1)
                : label;
        }

        /// <summary>Purposes as the developer writes them: <c>AccountManagement, DirectMarketing</c>.</summary>
        public static string Purposes(IEnumerable<Purpose> purposes)
        {
            var names = purposes.Select(p => p.ToString()).ToArray();
            return names.Length == 0 ? "none" : string.Join(", ", names);
        }

        public static string TypeName(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);

        private static string Owner(ISymbol symbol) => symbol.ContainingType is { } type ? type.Name + "." : string.Empty;
    }
}
