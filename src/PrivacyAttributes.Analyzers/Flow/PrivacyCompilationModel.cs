using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAttributes.Analyzers.Sinks;
using PrivacyAttributes.Roslyn;

namespace PrivacyAttributes.Analyzers.Flow
{
    /// <summary>
    /// Everything the use-site rules resolve once per compilation: the attribute readers and their
    /// caches, the assembly-level declarations, the sink table, the whole-object type scan and the
    /// per-body index of local writes. Created in <c>RegisterCompilationStartAction</c>; every
    /// operation callback of that compilation shares it, so each symbol is read at most once.
    /// </summary>
    internal sealed class PrivacyCompilationModel
    {
        private readonly Lazy<PrivacyDeclarations> declarations;
        private readonly Lazy<SinkTable> sinks;
        private readonly ConcurrentDictionary<IMethodSymbol, bool> anonymizers = new(SymbolEqualityComparer.Default);
        private readonly ConditionalWeakTable<IOperation, LocalWriteIndex> localWrites = new();

        private PrivacyCompilationModel(Compilation compilation)
        {
            Compilation = compilation;
            PersonalData = new PersonalDataResolver();
            Purposes = new PurposeResolver(compilation.Assembly);
            Types = new PersonalDataTypes(compilation, PersonalData);
            declarations = new Lazy<PrivacyDeclarations>(() => PrivacyDeclarations.Read(compilation), LazyThreadSafetyMode.ExecutionAndPublication);
            sinks = new Lazy<SinkTable>(() => new SinkTable(compilation), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        public Compilation Compilation { get; }

        public PersonalDataResolver PersonalData { get; }

        public PurposeResolver Purposes { get; }

        public PersonalDataTypes Types { get; }

        public PrivacyDeclarations Declarations => declarations.Value;

        public SinkTable Sinks => sinks.Value;

        /// <summary>
        /// The model, or null when the compilation cannot see the attribute assembly: then no member
        /// can be annotated in a way Roslyn resolves, and the rules register nothing (a project that
        /// does not use the package pays nothing).
        /// </summary>
        public static PrivacyCompilationModel? TryCreate(Compilation compilation) =>
            compilation.GetTypeByMetadataName(AttributeNames.PersonalData) is null ? null : new PrivacyCompilationModel(compilation);

        /// <summary>Whether a call to <paramref name="method"/> ends the flow: <c>[Anonymizes]</c> or a configured sanitizer.</summary>
        public bool IsSanitizer(IMethodSymbol method, PrivacyOptions options)
        {
            var definition = method.ReducedFrom ?? method;
            definition = definition.OriginalDefinition;
            var marked = anonymizers.GetOrAdd(definition, static m => AnnotationReader.Find(m, PrivacyAttributeKind.Anonymizes) is not null);
            return marked || options.AdditionalSanitizers.Matches(definition);
        }

        /// <summary>Where each local of a body gets its value from; built once per body, only when a flow reaches a local.</summary>
        public LocalWriteIndex GetLocalWrites(IOperation root) => localWrites.GetValue(root, static r => LocalWriteIndex.Build(r));

        /// <summary>
        /// The symbol whose purpose is in force at <paramref name="operation"/>: the nearest enclosing
        /// lambda or local function (they inherit from where they are written unless they carry their
        /// own <c>[ProcessingPurpose]</c>), else the member the operation belongs to.
        /// </summary>
        public static ISymbol PurposeOwner(IOperation operation, ISymbol containingSymbol)
        {
            for (var current = operation.Parent; current is not null; current = current.Parent)
            {
                switch (current)
                {
                    case IAnonymousFunctionOperation lambda when lambda.Symbol is not null:
                        return lambda.Symbol;
                    case ILocalFunctionOperation localFunction when localFunction.Symbol is not null:
                        return localFunction.Symbol;
                }
            }

            return containingSymbol;
        }

        /// <summary>The outermost operation of the body <paramref name="operation"/> belongs to.</summary>
        public static IOperation Root(IOperation operation)
        {
            var current = operation;
            while (current.Parent is not null)
            {
                current = current.Parent;
            }

            return current;
        }
    }
}
