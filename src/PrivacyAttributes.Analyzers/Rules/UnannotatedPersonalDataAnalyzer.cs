using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAttributes.Analyzers.Internals;
using DeferredModel = PrivacyAttributes.Analyzers.Flow.DeferredModel;
using PrivacyCompilationModel = PrivacyAttributes.Analyzers.Flow.PrivacyCompilationModel;
using PrivacyAttributes.Roslyn;
using PrivacyAttributes.Taxonomy;

namespace PrivacyAttributes.Analyzers.Rules
{
    /// <summary>
    /// PRIV008: a field, property or record parameter looks like personal data by its name and type
    /// (<c>Email</c>, <c>PhoneNumber</c>, <c>DateOfBirth</c>, <c>System.Net.IPAddress</c>, ...) but carries
    /// neither <c>[PersonalData]</c> nor <c>[NotPersonalData]</c>.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnannotatedPersonalDataAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>The diagnostic property that holds the guessed category's name, for the code fix.</summary>
        public const string CategoryProperty = "Category";

        internal static readonly DiagnosticDescriptor Rule = new(
            RuleIdentifiers.UnannotatedPersonalData,
            title: "Member looks like personal data but is not annotated",
            messageFormat: "'{0}' looks like personal data ({1}) but is not annotated: add [PersonalData(Category.{2}, ...)] with the purposes it is collected for, or [NotPersonalData] if it does not describe a person",
            RuleIdentifiers.UsageCategory,
            DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: "Members named like personal data (email, phone, name, address, birth date, IP address, ...) should say what they hold, so the analyzers can check how they are used and the privacy policy lists them.",
            helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.UnannotatedPersonalData));

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
                            Analyze(symbolContext, model);
                        }
                    },
                    SymbolKind.Field,
                    SymbolKind.Property,
                    SymbolKind.Method);
            });
        }

        private static void Analyze(SymbolAnalysisContext context, PrivacyCompilationModel model)
        {
            switch (context.Symbol)
            {
                case IFieldSymbol field:
                    if (!field.IsImplicitlyDeclared && !field.IsConst && !field.IsStatic && field.ContainingType?.TypeKind != TypeKind.Enum)
                    {
                        Check(context, field, field.Type, model, related: null);
                    }

                    break;
                case IPropertySymbol property:
                    if (!property.IsImplicitlyDeclared && !property.IsStatic && !property.IsIndexer && !property.IsOverride && !IsPositionalRecordProperty(property))
                    {
                        Check(context, property, property.Type, model, related: null);
                    }

                    break;
                case IMethodSymbol { MethodKind: MethodKind.Constructor, ContainingType: { IsRecord: true } record } constructor when IsPrimaryConstructor(constructor):
                    foreach (var parameter in constructor.Parameters)
                    {
                        IPropertySymbol? property = null;
                        foreach (var member in record.GetMembers(parameter.Name))
                        {
                            property ??= member as IPropertySymbol;
                        }

                        Check(context, parameter, parameter.Type, model, property);
                    }

                    break;
            }
        }

        private static void Check(SymbolAnalysisContext context, ISymbol symbol, ITypeSymbol type, PrivacyCompilationModel model, ISymbol? related)
        {
            // The name is checked first: it rules out nearly every member without looking at attributes.
            if (PersonalDataNames.Guess(symbol.Name, type, symbol.ContainingType, model.WordsOf) is not { } category)
            {
                return;
            }

            if (model.PersonalData.Find(symbol) is not null
                || PersonalDataResolver.IsMarkedNotPersonalData(symbol)
                || (related is not null && (AnnotationReader.Find(related, PrivacyAttributeKind.PersonalData) is not null || PersonalDataResolver.IsMarkedNotPersonalData(related)))
                || symbol.Locations.Length == 0
                || !symbol.Locations[0].IsInSource)
            {
                return;
            }

            var label = PrivacyTaxonomy.TryGet(category, out var info) ? info.LabelEn : category.ToString();
            var properties = ImmutableDictionary<string, string?>.Empty.Add(CategoryProperty, category.ToString());
            context.ReportDiagnostic(Diagnostic.Create(Rule, symbol.Locations[0], properties, AnnotatedMembers.DisplayName(symbol is IParameterSymbol ? related ?? symbol : symbol), label, category.ToString()));
        }

        private static bool IsPositionalRecordProperty(IPropertySymbol property)
        {
            foreach (var reference in property.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is ParameterSyntax)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsPrimaryConstructor(IMethodSymbol constructor)
        {
            foreach (var reference in constructor.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is RecordDeclarationSyntax)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
