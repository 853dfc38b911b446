using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAttributes.Analyzers.Internals;
using PrivacyAttributes.Analyzers.Sinks;
using PrivacyAttributes.Roslyn;

namespace PrivacyAttributes.Analyzers.Flow
{
    /// <summary>
    /// Everything the rules resolve once per compilation: the attribute readers and their caches,
    /// the <c>[PersonalData]</c> annotations of the symbols asked about last, the facts about the
    /// package's enums, the assembly-level declarations, the sink table, the whole-object type scan
    /// and a flow walker to lend. One instance per compilation, shared by every analyzer of the
    /// package (<see cref="For"/>), so a symbol's attributes are read once for all the rules that
    /// look at it in turn.
    /// </summary>
    internal sealed class PrivacyCompilationModel
    {
        // Weak on the compilation: a model lives exactly as long as the compilation it describes.
        private static readonly ConditionalWeakTable<Compilation, Holder> Models = new();
        private static readonly ConditionalWeakTable<Compilation, Holder>.CreateValueCallback CreateHolder = static compilation => new Holder(compilation);

        private readonly Lazy<PrivacyDeclarations> declarations;
        private readonly Lazy<PurposeResolver> purposes;
        private readonly Lazy<SinkTable> sinks;
        private readonly ConcurrentDictionary<IMethodSymbol, bool> anonymizers = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<AttributeData, PersonalDataAnnotation?> personalDataAttributes = new(ReferenceComparer.Instance);
        private readonly ConcurrentDictionary<ITypeSymbol, EnumFacts> enums = new(SymbolEqualityComparer.Default);
        private readonly Func<AttributeData, PersonalDataAnnotation?> readPersonalData;
        private readonly ConcurrentDictionary<string, List<string>> words = new(StringComparer.Ordinal);

        // The enum types seen so far, for an identity scan before the dictionary (EnumFactsOf).
        private KeyValuePair<ITypeSymbol, EnumFacts>[] knownEnums = Array.Empty<KeyValuePair<ITypeSymbol, EnumFacts>>();

        // The symbols whose annotations were read last. Every rule about annotations is called for a symbol
        // one after the other, so a few recent entries answer them all without a table of every symbol.
        private readonly RecentAnnotatedMembers?[] recentAnnotatedMembers = new RecentAnnotatedMembers?[4];
        private int nextAnnotatedMembers;

        // A walker kept for the next sink or recipient call, so each call does not allocate its sets anew.
        private PersonalDataFlow? spareFlow;

        private PrivacyCompilationModel(Compilation compilation)
        {
            Compilation = compilation;
            readPersonalData = attribute => personalDataAttributes.GetOrAdd(attribute, AnnotationReader.ReadPersonalData);
            WordsOf = SplitOnce;
            PersonalData = new PersonalDataResolver(readPersonalData);
            // Read on first use, like everything here that needs the compilation's assembly: see DeferredModel.
            purposes = new Lazy<PurposeResolver>(() => new PurposeResolver(compilation.Assembly), LazyThreadSafetyMode.ExecutionAndPublication);
            Types = new PersonalDataTypes(compilation, PersonalData);
            declarations = new Lazy<PrivacyDeclarations>(() => PrivacyDeclarations.Read(compilation), LazyThreadSafetyMode.ExecutionAndPublication);
            sinks = new Lazy<SinkTable>(() => new SinkTable(compilation), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        public Compilation Compilation { get; }

        public PersonalDataResolver PersonalData { get; }

        public PurposeResolver Purposes => purposes.Value;

        public PersonalDataTypes Types { get; }

        public PrivacyDeclarations Declarations => declarations.Value;

        public SinkTable Sinks => sinks.Value;

        /// <summary>
        /// The model of <paramref name="compilation"/>, shared by every analyzer of the package, or null
        /// when the compilation cannot see the attribute assembly: then no member can be annotated in a
        /// way Roslyn resolves, and the rules register nothing (a project that does not use the package
        /// pays nothing).
        /// </summary>
        public static PrivacyCompilationModel? For(Compilation compilation) => Models.GetValue(compilation, CreateHolder).Model;

        /// <summary>The <c>[PersonalData]</c> an attribute application says, read once per compilation.</summary>
        public PersonalDataAnnotation? ReadPersonalData(AttributeData attribute) => readPersonalData(attribute);

        /// <summary>
        /// The <c>[PersonalData]</c> annotations written in source on <paramref name="symbol"/> (see
        /// <see cref="AnnotatedMembers.Of"/>), read once for all the rules that ask about the symbol.
        /// </summary>
        public ImmutableArray<AnnotatedMember> AnnotatedMembersOf(ISymbol symbol)
        {
            // Most symbols carry no attribute at all: answer those without touching the cache.
            if (!AnnotatedMembers.MayHaveAttributes(symbol))
            {
                return ImmutableArray<AnnotatedMember>.Empty;
            }

            // Lock-free: entries are immutable and replaced whole, so a reader sees an old or a new one.
            // A symbol that has dropped out (rules running on other threads) is read again, to the same result.
            foreach (var recent in recentAnnotatedMembers)
            {
                if (recent is not null && ReferenceEquals(recent.Symbol, symbol))
                {
                    return recent.Members;
                }
            }

            var members = AnnotatedMembers.Of(symbol, readPersonalData);
            var slot = (Interlocked.Increment(ref nextAnnotatedMembers) & int.MaxValue) % recentAnnotatedMembers.Length;
            Volatile.Write(ref recentAnnotatedMembers[slot], new RecentAnnotatedMembers(symbol, members));
            return members;
        }

        /// <summary>
        /// The words of an identifier (<see cref="PersonalDataNames.Split"/>), split once per distinct
        /// identifier: member and type names repeat across a program. The list is shared; do not change it.
        /// </summary>
        /// <remarks>A delegate made once, so passing it costs nothing per call.</remarks>
        public Func<string, List<string>> WordsOf { get; }

        private List<string> SplitOnce(string identifier) =>
            words.TryGetValue(identifier, out var cached) ? cached : words.GetOrAdd(identifier, PersonalDataNames.Split(identifier));

        /// <summary>What PRIV100 needs to know about an enum's values, worked out once per enum type.</summary>
        public EnumFacts EnumFactsOf(INamedTypeSymbol enumType)
        {
            // Every argument of every annotation asks, about a handful of enum types: an identity scan of
            // those answers before the symbol is hashed.
            var known = Volatile.Read(ref knownEnums);
            foreach (var entry in known)
            {
                if (ReferenceEquals(entry.Key, enumType))
                {
                    return entry.Value;
                }
            }

            var facts = enums.TryGetValue(enumType, out var cached) ? cached : enums.GetOrAdd(enumType, EnumFacts.Create(enumType));
            if (known.Length < 16)
            {
                // Replaced whole, never changed in place; a lost update only costs a later dictionary lookup.
                var more = new KeyValuePair<ITypeSymbol, EnumFacts>[known.Length + 1];
                known.CopyTo(more, 0);
                more[known.Length] = new KeyValuePair<ITypeSymbol, EnumFacts>(enumType, facts);
                Volatile.Write(ref knownEnums, more);
            }

            return facts;
        }

        /// <summary>Whether a call to <paramref name="method"/> ends the flow: <c>[Anonymizes]</c> or a configured sanitizer.</summary>
        public bool IsSanitizer(IMethodSymbol method, PrivacyOptions options)
        {
            var definition = method.ReducedFrom ?? method;
            definition = definition.OriginalDefinition;
            var marked = anonymizers.GetOrAdd(definition, static m => AnnotationReader.Find(m, PrivacyAttributeKind.Anonymizes) is not null);
            return marked || options.AdditionalSanitizers.Matches(definition);
        }

        /// <summary>A flow walker for <paramref name="options"/>; give it back with <see cref="ReturnFlow"/> when done.</summary>
        public PersonalDataFlow RentFlow(PrivacyOptions options)
        {
            if (Interlocked.Exchange(ref spareFlow, null) is { } flow)
            {
                flow.Reset(options);
                return flow;
            }

            return new PersonalDataFlow(this, options);
        }

        /// <summary>
        /// Keeps <paramref name="flow"/> for the next call (the results it returned are copies, so they stay
        /// valid), with the local writes of the body it walked last: the next rule to look at that body reuses them.
        /// </summary>
        public void ReturnFlow(PersonalDataFlow flow)
        {
            flow.Clear();
            Volatile.Write(ref spareFlow, flow);
        }

        /// <summary>
        /// The symbol whose purpose is in force at <paramref name="operation"/>: the nearest enclosing
        /// lambda or local function (they inherit from where they are written unless they carry their
        /// own <c>[ProcessingPurpose]</c>), else the member the operation belongs to.
        /// </summary>
        public static ISymbol PurposeOwner(IOperation operation, ISymbol containingSymbol)
        {
            for (var current = operation.Parent; current is not null; current = current.Parent)
            {
                // The kind first: two type tests that miss on every ancestor cost more than the walk.
                switch (current.Kind)
                {
                    case OperationKind.AnonymousFunction when current is IAnonymousFunctionOperation { Symbol: { } lambda }:
                        return lambda;
                    case OperationKind.LocalFunction when current is ILocalFunctionOperation { Symbol: { } localFunction }:
                        return localFunction;
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

        private sealed class RecentAnnotatedMembers
        {
            public RecentAnnotatedMembers(ISymbol symbol, ImmutableArray<AnnotatedMember> members)
            {
                Symbol = symbol;
                Members = members;
            }

            public ISymbol Symbol { get; }

            public ImmutableArray<AnnotatedMember> Members { get; }
        }

        private sealed class Holder
        {
            public Holder(Compilation compilation)
            {
                Model = compilation.GetTypeByMetadataName(AttributeNames.PersonalData) is null ? null : new PrivacyCompilationModel(compilation);
            }

            public PrivacyCompilationModel? Model { get; }
        }

        /// <summary>Attribute applications are compared by identity: each is one object per compilation.</summary>
        private sealed class ReferenceComparer : IEqualityComparer<AttributeData>
        {
            public static readonly ReferenceComparer Instance = new();

            public bool Equals(AttributeData? x, AttributeData? y) => ReferenceEquals(x, y);

            public int GetHashCode(AttributeData obj) => RuntimeHelpers.GetHashCode(obj);
        }
    }
}
