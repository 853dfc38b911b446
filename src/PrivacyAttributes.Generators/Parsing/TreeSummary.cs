using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PrivacyAttributes.Roslyn;

namespace PrivacyAttributes.Generators.Parsing
{
    /// <summary>The method names (and nested type names) written inside one type declaration.</summary>
    internal sealed record TypeMemberNames(string Type, EquatableArray<string> Names);

    /// <summary>
    /// What one syntax tree contributes to the project, read from syntax alone so the pipeline can
    /// cache it per tree: a hash of everything outside member bodies (an edit inside a body cannot
    /// change how any other file binds; hashed only when compared, see <see cref="DeclarationHash"/>),
    /// and an over-approximation of the names through which a
    /// member body can read personal data or disclose it (see <see cref="NameFilter"/>). Holds no
    /// positions, so an edit inside a body that adds no annotation yields an equal summary. What
    /// bodies contribute to binding is in the tree's <see cref="TreeFingerprint"/>.
    /// </summary>
    internal sealed record TreeSummary(
        string Path,
        bool Wildcard,
        EquatableArray<string> AttributeNames,
        EquatableArray<string> Aliases,
        EquatableArray<string> Names,
        EquatableArray<string> SharingTypes,
        EquatableArray<string> HandlerTypes,
        EquatableArray<TypeMemberNames> TypeMembers,
        DeclarationHash Declarations)
    {
        private static readonly ConditionalWeakTable<SyntaxTree, TreeFacts> Memo = new();

        public const string PersonalData = "PersonalData";
        public const string ProcessingPurpose = "ProcessingPurpose";
        public const string SharesWith = "SharesWith";

        /// <summary>Pseudo-names for syntax that reaches a member without writing its name.</summary>
        public const string Indexer = "this[]";
        public const string ImplicitNew = "new()";
        public const string ConstructorInitializer = ":init";
        public const string Interpolation = "$";

        private static readonly string[] QueryMethods =
        [
            "Select", "SelectMany", "Where", "Join", "GroupJoin", "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending", "GroupBy", "Cast",
        ];

        /// <summary>
        /// The summary and fingerprint of one tree (the fingerprint hashed only when compared, see
        /// <see cref="TreeFingerprint"/>), made once per tree instance: both are a function of the tree alone (its text, path and parse options, all fixed for an instance),
        /// so remembering them weakly per instance is exact and lets an unchanged tree cost one lookup.
        /// </summary>
        /// <param name="tree">The tree.</param>
        /// <param name="cancellationToken">Cancels the walk.</param>
        /// <param name="remember">
        /// Whether to add a new result to the memo. Adding takes the memo's lock, which the
        /// finalizer thread can hold for tens of milliseconds while it frees a large table's handles
        /// (measured after a first run at 1,000 types): a run that edits a few trees of a project
        /// it has just seen does without (see ProjectTrees).
        /// </param>
        public static TreeFacts Of(SyntaxTree tree, CancellationToken cancellationToken, bool remember = true)
        {
            if (Memo.TryGetValue(tree, out var facts))
            {
                return facts;
            }

            var owners = new List<SyntaxNode>();
            facts = new TreeFacts(Create(tree, owners, cancellationToken), new TreeFingerprint(tree), owners);
            return remember ? Memo.GetValue(tree, _ => facts) : facts;
        }

        /// <summary>
        /// The nodes in <paramref name="tree"/> that carry at least one attribute, in document order, when
        /// its facts are remembered (every tree of a first run); null otherwise. Saves the semantic pass
        /// a second walk over every node of the tree.
        /// </summary>
        public static IReadOnlyList<SyntaxNode>? AttributeOwnersOf(SyntaxTree tree) =>
            Memo.TryGetValue(tree, out var facts) ? facts.AttributeOwners : null;

        public static TreeSummary Create(SyntaxTree tree, CancellationToken cancellationToken) => Create(tree, attributeOwners: null, cancellationToken);

        /// <param name="tree">The tree.</param>
        /// <param name="attributeOwners">Receives every node that carries an attribute, once, in document order.</param>
        /// <param name="cancellationToken">Cancels the walk.</param>
        private static TreeSummary Create(SyntaxTree tree, List<SyntaxNode>? attributeOwners, CancellationToken cancellationToken)
        {
            var root = tree.GetRoot(cancellationToken);
            var attributeNames = new SortedSet<string>(StringComparer.Ordinal);
            var aliases = new SortedSet<string>(StringComparer.Ordinal);
            var names = new SortedSet<string>(StringComparer.Ordinal);
            var sharingTypes = new SortedSet<string>(StringComparer.Ordinal);
            var handlerTypes = new SortedSet<string>(StringComparer.Ordinal);
            var typeMembers = new List<(string Type, SortedSet<string> Names)>();

            // The type declarations around the current node, innermost last: each collects the
            // methods, local functions, nested types and delegates written anywhere inside it.
            var openTypes = new List<(int End, SortedSet<string> Names)>();
            var wildcard = false;

            foreach (var node in root.DescendantNodes())
            {
                cancellationToken.ThrowIfCancellationRequested();
                while (openTypes.Count > 0 && node.SpanStart >= openTypes[openTypes.Count - 1].End)
                {
                    openTypes.RemoveAt(openTypes.Count - 1);
                }

                if (openTypes.Count > 0 && MemberName(node) is { } memberName)
                {
                    foreach (var open in openTypes)
                    {
                        open.Names.Add(memberName);
                    }
                }

                switch (node)
                {
                    case UsingDirectiveSyntax { Alias: { } alias }:
                        aliases.Add(alias.Name.Identifier.ValueText);
                        break;
                    case BaseTypeDeclarationSyntax type and (TypeDeclarationSyntax or EnumDeclarationSyntax):
                        if (type is TypeDeclarationSyntax)
                        {
                            var members = new SortedSet<string>(StringComparer.Ordinal);
                            typeMembers.Add((type.Identifier.ValueText, members));
                            openTypes.Add((type.Span.End, members));
                        }

                        break;
                    case AttributeSyntax attribute:
                        var name = SimpleName(attribute.Name);
                        attributeNames.Add(name);
                        var owner = attribute.Parent?.Parent;
                        if (attributeOwners is not null && owner is not null && (attributeOwners.Count == 0 || !ReferenceEquals(attributeOwners[attributeOwners.Count - 1], owner)))
                        {
                            // An owner's attribute lists are its first children, so its attributes come
                            // before any node inside it, and owners are added in document order.
                            attributeOwners.Add(owner);
                        }

                        if (Is(name, PersonalData))
                        {
                            wildcard |= !AddPersonalDataNames(owner, names);
                        }
                        else if (Is(name, SharesWith))
                        {
                            wildcard |= !AddSharingNames(owner, names, sharingTypes);
                        }
                        else if (Is(name, "InterpolatedStringHandler") && owner is BaseTypeDeclarationSyntax handler)
                        {
                            handlerTypes.Add(handler.Identifier.ValueText);
                        }

                        break;
                }
            }

            return new TreeSummary(
                tree.FilePath,
                wildcard,
                new EquatableArray<string>(attributeNames),
                new EquatableArray<string>(aliases),
                new EquatableArray<string>(names),
                new EquatableArray<string>(sharingTypes),
                new EquatableArray<string>(handlerTypes),
                new EquatableArray<TypeMemberNames>(typeMembers.ConvertAll(static type => new TypeMemberNames(type.Type, new EquatableArray<string>(type.Names)))),
                new DeclarationHash(tree));
        }

        /// <summary>Whether an attribute written as <paramref name="name"/> can be <paramref name="attribute"/> without an alias.</summary>
        public static bool Is(string name, string attribute) =>
            name.Length >= attribute.Length
            && name.StartsWith(attribute, StringComparison.Ordinal)
            && (name.Length == attribute.Length || string.Equals(name.Substring(attribute.Length), "Attribute", StringComparison.Ordinal));

        /// <summary>The rightmost identifier of an attribute's name, as written.</summary>
        public static string SimpleName(NameSyntax name) => name switch
        {
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
            _ => name.ToString(),
        };

        /// <summary>
        /// Whether a body may reach a member named in <paramref name="filter"/>: any identifier it
        /// writes, and pseudo-names for syntax that invokes or reads a member implicitly.
        /// </summary>
        public static bool MayTouch(SyntaxNode body, NameFilter filter)
        {
            foreach (var item in body.DescendantNodesAndTokens())
            {
                if (item.IsToken ? TokenMayTouch(item.AsToken(), filter) : NodeMayTouch(item.AsNode()!, filter))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a token names a member in <paramref name="filter"/> (an identifier, or the <c>field</c> keyword).</summary>
        public static bool TokenMayTouch(SyntaxToken token, NameFilter filter) =>
            token.IsKind(SyntaxKind.IdentifierToken) ? filter.Contains(token.ValueText) : token.Text == "field" && filter.Contains("field");

        /// <summary>Whether a node reaches a member in <paramref name="filter"/> without writing its name (indexers, implicit calls).</summary>
        public static bool NodeMayTouch(SyntaxNode node, NameFilter filter)
        {
            switch (node.Kind())
            {
                case SyntaxKind.ElementAccessExpression:
                case SyntaxKind.ElementBindingExpression:
                case SyntaxKind.ImplicitElementAccess:
                    if (filter.Contains(Indexer))
                    {
                        return true;
                    }

                    break;
                case SyntaxKind.InvocationExpression:
                    if (filter.Contains("Invoke"))
                    {
                        return true;
                    }

                    break;
                case SyntaxKind.CollectionInitializerExpression:
                case SyntaxKind.ComplexElementInitializerExpression:
                case SyntaxKind.CollectionExpression:
                    if (filter.Contains("Add"))
                    {
                        return true;
                    }

                    break;
                case SyntaxKind.QueryExpression:
                    foreach (var method in QueryMethods)
                    {
                        if (filter.Contains(method))
                        {
                            return true;
                        }
                    }

                    break;
                case SyntaxKind.InterpolatedStringExpression:
                    if (filter.Contains(Interpolation) || filter.Contains("AppendLiteral") || filter.Contains("AppendFormatted"))
                    {
                        return true;
                    }

                    break;
                case SyntaxKind.ImplicitObjectCreationExpression:
                    if (filter.Contains(ImplicitNew))
                    {
                        return true;
                    }

                    break;
                case SyntaxKind.BaseConstructorInitializer:
                case SyntaxKind.ThisConstructorInitializer:
                    if (filter.Contains(ConstructorInitializer))
                    {
                        return true;
                    }

                    break;
            }

            return false;
        }

        /// <summary>Names a reference to an annotated member can be written with; false when the owner is unexpected.</summary>
        private static bool AddPersonalDataNames(SyntaxNode? owner, SortedSet<string> names)
        {
            switch (owner)
            {
                case BaseFieldDeclarationSyntax field:
                    foreach (var variable in field.Declaration.Variables)
                    {
                        names.Add(variable.Identifier.ValueText);
                    }

                    return true;
                case PropertyDeclarationSyntax property:
                    names.Add(property.Identifier.ValueText);
                    names.Add("field");
                    return true;
                case IndexerDeclarationSyntax:
                    names.Add(Indexer);
                    return true;
                case ParameterSyntax parameter:
                    names.Add(parameter.Identifier.ValueText);
                    return true;
                case MethodDeclarationSyntax method:
                    names.Add(method.Identifier.ValueText);
                    return true;
                case LocalFunctionStatementSyntax local:
                    names.Add(local.Identifier.ValueText);
                    return true;
                case DelegateDeclarationSyntax:
                    names.Add("Invoke");
                    return true;
                case AccessorDeclarationSyntax:
                    names.Add("value");
                    return true;
                case EnumMemberDeclarationSyntax member:
                    names.Add(member.Identifier.ValueText);
                    return true;
                case OperatorDeclarationSyntax or ConversionOperatorDeclarationSyntax or AnonymousFunctionExpressionSyntax or TypeParameterSyntax:
                    // Never read through an invocation or a member reference.
                    return true;
                default:
                    return false;
            }
        }

        private static bool AddSharingNames(SyntaxNode? owner, SortedSet<string> names, SortedSet<string> sharingTypes)
        {
            switch (owner)
            {
                case TypeDeclarationSyntax type:
                    sharingTypes.Add(type.Identifier.ValueText);
                    return true;
                case ConstructorDeclarationSyntax constructor:
                    names.Add(constructor.Identifier.ValueText);
                    names.Add(ImplicitNew);
                    names.Add(ConstructorInitializer);
                    return true;
                case MethodDeclarationSyntax method:
                    names.Add(method.Identifier.ValueText);
                    return true;
                case LocalFunctionStatementSyntax local:
                    names.Add(local.Identifier.ValueText);
                    return true;
                case DelegateDeclarationSyntax:
                    names.Add("Invoke");
                    return true;
                case OperatorDeclarationSyntax or ConversionOperatorDeclarationSyntax or DestructorDeclarationSyntax:
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>The name a node adds to the member names of the types around it, if any.</summary>
        private static string? MemberName(SyntaxNode node) => node switch
        {
            MethodDeclarationSyntax method => method.Identifier.ValueText,
            LocalFunctionStatementSyntax local => local.Identifier.ValueText,
            BaseTypeDeclarationSyntax nested => nested.Identifier.ValueText,
            DelegateDeclarationSyntax => "Invoke",
            _ => null,
        };

        /// <summary>
        /// FNV-1a over every token and directive outside member bodies: equal for two versions of a
        /// file that differ only inside method, constructor, operator, accessor or expression bodies
        /// (or in comments and whitespace), which cannot change how other files bind.
        /// </summary>
        public static long HashOutsideBodies(SyntaxTree tree)
        {
            var root = tree.GetRoot(CancellationToken.None);
            unchecked
            {
                // The language version can change how declarations bind: it is part of the key.
                var hash = Add((long)14695981039346656037UL, OptionsText(tree));
                foreach (var item in root.DescendantNodesAndTokens(static node => !IsBody(node)))
                {
                    if (!item.IsToken)
                    {
                        continue;
                    }

                    var token = item.AsToken();
                    if (token.HasLeadingTrivia)
                    {
                        foreach (var trivia in token.LeadingTrivia)
                        {
                            if (trivia.IsDirective)
                            {
                                hash = Add(hash, trivia.ToString());
                            }
                        }
                    }

                    hash = Add(hash, token.Text);
                }

                return hash;
            }
        }

        /// <summary>
        /// Two independent 64-bit hashes (FNV-1a and a second multiplier) over the file's parse options
        /// and every token with the line it starts on, and every directive, everywhere (bodies
        /// included). Comments, whitespace and columns are left out: the models record file lines,
        /// never columns, and no comment changes binding. One normalisation
        /// (<see cref="IsFreeLiteral"/>): a literal whose value cannot reach binding is hashed as
        /// its type and value class, so <c>var unrelated = 1;</c> and <c>var unrelated = 2;</c> are
        /// equal. Attributes inside bodies (local functions, lambdas) are hashed in full.
        /// </summary>
        public static (long First, long Second) FingerprintHashes(SyntaxTree tree, CancellationToken cancellationToken)
        {
            var root = tree.GetRoot(cancellationToken);
            unchecked
            {
                var first = (long)14695981039346656037UL;
                var second = 0x5DEECE66DL;
                Mix(ref first, ref second, OptionsText(tree));

                var lines = tree.GetText(cancellationToken).Lines;
                var line = -1;
                var lineEnd = -1;
                foreach (var token in root.DescendantTokens())
                {
                    if (token.HasLeadingTrivia)
                    {
                        foreach (var trivia in token.LeadingTrivia)
                        {
                            if (trivia.IsDirective)
                            {
                                Mix(ref first, ref second, trivia.ToString());
                            }
                        }
                    }

                    var start = token.SpanStart;
                    if (start >= lineEnd)
                    {
                        // Tokens mostly follow each other on one line: look the line up only when leaving it.
                        var current = lines.GetLineFromPosition(start);
                        line = current.LineNumber;
                        lineEnd = current.EndIncludingLineBreak;
                        first = (first ^ (line + 0x10000L)) * 1099511628211L;
                        second = (second ^ (line + 0x10000L)) * 0x100000001B3L + 0x2545F4914F6CDD1DL;
                    }

                    Mix(ref first, ref second, IsFreeLiteral(token) ? LiteralClass(token) : token.Text);
                }

                cancellationToken.ThrowIfCancellationRequested();
                return (first, second);
            }
        }

        /// <summary>
        /// A literal whose value no binding can depend on beyond its type and <see cref="LiteralClass"/>:
        /// the whole initializer of a local that is not <c>const</c>, a whole argument of a call,
        /// an object creation or an element access, or the whole value of a <c>return</c>,
        /// <c>yield return</c> or <c>=&gt;</c> body. There its value is never folded into another
        /// constant (a non-const local is not a constant), so it can change only which conversions
        /// apply to it (and so which overload, which lambda conversion): implicit constant
        /// conversions (decided by the range the value falls in) and the enumeration conversion of
        /// zero, both captured by the class; its type and nullability come from the class too.
        /// Anywhere else (operands, casts, <c>const</c> initializers, conditional and switch arms,
        /// lambda expression bodies, patterns, attributes) the literal is hashed as written.
        /// </summary>
        private static bool IsFreeLiteral(SyntaxToken token)
        {
            if (token.Parent is not LiteralExpressionSyntax literal)
            {
                return false;
            }

            switch (literal.Kind())
            {
                case SyntaxKind.NumericLiteralExpression:
                case SyntaxKind.StringLiteralExpression:
                case SyntaxKind.CharacterLiteralExpression:
                case SyntaxKind.Utf8StringLiteralExpression:
                    break;
                default:
                    return false;
            }

            return literal.Parent switch
            {
                EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: LocalDeclarationStatementSyntax local } } } => !local.IsConst,
                ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax } } => true,
                ArgumentSyntax { Parent: BracketedArgumentListSyntax { Parent: ElementAccessExpressionSyntax } } => true,
                ReturnStatementSyntax or YieldStatementSyntax or ArrowExpressionClauseSyntax => true,
                _ => false,
            };
        }

        /// <summary>
        /// What binding can see of a free literal: its kind, its type (int, uint, long, ulong, float,
        /// double, decimal, char, string) and, for numbers and characters, whether it is zero and which
        /// integral types its value fits (the implicit constant conversions: sbyte, byte, short, ushort).
        /// </summary>
        private static string LiteralClass(SyntaxToken token)
        {
            var value = token.Value;
            var type = value?.GetType().Name ?? "null";
            var range = value switch
            {
                int number => number == 0 ? "0" : number <= sbyte.MaxValue ? "sbyte" : number <= byte.MaxValue ? "byte" : number <= short.MaxValue ? "short" : number <= ushort.MaxValue ? "ushort" : "int",
                null or string => string.Empty,

                // Other numbers and characters: only zero converts implicitly where another value does not.
                _ => value.Equals(Activator.CreateInstance(value.GetType())) ? "0" : "+",
            };

            return "\u0001" + token.RawKind.ToString(System.Globalization.CultureInfo.InvariantCulture) + type + range;
        }

        /// <summary>The parse options that can change binding: language version, kind, features.</summary>
        private static string OptionsText(SyntaxTree tree)
        {
            var options = (CSharpParseOptions)tree.Options;
            var text = new System.Text.StringBuilder();
            text.Append((int)options.LanguageVersion).Append('|').Append((int)options.Kind);
            var features = new List<KeyValuePair<string, string>>(options.Features);
            features.Sort(static (left, right) => string.CompareOrdinal(left.Key, right.Key));
            foreach (var feature in features)
            {
                text.Append('|').Append(feature.Key).Append('=').Append(feature.Value);
            }

            return text.ToString();
        }

        /// <summary>Adds <paramref name="text"/> to both hashes: <paramref name="first"/> is <see cref="Add"/>'s FNV-1a.</summary>
        private static void Mix(ref long first, ref long second, string text)
        {
            first = Add(first, text);
            unchecked
            {
                foreach (var character in text)
                {
                    second = (second + character) * 0x100000001B3L ^ (second >> 29);
                }

                second = (second + 0xFFFF) * 0x100000001B3L ^ (second >> 29);
            }
        }

        private static long Add(long hash, string text)
        {
            unchecked
            {
                foreach (var character in text)
                {
                    hash = (hash ^ character) * 1099511628211L;
                }

                return (hash ^ 0xFFFF) * 1099511628211L;
            }
        }

        private static bool IsBody(SyntaxNode node) => node switch
        {
            BlockSyntax { Parent: BaseMethodDeclarationSyntax or AccessorDeclarationSyntax } => true,
            ArrowExpressionClauseSyntax { Parent: BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or BasePropertyDeclarationSyntax } => true,
            _ => false,
        };
    }

    /// <summary>A tree's summary and fingerprint, remembered per tree instance, and the nodes of that instance that carry attributes.</summary>
    internal sealed class TreeFacts
    {
        public TreeFacts(TreeSummary summary, TreeFingerprint fingerprint, IReadOnlyList<SyntaxNode> attributeOwners)
        {
            Summary = summary;
            Fingerprint = fingerprint;
            AttributeOwners = attributeOwners;
        }

        public TreeSummary Summary { get; }

        public TreeFingerprint Fingerprint { get; }

        /// <summary>Nodes of the tree instance itself (never compared, never in a model): the tree already holds them.</summary>
        public IReadOnlyList<SyntaxNode> AttributeOwners { get; }
    }

    /// <summary>
    /// The names through which code can reach personal data or a <c>[SharesWith]</c> member in this
    /// compilation: from every tree's summary and from annotated members of referenced assemblies.
    /// A body that writes none of them cannot read or disclose anything, so it is not bound.
    /// </summary>
    internal sealed class NameFilter
    {
        private readonly HashSet<string> source;
        private readonly IReadOnlyList<HashSet<string>> metadata;
        private readonly bool all;

        public NameFilter(HashSet<string> source, IReadOnlyList<HashSet<string>> metadata, bool all)
        {
            this.source = source;
            this.metadata = metadata;
            this.all = all;
        }

        public bool All => all;

        public bool Contains(string name)
        {
            if (all || source.Contains(name))
            {
                return true;
            }

            foreach (var set in metadata)
            {
                if (set.Contains(name))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
