using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using PrivacyAttributes.Roslyn;

namespace PrivacyAttributes.Generators.Parsing
{
    /// <summary>
    /// The names of annotated members of referenced assemblies (what <see cref="NameFilter"/> needs
    /// from metadata): personal-data fields, properties, parameters and return values, and
    /// <c>[SharesWith]</c> types and methods. Read once per assembly symbol, which compilations
    /// built from the same references share.
    /// </summary>
    internal static class MetadataNames
    {
        private const string RuntimeAssemblyName = "PrivacyAttributes";

        private static readonly ConditionalWeakTable<IAssemblySymbol, HashSet<string>> Cache = new();

        public static List<HashSet<string>> For(Compilation compilation)
        {
            var result = new List<HashSet<string>>();
            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                if (MayHoldAnnotations(assembly))
                {
                    var names = Cache.GetValue(assembly, Read);
                    if (names.Count > 0)
                    {
                        result.Add(names);
                    }
                }
            }

            return result;
        }

        /// <summary>Assemblies that reference (or are, or embed) the attributes; no other can carry them.</summary>
        private static bool MayHoldAnnotations(IAssemblySymbol assembly)
        {
            if (string.Equals(assembly.Identity.Name, RuntimeAssemblyName, StringComparison.Ordinal))
            {
                return true;
            }

            foreach (var module in assembly.Modules)
            {
                foreach (var reference in module.ReferencedAssemblies)
                {
                    if (string.Equals(reference.Name, RuntimeAssemblyName, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }

            return assembly.GetTypeByMetadataName(AttributeNames.PersonalData) is not null
                || assembly.GetTypeByMetadataName(AttributeNames.SharesWith) is not null;
        }

        private static HashSet<string> Read(IAssemblySymbol assembly)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            Visit(assembly.GlobalNamespace, names);
            return names;
        }

        private static void Visit(INamespaceSymbol ns, HashSet<string> names)
        {
            foreach (var member in ns.GetMembers())
            {
                switch (member)
                {
                    case INamespaceSymbol nested:
                        Visit(nested, names);
                        break;
                    case INamedTypeSymbol type:
                        Visit(type, names, sharing: false);
                        break;
                }
            }
        }

        private static void Visit(INamedTypeSymbol type, HashSet<string> names, bool sharing)
        {
            sharing |= Has(type.GetAttributes(), PrivacyAttributeKind.SharesWith);
            if (sharing)
            {
                names.Add(type.Name);
                names.Add(TreeSummary.ImplicitNew);
                names.Add(TreeSummary.ConstructorInitializer);
                if (type.TypeKind == TypeKind.Delegate)
                {
                    names.Add("Invoke");
                }

                foreach (var attribute in type.GetAttributes())
                {
                    if (attribute.AttributeClass?.Name == "InterpolatedStringHandlerAttribute")
                    {
                        names.Add(TreeSummary.Interpolation);
                    }
                }
            }

            foreach (var member in type.GetMembers())
            {
                switch (member)
                {
                    case INamedTypeSymbol nested:
                        Visit(nested, names, sharing);
                        break;
                    case IFieldSymbol field when Has(field.GetAttributes(), PrivacyAttributeKind.PersonalData):
                        names.Add(field.Name);
                        break;
                    case IPropertySymbol property:
                        if (Has(property.GetAttributes(), PrivacyAttributeKind.PersonalData))
                        {
                            names.Add(property.IsIndexer ? TreeSummary.Indexer : property.Name);
                        }

                        AddParameters(property.Parameters, names);
                        break;
                    case IMethodSymbol method:
                        if (sharing && method.MethodKind is MethodKind.Ordinary or MethodKind.DelegateInvoke or MethodKind.ReducedExtension)
                        {
                            names.Add(method.Name);
                        }

                        if (Has(method.GetAttributes(), PrivacyAttributeKind.SharesWith))
                        {
                            names.Add(method.MethodKind == MethodKind.Constructor ? type.Name : method.Name);
                            names.Add(TreeSummary.ImplicitNew);
                            names.Add(TreeSummary.ConstructorInitializer);
                        }

                        if (Has(method.GetReturnTypeAttributes(), PrivacyAttributeKind.PersonalData))
                        {
                            names.Add(method.Name);
                        }

                        AddParameters(method.Parameters, names);
                        break;
                }
            }
        }

        private static void AddParameters(IEnumerable<IParameterSymbol> parameters, HashSet<string> names)
        {
            foreach (var parameter in parameters)
            {
                if (Has(parameter.GetAttributes(), PrivacyAttributeKind.PersonalData))
                {
                    names.Add(parameter.Name);
                }
            }
        }

        private static bool Has(IEnumerable<AttributeData> attributes, PrivacyAttributeKind kind)
        {
            foreach (var attribute in attributes)
            {
                if (AnnotationReader.Classify(attribute) == kind)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
