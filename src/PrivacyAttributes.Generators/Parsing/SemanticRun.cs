using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PrivacyAttributes.Generators.Model;
using PrivacyAttributes.Roslyn;

namespace PrivacyAttributes.Generators.Parsing
{
    /// <summary>
    /// The semantic half of the generator: finds the declarations carrying <c>[PersonalData]</c>,
    /// <c>[ProcessingPurpose]</c> and <c>[SharesWith]</c> exactly as
    /// <c>ForAttributeWithMetadataName</c> does (same nodes, same attribute match, same order) and
    /// turns them into models, one file at a time, with one semantic model per file and resolvers
    /// shared by the whole run.
    /// </summary>
    /// <remarks>
    /// Reuse across compilations. A file's model is a function of its own text and of everything
    /// outside member bodies in the other files, plus references and options: C# binds no
    /// declaration from a method body, so an edit inside a body of file B cannot change how file A
    /// binds. Each result is therefore remembered per <see cref="SyntaxTree"/> instance (weakly,
    /// with the <see cref="ContextKey"/> it was computed under) and reused while the key is equal;
    /// a file whose annotated code reaches a body or a location in another file (partial types and
    /// methods) is recomputed every time. The key holds the hash of every file's text outside bodies
    /// (<see cref="ProjectSyntax.Declarations"/>), so an annotation edit recomputes every file.
    /// This is a cache of a pure function: the output never depends on whether it was hit.
    /// </remarks>
    internal sealed class SemanticRun
    {
        private static readonly ConditionalWeakTable<SyntaxTree, Memo> Memos = new();

        /// <summary>Below this many trees per thread, starting threads costs more than it saves.</summary>
        private const int MinimumTreesPerWorker = 64;

        private readonly ProjectSyntax project;
        private readonly Dictionary<SyntaxTree, SemanticModel> models = new();
        private NameFilter? filter;
        private PurposeResolver? purposes;
        private DeclaredTypeResolver? types;
        private SyntaxTree? currentTree;
        private bool currentTreeIsSelfContained;

        private SemanticRun(Compilation compilation, ProjectSyntax project, bool readsWithoutBinding, CancellationToken cancellationToken)
        {
            Compilation = compilation;
            ReadsWithoutBinding = readsWithoutBinding;
            this.project = project;
            CancellationToken = cancellationToken;
            Attributes = new DeclaredAttributeReader(readsWithoutBinding ? compilation : null, project.AliasSet, cancellationToken);
            PersonalData = new PersonalDataResolver(AnnotationReader.ReadPersonalData, Attributes.Read);
        }

        public Compilation Compilation { get; }

        public CancellationToken CancellationToken { get; }

        public PurposeResolver Purposes => purposes ??= new PurposeResolver(Compilation.Assembly, Attributes.Read);

        public PersonalDataResolver PersonalData { get; }

        /// <summary>Resolves declared types without binding signatures; null when <see cref="ReadsWithoutBinding"/> is off.</summary>
        public DeclaredTypeResolver? Types => ReadsWithoutBinding ? types ??= new DeclaredTypeResolver(Compilation) : null;

        /// <summary>Reads the package's attributes from declarations without binding them where it can.</summary>
        public DeclaredAttributeReader Attributes { get; }

        public Dictionary<ITypeSymbol, List<string>> MembersOfType { get; } = new(SymbolEqualityComparer.Default);

        /// <summary>Whether bodies (<see cref="UnboundBodyReader"/>) and attributes (<see cref="DeclaredAttributeReader"/>) are first read without binding; off only to compare both ways in tests.</summary>
        public bool ReadsWithoutBinding { get; }

        public NameFilter Filter => filter ??= new NameFilter(project.NameSet, MetadataNames.For(Compilation), project.Wildcard);

        public static CodeModel Analyze(((ProjectSyntax Project, ProjectTrees Trees) Syntax, CompilationHandle Compilation) input, bool readsWithoutBinding, CancellationToken cancellationToken)
        {
            var compilation = input.Compilation.Compilation;
            var project = input.Syntax.Project;
            var summaries = input.Syntax.Trees.Summaries;
            var key = new ContextKey(project, input.Compilation, readsWithoutBinding);
            var trees = new List<SyntaxTree>(compilation.SyntaxTrees);
            var models = new TreeModel?[trees.Count];
            var pending = new List<int>();
            for (var index = 0; index < trees.Count; index++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var tree = trees[index];
                var summary = index < summaries.Count ? summaries[index] : null;
                if (summary is not null && string.Equals(summary.Path, tree.FilePath, StringComparison.Ordinal) && !project.MayHoldRoots(summary))
                {
                    continue;
                }

                var entry = Memos.GetValue(tree, static _ => new Memo()).Entry;
                if (entry is not null && entry.Key.Equals(key))
                {
                    models[index] = entry.Model;
                }
                else
                {
                    pending.Add(index);
                }
            }

            AnalyzeTrees(compilation, project, readsWithoutBinding, trees, pending, models, key, cancellationToken);

            var results = new List<TreeModel>();
            foreach (var model in models)
            {
                if (model is not null)
                {
                    results.Add(model);
                }
            }

            return new CodeModel(new EquatableArray<TreeModel>(results));
        }

        /// <summary>Analyzes the pending trees (see <see cref="ParallelWorkers"/>); each worker has a run of its own, as the runs' caches are not shared.</summary>
        private static void AnalyzeTrees(
            Compilation compilation,
            ProjectSyntax project,
            bool readsWithoutBinding,
            List<SyntaxTree> trees,
            List<int> pending,
            TreeModel?[] models,
            ContextKey key,
            CancellationToken cancellationToken)
        {
            if (pending.Count == 0)
            {
                return;
            }

            // Binding the module's and assembly's attributes first, once for all workers: until they are
            // bound, every attribute binding asks whether the module is [Obsolete] by collecting the
            // attribute lists of every tree again, which made the first run grow with the square of the
            // files (measured at 5,000 types: about half of the semantic pass). Each worker bound them
            // itself before, at the same time as the others (Roslyn does not wait for a binding under
            // way), which repeated the work without finishing sooner.
            compilation.SourceModule.GetAttributes();
            compilation.Assembly.GetAttributes();
            ParallelWorkers.Run(
                compilation,
                pending.Count,
                MinimumTreesPerWorker,
                () => new SemanticRun(compilation, project, readsWithoutBinding, cancellationToken),
                (run, i) =>
                {
                    var index = pending[i];
                    var tree = trees[index];
                    var model = run.AnalyzeTree(tree, out var selfContained);
                    models[index] = model;
                    Memos.GetValue(tree, static _ => new Memo()).Entry = selfContained ? new MemoEntry(key, model) : null;
                },
                cancellationToken);
        }

        public SemanticModel ModelFor(SyntaxTree tree)
        {
            if (tree != currentTree)
            {
                currentTreeIsSelfContained = false;
            }

            if (!models.TryGetValue(tree, out var model))
            {
                model = Compilation.GetSemanticModel(tree);
                models.Add(tree, model);
            }

            return model;
        }

        private TreeModel? AnalyzeTree(SyntaxTree tree, out bool selfContained)
        {
            currentTree = tree;
            currentTreeIsSelfContained = true;
            var model = ModelFor(tree);
            var assembly = Compilation.AssemblyName ?? string.Empty;
            var items = new List<DataItemModel>();
            var purposeEntries = new List<ProcessingEntryModel>();
            var sharingEntries = new List<ProcessingEntryModel>();
            var matched = false;
            foreach (var node in TreeSummary.AttributeOwnersOf(tree) ?? (IEnumerable<SyntaxNode>)tree.GetRoot(CancellationToken).DescendantNodes())
            {
                CancellationToken.ThrowIfCancellationRequested();
                var lists = AttributeListsOf(node);
                if (lists.Count == 0)
                {
                    continue;
                }

                var (personalData, purpose, sharing) = Candidates(lists);
                if (!personalData && !purpose && !sharing)
                {
                    continue;
                }

                if (node is BaseFieldDeclarationSyntax field)
                {
                    foreach (var variable in field.Declaration.Variables)
                    {
                        matched |= Target(variable, personalData, purpose, sharing, model, assembly, items, purposeEntries, sharingEntries);
                    }
                }
                else
                {
                    matched |= Target(node, personalData, purpose, sharing, model, assembly, items, purposeEntries, sharingEntries);
                }
            }

            selfContained = currentTreeIsSelfContained;
            currentTree = null;
            return !matched
                ? null
                : new TreeModel(
                    tree.FilePath,
                    new EquatableArray<DataItemModel>(items),
                    new EquatableArray<ProcessingEntryModel>(purposeEntries),
                    new EquatableArray<ProcessingEntryModel>(sharingEntries));
        }

        /// <summary>Reads one declaration; whether it carries any of the three attributes.</summary>
        private bool Target(
            SyntaxNode node,
            bool personalData,
            bool purpose,
            bool sharing,
            SemanticModel model,
            string assembly,
            List<DataItemModel> items,
            List<ProcessingEntryModel> purposeEntries,
            List<ProcessingEntryModel> sharingEntries)
        {
            var isDataCandidate = personalData && DataItemParser.IsCandidate(node, CancellationToken);
            var isCodeCandidate = (purpose || sharing) && ProcessingParser.IsCandidate(node, CancellationToken);
            if (!isDataCandidate && !isCodeCandidate || model.GetDeclaredSymbol(node, CancellationToken) is not { } symbol)
            {
                return false;
            }

            var matched = false;
            var declared = Attributes.Read(symbol);
            if (isDataCandidate && declared is { PersonalData: { } annotation })
            {
                matched = true;
                DataItemParser.Add(items, symbol, returnValue: false, annotation, assembly);
            }
            else if (isDataCandidate && declared is null && Matching(node.SyntaxTree, symbol, PrivacyAttributeKind.PersonalData) is { IsEmpty: false } attributes)
            {
                matched = true;
                var count = items.Count;
                DataItemParser.Parse(symbol, attributes, assembly, items);
                if (items.Count > count && symbol.Locations.Length > 0 && symbol.Locations[0].SourceTree != node.SyntaxTree)
                {
                    // Its line comes from another file.
                    currentTreeIsSelfContained = false;
                }
            }

            if (isCodeCandidate && purpose && (declared?.Has(PrivacyAttributeKind.ProcessingPurpose) ?? !Matching(node.SyntaxTree, symbol, PrivacyAttributeKind.ProcessingPurpose).IsEmpty))
            {
                matched = true;
                purposeEntries.AddRange(ProcessingParser.Parse(symbol, this));
            }

            if (isCodeCandidate && sharing && (declared?.Has(PrivacyAttributeKind.SharesWith) ?? !Matching(node.SyntaxTree, symbol, PrivacyAttributeKind.SharesWith).IsEmpty))
            {
                matched = true;
                sharingEntries.AddRange(ProcessingParser.Parse(symbol, this));
            }

            return matched;
        }

        /// <summary>Which of the three attributes the lists may hold, by the names written (aliases may be any).</summary>
        private (bool PersonalData, bool Purpose, bool Sharing) Candidates(SyntaxList<AttributeListSyntax> lists)
        {
            bool personalData = false, purpose = false, sharing = false;
            foreach (var list in lists)
            {
                foreach (var attribute in list.Attributes)
                {
                    var name = TreeSummary.SimpleName(attribute.Name);
                    var aliased = project.AliasSet.Contains(name);
                    personalData |= aliased || TreeSummary.Is(name, TreeSummary.PersonalData);
                    purpose |= aliased || TreeSummary.Is(name, TreeSummary.ProcessingPurpose);
                    sharing |= aliased || TreeSummary.Is(name, TreeSummary.SharesWith);
                }
            }

            return (personalData, purpose, sharing);
        }

        private static SyntaxList<AttributeListSyntax> AttributeListsOf(SyntaxNode node) => node switch
        {
            MemberDeclarationSyntax member => member.AttributeLists,
            BaseParameterSyntax parameter => parameter.AttributeLists,
            StatementSyntax statement => statement.AttributeLists,
            AccessorDeclarationSyntax accessor => accessor.AttributeLists,
            _ => default,
        };

        /// <summary>
        /// The attributes of <paramref name="kind"/> applied in <paramref name="tree"/> to the symbol or
        /// its return value: what <c>ForAttributeWithMetadataName</c> reports for a node.
        /// </summary>
        private static ImmutableArray<AttributeData> Matching(SyntaxTree tree, ISymbol symbol, PrivacyAttributeKind kind)
        {
            var result = ImmutableArray<AttributeData>.Empty;
            Add(symbol.GetAttributes());
            if (symbol is IMethodSymbol method)
            {
                Add(method.GetReturnTypeAttributes());
            }

            return result;

            void Add(ImmutableArray<AttributeData> attributes)
            {
                foreach (var attribute in attributes)
                {
                    if (attribute.ApplicationSyntaxReference?.SyntaxTree == tree
                        && attribute.AttributeClass is { ContainingType: null, Arity: 0 } attributeClass
                        && AnnotationReader.Classify(attributeClass) == kind)
                    {
                        result = result.Add(attribute);
                    }
                }
            }
        }

        private sealed class Memo
        {
            public volatile MemoEntry? Entry;
        }

        private sealed class MemoEntry
        {
            public MemoEntry(ContextKey key, TreeModel? model)
            {
                Key = key;
                Model = model;
            }

            public ContextKey Key { get; }

            public TreeModel? Model { get; }
        }

        /// <summary>Everything besides a file's own text that its model depends on.</summary>
        private sealed class ContextKey
        {
            private readonly ProjectSyntax project;
            private readonly CompilationHandle compilation;
            private readonly bool readsWithoutBinding;

            public ContextKey(ProjectSyntax project, CompilationHandle compilation, bool readsWithoutBinding)
            {
                this.project = project;
                this.compilation = compilation;
                this.readsWithoutBinding = readsWithoutBinding;
            }

            public bool Equals(ContextKey other) =>
                readsWithoutBinding == other.readsWithoutBinding
                && (ReferenceEquals(project, other.project) || project.Equals(other.project))
                && compilation.SameContext(other.compilation);
        }
    }
}
