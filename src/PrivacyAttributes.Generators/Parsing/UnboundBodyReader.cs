using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace PrivacyAttributes.Generators.Parsing
{
    /// <summary>What one body does with personal data, found without binding it.</summary>
    internal sealed class UnboundBody
    {
        /// <summary>The lambdas and anonymous methods, in the order the operation walk meets them.</summary>
        public List<SyntaxNode> Lambdas { get; } = new();

        public List<UnboundUse> Uses { get; } = new();
    }

    /// <summary>
    /// A member read, or an object passed whole to a <c>[SharesWith]</c> call, by the code at
    /// <see cref="Lambda"/> (an index into <see cref="UnboundBody.Lambdas"/>, or -1 for the body itself).
    /// </summary>
    internal readonly struct UnboundUse
    {
        public UnboundUse(int lambda, ISymbol? member, bool returnValue, ITypeSymbol? wholeObject, bool discloses)
        {
            Lambda = lambda;
            Member = member;
            ReturnValue = returnValue;
            WholeObject = wholeObject;
            Discloses = discloses;
        }

        public int Lambda { get; }

        public ISymbol? Member { get; }

        public bool ReturnValue { get; }

        public ITypeSymbol? WholeObject { get; }

        public bool Discloses { get; }
    }

    /// <summary>
    /// Reads a method body the way <see cref="ProcessingParser"/>'s operation walk would, but from
    /// syntax and declared symbols only, so the body is never bound: binding (with nullable
    /// analysis) every body that names personal data was most of the generator's first run.
    /// </summary>
    /// <remarks>
    /// Sound by construction, not by heuristics: only a name in the <see cref="NameFilter"/> (or a
    /// construct <see cref="TreeSummary.NodeMayTouch"/> flags) can make an operation walk record
    /// anything, so only those places need resolving. Each one is resolved the way C# would when
    /// the answer is certain from declarations alone: a receiver that is <c>this</c>, a parameter, a
    /// field or property, or a <c>var</c> local whose initializer is of that kind; a member found by
    /// name in the receiver's type and its base types; a method with exactly one candidate of that
    /// arity whose arguments convert implicitly. Anything else (casts, generic or overloaded calls,
    /// extension methods, local functions, queries, patterns, object creation of a
    /// <c>[SharesWith]</c> type, ...) returns null and the caller binds the body as before. A test
    /// compares both ways on every test source, both samples and the synthetic workload.
    /// </remarks>
    internal sealed class UnboundBodyReader
    {
        private const int MaximumInferenceDepth = 8;

        private readonly Compilation compilation;
        private readonly IMethodSymbol top;
        private readonly INamedTypeSymbol containingType;
        private readonly NameFilter filter;
        private readonly DeclaredAttributeReader attributes;
        private readonly DeclaredTypeResolver? types;
        private readonly CancellationToken cancellationToken;
        private readonly UnboundBody body = new();
        private readonly Dictionary<SyntaxNode, int> lambdaIndexes = new();
        private readonly Dictionary<string, int> declaredNames = new(StringComparer.Ordinal);
        private readonly Dictionary<string, VariableDeclaratorSyntax> localDeclarators = new(StringComparer.Ordinal);
        private readonly List<SyntaxToken> occurrences = new();
        private readonly List<(int Lambda, ISymbol Member, bool ReturnValue, int Position)> reads = new();
        private readonly List<(TextSpan[] Arguments, bool Anonymized)> sharingCalls = new();

        /// <summary>The parameters written in the body's declaration, when they are the method's (not a partial method's other part).</summary>
        private SeparatedSyntaxList<ParameterSyntax>? declaredParameters;

        private UnboundBodyReader(Compilation compilation, IMethodSymbol top, INamedTypeSymbol containingType, NameFilter filter, DeclaredAttributeReader attributes, DeclaredTypeResolver? types, CancellationToken cancellationToken)
        {
            this.types = types;
            this.compilation = compilation;
            this.top = top;
            this.containingType = containingType;
            this.filter = filter;
            this.attributes = attributes;
            this.cancellationToken = cancellationToken;
        }

        /// <summary>The uses in <paramref name="declaration"/> (a declaring syntax of <paramref name="top"/>), or null when they need binding.</summary>
        public static UnboundBody? TryRead(SyntaxNode declaration, IMethodSymbol top, Compilation compilation, NameFilter filter, CancellationToken cancellationToken, DeclaredAttributeReader? attributes = null, DeclaredTypeResolver? types = null)
        {
            if (filter.All || top.ContainingType is not { } containingType || HasPrimaryConstructor(containingType))
            {
                return null;
            }

            var reader = new UnboundBodyReader(compilation, top, containingType, filter, attributes ?? DeclaredAttributeReader.Binding(), types, cancellationToken);
            if (types is not null
                && declaration is BaseMethodDeclarationSyntax { ParameterList: { } parameterList } method
                && top.DeclaringSyntaxReferences.Length == 1
                && !method.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                reader.declaredParameters = parameterList.Parameters;
            }

            return reader.Read(declaration) ? reader.body : null;
        }

        private static bool HasPrimaryConstructor(INamedTypeSymbol type)
        {
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is TypeDeclarationSyntax { ParameterList: not null })
                {
                    return true;
                }
            }

            return false;
        }

        private bool Read(SyntaxNode declaration)
        {
            var parts = new List<SyntaxNode>(2);
            switch (declaration)
            {
                case ConstructorDeclarationSyntax { Initializer: not null }:
                    return false;
                case BaseMethodDeclarationSyntax method:
                    AddPart(parts, method.Body);
                    AddPart(parts, method.ExpressionBody);
                    break;
                case AccessorDeclarationSyntax accessor:
                    AddPart(parts, accessor.Body);
                    AddPart(parts, accessor.ExpressionBody);
                    break;
                case ArrowExpressionClauseSyntax arrow:
                    parts.Add(arrow);
                    break;
                default:
                    return false;
            }

            foreach (var part in parts)
            {
                if (!Scan(part))
                {
                    return false;
                }
            }

            foreach (var token in occurrences)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!Resolve(token))
                {
                    return false;
                }
            }

            foreach (var read in reads)
            {
                body.Uses.Add(new UnboundUse(read.Lambda, read.Member, read.ReturnValue, wholeObject: null, discloses: Discloses(read.Position)));
            }

            return true;
        }

        private static void AddPart(List<SyntaxNode> parts, SyntaxNode? part)
        {
            if (part is not null)
            {
                parts.Add(part);
            }
        }

        /// <summary>Collects lambdas, declared names and the tokens to resolve; false on any construct this reader does not follow.</summary>
        private bool Scan(SyntaxNode part)
        {
            foreach (var item in part.DescendantNodesAndTokens())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (item.IsToken)
                {
                    var token = item.AsToken();
                    if (TreeSummary.TokenMayTouch(token, filter))
                    {
                        if (!token.IsKind(SyntaxKind.IdentifierToken))
                        {
                            return false;
                        }

                        occurrences.Add(token);
                    }

                    continue;
                }

                var node = item.AsNode()!;
                if (TreeSummary.NodeMayTouch(node, filter))
                {
                    return false;
                }

                switch (node)
                {
                    case AttributeListSyntax:
                    case LocalFunctionStatementSyntax:
                    case QueryExpressionSyntax:
                        return false;
                    case AnonymousFunctionExpressionSyntax lambda:
                        if (!IsFollowedInSyntaxOrder(lambda))
                        {
                            return false;
                        }

                        lambdaIndexes.Add(lambda, body.Lambdas.Count);
                        body.Lambdas.Add(lambda);
                        break;
                    case ParameterSyntax parameter:
                        Declare(parameter.Identifier);
                        break;
                    case VariableDeclaratorSyntax declarator:
                        Declare(declarator.Identifier);
                        if (declarator.Parent?.Parent is LocalDeclarationStatementSyntax)
                        {
                            localDeclarators[declarator.Identifier.ValueText] = declarator;
                        }

                        break;
                    case SingleVariableDesignationSyntax designation:
                        Declare(designation.Identifier);
                        break;
                    case ForEachStatementSyntax forEach:
                        Declare(forEach.Identifier);
                        break;
                    case CatchDeclarationSyntax { Identifier.RawKind: not 0 } catchDeclaration:
                        Declare(catchDeclaration.Identifier);
                        break;
                }
            }

            return true;
        }

        /// <summary>
        /// Whether the operation walk numbers this lambda where syntax order puts it: not in a
        /// <c>for</c> loop's incrementors (visited after the body), an interpolation (handler
        /// conversions reorder parts) or a named argument.
        /// </summary>
        private static bool IsFollowedInSyntaxOrder(AnonymousFunctionExpressionSyntax lambda)
        {
            if (lambda.Parent is ArgumentSyntax { NameColon: not null })
            {
                return false;
            }

            for (var node = lambda.Parent; node is not null and not MemberDeclarationSyntax; node = node.Parent)
            {
                if (node is InterpolationSyntax || (node.Parent is ForStatementSyntax loop && loop.Incrementors.Contains(node as ExpressionSyntax ?? lambda)))
                {
                    return false;
                }
            }

            return true;
        }

        private void Declare(SyntaxToken identifier)
        {
            var name = identifier.ValueText;
            declaredNames[name] = declaredNames.TryGetValue(name, out var count) ? count + 1 : 1;
        }

        private bool Resolve(SyntaxToken token)
        {
            if (token.Parent is VariableDeclaratorSyntax or SingleVariableDesignationSyntax or ForEachStatementSyntax or CatchDeclarationSyntax)
            {
                // Declares a local; what initializes it is read where it is written.
                return true;
            }

            if (token.Parent is not IdentifierNameSyntax name)
            {
                return false;
            }

            var identifier = token.ValueText;
            ExpressionSyntax? receiver = null;
            ExpressionSyntax expression = name;
            if (name.Parent is MemberAccessExpressionSyntax access && access.Name == name)
            {
                if (!access.IsKind(SyntaxKind.SimpleMemberAccessExpression))
                {
                    return false;
                }

                receiver = access.Expression;
                expression = access;
            }

            switch (ContextOf(expression))
            {
                case Use.Write:
                    return true;
                case Use.Read when receiver is null && IsLocal(name):
                    return true;
                case Use.Read:
                    var member = receiver is null ? ResolveSimpleName(identifier) : ResolveMember(receiver, identifier);
                    if (member is null)
                    {
                        return false;
                    }

                    reads.Add((LambdaOf(name), member, false, token.SpanStart));
                    return true;
                case Use.Invoked:
                    var invocation = (InvocationExpressionSyntax)expression.Parent!;
                    return ResolveMethod(invocation) is { } method && RecordCall(invocation, method);
                default:
                    return false;
            }
        }

        /// <summary>What the operation walk does with the member an expression names.</summary>
        private static Use ContextOf(ExpressionSyntax expression)
        {
            var parent = expression.Parent;
            switch (parent)
            {
                case InvocationExpressionSyntax invocation when invocation.Expression == expression:
                    return Use.Invoked;
                case AssignmentExpressionSyntax assignment:
                    return assignment.Left == expression && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) ? Use.Write : Use.Read;
                case ArgumentSyntax argument:
                    return argument.RefKindKeyword.IsKind(SyntaxKind.OutKeyword)
                        || argument.Parent is not ArgumentListSyntax { Parent: InvocationExpressionSyntax or ObjectCreationExpressionSyntax } list
                        || (list.Parent is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } })
                        ? Use.Unknown
                        : Use.Read;
                case MemberAccessExpressionSyntax access:
                    return access.Expression == expression ? Use.Read : Use.Unknown;
                case ConditionalAccessExpressionSyntax conditional:
                    return conditional.Expression == expression ? Use.Read : Use.Unknown;
                case BinaryExpressionSyntax binary:
                    return binary.IsKind(SyntaxKind.AsExpression) || binary.IsKind(SyntaxKind.IsExpression) ? (binary.Left == expression ? Use.Read : Use.Unknown) : Use.Read;
                case CastExpressionSyntax cast:
                    return cast.Expression == expression ? Use.Read : Use.Unknown;
                case IsPatternExpressionSyntax pattern:
                    return pattern.Expression == expression ? Use.Read : Use.Unknown;
                case SwitchExpressionSyntax switchExpression:
                    return switchExpression.GoverningExpression == expression ? Use.Read : Use.Unknown;
                case SwitchExpressionArmSyntax arm:
                    return arm.Expression == expression ? Use.Read : Use.Unknown;
                case ElementAccessExpressionSyntax element:
                    return element.Expression == expression ? Use.Read : Use.Unknown;
                case AnonymousFunctionExpressionSyntax lambda:
                    return lambda.ExpressionBody == expression ? Use.Read : Use.Unknown;
                case AnonymousObjectMemberDeclaratorSyntax declarator:
                    return declarator.Expression == expression ? Use.Read : Use.Unknown;
                case InitializerExpressionSyntax initializer:
                    return initializer.IsKind(SyntaxKind.ArrayInitializerExpression) ? Use.Read : Use.Unknown;
                case PrefixUnaryExpressionSyntax:
                case PostfixUnaryExpressionSyntax:
                case ParenthesizedExpressionSyntax:
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax }:
                case ReturnStatementSyntax:
                case ArrowExpressionClauseSyntax:
                case ExpressionStatementSyntax:
                case InterpolationSyntax:
                case ConditionalExpressionSyntax:
                case AwaitExpressionSyntax:
                case ThrowExpressionSyntax:
                case ThrowStatementSyntax:
                case IfStatementSyntax:
                case WhileStatementSyntax:
                case DoStatementSyntax:
                case YieldStatementSyntax:
                case CheckedExpressionSyntax:
                    return Use.Read;
                case SwitchStatementSyntax statement:
                    return statement.Expression == expression ? Use.Read : Use.Unknown;
                case ForEachStatementSyntax forEach:
                    return forEach.Expression == expression ? Use.Read : Use.Unknown;
                case UsingStatementSyntax usingStatement:
                    return usingStatement.Expression == expression ? Use.Read : Use.Unknown;
                case LockStatementSyntax:
                    return Use.Read;
                default:
                    return Use.Unknown;
            }
        }

        /// <summary>A field, property or parameter named by a simple name in the body.</summary>
        private ISymbol? ResolveSimpleName(string name)
        {
            if (declaredNames.ContainsKey(name))
            {
                return null;
            }

            if ((declaredParameters is null || DeclaredParameter(name) is not null) && ParameterNamed(name) is { } parameter)
            {
                return parameter;
            }

            return FindMember(containingType, name) is { } member && member is IFieldSymbol or IPropertySymbol { IsIndexer: false } ? member : null;
        }

        private IParameterSymbol? ParameterNamed(string name)
        {
            foreach (var parameter in top.Parameters)
            {
                if (string.Equals(parameter.Name, name, StringComparison.Ordinal))
                {
                    return parameter;
                }
            }

            return null;
        }

        /// <summary>The field or property <paramref name="name"/> of what <paramref name="receiver"/> evaluates to.</summary>
        private ISymbol? ResolveMember(ExpressionSyntax receiver, string name)
        {
            if (TypeOf(receiver, 0) is not { } type
                || FindMember(type, name) is not { } member
                || member is not (IFieldSymbol or IPropertySymbol { IsIndexer: false }))
            {
                return null;
            }

            // Color Color: a static member reached through a name that is also a type is a type access.
            return member.IsStatic ? null : member;
        }

        /// <summary>The method an invocation calls, when exactly one candidate can be the one.</summary>
        private IMethodSymbol? ResolveMethod(InvocationExpressionSyntax invocation)
        {
            switch (invocation.Expression)
            {
                case IdentifierNameSyntax name:
                    var identifier = name.Identifier.ValueText;
                    if (declaredNames.ContainsKey(identifier) || identifier == "nameof")
                    {
                        return null;
                    }

                    // A delegate parameter is invoked, not a method.
                    return (declaredParameters is null ? ParameterNamed(identifier) is null : DeclaredParameter(identifier) is null) ? FindMethod(containingType, identifier, invocation.ArgumentList) : null;
                case MemberAccessExpressionSyntax { Name: IdentifierNameSyntax memberName } access when access.IsKind(SyntaxKind.SimpleMemberAccessExpression):
                    return TypeOf(access.Expression, 0) is { } type ? FindMethod(type, memberName.Identifier.ValueText, invocation.ArgumentList) : null;
                default:
                    return null;
            }
        }

        /// <summary>Records a call's annotated return value, and what a <c>[SharesWith]</c> call discloses.</summary>
        private bool RecordCall(InvocationExpressionSyntax invocation, IMethodSymbol method)
        {
            var lambda = LambdaOf(invocation);
            reads.Add((lambda, method, true, invocation.Expression.SpanStart));
            if (!ProcessingParser.SharesWith(method, attributes))
            {
                return true;
            }

            var anonymized = ProcessingParser.Anonymizes(method, attributes);
            for (SyntaxNode? node = invocation; node is not null and not AnonymousFunctionExpressionSyntax and not MemberDeclarationSyntax and not AccessorDeclarationSyntax; node = node.Parent)
            {
                if (node.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: { } call } })
                {
                    // Passed into another call: that call may anonymize what this one discloses.
                    if (call is not InvocationExpressionSyntax outer || ResolveMethod(outer) is not { } outerMethod)
                    {
                        return false;
                    }

                    anonymized |= ProcessingParser.Anonymizes(outerMethod, attributes);
                }
            }

            var spans = new TextSpan[invocation.ArgumentList.Arguments.Count];
            var index = 0;
            foreach (var argument in invocation.ArgumentList.Arguments)
            {
                spans[index++] = argument.Span;
                switch (argument.Expression)
                {
                    case LiteralExpressionSyntax literal when !literal.IsKind(SyntaxKind.DefaultLiteralExpression):
                        break;
                    case IdentifierNameSyntax or MemberAccessExpressionSyntax or ThisExpressionSyntax:
                        if (TypeOf(argument.Expression, 0) is not { } type)
                        {
                            return false;
                        }

                        if (!anonymized)
                        {
                            body.Uses.Add(new UnboundUse(lambda, member: null, returnValue: false, wholeObject: type, discloses: true));
                        }

                        break;
                    default:
                        return false;
                }
            }

            sharingCalls.Add((spans, anonymized));
            return true;
        }

        private bool Discloses(int position)
        {
            foreach (var (arguments, anonymized) in sharingCalls)
            {
                foreach (var span in arguments)
                {
                    if (span.Contains(position))
                    {
                        return !anonymized;
                    }
                }
            }

            return false;
        }

        private int LambdaOf(SyntaxNode node)
        {
            for (var current = node.Parent; current is not null; current = current.Parent)
            {
                if (current is AnonymousFunctionExpressionSyntax && lambdaIndexes.TryGetValue(current, out var index))
                {
                    return index;
                }

                if (current is MemberDeclarationSyntax or AccessorDeclarationSyntax)
                {
                    break;
                }
            }

            return -1;
        }

        /// <summary>The type an expression evaluates to, when declarations alone say it.</summary>
        private ITypeSymbol? TypeOf(ExpressionSyntax expression, int depth)
        {
            if (depth > MaximumInferenceDepth)
            {
                return null;
            }

            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    return TypeOf(parenthesized.Expression, depth + 1);
                case PostfixUnaryExpressionSyntax suppressed when suppressed.IsKind(SyntaxKind.SuppressNullableWarningExpression):
                    return TypeOf(suppressed.Operand, depth + 1);
                case ThisExpressionSyntax:
                    return containingType;
                case LiteralExpressionSyntax literal:
                    return LiteralType(literal);
                case IdentifierNameSyntax name:
                    return TypeOfName(name, depth);
                case MemberAccessExpressionSyntax { Name: IdentifierNameSyntax memberName } access when access.IsKind(SyntaxKind.SimpleMemberAccessExpression):
                    return ResolveMember(access.Expression, memberName.Identifier.ValueText) is { } member ? TypeOfMember(member) : null;
                case InvocationExpressionSyntax invocation:
                    return ResolveMethod(invocation) is { ReturnsVoid: false } method ? method.ReturnType : null;
                default:
                    return null;
            }
        }

        /// <summary>Whether a simple name certainly means the one local of that name: declared once, before it, in a block that holds it.</summary>
        private bool IsLocal(IdentifierNameSyntax name) => LocalDeclarator(name) is not null;

        private VariableDeclaratorSyntax? LocalDeclarator(IdentifierNameSyntax name)
        {
            var identifier = name.Identifier.ValueText;
            return declaredNames.TryGetValue(identifier, out var count)
                && count == 1
                && localDeclarators.TryGetValue(identifier, out var declarator)
                && declarator.SpanStart < name.SpanStart
                && declarator.Parent?.Parent?.Parent is BlockSyntax block
                && block.Span.Contains(name.Span)
                && (declarator.Initializer is null || !declarator.Initializer.Span.Contains(name.Span))
                ? declarator
                : null;
        }

        private ITypeSymbol? TypeOfName(IdentifierNameSyntax name, int depth)
        {
            var identifier = name.Identifier.ValueText;
            if (declaredNames.ContainsKey(identifier))
            {
                return LocalDeclarator(name) is { Parent: VariableDeclarationSyntax { Type: IdentifierNameSyntax { IsVar: true } }, Initializer.Value: { } initializer }
                    ? TypeOf(initializer, depth + 1)
                    : null;
            }

            if (DeclaredParameter(identifier) is { } declared)
            {
                return declared.Type is { } type && types!.Resolve(type, containingType, top) is { } resolved ? resolved : ParameterNamed(identifier)?.Type;
            }

            if (declaredParameters is null && ParameterNamed(identifier) is { } parameter)
            {
                return parameter.Type;
            }

            return FindMember(containingType, identifier) is { } member ? TypeOfMember(member) : null;
        }

        /// <summary>A field's or property's type, from its declaration when <see cref="types"/> can resolve it (no signature binding).</summary>
        private ITypeSymbol? TypeOfMember(ISymbol member)
        {
            if (types is not null && member.ContainingType is { } declaringType && member.DeclaringSyntaxReferences.Length == 1)
            {
                var declaredType = member.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) switch
                {
                    VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: FieldDeclarationSyntax, Type: var fieldType } } when member is IFieldSymbol { IsFixedSizeBuffer: false } => fieldType,
                    PropertyDeclarationSyntax { Type: var propertyType } when member is IPropertySymbol { IsIndexer: false } => propertyType,
                    _ => null,
                };
                if (declaredType is not null && types.Resolve(declaredType, declaringType) is { } resolved)
                {
                    return resolved;
                }
            }

            return member switch
            {
                IFieldSymbol field => field.Type,
                IPropertySymbol { IsIndexer: false } property => property.Type,
                _ => null,
            };
        }

        /// <summary>The parameter of that name written in the body's declaration, when <see cref="declaredParameters"/> are known.</summary>
        private ParameterSyntax? DeclaredParameter(string name)
        {
            if (declaredParameters is not { } parameters)
            {
                return null;
            }

            foreach (var parameter in parameters)
            {
                if (string.Equals(parameter.Identifier.ValueText, name, StringComparison.Ordinal))
                {
                    return parameter;
                }
            }

            return null;
        }

        private ITypeSymbol? LiteralType(LiteralExpressionSyntax literal)
        {
            var special = literal.Kind() switch
            {
                SyntaxKind.StringLiteralExpression => SpecialType.System_String,
                SyntaxKind.CharacterLiteralExpression => SpecialType.System_Char,
                SyntaxKind.TrueLiteralExpression or SyntaxKind.FalseLiteralExpression => SpecialType.System_Boolean,
                SyntaxKind.NumericLiteralExpression => literal.Token.Value switch
                {
                    int => SpecialType.System_Int32,
                    uint => SpecialType.System_UInt32,
                    long => SpecialType.System_Int64,
                    ulong => SpecialType.System_UInt64,
                    float => SpecialType.System_Single,
                    double => SpecialType.System_Double,
                    decimal => SpecialType.System_Decimal,
                    _ => SpecialType.None,
                },
                _ => SpecialType.None,
            };
            return special == SpecialType.None ? null : compilation.GetSpecialType(special);
        }

        /// <summary>A type whose members lookup walks through base types only (no interfaces, delegates or error types), or null.</summary>
        private static INamedTypeSymbol? LookupType(ITypeSymbol type) =>
            type is INamedTypeSymbol named && named.TypeKind is not (TypeKind.Error or TypeKind.Interface or TypeKind.Delegate) ? named : null;

        /// <summary>The one member named <paramref name="name"/> that member lookup finds in <paramref name="type"/>, or null.</summary>
        private ISymbol? FindMember(ITypeSymbol type, string name)
        {
            if (LookupType(type) is not { } named)
            {
                return null;
            }

            for (var current = named; current is not null; current = current.BaseType)
            {
                var members = current.GetMembers(name);
                if (members.IsEmpty)
                {
                    continue;
                }

                return members.Length == 1 && IsAccessible(members[0], named) ? members[0] : null;
            }

            return null;
        }

        /// <summary>
        /// Whether <paramref name="member"/>, found through <paramref name="through"/>, is accessible in
        /// the body. Public members of public non-generic types, and members of this assembly that are
        /// neither private nor protected, are accessible anywhere in it; that is decided here because
        /// <c>IsSymbolAccessibleWithin</c> first checks that the symbol belongs to the compilation by
        /// scanning its references, on every call.
        /// </summary>
        private bool IsAccessible(ISymbol member, INamedTypeSymbol through)
        {
            var ownAssembly = SymbolEqualityComparer.Default.Equals(member.ContainingAssembly, compilation.Assembly);
            for (var current = member; current is not null; current = current.ContainingType)
            {
                var accessibleEverywhere = current.DeclaredAccessibility == Accessibility.Public
                    || ownAssembly && current.DeclaredAccessibility is Accessibility.Internal or Accessibility.ProtectedOrInternal;
                if (!accessibleEverywhere || current is INamedTypeSymbol { IsGenericType: true })
                {
                    return compilation.IsSymbolAccessibleWithin(member, containingType, through);
                }
            }

            return true;
        }

        /// <summary>The one method of <paramref name="type"/> overload resolution can pick for <paramref name="arguments"/>, or null.</summary>
        private IMethodSymbol? FindMethod(ITypeSymbol type, string name, ArgumentListSyntax arguments)
        {
            if (LookupType(type) is not { } named)
            {
                return null;
            }

            foreach (var argument in arguments.Arguments)
            {
                if (argument.NameColon is not null || !argument.RefKindKeyword.IsKind(SyntaxKind.None))
                {
                    return null;
                }
            }

            var count = arguments.Arguments.Count;
            for (var current = named; current is not null; current = current.BaseType)
            {
                IMethodSymbol? candidate = null;
                foreach (var member in current.GetMembers(name))
                {
                    if (member is not IMethodSymbol method || method.IsGenericMethod || HasFlexibleParameters(method))
                    {
                        return null;
                    }

                    if (method.Parameters.Length != count)
                    {
                        continue;
                    }

                    if (candidate is not null)
                    {
                        return null;
                    }

                    candidate = method;
                }

                if (candidate is null)
                {
                    continue;
                }

                return IsAccessible(candidate, named) && ArgumentsConvert(candidate, arguments) ? candidate : null;
            }

            return null;
        }

        private static bool HasFlexibleParameters(IMethodSymbol method)
        {
            foreach (var parameter in method.Parameters)
            {
                if (parameter.IsParams || parameter.IsOptional || parameter.RefKind != RefKind.None)
                {
                    return true;
                }
            }

            return false;
        }

        private bool ArgumentsConvert(IMethodSymbol method, ArgumentListSyntax arguments)
        {
            for (var index = 0; index < method.Parameters.Length; index++)
            {
                if (TypeOf(arguments.Arguments[index].Expression, 1) is not { } type
                    || !compilation.ClassifyCommonConversion(type, method.Parameters[index].Type).IsImplicit)
                {
                    return false;
                }
            }

            return true;
        }

        private enum Use
        {
            Unknown,
            Read,
            Write,
            Invoked,
        }
    }
}
