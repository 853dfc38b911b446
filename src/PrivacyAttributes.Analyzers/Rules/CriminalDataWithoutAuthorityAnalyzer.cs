using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAttributes.Analyzers.Internals;
using PrivacyAttributes.Roslyn;
using PrivacyAttributes.Taxonomy;

namespace PrivacyAttributes.Analyzers.Rules
{
    /// <summary>PRIV012: criminal-record data (GDPR Art. 10) is collected for a purpose that rests on neither a legal obligation nor a public task.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CriminalDataWithoutAuthorityAnalyzer : AnnotatedMemberAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = new(
            RuleIdentifiers.CriminalDataWithoutAuthority,
            title: "Criminal-record data is collected without a law that allows it",
            messageFormat: "'{0}' holds {1}, which may only be processed when a law requires or authorises it (GDPR Art. 10), but {2} rests on {3}: declare [assembly: PurposeLegalBasis({2}, LegalBasis.LegalObligation)] (or LegalBasis.PublicTask) if a law applies, otherwise do not collect it.",
            RuleIdentifiers.UsageCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Data about criminal convictions and offences may be processed only under official authority or when Union or national law authorises it (GDPR Art. 10). At least one legal basis of each purpose it is collected for must be a legal obligation or a public task.",
            helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.CriminalDataWithoutAuthority));

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        /// <inheritdoc />
        private protected override void AnalyzeMember(SymbolAnalysisContext context, AnnotatedMember item, PrivacyDeclarations declarations)
        {
            if (!PrivacyTaxonomy.TryGet(item.Annotation.Category, out var category) || !category.IsCriminalOffenceData)
            {
                return;
            }

            var purposes = item.Annotation.Purposes;
            for (var index = 0; index < purposes.Count; index++)
            {
                if (!item.IsFirstMention(index))
                {
                    continue;
                }

                var purpose = purposes[index];
                var bases = new List<string>();
                var authorised = false;
                foreach (var declaration in declarations.LegalBasesFor(purpose))
                {
                    authorised |= declaration.Basis is LegalBasis.LegalObligation or LegalBasis.PublicTask;
                    bases.Add("LegalBasis." + declaration.Basis);
                }

                // No legal basis at all is PRIV005's to report.
                if (authorised || bases.Count == 0 || item.PurposeLocation(index, context.CancellationToken) is not { } location)
                {
                    continue;
                }

                context.ReportDiagnostic(Diagnostic.Create(
                    Rule, location, item.DisplayName, Describe.Category(item.Annotation.Category), Describe.Purpose(purpose), string.Join(" and ", bases)));
            }
        }
    }
}
