using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PrivacyAttributes.Roslyn;

namespace PrivacyAttributes.Analyzers.Internals
{
    /// <summary>A <c>[PersonalData]</c> written in source, with what it is written on.</summary>
    internal readonly struct AnnotatedMember
    {
        public AnnotatedMember(ISymbol member, string displayName, AttributeData attribute, PersonalDataAnnotation annotation)
        {
            Member = member;
            DisplayName = displayName;
            Attribute = attribute;
            Annotation = annotation;
        }

        public ISymbol Member { get; }

        /// <summary><c>Customer.Email</c>, <c>Customer(email)</c>, <c>Customer.Find(email)</c>, <c>Customer.GetEmail() return value</c>.</summary>
        public string DisplayName { get; }

        public AttributeData Attribute { get; }

        public PersonalDataAnnotation Annotation { get; }

        /// <summary>
        /// Each purpose the member is collected for, once, with the location of its argument: the rules
        /// about purposes point at the purpose that is wrong, not at the whole attribute.
        /// </summary>
        public IEnumerable<(Purpose Purpose, Location Location)> PurposeArguments(System.Threading.CancellationToken cancellationToken)
        {
            var purposes = Annotation.Purposes;
            for (var index = 0; index < purposes.Count; index++)
            {
                if (IsFirst(purposes, index) && AttributeLocations.OfParamsElement(Attribute, 1, index, cancellationToken) is { } location)
                {
                    yield return (purposes[index], location);
                }
            }
        }

        // A purpose list is a handful of values: a scan beats a set.
        private static bool IsFirst(EquatableArray<Purpose> purposes, int index)
        {
            for (var earlier = 0; earlier < index; earlier++)
            {
                if (purposes[earlier] == purposes[index])
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// The <c>[PersonalData]</c> annotations of one symbol of a symbol action: on a field or property, or
    /// on a method's (or constructor's, including a record's primary constructor) parameters and return value.
    /// </summary>
    internal static class AnnotatedMembers
    {
        /// <summary>The symbol kinds to register a symbol action for.</summary>
        public static readonly SymbolKind[] SymbolKinds = { SymbolKind.Field, SymbolKind.Property, SymbolKind.Method };

        /// <summary>
        /// False when <see cref="Of"/> is certainly empty because nothing it reads carries any attribute:
        /// true for nearly every symbol of a program, and answered from attributes the compiler has bound.
        /// </summary>
        public static bool MayHaveAttributes(ISymbol symbol)
        {
            switch (symbol)
            {
                case IFieldSymbol or IPropertySymbol:
                    return !symbol.GetAttributes().IsEmpty;
                case IMethodSymbol method:
                    if (method.MethodKind is MethodKind.PropertyGet or MethodKind.PropertySet or MethodKind.EventAdd or MethodKind.EventRemove)
                    {
                        return false;
                    }

                    foreach (var parameter in method.Parameters)
                    {
                        if (!parameter.GetAttributes().IsEmpty)
                        {
                            return true;
                        }
                    }

                    return !method.GetReturnTypeAttributes().IsEmpty;
                default:
                    return false;
            }
        }

        /// <summary>The annotations of <paramref name="symbol"/>, each read by <paramref name="readPersonalData"/>.</summary>
        /// <remarks>Rules get these from <see cref="Flow.PrivacyCompilationModel.AnnotatedMembersOf"/>, which reads each symbol once.</remarks>
        public static IEnumerable<AnnotatedMember> Of(ISymbol symbol, Func<AttributeData, PersonalDataAnnotation?> readPersonalData)
        {
            switch (symbol)
            {
                case IFieldSymbol or IPropertySymbol:
                    foreach (var item in Read(symbol, symbol, symbol.GetAttributes(), suffix: null, readPersonalData))
                    {
                        yield return item;
                    }

                    break;
                case IMethodSymbol method:
                    if (method.MethodKind is MethodKind.PropertyGet or MethodKind.PropertySet or MethodKind.EventAdd or MethodKind.EventRemove)
                    {
                        break;
                    }

                    foreach (var parameter in method.Parameters)
                    {
                        foreach (var item in Read(parameter, parameter, parameter.GetAttributes(), suffix: null, readPersonalData))
                        {
                            yield return item;
                        }
                    }

                    foreach (var item in Read(method, method, method.GetReturnTypeAttributes(), suffix: " return value", readPersonalData))
                    {
                        yield return item;
                    }

                    break;
            }
        }

        public static string DisplayName(ISymbol symbol)
        {
            switch (symbol)
            {
                case IParameterSymbol { ContainingSymbol: IMethodSymbol method } parameter:
                    var owner = method.MethodKind == MethodKind.Constructor
                        ? method.ContainingType?.Name ?? method.Name
                        : (method.ContainingType is null ? method.Name : method.ContainingType.Name + "." + method.Name);
                    return owner + "(" + parameter.Name + ")";
                case IMethodSymbol method:
                    return (method.ContainingType is null ? method.Name : method.ContainingType.Name + "." + method.Name) + "()";
                default:
                    return symbol.ContainingType is null ? symbol.Name : symbol.ContainingType.Name + "." + symbol.Name;
            }
        }

        private static IEnumerable<AnnotatedMember> Read(ISymbol member, ISymbol named, IEnumerable<AttributeData> attributes, string? suffix, Func<AttributeData, PersonalDataAnnotation?> readPersonalData)
        {
            foreach (var attribute in attributes)
            {
                if (AnnotationReader.Classify(attribute) != PrivacyAttributeKind.PersonalData
                    || attribute.ApplicationSyntaxReference is null
                    || readPersonalData(attribute) is not { } annotation)
                {
                    continue;
                }

                yield return new AnnotatedMember(member, DisplayName(named) + suffix, attribute, annotation);
            }
        }
    }
}
