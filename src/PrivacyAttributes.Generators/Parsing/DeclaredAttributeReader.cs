using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PrivacyAttributes.Roslyn;

namespace PrivacyAttributes.Generators.Parsing
{
    /// <summary>
    /// Reads the package's attributes on a source declaration from its syntax, without binding them:
    /// binding every annotated member's attributes was most of what remained of the generator's first
    /// run, in a compilation the compiler discards after generators run.
    /// </summary>
    /// <remarks>
    /// <para>
    /// An attribute is read from syntax only when <see cref="PackageNameScope"/> proves, from declarations
    /// alone, that the simple names written in it (<c>PersonalData</c>, <c>Category</c>, ...) can only
    /// mean the package's types there, and its arguments are the plain forms: enum members (or-ed for
    /// flags), string and Boolean literals, arrays of string literals.
    /// </para>
    /// <para>
    /// Anything else returns null and the caller binds as before: partial declarations, targeted
    /// attribute lists (<c>[field:]</c>, <c>[return:]</c>), accessors, local functions and lambdas,
    /// aliased or qualified names, a repeated attribute, constants, casts, arguments named by
    /// parameter, usings inside a namespace declaration. Every generator test compares the inventory
    /// with a run that binds every attribute (<c>GeneratorHarness.Run</c>), and
    /// <c>DeclaredAttributeReaderTests</c> compares each reading with the bound attribute.
    /// </para>
    /// </remarks>
    internal sealed class DeclaredAttributeReader
    {
        private static readonly string[] EnumNames = { "Category", "Purpose", "DataSubject", "DataSource" };

        private readonly Compilation? compilation;
        private readonly HashSet<string> aliases;
        private readonly CancellationToken cancellationToken;
        private readonly Dictionary<ISymbol, DeclaredAttributes?> read = new(SymbolIdentityComparer.Instance);
        private PackageNameScope? names;
        private bool namesCreated;

        /// <param name="compilation">The compilation whose declarations are read; null to always bind.</param>
        /// <param name="aliases">The project's using-alias names: an attribute written through one may be the package's.</param>
        /// <param name="cancellationToken">The run's cancellation.</param>
        public DeclaredAttributeReader(Compilation? compilation, HashSet<string> aliases, CancellationToken cancellationToken)
        {
            this.compilation = compilation;
            this.aliases = aliases;
            this.cancellationToken = cancellationToken;
        }

        /// <summary>A reader that always binds.</summary>
        public static DeclaredAttributeReader Binding() => new(null, new HashSet<string>(), CancellationToken.None);

        /// <summary>Whether <paramref name="symbol"/> carries an attribute of <paramref name="kind"/>, read from syntax where possible.</summary>
        public bool Has(ISymbol symbol, PrivacyAttributeKind kind) =>
            IsReadFromSyntax(kind) && Read(symbol) is { } declared
                ? declared.Has(kind)
                : AnnotationReader.Find(symbol, kind) is not null;

        /// <summary>Adds the recipients of every <c>[SharesWith]</c> on <paramref name="symbol"/>; whether it has any.</summary>
        public bool AddSharesWith(ISymbol symbol, ISet<string> recipients)
        {
            if (Read(symbol) is { } declared)
            {
                if (declared.SharesWith is not { } names)
                {
                    return false;
                }

                foreach (var name in names)
                {
                    recipients.Add(name);
                }

                return true;
            }

            var any = false;
            foreach (var attribute in symbol.GetAttributes())
            {
                if (AnnotationReader.Classify(attribute) == PrivacyAttributeKind.SharesWith)
                {
                    any = true;
                    if (AnnotationReader.ReadSharesWith(attribute) is { } name)
                    {
                        recipients.Add(name);
                    }
                }
            }

            return any;
        }

        /// <summary>The attributes of <paramref name="symbol"/> read from its declaration, or null when they must be bound.</summary>
        public DeclaredAttributes? Read(ISymbol symbol)
        {
            if (compilation is null || symbol.DeclaringSyntaxReferences.Length != 1)
            {
                return null;
            }

            if (!read.TryGetValue(symbol, out var result))
            {
                // A symbol of a compilation reference is declared in another compilation's trees.
                var reference = symbol.DeclaringSyntaxReferences[0];
                result = compilation.ContainsSyntaxTree(reference.SyntaxTree)
                    ? ReadDeclaration(symbol, reference.GetSyntax(cancellationToken))
                    : null;
                read.Add(symbol, result);
            }

            return result;
        }

        private static bool IsReadFromSyntax(PrivacyAttributeKind kind) =>
            kind is PrivacyAttributeKind.PersonalData or PrivacyAttributeKind.ProcessingPurpose or PrivacyAttributeKind.SharesWith
                or PrivacyAttributeKind.Anonymizes or PrivacyAttributeKind.NotPersonalData;

        private DeclaredAttributes? ReadDeclaration(ISymbol symbol, SyntaxNode node)
        {
            SyntaxList<AttributeListSyntax> lists;
            TypeDeclarationSyntax? scope;
            BaseMethodDeclarationSyntax? method = null;
            switch (symbol)
            {
                case IPropertySymbol when node is PropertyDeclarationSyntax property && !IsPartial(property.Modifiers):
                    lists = property.AttributeLists;
                    scope = property.Parent as TypeDeclarationSyntax;
                    break;
                case IFieldSymbol when node is VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: FieldDeclarationSyntax field } }:
                    lists = field.AttributeLists;
                    scope = field.Parent as TypeDeclarationSyntax;
                    break;
                case IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.Constructor } when node is MethodDeclarationSyntax or ConstructorDeclarationSyntax:
                    method = (BaseMethodDeclarationSyntax)node;
                    lists = method.AttributeLists;
                    scope = method.Parent as TypeDeclarationSyntax;
                    break;
                case IParameterSymbol when node is ParameterSyntax { Parent: ParameterListSyntax { Parent: MethodDeclarationSyntax or ConstructorDeclarationSyntax } } parameter:
                    method = (BaseMethodDeclarationSyntax)parameter.Parent!.Parent!;
                    lists = parameter.AttributeLists;
                    scope = method.Parent as TypeDeclarationSyntax;
                    break;
                case INamedTypeSymbol when node is TypeDeclarationSyntax type:
                    lists = type.AttributeLists;
                    scope = type;
                    break;
                default:
                    return null;
            }

            var scopeType = symbol as INamedTypeSymbol ?? symbol.ContainingType;
            if (scope is null || scopeType is null || method is not null && (IsPartial(method.Modifiers) || DeclaresPackageName(method)))
            {
                return null;
            }

            return ReadLists(symbol, lists, node, scopeType);
        }

        private DeclaredAttributes? ReadLists(ISymbol symbol, SyntaxList<AttributeListSyntax> lists, SyntaxNode declaration, INamedTypeSymbol scopeType)
        {
            PackageNameScope? scope = null;
            var hasAttributes = false;
            PersonalDataAnnotation? personalData = null;
            EquatableArray<Purpose>? purposes = null;
            List<string>? recipients = null;
            bool anonymizes = false, notPersonalData = false;
            foreach (var list in lists)
            {
                if (list.Target is not null)
                {
                    return null;
                }

                foreach (var attribute in list.Attributes)
                {
                    hasAttributes = true;
                    if (attribute.Name is not IdentifierNameSyntax { Identifier.ValueText: var name })
                    {
                        if (NameOf(attribute.Name) is { } written && (KindOf(written) != PrivacyAttributeKind.None || aliases.Contains(written)))
                        {
                            return null;
                        }

                        continue;
                    }

                    if (aliases.Contains(name))
                    {
                        return null;
                    }

                    var kind = KindOf(name);
                    if (kind == PrivacyAttributeKind.None)
                    {
                        continue;
                    }

                    if (scope is null)
                    {
                        scope = Names;
                        if (scope is null || !scope.MeansPackage(declaration, scopeType))
                        {
                            return null;
                        }
                    }

                    var arguments = attribute.ArgumentList?.Arguments ?? default;
                    switch (kind)
                    {
                        case PrivacyAttributeKind.PersonalData when personalData is null && symbol is IPropertySymbol or IFieldSymbol or IParameterSymbol:
                            personalData = ReadPersonalData(scope, arguments);
                            if (personalData is null)
                            {
                                return null;
                            }

                            break;
                        case PrivacyAttributeKind.ProcessingPurpose when purposes is null && symbol is IMethodSymbol or INamedTypeSymbol:
                            purposes = ReadPurposes(scope, arguments, 0);
                            if (purposes is null)
                            {
                                return null;
                            }

                            break;
                        case PrivacyAttributeKind.SharesWith when symbol is IMethodSymbol { MethodKind: MethodKind.Ordinary } or INamedTypeSymbol { TypeKind: TypeKind.Class }:
                            if (arguments.Count != 1 || arguments[0].NameEquals is not null || arguments[0].NameColon is not null || StringLiteral(arguments[0].Expression) is not { } recipient)
                            {
                                return null;
                            }

                            (recipients ??= new List<string>()).Add(recipient);
                            break;
                        case PrivacyAttributeKind.Anonymizes when !anonymizes && arguments.Count == 0 && symbol is IMethodSymbol { MethodKind: MethodKind.Ordinary }:
                            anonymizes = true;
                            break;
                        case PrivacyAttributeKind.NotPersonalData when !notPersonalData && arguments.Count == 0 && symbol is IPropertySymbol or IFieldSymbol or IParameterSymbol:
                            notPersonalData = true;
                            break;
                        default:
                            // Repeated, misplaced, or an attribute this reader does not read: binding decides.
                            return null;
                    }
                }
            }

            return new DeclaredAttributes(
                hasAttributes,
                personalData,
                purposes,
                recipients is null ? null : new EquatableArray<string>(recipients),
                anonymizes,
                notPersonalData);
        }

        private static PersonalDataAnnotation? ReadPersonalData(PackageNameScope scope, SeparatedSyntaxList<AttributeArgumentSyntax> arguments)
        {
            var positional = 0;
            while (positional < arguments.Count && arguments[positional].NameEquals is null)
            {
                positional++;
            }

            if (positional == 0 || EnumMember(scope.Category, arguments[0]) is not { } category || ReadPurposes(scope, arguments, 1, positional) is not { } purposes)
            {
                return null;
            }

            var subjects = DataSubject.None;
            var source = DataSource.DataSubject;
            string? retention = null, description = null;
            var required = false;
            var sharedWith = EquatableArray<string>.Empty;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var index = positional; index < arguments.Count; index++)
            {
                var argument = arguments[index];
                if (argument.NameEquals is not { Name.Identifier.ValueText: var property } || !seen.Add(property))
                {
                    return null;
                }

                switch (property)
                {
                    case "Subjects" when Flags(scope.DataSubject, argument.Expression) is { } value:
                        subjects = (DataSubject)value;
                        break;
                    case "Source" when EnumMember(scope.DataSource, argument.Expression) is { } value:
                        source = (DataSource)value;
                        break;
                    case "Retention" when StringLiteral(argument.Expression) is { } value:
                        retention = value;
                        break;
                    case "Description" when StringLiteral(argument.Expression) is { } value:
                        description = value;
                        break;
                    case "Required" when argument.Expression.Kind() is SyntaxKind.TrueLiteralExpression or SyntaxKind.FalseLiteralExpression:
                        required = argument.Expression.IsKind(SyntaxKind.TrueLiteralExpression);
                        break;
                    case "SharedWith" when StringArray(argument.Expression) is { } values:
                        sharedWith = values;
                        break;
                    default:
                        return null;
                }
            }

            return new PersonalDataAnnotation((Category)category, purposes, subjects, source, retention, required, description, sharedWith);
        }

        private static EquatableArray<Purpose>? ReadPurposes(PackageNameScope scope, SeparatedSyntaxList<AttributeArgumentSyntax> arguments, int start, int end = -1)
        {
            end = end < 0 ? arguments.Count : end;
            var values = new Purpose[end - start];
            for (var index = start; index < end; index++)
            {
                if (EnumMember(scope.Purpose, arguments[index]) is not { } value)
                {
                    return null;
                }

                values[index - start] = (Purpose)value;
            }

            return EquatableArray<Purpose>.TakeOwnership(values);
        }

        /// <summary>A positional argument <c>Enum.Member</c>; named by parameter (<c>category:</c>) it is left to binding.</summary>
        private static int? EnumMember(INamedTypeSymbol enumType, AttributeArgumentSyntax argument) =>
            argument.NameColon is null && argument.NameEquals is null ? EnumMember(enumType, argument.Expression) : null;

        /// <summary>The value of <c>Enum.Member</c> written with the enum's simple name (which the scope proved means the package's enum).</summary>
        private static int? EnumMember(INamedTypeSymbol enumType, ExpressionSyntax expression)
        {
            if (expression is not MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: var written }, Name: IdentifierNameSyntax member } access
                || !access.IsKind(SyntaxKind.SimpleMemberAccessExpression)
                || !string.Equals(written, enumType.Name, StringComparison.Ordinal))
            {
                return null;
            }

            foreach (var candidate in enumType.GetMembers(member.Identifier.ValueText))
            {
                if (candidate is IFieldSymbol { HasConstantValue: true, ConstantValue: int value })
                {
                    return value;
                }
            }

            return null;
        }

        private static int? Flags(INamedTypeSymbol enumType, ExpressionSyntax expression)
        {
            if (expression is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.BitwiseOrExpression))
            {
                return Flags(enumType, binary.Left) is { } left && Flags(enumType, binary.Right) is { } right ? left | right : null;
            }

            return EnumMember(enumType, expression);
        }

        private static string? StringLiteral(ExpressionSyntax expression) =>
            expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal.Token.ValueText : null;

        private static EquatableArray<string>? StringArray(ExpressionSyntax expression)
        {
            var initializer = expression switch
            {
                ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.Initializer,
                ArrayCreationExpressionSyntax { Type: { ElementType: PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.StringKeyword }, RankSpecifiers.Count: 1 } } array
                    when array.Type.RankSpecifiers[0].Sizes is { Count: 1 } sizes && sizes[0] is OmittedArraySizeExpressionSyntax => array.Initializer,
                _ => null,
            };
            if (initializer is null || initializer.Expressions.Count == 0)
            {
                return null;
            }

            var values = new List<string>(initializer.Expressions.Count);
            foreach (var element in initializer.Expressions)
            {
                if (StringLiteral(element) is not { } value)
                {
                    return null;
                }

                values.Add(value);
            }

            return new EquatableArray<string>(values);
        }

        private PackageNameScope? Names
        {
            get
            {
                if (!namesCreated)
                {
                    names = PackageNameScope.Create(compilation!, aliases, cancellationToken);
                    namesCreated = true;
                }

                return names;
            }
        }

        /// <summary>Type parameters and parameters of a method are in scope in its attributes (nameof): one with the package's names could take them.</summary>
        private static bool DeclaresPackageName(BaseMethodDeclarationSyntax method)
        {
            foreach (var parameter in method.ParameterList.Parameters)
            {
                if (IsPackageName(parameter.Identifier.ValueText))
                {
                    return true;
                }
            }

            if (method is MethodDeclarationSyntax { TypeParameterList: { } typeParameters })
            {
                foreach (var typeParameter in typeParameters.Parameters)
                {
                    if (IsPackageName(typeParameter.Identifier.ValueText))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool IsPackageName(string name) =>
            Array.IndexOf(EnumNames, name) >= 0 || KindOf(name) != PrivacyAttributeKind.None;

        private static PrivacyAttributeKind KindOf(string written) => written switch
        {
            "PersonalData" or "PersonalDataAttribute" => PrivacyAttributeKind.PersonalData,
            "ProcessingPurpose" or "ProcessingPurposeAttribute" => PrivacyAttributeKind.ProcessingPurpose,
            "SharesWith" or "SharesWithAttribute" => PrivacyAttributeKind.SharesWith,
            "Anonymizes" or "AnonymizesAttribute" => PrivacyAttributeKind.Anonymizes,
            "NotPersonalData" or "NotPersonalDataAttribute" => PrivacyAttributeKind.NotPersonalData,
            _ => PrivacyAttributeKind.None,
        };

        private static string? NameOf(NameSyntax name) => name switch
        {
            QualifiedNameSyntax qualified => NameOf(qualified.Right),
            AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => null,
        };

        private static bool IsPartial(SyntaxTokenList modifiers) => modifiers.Any(SyntaxKind.PartialKeyword);
    }
}
