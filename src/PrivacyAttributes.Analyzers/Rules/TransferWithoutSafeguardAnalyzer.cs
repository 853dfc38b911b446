using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAttributes.Analyzers.Internals;
using PrivacyAttributes.Roslyn;
using PrivacyAttributes.Taxonomy;

namespace PrivacyAttributes.Analyzers.Rules
{
    /// <summary>
    /// PRIV007: a recipient outside the EEA receives personal data with no transfer mechanism, or relies on
    /// an adequacy decision its country does not have.
    /// </summary>
    /// <remarks>
    /// A recipient in a country with an adequacy decision (the United Kingdom, Switzerland, Japan, ...) still
    /// receives a transfer: it must say so with <c>Transfer = TransferMechanism.AdequacyDecision</c>.
    /// </remarks>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TransferWithoutSafeguardAnalyzer : AssemblyAttributeAnalyzer
    {
        /// <summary>Checks this assembly's <c>[assembly: Recipient]</c> declarations.</summary>
        public TransferWithoutSafeguardAnalyzer()
            : base(AttributeNames.Recipient)
        {
        }

        internal static readonly DiagnosticDescriptor Rule = new(
            RuleIdentifiers.TransferWithoutSafeguard,
            title: "Data goes to a recipient outside the EEA without a transfer safeguard",
            messageFormat: "{0}",
            RuleIdentifiers.UsageCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Personal data may leave the European Economic Area only under an adequacy decision of the European Commission (GDPR Art. 45), appropriate safeguards such as standard contractual clauses or binding corporate rules (Art. 46, 47), or a derogation (Art. 49). A recipient outside the EEA must say which one applies in Transfer.",
            helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.TransferWithoutSafeguard));

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        /// <inheritdoc />
        private protected override IEnumerable<Diagnostic> Analyze(IAssemblySymbol assembly, CancellationToken cancellationToken)
        {
            foreach (var attribute in assembly.GetAttributes())
            {
                if (AnnotationReader.Classify(attribute) != PrivacyAttributeKind.Recipient
                    || AnnotationReader.ReadRecipient(attribute, assembly.Identity.Name) is not { } recipient
                    || recipient.Country is not { } country
                    || !Countries.IsAssigned(country)
                    || Countries.IsInEea(country))
                {
                    // No country: nothing to check. A malformed country is PRIV100's to report.
                    continue;
                }

                var hasDecision = Countries.TryGetAdequacyDecision(country, out var decision);
                string? message = null;
                if (recipient.Transfer == TransferMechanism.None)
                {
                    message = hasDecision
                        ? $"Recipient '{recipient.Name}' is in {Describe.Country(country)}, outside the EEA, so sending it personal data is an international transfer; that country has an adequacy decision of the European Commission ({decision!.DecidedOn}{Scope(decision)}): set Transfer = TransferMechanism.AdequacyDecision"
                        : $"Recipient '{recipient.Name}' is in {Describe.Country(country)}, outside the EEA, and has no adequacy decision (list as of {Countries.AdequacyListAsOf}): set Transfer = TransferMechanism.StandardContractualClauses, or the safeguard that applies (BindingCorporateRules, ExplicitConsent, OtherDerogation)";
                }
                else if (recipient.Transfer == TransferMechanism.AdequacyDecision && !hasDecision)
                {
                    message = $"Recipient '{recipient.Name}' relies on an adequacy decision, but the European Commission has made none for {Describe.Country(country)} (list as of {Countries.AdequacyListAsOf}): use TransferMechanism.StandardContractualClauses, or the safeguard that applies";
                }

                if (message is null)
                {
                    continue;
                }

                var syntax = AttributeLocations.GetSyntax(attribute, cancellationToken);
                if (syntax is null)
                {
                    continue;
                }

                var location = AttributeLocations.NamedArgument(syntax, "Transfer")?.GetLocation() ?? syntax.GetLocation();
                yield return Diagnostic.Create(Rule, location, message);
            }
        }

        private static string Scope(AdequacyDecision decision) =>
            decision.IsPartial ? "; it covers only: " + decision.Scope : string.Empty;
    }
}
