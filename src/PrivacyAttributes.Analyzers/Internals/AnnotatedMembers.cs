using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using PrivacyAttributes.Roslyn;

namespace PrivacyAttributes.Analyzers.Internals
{
    /// <summary>A <c>[PersonalData]</c> written in source, with what it is written on.</summary>
    internal readonly struct AnnotatedMember
    {
        private readonly bool onReturnValue;

        public AnnotatedMember(ISymbol member, AttributeData attribute, PersonalDataAnnotation annotation, bool onReturnValue)
        {
            Member = member;
            Attribute = attribute;
            Annotation = annotation;
            this.onReturnValue = onReturnValue;
        }

        /// <summary>The field, property or parameter, or the method whose return value is annotated.</summary>
        public ISymbol Member { get; }

        /// <summary><c>Customer.Email</c>, <c>Customer(email)</c>, <c>Customer.Find(email)</c>, <c>Customer.GetEmail() return value</c>.</summary>
        /// <remarks>Built on each use: only messages need it, and nearly every member is never reported.</remarks>
        public string DisplayName => onReturnValue ? AnnotatedMembers.DisplayName(Member) + " return value" : AnnotatedMembers.DisplayName(Member);

        public AttributeData Attribute { get; }

        public PersonalDataAnnotation Annotation { get; }

        /// <summary>
        /// Whether the purpose at <paramref name="index"/> of <see cref="PersonalDataAnnotation.Purposes"/> is
        /// its first mention: a purpose written twice is checked and reported once.
        /// </summary>
        public bool IsFirstMention(int index)
        {
            // A purpose list is a handful of values: a scan beats a set.
            var purposes = Annotation.Purposes;
            for (var earlier = 0; earlier < index; earlier++)
            {
                if (purposes[earlier] == purposes[index])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Where the purpose at <paramref name="index"/> is written: the rules about purposes point at the
        /// purpose that is wrong, not at the whole attribute. Null when the attribute has no syntax.
        /// </summary>
        public Location? PurposeLocation(int index, CancellationToken cancellationToken) =>
            AttributeLocations.OfParamsElement(Attribute, 1, index, cancellationToken);
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
                    if (IsAccessor(method))
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
        public static ImmutableArray<AnnotatedMember> Of(ISymbol symbol, Func<AttributeData, PersonalDataAnnotation?> readPersonalData)
        {
            var found = new Found();
            switch (symbol)
            {
                case IFieldSymbol or IPropertySymbol:
                    Read(symbol, symbol.GetAttributes(), onReturnValue: false, readPersonalData, ref found);
                    break;
                case IMethodSymbol method when !IsAccessor(method):
                    foreach (var parameter in method.Parameters)
                    {
                        Read(parameter, parameter.GetAttributes(), onReturnValue: false, readPersonalData, ref found);
                    }

                    Read(method, method.GetReturnTypeAttributes(), onReturnValue: true, readPersonalData, ref found);
                    break;
            }

            return found.ToImmutable();
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

        private static bool IsAccessor(IMethodSymbol method) =>
            method.MethodKind is MethodKind.PropertyGet or MethodKind.PropertySet or MethodKind.EventAdd or MethodKind.EventRemove;

        private static void Read(ISymbol member, ImmutableArray<AttributeData> attributes, bool onReturnValue, Func<AttributeData, PersonalDataAnnotation?> readPersonalData, ref Found found)
        {
            foreach (var attribute in attributes)
            {
                if (AnnotationReader.Classify(attribute) != PrivacyAttributeKind.PersonalData
                    || attribute.ApplicationSyntaxReference is null
                    || readPersonalData(attribute) is not { } annotation)
                {
                    continue;
                }

                found.Add(new AnnotatedMember(member, attribute, annotation, onReturnValue));
            }
        }

        /// <summary>What <see cref="Of"/> has found so far; a symbol nearly always has one annotation, which needs no builder.</summary>
        private struct Found
        {
            private AnnotatedMember first;
            private ImmutableArray<AnnotatedMember>.Builder? more;
            private bool hasFirst;

            public void Add(AnnotatedMember item)
            {
                if (!hasFirst)
                {
                    first = item;
                    hasFirst = true;
                    return;
                }

                if (more is null)
                {
                    more = ImmutableArray.CreateBuilder<AnnotatedMember>();
                    more.Add(first);
                }

                more.Add(item);
            }

            public ImmutableArray<AnnotatedMember> ToImmutable() =>
                more is not null ? more.ToImmutable()
                : hasFirst ? ImmutableArray.Create(first)
                : ImmutableArray<AnnotatedMember>.Empty;
        }
    }
}
