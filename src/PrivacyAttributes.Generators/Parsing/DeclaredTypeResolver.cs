using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PrivacyAttributes.Generators.Parsing
{
    /// <summary>
    /// Resolves the type written in a member's declaration (a parameter, field or property type) from
    /// declarations alone, the way C# name lookup would, or returns null when it cannot be certain.
    /// </summary>
    /// <remarks>
    /// Why. Asking a source symbol for its parameters or type binds its whole signature, and the first
    /// binding in a file builds that file's binder chain: Roslyn finds a file's namespace declaration by
    /// scanning every declaration of that namespace, so a first run that binds one signature in every
    /// file grew with the square of the files (at 1,000 types, signature binding was about a third of
    /// the generator's first run). Looking a name up in the declared namespaces and types needs none of
    /// it.
    ///
    /// Sound by construction: the lookup follows C#'s order (method and type type parameters,
    /// enclosing types and their nested types, then each enclosing namespace and the using directives
    /// in force there, global usings at the compilation unit) and gives up, returning null, at
    /// anything it does not model: aliases and extern aliases, <c>using static</c>, an enclosing type
    /// that may inherit nested types (a base class), namespaces and types of the same name, names
    /// found with another arity, several candidates, types not certainly accessible (file-local,
    /// non-public in a reference), and any type syntax other than predefined, simple, generic,
    /// qualified, nullable and one-dimensional array types. The caller then binds, as before. Tests
    /// compare the result with binding for every declaration of the test sources and the workload.
    /// </remarks>
    internal sealed class DeclaredTypeResolver
    {
        private const int MaximumDepth = 8;

        /// <summary>Each namespace's member names, made once per namespace symbol and shared by the threads of a run (and by later runs while referenced assemblies' symbols are reused).</summary>
        private static readonly ConditionalWeakTable<INamespaceSymbol, HashSet<string>> MemberNames = new();

        private readonly Compilation compilation;
        private readonly Dictionary<UsingDirectiveSyntax, INamespaceSymbol?> importedNamespaces = new();
        private readonly Dictionary<SyntaxNode, ImportSet?> scopeImports = new();
        private readonly Dictionary<string, ImportSet> importSets = new(StringComparer.Ordinal);
        private ImmutableArray<UsingDirectiveSyntax>? globalUsings;

        public DeclaredTypeResolver(Compilation compilation)
        {
            this.compilation = compilation;
        }

        /// <summary>
        /// The type <paramref name="type"/> names, written in the declaration of a member of
        /// <paramref name="containingType"/> (or of its generic method <paramref name="method"/>), or null.
        /// </summary>
        public ITypeSymbol? Resolve(TypeSyntax type, INamedTypeSymbol containingType, IMethodSymbol? method = null)
        {
            if (method is { IsGenericMethod: true })
            {
                return null;
            }

            return ResolveType(type, containingType, 0);
        }

        private ITypeSymbol? ResolveType(TypeSyntax type, INamedTypeSymbol? containingType, int depth)
        {
            if (depth > MaximumDepth)
            {
                return null;
            }

            switch (type)
            {
                case PredefinedTypeSyntax predefined:
                    return SpecialTypeOf(predefined.Keyword.Kind()) is var special and not SpecialType.None ? compilation.GetSpecialType(special) : null;
                case ArrayTypeSyntax { RankSpecifiers.Count: 1 } array when array.RankSpecifiers[0].Rank == 1:
                    return ResolveType(array.ElementType, containingType, depth + 1) is { } element ? compilation.CreateArrayTypeSymbol(element) : null;
                case NullableTypeSyntax nullable:
                    return ResolveType(nullable.ElementType, containingType, depth + 1) switch
                    {
                        { TypeKind: TypeKind.Struct or TypeKind.Enum } value when value.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T
                            => compilation.GetSpecialType(SpecialType.System_Nullable_T).Construct(value),
                        { TypeKind: TypeKind.Class or TypeKind.Interface or TypeKind.Delegate or TypeKind.Array } reference => reference,
                        _ => null,
                    };
                case NameSyntax name:
                    return ResolveName(name, containingType, depth) as ITypeSymbol;
                default:
                    return null;
            }
        }

        /// <summary>A name in type position: a type, or a namespace when <paramref name="name"/> is the left side of a qualified name.</summary>
        private INamespaceOrTypeSymbol? ResolveName(NameSyntax name, INamedTypeSymbol? containingType, int depth)
        {
            switch (name)
            {
                case IdentifierNameSyntax identifier:
                    return Lookup(name, identifier.Identifier, 0, containingType, depth);
                case GenericNameSyntax generic:
                    return Lookup(name, generic.Identifier, generic.TypeArgumentList.Arguments.Count, containingType, depth) is INamedTypeSymbol definition
                        ? Construct(definition, generic.TypeArgumentList, containingType, depth)
                        : null;
                case QualifiedNameSyntax qualified:
                    return ResolveName(qualified.Left, containingType, depth + 1) is { } left
                        ? Member(left, qualified.Right, containingType, depth)
                        : null;
                case AliasQualifiedNameSyntax { Alias.Identifier.RawKind: (int)SyntaxKind.GlobalKeyword } global:
                    return Member(compilation.GlobalNamespace, global.Name, containingType, depth);
                default:
                    return null;
            }
        }

        /// <summary>The member <paramref name="right"/> of a namespace or type named on the left of a dot.</summary>
        private INamespaceOrTypeSymbol? Member(INamespaceOrTypeSymbol left, SimpleNameSyntax right, INamedTypeSymbol? containingType, int depth)
        {
            var arity = right is GenericNameSyntax generic ? generic.TypeArgumentList.Arguments.Count : 0;
            if (left is INamedTypeSymbol type && type.BaseType is not null && type.BaseType.SpecialType != SpecialType.System_Object && type.TypeKind == TypeKind.Class)
            {
                // Nested types of a base class are members too.
                return null;
            }

            var found = Single(left.GetMembers(right.Identifier.ValueText), arity, typesOnly: left is ITypeSymbol, out var ambiguous);
            if (ambiguous || found is null || !IsCertainlyAccessible(found))
            {
                return null;
            }

            return found is INamedTypeSymbol definition && right is GenericNameSyntax genericName
                ? Construct(definition, genericName.TypeArgumentList, containingType, depth)
                : found;
        }

        private INamedTypeSymbol? Construct(INamedTypeSymbol definition, TypeArgumentListSyntax arguments, INamedTypeSymbol? containingType, int depth)
        {
            if (definition.ContainingType is { IsGenericType: true } || arguments.Arguments.Count != definition.Arity)
            {
                return null;
            }

            var types = new ITypeSymbol[arguments.Arguments.Count];
            for (var index = 0; index < types.Length; index++)
            {
                if (arguments.Arguments[index] is OmittedTypeArgumentSyntax
                    || ResolveType(arguments.Arguments[index], containingType, depth + 1) is not { } argument)
                {
                    return null;
                }

                types[index] = argument;
            }

            return definition.Construct(types);
        }

        /// <summary>C# lookup of a simple name with <paramref name="arity"/> at <paramref name="name"/>, written in a member of <paramref name="containingType"/>.</summary>
        private INamespaceOrTypeSymbol? Lookup(NameSyntax name, SyntaxToken identifier, int arity, INamedTypeSymbol? containingType, int depth)
        {
            var text = identifier.ValueText;
            if (text is "var" or "dynamic" or "nint" or "nuint" or "unmanaged" or "notnull" or "record" or "field" or "value")
            {
                return null;
            }

            // Enclosing types: their type parameters, then their nested types (declared, never inherited here).
            for (var type = containingType; type is not null; type = type.ContainingType)
            {
                foreach (var typeParameter in type.TypeParameters)
                {
                    if (string.Equals(typeParameter.Name, text, StringComparison.Ordinal))
                    {
                        return null;
                    }
                }

                var nested = Single(type.GetMembers(text), arity, typesOnly: true, out var ambiguous);
                if (ambiguous)
                {
                    return null;
                }

                if (nested is not null)
                {
                    return nested;
                }

                if (!InheritsNoNestedTypes(type, depth))
                {
                    return null;
                }
            }

            // Enclosing namespace declarations, innermost first, then the compilation unit.
            for (SyntaxNode? node = name.Parent; node is not null; node = node.Parent)
            {
                switch (node)
                {
                    case BaseNamespaceDeclarationSyntax declaration:
                        if (declaration.Externs.Count > 0 || NamespaceOf(declaration) is not { } innermost)
                        {
                            return null;
                        }

                        var levels = NameParts(declaration.Name);
                        if (levels < 0)
                        {
                            return null;
                        }

                        // `namespace A.B { using X; }` is `namespace A { namespace B { using X; } }`.
                        var namespaceSymbol = innermost;
                        for (var level = 0; level < levels; level++)
                        {
                            if (InNamespace(namespaceSymbol, text, arity, out var stop) is { } found)
                            {
                                return found;
                            }

                            if (stop)
                            {
                                return null;
                            }

                            if (level == 0 && InUsings(declaration.Usings, declaration, text, arity, globalUsings: false, out stop) is { } imported)
                            {
                                return imported;
                            }

                            if (stop)
                            {
                                return null;
                            }

                            namespaceSymbol = Outer(namespaceSymbol);
                            if (namespaceSymbol is null)
                            {
                                return null;
                            }
                        }

                        break;
                    case CompilationUnitSyntax unit:
                        if (unit.Externs.Count > 0)
                        {
                            return null;
                        }

                        if (InNamespace(compilation.GlobalNamespace, text, arity, out var stopAtGlobal) is { } global)
                        {
                            return global;
                        }

                        return stopAtGlobal ? null : InUsings(unit.Usings, unit, text, arity, globalUsings: true, out _);
                }
            }

            return null;
        }

        /// <summary>Whether <paramref name="type"/> certainly inherits no nested type: a class without a base class other than object, a struct, or an interface without base interfaces (classes and structs do not inherit interfaces' nested types).</summary>
        private bool InheritsNoNestedTypes(INamedTypeSymbol type, int depth)
        {
            if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct or TypeKind.Interface))
            {
                return false;
            }

            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is not TypeDeclarationSyntax declaration)
                {
                    return false;
                }

                if (declaration.BaseList is null)
                {
                    continue;
                }

                if (type.TypeKind == TypeKind.Interface)
                {
                    // Interfaces inherit the nested types of their base interfaces.
                    return false;
                }

                if (type.TypeKind == TypeKind.Struct)
                {
                    // A struct's base list names interfaces only.
                    continue;
                }

                foreach (var baseType in declaration.BaseList.Types)
                {
                    // A base list is looked up outside the type it belongs to.
                    if (baseType is not SimpleBaseTypeSyntax
                        || ResolveType(baseType.Type, type.ContainingType, depth + 1) is not { TypeKind: TypeKind.Interface })
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        /// <summary>
        /// The namespace around <paramref name="namespaceSymbol"/> as the compilation sees it, merged with
        /// every referenced assembly's namespace of that name: the containing namespace of a namespace
        /// declared only in source is the source module's, which lacks the referenced assemblies' types.
        /// </summary>
        private INamespaceSymbol? Outer(INamespaceSymbol namespaceSymbol) =>
            namespaceSymbol.ContainingNamespace is { } outer ? compilation.GetCompilationNamespace(outer) : null;

        /// <summary>The namespace a declaration declares, from the namespace symbols (no binding).</summary>
        private INamespaceSymbol? NamespaceOf(BaseNamespaceDeclarationSyntax declaration)
        {
            INamespaceSymbol? container = compilation.GlobalNamespace;
            for (var outer = declaration.Parent; outer is not null; outer = outer.Parent)
            {
                if (outer is BaseNamespaceDeclarationSyntax outerDeclaration)
                {
                    container = NamespaceOf(outerDeclaration);
                    break;
                }
            }

            return container is null ? null : Descend(container, declaration.Name);
        }

        private static INamespaceSymbol? Descend(INamespaceSymbol container, NameSyntax name)
        {
            switch (name)
            {
                case IdentifierNameSyntax identifier:
                    INamespaceSymbol? result = null;
                    foreach (var member in container.GetMembers(identifier.Identifier.ValueText))
                    {
                        if (member is INamespaceSymbol namespaceSymbol)
                        {
                            result = namespaceSymbol;
                        }
                    }

                    return result;
                case QualifiedNameSyntax qualified:
                    return Descend(container, qualified.Left) is { } left ? Descend(left, qualified.Right) : null;
                default:
                    return null;
            }
        }

        /// <summary>How many namespaces a declaration's name opens (<c>A.B</c>: 2), or -1.</summary>
        private static int NameParts(NameSyntax name) => name switch
        {
            IdentifierNameSyntax => 1,
            QualifiedNameSyntax qualified when NameParts(qualified.Left) is var left and > 0 && qualified.Right is IdentifierNameSyntax => left + 1,
            _ => -1,
        };

        /// <summary>A type of that name and arity declared in <paramref name="namespaceSymbol"/>; <paramref name="stop"/> when the lookup cannot go on with certainty.</summary>
        private INamespaceOrTypeSymbol? InNamespace(INamespaceSymbol namespaceSymbol, string name, int arity, out bool stop)
        {
            if (!Declares(namespaceSymbol, name))
            {
                stop = false;
                return null;
            }

            var found = Single(namespaceSymbol.GetMembers(name), arity, typesOnly: false, out stop);
            if (found is not null && !IsCertainlyAccessible(found))
            {
                stop = true;
                return null;
            }

            return found;
        }

        /// <summary>The one type of that name and arity imported by using-namespace directives (and, at the compilation unit, global usings).</summary>
        private INamespaceOrTypeSymbol? InUsings(SyntaxList<UsingDirectiveSyntax> usings, SyntaxNode scope, string name, int arity, bool globalUsings, out bool stop)
        {
            if (ImportsOf(usings, scope, globalUsings) is not { } imports)
            {
                stop = true;
                return null;
            }

            // Files with the same usings share their answers: most files of a project import the same namespaces.
            if (imports.Found.TryGetValue((name, arity), out var known))
            {
                stop = known.Stop;
                return known.Found;
            }

            INamespaceOrTypeSymbol? result = null;
            stop = false;
            foreach (var namespaceSymbol in imports.Namespaces)
            {
                if (stop || !Declares(namespaceSymbol, name))
                {
                    continue;
                }

                foreach (var member in namespaceSymbol.GetTypeMembers(name, arity))
                {
                    if (!IsCertainlyAccessible(member) || result is not null && !SymbolEqualityComparer.Default.Equals(result, member))
                    {
                        // Not certainly visible, or ambiguous (an error the compiler reports).
                        stop = true;
                        result = null;
                        break;
                    }

                    result = member;
                }
            }

            imports.Found[(name, arity)] = (result, stop);
            return result;
        }

        /// <summary>The namespaces a scope's using directives import (with the global usings at the compilation unit); null when one is an alias, a <c>using static</c> or not certainly resolved.</summary>
        private ImportSet? ImportsOf(SyntaxList<UsingDirectiveSyntax> usings, SyntaxNode scope, bool globalUsings)
        {
            if (scopeImports.TryGetValue(scope, out var known))
            {
                return known;
            }

            var namespaces = new List<INamespaceSymbol>();
            var resolved = Add(usings, scope, namespaces) && (!globalUsings || Add(GlobalUsings(), scope, namespaces));
            ImportSet? result = null;
            if (resolved)
            {
                var key = new StringBuilder();
                foreach (var namespaceSymbol in namespaces)
                {
                    key.Append(namespaceSymbol.ToDisplayString()).Append('\n');
                }

                var text = key.ToString();
                if (!importSets.TryGetValue(text, out result))
                {
                    result = new ImportSet(namespaces);
                    importSets.Add(text, result);
                }
            }

            scopeImports.Add(scope, result);
            return result;
        }

        private bool Add(IEnumerable<UsingDirectiveSyntax> usings, SyntaxNode scope, List<INamespaceSymbol> namespaces)
        {
            foreach (var directive in usings)
            {
                if (directive.Alias is not null || !directive.StaticKeyword.IsKind(SyntaxKind.None) || !directive.UnsafeKeyword.IsKind(SyntaxKind.None))
                {
                    return false;
                }

                if (!importedNamespaces.TryGetValue(directive, out var namespaceSymbol))
                {
                    // A global using is resolved in its own file's compilation unit.
                    namespaceSymbol = directive.Name is { } imported ? ImportedNamespace(imported, directive.Parent ?? scope) : null;
                    importedNamespaces.Add(directive, namespaceSymbol);
                }

                if (namespaceSymbol is null)
                {
                    return false;
                }

                if (!namespaces.Contains(namespaceSymbol))
                {
                    namespaces.Add(namespaceSymbol);
                }
            }

            return true;
        }

        /// <summary>The namespace a using directive names: its first part found in the enclosing namespaces, innermost first (the using directives of the same scope do not apply).</summary>
        private INamespaceSymbol? ImportedNamespace(NameSyntax name, SyntaxNode scope)
        {
            if (name is AliasQualifiedNameSyntax { Alias.Identifier.RawKind: (int)SyntaxKind.GlobalKeyword } global)
            {
                return Descend(compilation.GlobalNamespace, global.Name);
            }

            var first = name;
            while (first is QualifiedNameSyntax qualified)
            {
                first = qualified.Left;
            }

            if (first is not IdentifierNameSyntax firstIdentifier)
            {
                return null;
            }

            for (var outer = scope.Parent; outer is not null; outer = outer.Parent)
            {
                if (outer is BaseNamespaceDeclarationSyntax { Usings.Count: > 0 } or BaseNamespaceDeclarationSyntax { Externs.Count: > 0 })
                {
                    // Its aliases and imports would be searched before the namespaces further out.
                    return null;
                }
            }

            // The namespaces around the scope, innermost first; the first one with a member of that name decides.
            INamespaceSymbol? start = scope is BaseNamespaceDeclarationSyntax declaration ? NamespaceOf(declaration) : compilation.GlobalNamespace;
            for (var container = start; container is not null; container = Outer(container))
            {
                var members = new List<INamespaceOrTypeSymbol>(container.GetMembers(firstIdentifier.Identifier.ValueText));
                if (members.Count == 0)
                {
                    continue;
                }

                return members.Count == 1 && members[0] is INamespaceSymbol ? Descend(container, name) : null;
            }

            return null;
        }

        /// <summary>
        /// Whether <paramref name="namespaceSymbol"/> has a member named <paramref name="name"/>, from a
        /// set of its member names made once: asking a namespace merged from several assemblies for a
        /// name it lacks makes Roslyn cache an empty entry under a lock, and most names looked up here
        /// are absent from most imported namespaces.
        /// </summary>
        private static bool Declares(INamespaceSymbol namespaceSymbol, string name) =>
            MemberNames.GetValue(namespaceSymbol, static namespaceSymbol =>
            {
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var member in namespaceSymbol.GetMembers())
                {
                    names.Add(member.Name);
                }

                return names;
            }).Contains(name);

        /// <summary>The namespaces one using scope imports, and the names already looked up in them.</summary>
        private sealed class ImportSet
        {
            public ImportSet(List<INamespaceSymbol> namespaces)
            {
                Namespaces = namespaces;
            }

            public List<INamespaceSymbol> Namespaces { get; }

            public Dictionary<(string Name, int Arity), (INamespaceOrTypeSymbol? Found, bool Stop)> Found { get; } = new();
        }

        /// <summary>The global using directives of every file of the compilation.</summary>
        private ImmutableArray<UsingDirectiveSyntax> GlobalUsings()
        {
            if (globalUsings is { } known)
            {
                return known;
            }

            var builder = ImmutableArray.CreateBuilder<UsingDirectiveSyntax>();
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (tree.GetRoot() is CompilationUnitSyntax unit)
                {
                    foreach (var directive in unit.Usings)
                    {
                        if (!directive.GlobalKeyword.IsKind(SyntaxKind.None))
                        {
                            builder.Add(directive);
                        }
                    }
                }
            }

            globalUsings = builder.ToImmutable();
            return globalUsings.Value;
        }

        /// <summary>
        /// The one member of that name and arity (a namespace too unless <paramref name="typesOnly"/>);
        /// <paramref name="ambiguous"/> when there are several. Types of another arity do not match: C#
        /// lookup goes on past them.
        /// </summary>
        private static INamespaceOrTypeSymbol? Single(IEnumerable<ISymbol> members, int arity, bool typesOnly, out bool ambiguous)
        {
            ambiguous = false;
            INamespaceOrTypeSymbol? result = null;
            foreach (var member in members)
            {
                var matches = member switch
                {
                    INamedTypeSymbol type => type.Arity == arity,
                    INamespaceSymbol => !typesOnly,
                    _ => false,
                };
                if (!matches)
                {
                    continue;
                }

                if (result is not null)
                {
                    ambiguous = true;
                    return null;
                }

                result = (INamespaceOrTypeSymbol)member;
            }

            return result;
        }

        /// <summary>Accessible from anywhere in this compilation: not file-local, and public unless declared in its source.</summary>
        private bool IsCertainlyAccessible(INamespaceOrTypeSymbol symbol) => symbol switch
        {
            INamespaceSymbol => true,
            INamedTypeSymbol { IsFileLocal: true } => false,
            INamedTypeSymbol { ContainingType: not null } => false,

            // A referenced project's types have source locations too (in the IDE): only this assembly's own non-public types are certain.
            INamedTypeSymbol type => type.DeclaredAccessibility == Accessibility.Public || SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly),
            _ => false,
        };

        private static SpecialType SpecialTypeOf(SyntaxKind keyword) => keyword switch
        {
            SyntaxKind.BoolKeyword => SpecialType.System_Boolean,
            SyntaxKind.ByteKeyword => SpecialType.System_Byte,
            SyntaxKind.SByteKeyword => SpecialType.System_SByte,
            SyntaxKind.ShortKeyword => SpecialType.System_Int16,
            SyntaxKind.UShortKeyword => SpecialType.System_UInt16,
            SyntaxKind.IntKeyword => SpecialType.System_Int32,
            SyntaxKind.UIntKeyword => SpecialType.System_UInt32,
            SyntaxKind.LongKeyword => SpecialType.System_Int64,
            SyntaxKind.ULongKeyword => SpecialType.System_UInt64,
            SyntaxKind.FloatKeyword => SpecialType.System_Single,
            SyntaxKind.DoubleKeyword => SpecialType.System_Double,
            SyntaxKind.DecimalKeyword => SpecialType.System_Decimal,
            SyntaxKind.CharKeyword => SpecialType.System_Char,
            SyntaxKind.StringKeyword => SpecialType.System_String,
            SyntaxKind.ObjectKeyword => SpecialType.System_Object,
            _ => SpecialType.None,
        };
    }
}
