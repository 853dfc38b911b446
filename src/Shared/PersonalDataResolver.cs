using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace PrivacyAttributes.Roslyn
{
    /// <summary>
    /// Answers "is this member personal data, and what does its annotation say?" for fields,
    /// properties, parameters and method return values, in source and in referenced assemblies.
    /// One instance per compilation; results are cached per symbol.
    /// </summary>
    internal sealed class PersonalDataResolver
    {
        private readonly ConcurrentDictionary<ISymbol, PersonalDataAnnotation?> cache = new(SymbolIdentityComparer.Instance);
        private readonly Func<AttributeData, PersonalDataAnnotation?> readPersonalData;
        private readonly Func<ISymbol, DeclaredAttributes?>? readDeclared;

        public PersonalDataResolver()
            : this(AnnotationReader.ReadPersonalData)
        {
        }

        /// <summary>
        /// A resolver that reads each attribute through <paramref name="readPersonalData"/> (a cache shared
        /// with other readers) and, where <paramref name="readDeclared"/> answers, from a declaration's syntax
        /// without binding its attributes.
        /// </summary>
        public PersonalDataResolver(Func<AttributeData, PersonalDataAnnotation?> readPersonalData, Func<ISymbol, DeclaredAttributes?>? readDeclared = null)
        {
            this.readPersonalData = readPersonalData;
            this.readDeclared = readDeclared;
        }

        /// <summary>The annotation of <paramref name="symbol"/>, or null when it is not personal data.</summary>
        public PersonalDataAnnotation? Find(ISymbol? symbol)
        {
            if (symbol is null)
            {
                return null;
            }

            symbol = symbol.OriginalDefinition;
            if (!MayBeAnnotated(symbol))
            {
                // Nothing below could find an attribute: most references (locals' parameters, framework
                // calls) end here without a cache entry.
                return null;
            }

            if (cache.TryGetValue(symbol, out var cached))
            {
                return cached;
            }

            var result = symbol switch
            {
                IFieldSymbol field => Read(field) ?? FromTupleOrBackingField(field),
                IPropertySymbol property => FindOnProperty(property),
                IParameterSymbol parameter => Read(parameter),
                IMethodSymbol method => AnnotationReader.FindOnReturn(method, PrivacyAttributeKind.PersonalData) is { } attribute
                    ? readPersonalData(attribute)
                    : null,
                _ => null,
            };

            cache.TryAdd(symbol, result);
            return result;
        }

        /// <summary>False when the lookup below is certainly null: the symbol and everything it inherits an annotation from carry no attribute.</summary>
        private bool MayBeAnnotated(ISymbol symbol) => symbol switch
        {
            IParameterSymbol parameter => HasAttributes(parameter),
            IFieldSymbol field => HasAttributes(field) || field.AssociatedSymbol is IPropertySymbol,
            IPropertySymbol property => HasAttributes(property) || property.OverriddenProperty is not null || property.ContainingType is { IsRecord: true },
            IMethodSymbol method => !method.GetReturnTypeAttributes().IsEmpty,
            _ => false,
        };

        /// <summary>Whether <paramref name="symbol"/> carries <c>[NotPersonalData]</c>.</summary>
        public static bool IsMarkedNotPersonalData(ISymbol symbol) =>
            AnnotationReader.Find(symbol, PrivacyAttributeKind.NotPersonalData) is not null;

        /// <inheritdoc cref="IsMarkedNotPersonalData(ISymbol)"/>
        public bool IsNotPersonalData(ISymbol symbol) =>
            readDeclared?.Invoke(symbol) is { } declared ? declared.NotPersonalData : IsMarkedNotPersonalData(symbol);

        private bool HasAttributes(ISymbol symbol) =>
            readDeclared?.Invoke(symbol) is { } declared ? declared.HasAttributes : !symbol.GetAttributes().IsEmpty;

        private PersonalDataAnnotation? Read(ISymbol symbol)
        {
            if (readDeclared?.Invoke(symbol) is { } declared)
            {
                return declared.PersonalData;
            }

            return AnnotationReader.Find(symbol, PrivacyAttributeKind.PersonalData) is { } attribute
                ? readPersonalData(attribute)
                : null;
        }

        private PersonalDataAnnotation? FindOnProperty(IPropertySymbol property)
        {
            for (var current = property; current is not null; current = current.OverriddenProperty)
            {
                if (Read(current) is { } annotation)
                {
                    return annotation;
                }
            }

            // A record's positional property: the attribute is written on the primary-constructor parameter.
            if (property.ContainingType is { IsRecord: true } record)
            {
                foreach (var constructor in record.InstanceConstructors)
                {
                    foreach (var parameter in constructor.Parameters)
                    {
                        if (string.Equals(parameter.Name, property.Name, StringComparison.Ordinal)
                            && Read(parameter) is { } annotation)
                        {
                            return annotation;
                        }
                    }
                }
            }

            return null;
        }

        private PersonalDataAnnotation? FromTupleOrBackingField(IFieldSymbol field) =>
            field.AssociatedSymbol is IPropertySymbol property ? FindOnProperty(property) : null;
    }
}
