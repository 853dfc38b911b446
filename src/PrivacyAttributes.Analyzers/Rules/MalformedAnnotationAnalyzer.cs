using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAttributes.Roslyn;

namespace PrivacyAttributes.Analyzers.Rules
{
    /// <summary>PRIV100: an annotation is malformed.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MalformedAnnotationAnalyzer : DiagnosticAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = new(
            RuleIdentifiers.MalformedAnnotation,
            title: "Privacy annotation is malformed",
            messageFormat: "{0}",
            RuleIdentifiers.UsageCategory,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "A privacy annotation has an argument the inventory cannot use. The message says what is wrong and what to write instead.",
            helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.MalformedAnnotation));

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var personalData = start.Compilation.GetTypeByMetadataName(AttributeNames.PersonalData);
                if (personalData is null)
                {
                    return;
                }

                start.RegisterSymbolAction(
                    symbolContext => AnalyzeMember(symbolContext, personalData),
                    SymbolKind.Field,
                    SymbolKind.Property);
            });
        }

        private static void AnalyzeMember(SymbolAnalysisContext context, INamedTypeSymbol personalData)
        {
            foreach (var attribute in context.Symbol.GetAttributes())
            {
                if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, personalData))
                {
                    continue;
                }

                var arguments = attribute.ConstructorArguments;
                var hasPurpose = arguments.Length == 2 && arguments[1].Kind == TypedConstantKind.Array && !arguments[1].IsNull && arguments[1].Values.Length > 0;
                if (arguments.Length > 0 && !hasPurpose && attribute.ApplicationSyntaxReference is { } syntax)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Rule,
                        Location.Create(syntax.SyntaxTree, syntax.Span),
                        $"'{context.Symbol.Name}' is marked as personal data but names no purpose: list the purposes it is collected for, such as [PersonalData(Category.Email, Purpose.AccountManagement)]"));
                }
            }
        }
    }
}
