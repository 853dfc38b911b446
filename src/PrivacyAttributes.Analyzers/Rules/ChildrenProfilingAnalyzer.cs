using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAttributes.Analyzers.Internals;
using PrivacyAttributes.Roslyn;

namespace PrivacyAttributes.Analyzers.Rules
{
    /// <summary>PRIV009: children's data is collected for direct marketing, advertising or personalization.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ChildrenProfilingAnalyzer : AnnotatedMemberAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = new(
            RuleIdentifiers.ChildrenProfiling,
            title: "Children's data is used for marketing, advertising or personalization",
            messageFormat: "'{0}' holds {1} of children (Subjects includes DataSubject.Child) and is collected for {2}: children merit specific protection from marketing and profiling (GDPR Recital 38, Art. 8); remove {2} or exclude children from this data.",
            RuleIdentifiers.UsageCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Children merit specific protection with regard to marketing and to creating personality or user profiles (GDPR Recital 38; Art. 8; DSA Art. 28 bans profiling-based ads to minors). Data that includes children should not be collected for direct marketing, advertising or personalization.",
            helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.ChildrenProfiling));

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        /// <inheritdoc />
        private protected override void AnalyzeMember(SymbolAnalysisContext context, AnnotatedMember item, PrivacyDeclarations declarations)
        {
            if ((item.Annotation.Subjects & DataSubject.Child) == 0)
            {
                return;
            }

            var purposes = item.Annotation.Purposes;
            for (var index = 0; index < purposes.Count; index++)
            {
                var purpose = purposes[index];
                if (purpose is not (Purpose.DirectMarketing or Purpose.Advertising or Purpose.Personalization)
                    || !item.IsFirstMention(index)
                    || item.PurposeLocation(index, context.CancellationToken) is not { } location)
                {
                    continue;
                }

                context.ReportDiagnostic(Diagnostic.Create(Rule, location, item.DisplayName, Describe.Category(item.Annotation.Category), Describe.Purpose(purpose)));
            }
        }
    }
}
