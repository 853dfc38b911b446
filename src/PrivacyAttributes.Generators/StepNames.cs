namespace PrivacyAttributes.Generators
{
    /// <summary>Tracking names of the pipeline's steps, so tests can check what was cached.</summary>
    internal static class StepNames
    {
        /// <summary>The <c>build_property.projectdir</c> option.</summary>
        public const string ProjectDirectory = nameof(ProjectDirectory);

        /// <summary>Every syntax tree's summary (syntax only): names that can reach personal data, a hash outside member bodies.</summary>
        public const string TreeSummaries = nameof(TreeSummaries);

        /// <summary>Every syntax tree's binding fingerprint: its tokens and their lines, bodies included (see TreeSummary.Fingerprint).</summary>
        public const string BindingFingerprints = nameof(BindingFingerprints);

        /// <summary>The summaries folded into the project's name filter and declaration key.</summary>
        public const string ProjectSyntax = nameof(ProjectSyntax);

        /// <summary>
        /// A handle on the current compilation and its context (assembly name, options, references).
        /// New for every compilation by design: the gates after it decide what re-runs.
        /// </summary>
        public const string CompilationContext = nameof(CompilationContext);

        /// <summary>The semantic pass's gate: the collected summaries with the compilation, equal while no file's binding fingerprint and no context changed.</summary>
        public const string CodeInputs = nameof(CodeInputs);

        /// <summary>The gate of the assembly-level steps: the project's syntax outside bodies with the compilation, equal while neither changed.</summary>
        public const string DeclarationInputs = nameof(DeclarationInputs);

        /// <summary>The semantic pass: every file's data items and processing entries.</summary>
        public const string Code = nameof(Code);

        /// <summary><c>[PersonalData]</c> on fields, properties, parameters and return values, as data items: one value, an array per file.</summary>
        public const string PersonalDataMembers = nameof(PersonalDataMembers);

        /// <summary>Code under <c>[ProcessingPurpose]</c>, as processing entries: one value, an array per file.</summary>
        public const string ProcessingPurposeCode = nameof(ProcessingPurposeCode);

        /// <summary>Code under <c>[SharesWith]</c>, as processing entries: one value, an array per file.</summary>
        public const string SharesWithCode = nameof(SharesWithCode);

        /// <summary>The assembly-level declarations of this assembly and its references.</summary>
        public const string Declarations = nameof(Declarations);

        /// <summary>The <c>PrivacyInventory.Json</c> constants of referenced assemblies, unparsed.</summary>
        public const string ReferencedInventoryTexts = nameof(ReferencedInventoryTexts);

        /// <summary>The referenced inventories, parsed.</summary>
        public const string ReferencedInventories = nameof(ReferencedInventories);

        /// <summary>Every processing entry of this assembly, collected.</summary>
        public const string CollectedProcessing = nameof(CollectedProcessing);

        /// <summary>Data items combined with processing entries.</summary>
        public const string CombinedCode = nameof(CombinedCode);

        /// <summary>The code combined with the declarations.</summary>
        public const string CombinedDeclarations = nameof(CombinedDeclarations);

        /// <summary>The above combined with the referenced inventories.</summary>
        public const string CombinedReferences = nameof(CombinedReferences);

        /// <summary>The above combined with the project directory.</summary>
        public const string CombinedOptions = nameof(CombinedOptions);

        /// <summary>The finished inventory model.</summary>
        public const string Inventory = nameof(Inventory);
    }
}
