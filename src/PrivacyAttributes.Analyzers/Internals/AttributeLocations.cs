using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PrivacyAttributes.Analyzers.Internals
{
    /// <summary>
    /// Finds where an attribute, or one of its arguments, is written, so a diagnostic points at the
    /// offending argument rather than the whole attribute. Never throws: with no syntax (metadata) or
    /// an argument list that does not match the bound arguments (code being typed), it falls back to
    /// the attribute, then to nothing.
    /// </summary>
    internal static class AttributeLocations
    {
        public static AttributeSyntax? GetSyntax(AttributeData attribute, CancellationToken cancellationToken) =>
            attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;

        /// <summary>The whole attribute (name and arguments, without the brackets).</summary>
        public static Location? Of(AttributeData attribute, CancellationToken cancellationToken) =>
            GetSyntax(attribute, cancellationToken)?.GetLocation();

        /// <summary>The <paramref name="index"/>th positional argument, else the attribute.</summary>
        public static Location? OfPositional(AttributeData attribute, int index, CancellationToken cancellationToken)
        {
            var syntax = GetSyntax(attribute, cancellationToken);
            if (syntax is null)
            {
                return null;
            }

            return PositionalArgument(syntax, index)?.GetLocation() ?? syntax.GetLocation();
        }

        /// <summary>
        /// The syntax of element <paramref name="element"/> of the params array that starts at positional
        /// index <paramref name="paramsIndex"/>: the element itself in expanded form, the element of an array
        /// creation, else the argument, else the attribute.
        /// </summary>
        public static Location? OfParamsElement(AttributeData attribute, int paramsIndex, int element, CancellationToken cancellationToken)
        {
            var syntax = GetSyntax(attribute, cancellationToken);
            if (syntax is null)
            {
                return null;
            }

            var expanded = PositionalArgument(syntax, paramsIndex + element);
            var first = PositionalArgument(syntax, paramsIndex);
            if (first is not null && ElementOf(first.Expression, element) is { } inArray)
            {
                return inArray.GetLocation();
            }

            return (expanded ?? first)?.GetLocation() ?? syntax.GetLocation();
        }

        /// <summary>The named argument <paramref name="name"/> (<c>Name = value</c>), else the attribute.</summary>
        public static Location? OfNamed(AttributeData attribute, string name, CancellationToken cancellationToken)
        {
            var syntax = GetSyntax(attribute, cancellationToken);
            if (syntax is null)
            {
                return null;
            }

            return NamedArgument(syntax, name)?.GetLocation() ?? syntax.GetLocation();
        }

        /// <summary>Element <paramref name="element"/> of an array given to named argument <paramref name="name"/>, else the argument.</summary>
        public static Location? OfNamedElement(AttributeData attribute, string name, int element, CancellationToken cancellationToken)
        {
            var syntax = GetSyntax(attribute, cancellationToken);
            if (syntax is null)
            {
                return null;
            }

            var argument = NamedArgument(syntax, name);
            if (argument is null)
            {
                return syntax.GetLocation();
            }

            return (ElementOf(argument.Expression, element) ?? (SyntaxNode)argument).GetLocation();
        }

        public static AttributeArgumentSyntax? PositionalArgument(AttributeSyntax syntax, int index)
        {
            if (syntax.ArgumentList is null || index < 0)
            {
                return null;
            }

            var position = 0;
            foreach (var argument in syntax.ArgumentList.Arguments)
            {
                if (argument.NameEquals is not null)
                {
                    continue;
                }

                if (position == index)
                {
                    return argument;
                }

                position++;
            }

            return null;
        }

        public static AttributeArgumentSyntax? NamedArgument(AttributeSyntax syntax, string name)
        {
            if (syntax.ArgumentList is null)
            {
                return null;
            }

            foreach (var argument in syntax.ArgumentList.Arguments)
            {
                if (argument.NameEquals is { } nameEquals && string.Equals(nameEquals.Name.Identifier.ValueText, name, StringComparison.Ordinal))
                {
                    return argument;
                }

                if (argument.NameColon is { } nameColon && string.Equals(nameColon.Name.Identifier.ValueText, name, StringComparison.OrdinalIgnoreCase))
                {
                    return argument;
                }
            }

            return null;
        }

        private static ExpressionSyntax? ElementOf(ExpressionSyntax expression, int element)
        {
            InitializerExpressionSyntax? initializer = expression switch
            {
                ArrayCreationExpressionSyntax creation => creation.Initializer,
                ImplicitArrayCreationExpressionSyntax implicitCreation => implicitCreation.Initializer,
                InitializerExpressionSyntax direct => direct,
                _ => null,
            };

            if (initializer is not null)
            {
                return element < initializer.Expressions.Count ? initializer.Expressions[element] : null;
            }

            if (expression is CollectionExpressionSyntax collection)
            {
                return element < collection.Elements.Count && collection.Elements[element] is ExpressionElementSyntax item ? item.Expression : null;
            }

            return null;
        }
    }
}
