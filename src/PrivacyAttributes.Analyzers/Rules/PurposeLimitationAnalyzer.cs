using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAttributes.Analyzers.Flow;
using PrivacyAttributes.Roslyn;

namespace PrivacyAttributes.Analyzers.Rules
{
    /// <summary>
    /// PRIV001 (personal data used for a purpose it was not collected for) and PRIV002 (personal
    /// data used in code that declares no purpose). One analyzer reports both because they are two
    /// answers to the same question asked at the same place: what purpose is in force where this
    /// personal-data member is read?
    /// </summary>
    /// <remarks>
    /// Walk: an operation action on field, property and parameter references and invocations,
    /// rather than a walk of every body. The first check is a cached per-symbol lookup
    /// (<see cref="PersonalDataResolver"/>) that is false for almost every reference, so the cost
    /// per reference is one dictionary hit; only references to personal data go on to the read check,
    /// the declaring-type exclusion and the purpose lookup (cached per containing symbol by
    /// <see cref="PurposeResolver"/>). Nothing asks the semantic model for symbols: the operation
    /// tree already carries them.
    /// </remarks>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PurposeLimitationAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Diagnostic property: the purposes the member was collected for, comma-separated enum names.</summary>
        public const string AllowedPurposesProperty = "AllowedPurposes";

        /// <summary>Diagnostic property: the purposes in force that the member does not allow.</summary>
        public const string MissingPurposesProperty = "MissingPurposes";

        internal static readonly DiagnosticDescriptor PurposeNotAllowedRule = new(
            RuleIdentifiers.PurposeNotAllowed,
            title: "Personal data is used for a purpose it was not collected for",
            messageFormat: "{0} ({1}) is used here for {2}, but it was collected only for {3}; use it only for those purposes, or allow {2} on the member if people were told about it",
            RuleIdentifiers.UsageCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "The [ProcessingPurpose] in force here (on the method, its containing types or the assembly) names a purpose that the member's [PersonalData] does not list. Personal data may only be used for the purposes it was collected for.",
            helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.PurposeNotAllowed));

        internal static readonly DiagnosticDescriptor NoPurposeDeclaredRule = new(
            RuleIdentifiers.NoPurposeDeclared,
            title: "Personal data is used in code that declares no purpose",
            messageFormat: "{0} ({1}) is used in code that declares no purpose; add [ProcessingPurpose] to say why this code needs it (it was collected for {2})",
            RuleIdentifiers.UsageCategory,
            DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: "Neither the method, its containing types nor the assembly carries [ProcessingPurpose], so nobody can tell whether this use of personal data matches what it was collected for.",
            helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.NoPurposeDeclared));

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(PurposeNotAllowedRule, NoPurposeDeclaredRule);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(BodyDiagnostics.GeneratedCodeAnalysis);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                if (DeferredModel.Start(start.Compilation) is not { } deferred)
                {
                    return;
                }

                start.RegisterOperationAction(
                    operationContext =>
                    {
                        if (deferred.Value is { } model)
                        {
                            AnalyzeReference(operationContext, model);
                        }
                    },
                    OperationKind.FieldReference,
                    OperationKind.PropertyReference,
                    OperationKind.ParameterReference,
                    OperationKind.Invocation);
            });
        }

        private static void AnalyzeReference(OperationAnalysisContext context, PrivacyCompilationModel model)
        {
            var operation = context.Operation;
            if (PersonalDataUse.ReferencedMember(operation) is not { } member
                || model.PersonalData.Find(member) is not { } annotation
                || !PersonalDataUse.IsRead(operation)
                || PersonalDataUse.IsDeclaringTypePlumbing(member, context.ContainingSymbol))
            {
                return;
            }

            var owner = PrivacyCompilationModel.PurposeOwner(operation, context.ContainingSymbol);
            var inForce = model.Purposes.Resolve(owner);
            if (inForce.Purposes.IsEmpty)
            {
                context.ReportDiagnostic(Diagnostic.Create(NoPurposeDeclaredRule, operation.Syntax.GetLocation(), AllowedProperties(annotation), Describe.Member(member.OriginalDefinition), Describe.Category(annotation.Category), Describe.Purposes(annotation.Purposes)));
                return;
            }

            // A member without purposes is PRIV100's to report; checking it here would double the noise.
            if (annotation.Purposes.IsEmpty)
            {
                return;
            }

            // Nearly every read is for an allowed purpose: the messages are only built when one is not.
            List<Purpose>? missing = null;
            foreach (var purpose in inForce.Purposes)
            {
                if (!Contains(annotation.Purposes, purpose) && !(missing?.Contains(purpose) ?? false))
                {
                    (missing ??= new List<Purpose>()).Add(purpose);
                }
            }

            if (missing is not null)
            {
                var properties = AllowedProperties(annotation).Add(MissingPurposesProperty, string.Join(",", missing));
                context.ReportDiagnostic(Diagnostic.Create(PurposeNotAllowedRule, operation.Syntax.GetLocation(), properties, Describe.Member(member.OriginalDefinition), Describe.Category(annotation.Category), Describe.Purposes(missing), Describe.Purposes(annotation.Purposes)));
            }
        }

        private static ImmutableDictionary<string, string?> AllowedProperties(PersonalDataAnnotation annotation) =>
            ImmutableDictionary<string, string?>.Empty.Add(AllowedPurposesProperty, string.Join(",", annotation.Purposes));

        private static bool Contains(EquatableArray<Purpose> purposes, Purpose purpose)
        {
            foreach (var candidate in purposes)
            {
                if (candidate == purpose)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
