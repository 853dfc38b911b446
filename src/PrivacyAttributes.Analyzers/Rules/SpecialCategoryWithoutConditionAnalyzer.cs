using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAttributes.Analyzers.Internals;
using PrivacyAttributes.Roslyn;
using PrivacyAttributes.Taxonomy;

namespace PrivacyAttributes.Analyzers.Rules
{
    /// <summary>PRIV004: special-category data (GDPR Art. 9) is collected for a purpose whose legal bases name no Art. 9(2) condition.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SpecialCategoryWithoutConditionAnalyzer : AnnotatedMemberAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = new(
            RuleIdentifiers.SpecialCategoryWithoutCondition,
            title: "Sensitive data is collected for a purpose with no exception that allows it",
            messageFormat: "'{0}' holds {1}, a special category of personal data (GDPR Art. 9) that is forbidden unless an exception applies, but no legal basis declared for {2} names one: add Condition = SpecialCategoryCondition.ExplicitConsent (or the exception that applies) to its [assembly: PurposeLegalBasis].",
            RuleIdentifiers.UsageCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Health, genetic, biometric, ethnic origin, political opinion, religion, trade-union membership and sex-life data may only be processed under one of the exceptions of GDPR Art. 9(2), such as explicit consent. The legal basis of every purpose this data is collected for must name that exception in its Condition.",
            helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.SpecialCategoryWithoutCondition));

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        /// <inheritdoc />
        private protected override void AnalyzeMember(SymbolAnalysisContext context, AnnotatedMember item, PrivacyDeclarations declarations)
        {
            if (!PrivacyTaxonomy.TryGet(item.Annotation.Category, out var category) || !category.IsSpecialCategory)
            {
                return;
            }

            var purposes = item.Annotation.Purposes;
            for (var index = 0; index < purposes.Count; index++)
            {
                var purpose = purposes[index];

                // No legal basis at all is PRIV005's to report.
                if (!item.IsFirstMention(index)
                    || !declarations.HasLegalBasis(purpose)
                    || HasCondition(declarations, purpose)
                    || item.PurposeLocation(index, context.CancellationToken) is not { } location)
                {
                    continue;
                }

                context.ReportDiagnostic(Diagnostic.Create(Rule, location, item.DisplayName, Describe.Category(item.Annotation.Category), Describe.Purpose(purpose)));
            }
        }

        private static bool HasCondition(PrivacyDeclarations declarations, Purpose purpose)
        {
            foreach (var basis in declarations.LegalBasesFor(purpose))
            {
                if (basis.Condition != SpecialCategoryCondition.None)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
