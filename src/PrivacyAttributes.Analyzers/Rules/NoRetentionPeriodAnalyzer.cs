using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAttributes.Analyzers.Internals;
using PrivacyAttributes.Roslyn;

namespace PrivacyAttributes.Analyzers.Rules
{
    /// <summary>PRIV010: personal data has no retention period, neither on the member nor for its category.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class NoRetentionPeriodAnalyzer : AnnotatedMemberAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = new(
            RuleIdentifiers.NoRetentionPeriod,
            title: "Personal data has no retention period",
            messageFormat: "'{0}' holds {1} but says nowhere how long it is kept: set Retention = \"P2Y\" (or another period) on the annotation, or declare [assembly: Retention({2}, \"...\")] for the category",
            RuleIdentifiers.UsageCategory,
            DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: "A privacy policy must say how long personal data is stored, or the criteria used to decide (GDPR Art. 13(2)(a)), and data must not be kept longer than needed (Art. 5(1)(e)). Give the member a Retention, or declare a default for its category at assembly level (here or in a referenced assembly).",
            helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.NoRetentionPeriod));

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        /// <inheritdoc />
        private protected override void AnalyzeMember(SymbolAnalysisContext context, AnnotatedMember item, PrivacyDeclarations declarations)
        {
            // A retention that is written but malformed is PRIV100's to report.
            if (!string.IsNullOrWhiteSpace(item.Annotation.Retention) || declarations.RetentionFor(item.Annotation.Category) is not null)
            {
                return;
            }

            var location = AttributeLocations.Of(item.Attribute, context.CancellationToken);
            if (location is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Rule, location, item.DisplayName, Describe.Category(item.Annotation.Category), "Category." + item.Annotation.Category));
            }
        }
    }
}
