using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PrivacyAttributes.Generators.Model;
using PrivacyAttributes.Roslyn;

namespace PrivacyAttributes.Generators.Parsing
{
    /// <summary>Turns a member that carries <c>[PersonalData]</c> into data items (symbols to model).</summary>
    internal static class DataItemParser
    {
        /// <summary>Syntax that can carry the attribute: fields (per variable), properties, parameters, and methods for <c>[return:]</c>.</summary>
        public static bool IsCandidate(SyntaxNode node, CancellationToken cancellationToken) =>
            node is VariableDeclaratorSyntax
                or PropertyDeclarationSyntax
                or IndexerDeclarationSyntax
                or ParameterSyntax
                or MethodDeclarationSyntax
                or LocalFunctionStatementSyntax
                or DelegateDeclarationSyntax
                or OperatorDeclarationSyntax
                or ConversionOperatorDeclarationSyntax;

        /// <summary>The data items of one declaration that carries <paramref name="attributes"/> (its matching <c>[PersonalData]</c>).</summary>
        public static void Parse(ISymbol target, ImmutableArray<AttributeData> attributes, string assembly, List<DataItemModel> items)
        {
            switch (target)
            {
                case IMethodSymbol method:
                    // [return: PersonalData] is reported on the method; read the return attributes.
                    if (AnnotationReader.FindOnReturn(method, PrivacyAttributeKind.PersonalData) is { } returnAttribute)
                    {
                        Add(items, method, returnValue: true, returnAttribute, assembly);
                    }

                    break;
                case IFieldSymbol or IPropertySymbol or IParameterSymbol:
                    foreach (var attribute in attributes)
                    {
                        Add(items, target, returnValue: false, attribute, assembly);
                        break;
                    }

                    break;
            }
        }

        /// <summary>
        /// Builds the data item of one annotation; leaves it out when the annotation cannot be read or
        /// holds an undefined enum value (the analyzers report those).
        /// </summary>
        public static void Add(List<DataItemModel> items, ISymbol symbol, bool returnValue, AttributeData attribute, string assembly)
        {
            if (AnnotationReader.ReadPersonalData(attribute) is { } annotation)
            {
                Add(items, symbol, returnValue, annotation, assembly);
            }
        }

        /// <summary>Builds the data item of one annotation already read; leaves it out when it holds an undefined enum value.</summary>
        public static void Add(List<DataItemModel> items, ISymbol symbol, bool returnValue, PersonalDataAnnotation annotation, string assembly)
        {
            if (!EnumValues.IsValid(annotation)
                || SymbolIds.DataItem(symbol, returnValue) is not { } identity)
            {
                return;
            }

            var location = symbol.Locations.Length > 0 ? symbol.Locations[0] : Location.None;
            var span = location.GetLineSpan();
            var file = location.SourceTree?.FilePath ?? span.Path ?? string.Empty;
            var line = location.IsInSource ? span.StartLinePosition.Line + 1 : 0;
            var sharedWith = new List<string>(annotation.SharedWith);
            sharedWith.Sort(System.StringComparer.Ordinal);

            items.Add(new DataItemModel(
                identity.Id,
                assembly,
                file,
                line,
                identity.Type,
                identity.Member,
                identity.Kind,
                annotation.Category,
                EnumValues.SortedDefined(annotation.Purposes),
                annotation.Subjects,
                annotation.Source,
                annotation.Retention is { } period ? new RetentionModel(period, RetentionOrigin.Member, null) : null,
                annotation.Required,
                new EquatableArray<string>(Distinct(sharedWith)),
                annotation.Description));
        }

        private static IEnumerable<string> Distinct(List<string> sorted)
        {
            for (var i = 0; i < sorted.Count; i++)
            {
                if (i == 0 || !string.Equals(sorted[i], sorted[i - 1], System.StringComparison.Ordinal))
                {
                    yield return sorted[i];
                }
            }
        }
    }
}
