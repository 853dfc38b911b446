using System;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PrivacyAttributes.Generators.Parsing
{
    /// <summary>
    /// The ids of the inventory, built from documentation comment ids so that nested types read
    /// <c>Outer.Inner</c>, generic types carry their arity (<c>Repository`1</c>) and a method reads
    /// like its documentation-style signature (<c>Ns.Type.Send(Ns.Customer)</c>, <c>Ns.Type.#ctor</c>).
    /// </summary>
    internal static class SymbolIds
    {
        /// <summary>Type ids already made, per type symbol: every read of a data member asks for its type's.</summary>
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ITypeSymbol, string> TypeIds = new();

        /// <summary><c>Namespace.Type</c>, nested types joined by <c>.</c>, generic types with arity.</summary>
        public static string TypeId(ITypeSymbol type) =>
            TypeIds.GetValue(type.OriginalDefinition, static definition => Strip(definition.GetDocumentationCommentId()) ?? definition.ToDisplayString());

        /// <summary>A method's documentation-style signature: the id of a <c>processing[]</c> entry.</summary>
        public static string MethodId(IMethodSymbol method)
        {
            method = method.OriginalDefinition;
            if (method.MethodKind is MethodKind.LocalFunction or MethodKind.AnonymousFunction)
            {
                return TypeIdOf(method) + "." + method.Name;
            }

            return Strip(method.GetDocumentationCommentId()) ?? TypeIdOf(method) + "." + method.Name;
        }

        /// <summary>
        /// <see cref="MethodId"/> from the method's declaration, its parameter types resolved by
        /// <paramref name="types"/> instead of binding its signature; null when the declaration is not an
        /// ordinary method or constructor of a non-generic type written in one place, or a parameter
        /// type is not certain (the caller then uses <see cref="MethodId"/>).
        /// </summary>
        public static string? DeclaredMethodId(IMethodSymbol method, DeclaredTypeResolver types)
        {
            if (method.MethodKind is not (MethodKind.Ordinary or MethodKind.Constructor)
                || method.IsGenericMethod
                || method.ContainingType is not { } type
                || IsInGenericType(type)
                || method.DeclaringSyntaxReferences.Length != 1)
            {
                return null;
            }

            var syntax = method.DeclaringSyntaxReferences[0].GetSyntax();
            var parameters = syntax switch
            {
                MethodDeclarationSyntax { ExplicitInterfaceSpecifier: null, TypeParameterList: null } ordinary when method.MethodKind == MethodKind.Ordinary => ordinary.ParameterList,
                ConstructorDeclarationSyntax constructor when method.MethodKind == MethodKind.Constructor && !method.IsStatic => constructor.ParameterList,
                _ => null,
            };
            if (parameters is null)
            {
                return null;
            }

            var id = new StringBuilder(TypeId(type)).Append('.').Append(method.Name.Replace('.', '#'));
            for (var index = 0; index < parameters.Parameters.Count; index++)
            {
                var parameter = parameters.Parameters[index];
                var byReference = false;
                foreach (var modifier in parameter.Modifiers)
                {
                    switch (modifier.Kind())
                    {
                        case SyntaxKind.RefKeyword:
                        case SyntaxKind.OutKeyword:
                        case SyntaxKind.InKeyword:
                            byReference = true;
                            break;
                        case SyntaxKind.ThisKeyword:
                        case SyntaxKind.ParamsKeyword:
                        case SyntaxKind.ReadOnlyKeyword:
                            break;
                        default:
                            return null;
                    }
                }

                if (parameter.Type is null
                    || types.Resolve(parameter.Type, type) is not { } parameterType
                    || TypeReference(parameterType) is not { } reference)
                {
                    return null;
                }

                id.Append(index == 0 ? '(' : ',').Append(reference);
                if (byReference)
                {
                    id.Append('@');
                }
            }

            if (parameters.Parameters.Count > 0)
            {
                id.Append(')');
            }

            return id.ToString();
        }

        /// <summary>A type as a documentation id writes it in a parameter list (<c>System.Int32[]</c>, <c>System.Collections.Generic.List{System.String}</c>); null for kinds not handled.</summary>
        private static string? TypeReference(ITypeSymbol type)
        {
            switch (type)
            {
                case IArrayTypeSymbol { IsSZArray: true } array:
                    return TypeReference(array.ElementType) is { } element ? element + "[]" : null;
                case INamedTypeSymbol named when named.ContainingType is null || !IsInGenericType(named.ContainingType):
                    if (!named.IsGenericType)
                    {
                        return Strip(named.GetDocumentationCommentId());
                    }

                    if (named.IsUnboundGenericType || Strip(named.OriginalDefinition.GetDocumentationCommentId()) is not { } definition)
                    {
                        return null;
                    }

                    var tick = definition.LastIndexOf('`');
                    if (tick < 0)
                    {
                        return null;
                    }

                    var result = new StringBuilder(definition, 0, tick, definition.Length + 16).Append('{');
                    for (var index = 0; index < named.TypeArguments.Length; index++)
                    {
                        if (TypeReference(named.TypeArguments[index]) is not { } argument)
                        {
                            return null;
                        }

                        result.Append(index == 0 ? string.Empty : ",").Append(argument);
                    }

                    return result.Append('}').ToString();
                default:
                    return null;
            }
        }

        private static bool IsInGenericType(INamedTypeSymbol type)
        {
            for (var current = type; current is not null; current = current.ContainingType)
            {
                if (current.IsGenericType)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A method's id without its parameter list (<c>Ns.Type.Send</c>, <c>Ns.Type.#ctor</c>).</summary>
        public static string MethodName(IMethodSymbol method)
        {
            var id = MethodId(method);
            var parenthesis = id.IndexOf('(');
            return parenthesis < 0 ? id : id.Substring(0, parenthesis);
        }

        /// <summary>The method a local function or lambda is written in (itself for any other method).</summary>
        public static IMethodSymbol TopMethod(IMethodSymbol method)
        {
            while (method.MethodKind is MethodKind.LocalFunction or MethodKind.AnonymousFunction
                && method.ContainingSymbol is IMethodSymbol container)
            {
                method = container;
            }

            return method;
        }

        /// <summary>
        /// The data-item id of <paramref name="annotated"/>, the symbol that carries <c>[PersonalData]</c>
        /// (on its return value when <paramref name="returnValue"/>), with its containing type and
        /// member name and kind; null for symbols that are no data item (a lambda's parameter).
        /// </summary>
        public static DataItemIdentity? DataItem(ISymbol annotated, bool returnValue)
        {
            annotated = annotated.OriginalDefinition;
            switch (annotated)
            {
                case IMethodSymbol method when returnValue && method.ContainingType is { } type:
                    return Member(type, MethodName(method) + "(return)", Model.DataMemberKind.ReturnValue);
                case IFieldSymbol field when field.ContainingType is { } type:
                    return IsPlainName(field.MetadataName)
                        ? PlainMember(type, field.MetadataName, Model.DataMemberKind.Field)
                        : Member(type, Strip(field.GetDocumentationCommentId()) ?? TypeId(type) + "." + field.Name, Model.DataMemberKind.Field);
                case IPropertySymbol property when property.ContainingType is { } type:
                    return property.Parameters.IsEmpty && property.ExplicitInterfaceImplementations.IsEmpty && IsPlainName(property.MetadataName)
                        ? PlainMember(type, property.MetadataName, Model.DataMemberKind.Property)
                        : Member(type, Strip(property.GetDocumentationCommentId()) ?? TypeId(type) + "." + property.Name, Model.DataMemberKind.Property);
                case IParameterSymbol parameter:
                    return Parameter(parameter);
                default:
                    return null;
            }
        }

        private static DataItemIdentity? Parameter(IParameterSymbol parameter)
        {
            switch (parameter.ContainingSymbol)
            {
                case IMethodSymbol { MethodKind: MethodKind.AnonymousFunction }:
                    return null;
                case IMethodSymbol method when method.ContainingType is { } type:
                    if (PositionalProperty(method, parameter) is { } property)
                    {
                        return DataItem(property, returnValue: false);
                    }

                    return Member(type, MethodName(method) + "(" + parameter.Name + ")", Model.DataMemberKind.Parameter);
                case IPropertySymbol indexer when indexer.ContainingType is { } type:
                    return Member(type, TypeId(type) + "." + indexer.MetadataName + "(" + parameter.Name + ")", Model.DataMemberKind.Parameter);
                default:
                    return null;
            }
        }

        /// <summary>A record's positional property for a parameter of its primary constructor.</summary>
        private static IPropertySymbol? PositionalProperty(IMethodSymbol method, IParameterSymbol parameter)
        {
            if (method.MethodKind != MethodKind.Constructor || method.ContainingType is not { IsRecord: true } record)
            {
                return null;
            }

            var isPrimary = false;
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                isPrimary |= reference.GetSyntax() is TypeDeclarationSyntax;
            }

            if (!isPrimary)
            {
                return null;
            }

            foreach (var member in record.GetMembers(parameter.Name))
            {
                if (member is IPropertySymbol property && !property.IsStatic)
                {
                    return property;
                }
            }

            return null;
        }

        /// <summary>
        /// A field or a property without parameters whose name is a plain identifier: its documentation id
        /// is its type's and its name, so the type's id (made once) serves every member read.
        /// </summary>
        private static DataItemIdentity PlainMember(INamedTypeSymbol type, string name, Model.DataMemberKind kind)
        {
            var typeId = TypeId(type);
            return new DataItemIdentity(typeId + "." + name, typeId, name, kind);
        }

        /// <summary>Letters, digits and underscores only: nothing a documentation id would escape or qualify.</summary>
        private static bool IsPlainName(string name)
        {
            if (name.Length == 0)
            {
                return false;
            }

            foreach (var character in name)
            {
                if (!(char.IsLetterOrDigit(character) || character == '_'))
                {
                    return false;
                }
            }

            return true;
        }

        private static DataItemIdentity Member(INamedTypeSymbol type, string id, Model.DataMemberKind kind)
        {
            var typeId = TypeId(type);
            var member = id.StartsWith(typeId + ".", StringComparison.Ordinal) ? id.Substring(typeId.Length + 1) : id;
            return new DataItemIdentity(id, typeId, member, kind);
        }

        private static string TypeIdOf(ISymbol symbol) => symbol.ContainingType is { } type ? TypeId(type) : string.Empty;

        private static string? Strip(string? documentationId) =>
            documentationId is { Length: > 2 } && documentationId[1] == ':' ? documentationId.Substring(2) : null;
    }

    /// <summary>A data item's id, containing type, member name and kind.</summary>
    internal readonly struct DataItemIdentity
    {
        public DataItemIdentity(string id, string type, string member, Model.DataMemberKind kind)
        {
            Id = id;
            Type = type;
            Member = member;
            Kind = kind;
        }

        public string Id { get; }

        public string Type { get; }

        public string Member { get; }

        public Model.DataMemberKind Kind { get; }
    }
}
