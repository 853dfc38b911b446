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
    /// <summary>
    /// Decides, without binding, where the package's simple names (<c>PersonalData</c>,
    /// <c>Category</c>, ...) written in an attribute can only mean the package's types, so that
    /// <see cref="DeclaredAttributeReader"/> may read the attribute from syntax.
    /// </summary>
    /// <remarks>
    /// C# looks a simple name up in the members of the containing types and their base types, then in
    /// the enclosing namespaces, then in what the file imports. The name means the package's type when
    /// <list type="bullet">
    /// <item>exactly one referenced assembly declares the package's types, and no alias, no
    /// <c>global using static</c> and no type parameter takes one of the names;</item>
    /// <item>no containing type or base type has a member or nested type of that name;</item>
    /// <item>no enclosing namespace holds a type or namespace of that name, and no namespace the file
    /// imports holds a type of that name (other than <c>PrivacyAttributes</c> itself);</item>
    /// <item>the file imports <c>PrivacyAttributes</c> (or is inside it) and has no <c>using static</c>.</item>
    /// </list>
    /// Every test of the generator compares the output with a run that binds every attribute.
    /// </remarks>
    internal sealed class PackageNameScope
    {
        private const string PackageNamespace = "PrivacyAttributes";

        /// <summary>Every spelling that can find one of the package's attribute or enum types.</summary>
        private static readonly string[] Names = CreateNames();

        private static readonly HashSet<string> NameSet = new(Names, StringComparer.Ordinal);

        /// <summary>Per metadata assembly: the namespaces in which it declares a top-level type with one of the names (not the package's own).</summary>
        private static readonly ConditionalWeakTable<IAssemblySymbol, HashSet<string>> ConflictsOfAssembly = new();

        private readonly HashSet<string> conflictingNamespaces;
        private readonly HashSet<string> globalImports;
        private readonly bool importsPackageGlobally;
        private readonly Dictionary<ITypeSymbol, bool> cleanTypes = new(SymbolEqualityComparer.Default);
        private readonly Dictionary<INamespaceSymbol, bool> cleanNamespaces = new(SymbolEqualityComparer.Default);
        private readonly Dictionary<SyntaxNode, bool> cleanImports = new();

        private PackageNameScope(
            INamedTypeSymbol category,
            INamedTypeSymbol purpose,
            INamedTypeSymbol dataSubject,
            INamedTypeSymbol dataSource,
            HashSet<string> conflictingNamespaces,
            HashSet<string> globalImports,
            bool importsPackageGlobally)
        {
            Category = category;
            Purpose = purpose;
            DataSubject = dataSubject;
            DataSource = dataSource;
            this.conflictingNamespaces = conflictingNamespaces;
            this.globalImports = globalImports;
            this.importsPackageGlobally = importsPackageGlobally;
        }

        public INamedTypeSymbol Category { get; }

        public INamedTypeSymbol Purpose { get; }

        public INamedTypeSymbol DataSubject { get; }

        public INamedTypeSymbol DataSource { get; }

        /// <summary>The scope of <paramref name="compilation"/>, or null when the names may mean something else anywhere in it.</summary>
        public static PackageNameScope? Create(Compilation compilation, HashSet<string> aliases, CancellationToken cancellationToken)
        {
            foreach (var alias in aliases)
            {
                if (NameSet.Contains(alias))
                {
                    return null;
                }
            }

            var attribute = compilation.GetTypeByMetadataName(AttributeNames.PersonalData);
            if (attribute is null || SymbolEqualityComparer.Default.Equals(attribute.ContainingAssembly, compilation.Assembly))
            {
                // Missing, declared twice, or declared by this project itself: binding decides.
                return null;
            }

            var package = attribute.ContainingAssembly;
            var category = PackageEnum(package, "Category");
            var purpose = PackageEnum(package, "Purpose");
            var dataSubject = PackageEnum(package, "DataSubject");
            var dataSource = PackageEnum(package, "DataSource");
            if (category is null || purpose is null || dataSubject is null || dataSource is null)
            {
                return null;
            }

            var globalImports = new HashSet<string>(StringComparer.Ordinal);
            var importsPackage = false;
            foreach (var tree in compilation.SyntaxTrees)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (tree.GetRoot(cancellationToken) is not CompilationUnitSyntax root)
                {
                    continue;
                }

                foreach (var directive in root.Usings)
                {
                    if (!directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) || directive.Alias is not null)
                    {
                        continue;
                    }

                    if (directive.StaticKeyword.IsKind(SyntaxKind.StaticKeyword) || directive.Name is null || FullName(directive.Name) is not { } imported)
                    {
                        return null;
                    }

                    globalImports.Add(imported);
                    importsPackage |= string.Equals(imported, PackageNamespace, StringComparison.Ordinal);
                }
            }

            var conflicts = new HashSet<string>(StringComparer.Ordinal);
            conflicts.UnionWith(Conflicts(compilation.Assembly, package));
            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                conflicts.UnionWith(ConflictsOfAssembly.GetValue(assembly, referenced => Conflicts(referenced, package)));
            }

            return new PackageNameScope(category, purpose, dataSubject, dataSource, conflicts, globalImports, importsPackage);
        }

        /// <summary>Whether, in attributes of <paramref name="declaration"/> (whose names are looked up in <paramref name="scopeType"/>), the package's names mean its types.</summary>
        public bool MeansPackage(SyntaxNode declaration, INamedTypeSymbol scopeType)
        {
            for (var type = scopeType; type is not null; type = type.ContainingType)
            {
                if (!IsClean(type))
                {
                    return false;
                }
            }

            for (var ns = scopeType.ContainingNamespace; ns is not null; ns = ns.ContainingNamespace)
            {
                if (!IsClean(ns))
                {
                    return false;
                }
            }

            var context = (SyntaxNode?)declaration.FirstAncestorOrSelf<BaseNamespaceDeclarationSyntax>() ?? declaration.SyntaxTree.GetRoot();
            if (!cleanImports.TryGetValue(context, out var clean))
            {
                clean = ImportsAreClean(context);
                cleanImports.Add(context, clean);
            }

            return clean;
        }

        private static string[] CreateNames()
        {
            var names = new List<string> { "Category", "Purpose", "DataSubject", "DataSource" };
            foreach (var attribute in new[] { "PersonalData", "ProcessingPurpose", "SharesWith", "Anonymizes", "NotPersonalData" })
            {
                names.Add(attribute);
                names.Add(attribute + "Attribute");
                names.Add(attribute + "AttributeAttribute");
            }

            return names.ToArray();
        }

        private static INamedTypeSymbol? PackageEnum(IAssemblySymbol package, string name) =>
            package.GetTypeByMetadataName(PackageNamespace + "." + name) is { TypeKind: TypeKind.Enum } type ? type : null;

        /// <summary>The namespaces in which <paramref name="assembly"/> declares a top-level type with one of the names, the package's own types aside.</summary>
        private static HashSet<string> Conflicts(IAssemblySymbol assembly, IAssemblySymbol package)
        {
            var result = new HashSet<string>(StringComparer.Ordinal);
            var typeNames = assembly.TypeNames;
            var any = false;
            foreach (var name in Names)
            {
                any |= typeNames.Contains(name);
            }

            if (any)
            {
                AddConflicts(assembly.GlobalNamespace, string.Empty, SymbolEqualityComparer.Default.Equals(assembly, package), result);
            }

            return result;
        }

        private static void AddConflicts(INamespaceSymbol ns, string fullName, bool isPackage, HashSet<string> result)
        {
            foreach (var name in Names)
            {
                foreach (var type in ns.GetTypeMembers(name))
                {
                    if (!(isPackage && string.Equals(fullName, PackageNamespace, StringComparison.Ordinal) && type.Arity == 0))
                    {
                        result.Add(fullName);
                    }
                }
            }

            foreach (var nested in ns.GetNamespaceMembers())
            {
                AddConflicts(nested, fullName.Length == 0 ? nested.Name : fullName + "." + nested.Name, isPackage, result);
            }
        }

        /// <summary>A containing type, its base types (and base interfaces) have no member, nested type or type parameter with one of the names.</summary>
        private bool IsClean(ITypeSymbol type)
        {
            if (cleanTypes.TryGetValue(type, out var clean))
            {
                return clean;
            }

            clean = HasNoNames(type)
                && (type.BaseType is null || IsClean(type.BaseType));
            if (clean && type.TypeKind == TypeKind.Interface)
            {
                foreach (var inherited in type.AllInterfaces)
                {
                    clean &= HasNoNames(inherited);
                }
            }

            cleanTypes[type] = clean;
            return clean;
        }

        private static bool HasNoNames(ITypeSymbol type)
        {
            if (type is not INamedTypeSymbol named)
            {
                return false;
            }

            foreach (var member in named.MemberNames)
            {
                if (NameSet.Contains(member))
                {
                    return false;
                }
            }

            foreach (var name in Names)
            {
                if (!named.GetTypeMembers(name).IsEmpty)
                {
                    return false;
                }
            }

            foreach (var parameter in named.TypeParameters)
            {
                if (NameSet.Contains(parameter.Name))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>An enclosing namespace holds no namespace with one of the names, and declares no type with one (but the package's).</summary>
        private bool IsClean(INamespaceSymbol ns)
        {
            if (cleanNamespaces.TryGetValue(ns, out var clean))
            {
                return clean;
            }

            clean = !conflictingNamespaces.Contains(ns.IsGlobalNamespace ? string.Empty : ns.ToDisplayString());
            foreach (var name in Names)
            {
                foreach (var member in ns.GetMembers(name))
                {
                    clean &= member is not INamespaceSymbol;
                }
            }

            cleanNamespaces.Add(ns, clean);
            return clean;
        }

        /// <summary>No <c>using static</c> in the file's scope, nothing imported holds one of the names, and the package's namespace is imported or enclosing.</summary>
        private bool ImportsAreClean(SyntaxNode context)
        {
            var importsPackage = importsPackageGlobally;
            for (var node = context; node is not null; node = node.Parent)
            {
                SyntaxList<UsingDirectiveSyntax> usings;
                switch (node)
                {
                    case BaseNamespaceDeclarationSyntax declaration:
                        usings = declaration.Usings;
                        if (FullName(declaration.Name) is not { } declared)
                        {
                            return false;
                        }

                        // Enclosing namespaces are checked as symbols (IsClean); here only whether one is the package's.
                        importsPackage |= string.Equals(declared, PackageNamespace, StringComparison.Ordinal) || declared.StartsWith(PackageNamespace + ".", StringComparison.Ordinal);
                        break;
                    case CompilationUnitSyntax root:
                        usings = root.Usings;
                        break;
                    default:
                        continue;
                }

                var inNamespace = node is BaseNamespaceDeclarationSyntax;
                foreach (var directive in usings)
                {
                    if (directive.StaticKeyword.IsKind(SyntaxKind.StaticKeyword))
                    {
                        return false;
                    }

                    if (directive.Alias is not null)
                    {
                        // Alias names are in the project's alias set, checked when the scope was created.
                        continue;
                    }

                    if (directive.Name is null || FullName(directive.Name) is not { } imported)
                    {
                        return false;
                    }

                    if (inNamespace)
                    {
                        if (ConflictsUnderPrefixes(imported))
                        {
                            return false;
                        }

                        continue;
                    }

                    if (conflictingNamespaces.Contains(imported))
                    {
                        return false;
                    }

                    importsPackage |= string.Equals(imported, PackageNamespace, StringComparison.Ordinal);
                }
            }

            foreach (var imported in globalImports)
            {
                if (conflictingNamespaces.Contains(imported))
                {
                    return false;
                }
            }

            return importsPackage;
        }

        /// <summary>Inside a namespace a using's name may be relative to any enclosing namespace: every namespace ending with it counts.</summary>
        private bool ConflictsUnderPrefixes(string imported)
        {
            foreach (var conflict in conflictingNamespaces)
            {
                if (string.Equals(conflict, imported, StringComparison.Ordinal) || conflict.EndsWith("." + imported, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A namespace name as written, without <c>global::</c>; null for anything else (generic names, aliases).</summary>
        private static string? FullName(NameSyntax name)
        {
            switch (name)
            {
                case IdentifierNameSyntax identifier:
                    return identifier.Identifier.ValueText;
                case QualifiedNameSyntax qualified:
                    return FullName(qualified.Left) is { } left && FullName(qualified.Right) is { } right ? left + "." + right : null;
                case AliasQualifiedNameSyntax { Alias.Identifier.ValueText: "global" } global:
                    return global.Name is IdentifierNameSyntax simple ? simple.Identifier.ValueText : null;
                default:
                    return null;
            }
        }
    }
}
