using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAttributes.Analyzers.Internals;
using PrivacyAttributes.Roslyn;

namespace PrivacyAttributes.Analyzers.Rules
{
    /// <summary>PRIV011: <c>LegitimateInterests</c> is declared without stating the interest.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class LegitimateInterestNotStatedAnalyzer : AssemblyAttributeAnalyzer
    {
        /// <summary>Checks this assembly's <c>[assembly: PurposeLegalBasis]</c> declarations.</summary>
        public LegitimateInterestNotStatedAnalyzer()
            : base(AttributeNames.PurposeLegalBasis)
        {
        }

        internal static readonly DiagnosticDescriptor Rule = new(
            RuleIdentifiers.LegitimateInterestNotStated,
            title: "Legitimate interest is not stated",
            messageFormat: "{0} rests on legitimate interests but does not say what the interest is; the privacy policy must state it (GDPR Art. 13(1)(d)): add LegitimateInterest = \"...\", for example \"preventing fraud against our customers\".",
            RuleIdentifiers.UsageCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "When processing rests on legitimate interests (GDPR Art. 6(1)(f)), the privacy policy must state the interests pursued (Art. 13(1)(d)). Write them in LegitimateInterest.",
            helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.LegitimateInterestNotStated));

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        /// <inheritdoc />
        private protected override IEnumerable<Diagnostic> Analyze(IAssemblySymbol assembly, CancellationToken cancellationToken)
        {
            foreach (var attribute in assembly.GetAttributes())
            {
                if (AnnotationReader.Classify(attribute) != PrivacyAttributeKind.PurposeLegalBasis
                    || AnnotationReader.ReadLegalBasis(attribute, assembly.Identity.Name) is not { } declaration
                    || declaration.Basis != LegalBasis.LegitimateInterests
                    || !string.IsNullOrWhiteSpace(declaration.LegitimateInterest))
                {
                    continue;
                }

                var location = AttributeLocations.GetSyntax(attribute, cancellationToken) is { } syntax
                    && AttributeLocations.NamedArgument(syntax, "LegitimateInterest") is { } argument
                        ? argument.GetLocation()
                        : AttributeLocations.Of(attribute, cancellationToken);
                if (location is not null)
                {
                    yield return Diagnostic.Create(Rule, location, "[assembly: PurposeLegalBasis(" + Describe.Purpose(declaration.Purpose) + ", LegalBasis.LegitimateInterests)]");
                }
            }
        }
    }
}
