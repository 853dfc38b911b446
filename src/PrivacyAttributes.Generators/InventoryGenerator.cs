using System;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PrivacyAttributes.Generators.Building;
using PrivacyAttributes.Generators.Emitting;
using PrivacyAttributes.Generators.Model;
using PrivacyAttributes.Generators.Parsing;
using PrivacyAttributes.Roslyn;

namespace PrivacyAttributes.Generators
{
    // Pipeline (symbols -> model in Parsing/, model -> model in Building/, model -> text in Emitting/):
    //
    //   [PersonalData]            --FAWMN-->  DataItemModel[] per member     --Collect--+
    //   [ProcessingPurpose]       --FAWMN-->  ProcessingEntryModel[] per root --Collect--+
    //   [SharesWith]              --FAWMN-->  ProcessingEntryModel[] per root --Collect--+--Combine--> InventoryModel --> source
    //   Compilation               --Select--> DeclarationsModel (own + referenced assembly attributes) --+
    //   Compilation               --Select--> referenced PrivacyInventory.Json texts --Select--> parsed --+
    //   AnalyzerConfigOptions     --Select--> project directory --------------------------------------+
    //
    // Caching. Every step yields records with value equality and no Roslyn objects, so a step that
    // re-runs but produces an equal value is Unchanged and everything after it stays Cached.
    // In Roslyn 4.8, ForAttributeWithMetadataName caches its syntax half per tree, but its semantic
    // half (the transform) is combined with the compilation and re-runs for every matching node of
    // every tree whenever the compilation changes (the tests check this). Processing entries read
    // annotations declared in other files (a member becomes personal data, a callee gains
    // [SharesWith]); they are computed from the symbols inside that transform, so they are current
    // after such an edit, while an edit elsewhere re-runs the transforms to equal values. The
    // assembly-level declarations and referenced inventories are read from the compilation in
    // cheap Select steps; the referenced JSON texts are only parsed again when they change.
    // Paths become relative (build_property.projectdir) only in the final model step, so the
    // per-member models do not depend on options. No diagnostics and no I/O here: the analyzers
    // report malformed annotations, and an undefined value simply leaves its item out.

    /// <summary>Emits <c>PrivacyAttributes.Generated.PrivacyInventory</c>, the data inventory of the assembly.</summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class InventoryGenerator : IIncrementalGenerator
    {
        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var projectDirectory = context.AnalyzerConfigOptionsProvider
                .Select(static (options, _) => options.GlobalOptions.TryGetValue("build_property.projectdir", out var directory) ? directory : string.Empty)
                .WithTrackingName(StepNames.ProjectDirectory);

            // Syntax only, cached per tree: an unchanged tree is never read again.
            var summaries = context.CompilationProvider
                .SelectMany(static (compilation, _) => compilation.SyntaxTrees)
                .Select(static (tree, cancellationToken) => TreeSummary.Create(tree, cancellationToken))
                .WithTrackingName(StepNames.TreeSummaries)
                .Collect();
            var project = summaries
                .Select(static (trees, cancellationToken) => ProjectSyntax.Create(trees, cancellationToken))
                .WithTrackingName(StepNames.ProjectSyntax);

            // Semantic: re-runs for every compilation, but reuses each file's model while neither the
            // file nor anything outside member bodies elsewhere changed (see SemanticRun).
            var code = project
                .Combine(summaries)
                .Combine(context.CompilationProvider)
                .Select(SemanticRun.Analyze)
                .WithTrackingName(StepNames.Code);

            var dataItems = code
                .SelectMany(static (model, _) => Files(model, static tree => tree.DataItems))
                .WithTrackingName(StepNames.PersonalDataMembers)
                .Collect()
                .WithTrackingName(StepNames.CollectedDataItems);

            var purposeCode = code
                .SelectMany(static (model, _) => Files(model, static tree => tree.PurposeEntries))
                .WithTrackingName(StepNames.ProcessingPurposeCode);
            var sharingCode = code
                .SelectMany(static (model, _) => Files(model, static tree => tree.SharingEntries))
                .WithTrackingName(StepNames.SharesWithCode);
            var processing = purposeCode.Collect()
                .Combine(sharingCode.Collect())
                .Select(static (pair, _) => pair.Left.AddRange(pair.Right))
                .WithTrackingName(StepNames.CollectedProcessing);

            var declarations = context.CompilationProvider
                .Select(DeclarationsParser.Parse)
                .WithTrackingName(StepNames.Declarations);

            var references = context.CompilationProvider
                .Select(ReferencedInventoryReader.ReadTexts)
                .WithTrackingName(StepNames.ReferencedInventoryTexts)
                .Select(ReferencedInventoryReader.Parse)
                .WithTrackingName(StepNames.ReferencedInventories);

            var inventory = dataItems
                .Combine(processing).WithTrackingName(StepNames.CombinedCode)
                .Combine(declarations).WithTrackingName(StepNames.CombinedDeclarations)
                .Combine(references).WithTrackingName(StepNames.CombinedReferences)
                .Combine(projectDirectory).WithTrackingName(StepNames.CombinedOptions)
                .Select(static (input, cancellationToken) => InventoryBuilder.Build(
                    input.Left.Left.Left.Left,
                    input.Left.Left.Left.Right,
                    input.Left.Left.Right,
                    input.Left.Right,
                    input.Right,
                    cancellationToken))
                .WithTrackingName(StepNames.Inventory);

            context.RegisterSourceOutput(inventory, static (output, model) =>
            {
                var json = InventoryJsonEmitter.Emit(model);
                output.AddSource(SourceEmitter.HintName, SourceText.From(SourceEmitter.Emit(json), Encoding.UTF8));
            });
        }

        /// <summary>One array per file with annotated declarations, so a change in one file modifies one output.</summary>
        private static ImmutableArray<EquatableArray<T>> Files<T>(CodeModel model, Func<TreeModel, EquatableArray<T>> select)
        {
            var result = ImmutableArray.CreateBuilder<EquatableArray<T>>(model.Trees.Count);
            foreach (var tree in model.Trees)
            {
                result.Add(select(tree));
            }

            return result.ToImmutable();
        }
    }
}
