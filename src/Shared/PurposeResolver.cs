using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace PrivacyAttributes.Roslyn
{
    /// <summary>
    /// Finds the purposes in force at a piece of code: the nearest <c>[ProcessingPurpose]</c> on the
    /// method, constructor, accessor, local function or lambda, then on what it is written in, then
    /// the containing types outward, then the assembly. One instance per compilation; results are
    /// cached per symbol because every use inside a method asks the same question.
    /// </summary>
    internal sealed class PurposeResolver
    {
        private readonly ConcurrentDictionary<ISymbol, PurposeInForce> cache = new(SymbolEqualityComparer.Default);
        private readonly PurposeInForce assemblyPurpose;
        private readonly Func<ISymbol, DeclaredAttributes?>? readDeclared;

        /// <param name="assembly">The compilation's assembly, for <c>[assembly: ProcessingPurpose]</c>.</param>
        /// <param name="readDeclared">Where it answers, reads a declaration's attributes from syntax without binding them.</param>
        public PurposeResolver(IAssemblySymbol assembly, Func<ISymbol, DeclaredAttributes?>? readDeclared = null)
        {
            this.readDeclared = readDeclared;
            var attribute = AnnotationReader.Find(assembly, PrivacyAttributeKind.ProcessingPurpose);
            assemblyPurpose = attribute is null
                ? PurposeInForce.None
                : new PurposeInForce(AnnotationReader.ReadProcessingPurposes(attribute), PurposeOrigin.Assembly);
        }

        /// <summary>The purposes in force inside <paramref name="symbol"/> (a method, local function, lambda or type).</summary>
        public PurposeInForce Resolve(ISymbol? symbol)
        {
            if (symbol is null || symbol is INamespaceSymbol || symbol is IModuleSymbol || symbol is IAssemblySymbol)
            {
                return assemblyPurpose;
            }

            if (cache.TryGetValue(symbol, out var cached))
            {
                return cached;
            }

            PurposeInForce result;
            if ((symbol is IMethodSymbol || symbol is INamedTypeSymbol) && readDeclared?.Invoke(symbol) is { } declared)
            {
                result = declared.ProcessingPurposes is { } declaredPurposes
                    ? new PurposeInForce(declaredPurposes, symbol is INamedTypeSymbol ? PurposeOrigin.Type : PurposeOrigin.Method)
                    : Resolve(symbol.ContainingSymbol);
            }
            else if ((symbol is IMethodSymbol || symbol is INamedTypeSymbol)
                && AnnotationReader.Find(symbol, PrivacyAttributeKind.ProcessingPurpose) is { } attribute)
            {
                result = new PurposeInForce(
                    AnnotationReader.ReadProcessingPurposes(attribute),
                    symbol is INamedTypeSymbol ? PurposeOrigin.Type : PurposeOrigin.Method);
            }
            else
            {
                result = Resolve(symbol.ContainingSymbol);
            }

            cache.TryAdd(symbol, result);
            return result;
        }
    }
}
