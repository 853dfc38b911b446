using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAttributes.Roslyn;

namespace PrivacyAttributes.Analyzers.Flow
{
    /// <summary>A personal-data member, with its annotation.</summary>
    internal sealed record PersonalDataMember(ISymbol Symbol, PersonalDataAnnotation Annotation);

    /// <summary>
    /// Answers "does a value of this type hold personal data?" for whole-object passing: the
    /// annotated fields and properties of the type, its base types, and transitively of the types of
    /// its fields and properties, element types and type arguments (<c>List&lt;Customer&gt;</c>).
    /// Only assemblies that can hold annotations are looked into (this compilation and assemblies
    /// that reference PrivacyAttributes), so <c>string</c> or framework types cost one check.
    /// Cycles in the type graph end at the first repeat; results are cached per type.
    /// </summary>
    internal sealed class PersonalDataTypes
    {
        private readonly ConcurrentDictionary<ITypeSymbol, ImmutableArray<PersonalDataMember>> cache = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IAssemblySymbol, bool> annotatedAssemblies = new(SymbolEqualityComparer.Default);
        private readonly Compilation compilation;
        private readonly PersonalDataResolver resolver;
        private readonly Func<ITypeSymbol, ImmutableArray<PersonalDataMember>> compute;

        public PersonalDataTypes(Compilation compilation, PersonalDataResolver resolver)
        {
            // The assembly is asked for when a type is first looked into, not here: see DeferredModel.
            this.compilation = compilation;
            this.resolver = resolver;
            compute = Compute;
        }

        /// <summary>The personal-data members a value of <paramref name="type"/> holds, empty when none.</summary>
        public ImmutableArray<PersonalDataMember> MembersOf(ITypeSymbol? type)
        {
            if (type is null || IsLeaf(type))
            {
                return ImmutableArray<PersonalDataMember>.Empty;
            }

            return cache.TryGetValue(type, out var cached) ? cached : cache.GetOrAdd(type, compute);
        }

        private ImmutableArray<PersonalDataMember> Compute(ITypeSymbol type)
        {
            var found = ImmutableArray.CreateBuilder<PersonalDataMember>();
            var visited = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
            var pending = new Stack<ITypeSymbol>();
            pending.Push(type);

            // Bounded: a type graph of generated code can be large, and a partial answer is enough
            // to report (the first member is what the message names).
            var budget = 500;
            while (pending.Count > 0 && budget-- > 0)
            {
                var current = pending.Pop();
                if (IsLeaf(current) || !visited.Add(current))
                {
                    continue;
                }

                switch (current)
                {
                    case IArrayTypeSymbol array:
                        pending.Push(array.ElementType);
                        continue;
                    case INamedTypeSymbol named:
                        if (HoldsItsTypeArguments(named))
                        {
                            foreach (var argument in named.TypeArguments)
                            {
                                pending.Push(argument);
                            }
                        }

                        if (named.BaseType is { } baseType)
                        {
                            pending.Push(baseType);
                        }

                        if (CanHoldAnnotations(named.ContainingAssembly))
                        {
                            AddMembers(named, found, pending);
                        }

                        break;
                }
            }

            return found.ToImmutable();
        }

        private void AddMembers(INamedTypeSymbol type, ImmutableArray<PersonalDataMember>.Builder found, Stack<ITypeSymbol> pending)
        {
            foreach (var member in type.GetMembers())
            {
                if (member.IsStatic || member.IsImplicitlyDeclared)
                {
                    continue;
                }

                ITypeSymbol? memberType = member switch
                {
                    IFieldSymbol field => field.Type,
                    IPropertySymbol { IsIndexer: false } property => property.Type,
                    _ => null,
                };
                if (memberType is null)
                {
                    continue;
                }

                if (resolver.Find(member) is { } annotation)
                {
                    found.Add(new PersonalDataMember(member, annotation));
                }
                else
                {
                    pending.Push(memberType);
                }
            }
        }

        private bool CanHoldAnnotations(IAssemblySymbol? assembly)
        {
            if (assembly is null)
            {
                return false;
            }

            if (SymbolEqualityComparer.Default.Equals(assembly, compilation.Assembly))
            {
                return true;
            }

            return annotatedAssemblies.GetOrAdd(assembly, static a =>
            {
                foreach (var module in a.Modules)
                {
                    foreach (var reference in module.ReferencedAssemblies)
                    {
                        if (string.Equals(reference.Name, "PrivacyAttributes", StringComparison.Ordinal))
                        {
                            return true;
                        }
                    }
                }

                return false;
            });
        }

        /// <summary>
        /// Whether a value of <paramref name="type"/> contains values of its type arguments: a
        /// collection, a tuple, a nullable, a lazy or a task result. <c>ILogger&lt;OrderService&gt;</c>
        /// or <c>IOptions&lt;Settings&gt;</c> only name their argument, and following it made every
        /// logger look like it held the personal data of the service that owns it.
        /// </summary>
        private static bool HoldsItsTypeArguments(INamedTypeSymbol type)
        {
            if (type.TypeArguments.IsEmpty)
            {
                return false;
            }

            var definition = type.OriginalDefinition;
            if (definition.SpecialType is SpecialType.System_Collections_Generic_IEnumerable_T or SpecialType.System_Nullable_T || type.IsTupleType)
            {
                return true;
            }

            foreach (var implemented in definition.AllInterfaces)
            {
                if (implemented.SpecialType == SpecialType.System_Collections_IEnumerable)
                {
                    return true;
                }
            }

            var name = definition.ContainingNamespace?.ToDisplayString() + "." + definition.MetadataName;
            return name is "System.Lazy`1" or "System.Threading.Tasks.Task`1" or "System.Threading.Tasks.ValueTask`1"
                or "System.Collections.Generic.KeyValuePair`2" or "System.Tuple`1" or "System.Tuple`2" or "System.Tuple`3"
                or "System.Tuple`4" or "System.Tuple`5" or "System.Tuple`6" or "System.Tuple`7";
        }

        private static bool IsLeaf(ITypeSymbol type) =>
            (type.SpecialType != SpecialType.None && type is not INamedTypeSymbol { IsGenericType: true })
            || type.TypeKind is TypeKind.Enum or TypeKind.Delegate or TypeKind.Pointer or TypeKind.FunctionPointer or TypeKind.TypeParameter or TypeKind.Error or TypeKind.Dynamic;
    }
}
