using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using DeferredModel = PrivacyAttributes.Analyzers.Flow.DeferredModel;
using PrivacyCompilationModel = PrivacyAttributes.Analyzers.Flow.PrivacyCompilationModel;
using PrivacyAttributes.Analyzers.Internals;
using PrivacyAttributes.Roslyn;
using PrivacyAttributes.Taxonomy;

namespace PrivacyAttributes.Analyzers.Rules
{
    /// <summary>PRIV005: a purpose is used in <c>[PersonalData]</c> or <c>[ProcessingPurpose]</c> but no <c>PurposeLegalBasis</c> declares its legal basis.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PurposeWithoutLegalBasisAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>The diagnostic property that holds the purpose's name, for the code fix.</summary>
        public const string PurposeProperty = "Purpose";

        internal static readonly DiagnosticDescriptor Rule = new(
            RuleIdentifiers.PurposeWithoutLegalBasis,
            title: "Purpose has no legal basis",
            messageFormat: "{0} uses {1}, but no legal basis is declared for it, so the data may not be processed for it (GDPR Art. 6(1)): declare [assembly: PurposeLegalBasis({1}, LegalBasis.Contract)] (or Consent, LegitimateInterests, ...) here or in a referenced assembly.",
            RuleIdentifiers.UsageCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Personal data may be processed only on one of the six legal bases of GDPR Art. 6(1), and the privacy policy must state it for each purpose (Art. 13(1)(c)). Every purpose used must have an [assembly: PurposeLegalBasis] in this assembly or in a referenced one.",
            helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.PurposeWithoutLegalBasis));

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                if (DeferredModel.Start(start.Compilation) is not { } deferred)
                {
                    return;
                }

                start.RegisterSymbolAction(
                    symbolContext =>
                    {
                        if (deferred.Value is { } model)
                        {
                            AnalyzeSymbol(symbolContext, model, model.Declarations);
                        }
                    },
                    SymbolKind.Field,
                    SymbolKind.Property,
                    SymbolKind.Method,
                    SymbolKind.NamedType);
                var compilation = start.Compilation;
                AssemblyDiagnostics.Register(
                    start,
                    token => deferred.Value is { } model ? AnalyzeAssembly(compilation.Assembly, model.Declarations, token) : new List<Diagnostic>());
            });
        }

        private static void AnalyzeSymbol(SymbolAnalysisContext context, PrivacyCompilationModel model, PrivacyDeclarations declarations)
        {
            foreach (var item in model.AnnotatedMembersOf(context.Symbol))
            {
                // The member's description is only built when there is something to report.
                if (HasPurposeWithoutLegalBasis(item.Annotation.Purposes, declarations))
                {
                    Check(item.Attribute, item.Annotation.Purposes, paramsIndex: 1, "'" + item.DisplayName + "' (" + Describe.Category(item.Annotation.Category) + ")", declarations, context.ReportDiagnostic, context.CancellationToken);
                }
            }

            if (context.Symbol is IMethodSymbol or INamedTypeSymbol
                && AnnotationReader.Find(context.Symbol, PrivacyAttributeKind.ProcessingPurpose) is { } processing)
            {
                var purposes = AnnotationReader.ReadProcessingPurposes(processing);
                if (HasPurposeWithoutLegalBasis(purposes, declarations))
                {
                    Check(processing, purposes, paramsIndex: 0, "[ProcessingPurpose] on '" + AnnotatedMembers.DisplayName(context.Symbol) + "'", declarations, context.ReportDiagnostic, context.CancellationToken);
                }
            }
        }

        private static List<Diagnostic> AnalyzeAssembly(IAssemblySymbol assembly, PrivacyDeclarations declarations, CancellationToken cancellationToken)
        {
            var diagnostics = new List<Diagnostic>();
            if (AnnotationReader.Find(assembly, PrivacyAttributeKind.ProcessingPurpose) is { } processing)
            {
                Check(processing, AnnotationReader.ReadProcessingPurposes(processing), paramsIndex: 0, "[assembly: ProcessingPurpose]", declarations, diagnostics.Add, cancellationToken);
            }

            return diagnostics;
        }

        /// <summary>Whether <see cref="Check"/> can report anything: a defined purpose without a legal basis.</summary>
        private static bool HasPurposeWithoutLegalBasis(EquatableArray<Purpose> purposes, PrivacyDeclarations declarations)
        {
            foreach (var purpose in purposes)
            {
                if (PrivacyTaxonomy.TryGet(purpose, out _) && !declarations.HasLegalBasis(purpose))
                {
                    return true;
                }
            }

            return false;
        }

        private static void Check(
            AttributeData attribute,
            EquatableArray<Purpose> purposes,
            int paramsIndex,
            string where,
            PrivacyDeclarations declarations,
            System.Action<Diagnostic> report,
            CancellationToken cancellationToken)
        {
            if (attribute.ApplicationSyntaxReference is null)
            {
                return;
            }

            var seen = new HashSet<Purpose>();
            for (var index = 0; index < purposes.Count; index++)
            {
                var purpose = purposes[index];

                // An undefined purpose is PRIV100's to report.
                if (!seen.Add(purpose) || !PrivacyTaxonomy.TryGet(purpose, out _) || declarations.HasLegalBasis(purpose))
                {
                    continue;
                }

                var location = AttributeLocations.OfParamsElement(attribute, paramsIndex, index, cancellationToken);
                if (location is not null)
                {
                    var properties = ImmutableDictionary<string, string?>.Empty.Add(PurposeProperty, purpose.ToString());
                    report(Diagnostic.Create(Rule, location, properties, where, Describe.Purpose(purpose)));
                }
            }
        }
    }
}
