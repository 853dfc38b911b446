using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAttributes.Analyzers.Internals;
using DeferredModel = PrivacyAttributes.Analyzers.Flow.DeferredModel;
using PrivacyCompilationModel = PrivacyAttributes.Analyzers.Flow.PrivacyCompilationModel;
using PrivacyAttributes.Roslyn;
using PrivacyAttributes.Taxonomy;

namespace PrivacyAttributes.Analyzers.Rules
{
    /// <summary>
    /// PRIV100: an annotation is malformed: an undefined enum value, <c>Category.Other</c> without a
    /// description, a retention period that is not a period, a recipient that is not declared, personal
    /// data without a purpose, a country that is not an ISO code, or declarations that contradict each other.
    /// </summary>
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
                if (DeferredModel.Start(start.Compilation) is not { } deferred)
                {
                    return;
                }

                start.RegisterSymbolAction(
                    symbolContext =>
                    {
                        if (deferred.Value is { } model)
                        {
                            AnalyzeSymbol(symbolContext, model);
                        }
                    },
                    SymbolKind.Field,
                    SymbolKind.Property,
                    SymbolKind.Method,
                    SymbolKind.NamedType,
                    SymbolKind.Event);
                var compilation = start.Compilation;
                AssemblyDiagnostics.Register(
                    start,
                    token => deferred.Value is { } model ? AnalyzeAssembly(compilation, model, model.Declarations, token) : new List<Diagnostic>());
            });
        }

        private static void AnalyzeSymbol(SymbolAnalysisContext context, PrivacyCompilationModel model)
        {
            // Most symbols carry none of the package's attributes: check that before anything else,
            // since this runs for every field, property, method and type. Names for the messages are
            // only built when a message is (OwnerName).
            var symbol = context.Symbol;
            var report = new DiagnosticSink(context);
            var attributes = symbol.GetAttributes();
            if (HasPrivacyAttribute(attributes))
            {
                Check(attributes, new OwnerName(symbol, suffix: null), model, model.Declarations, report, context.CancellationToken);
            }

            if (symbol is IMethodSymbol method && method.MethodKind is not (MethodKind.PropertyGet or MethodKind.PropertySet or MethodKind.EventAdd or MethodKind.EventRemove))
            {
                var returnAttributes = method.GetReturnTypeAttributes();
                if (HasPrivacyAttribute(returnAttributes))
                {
                    Check(returnAttributes, new OwnerName(symbol, " return value"), model, model.Declarations, report, context.CancellationToken);
                }

                foreach (var parameter in method.Parameters)
                {
                    var parameterAttributes = parameter.GetAttributes();
                    if (HasPrivacyAttribute(parameterAttributes))
                    {
                        Check(parameterAttributes, new OwnerName(parameter, suffix: null), model, model.Declarations, report, context.CancellationToken);
                    }
                }
            }
        }

        private static bool HasPrivacyAttribute(ImmutableArray<AttributeData> attributes)
        {
            foreach (var attribute in attributes)
            {
                if (AnnotationReader.Classify(attribute) != PrivacyAttributeKind.None)
                {
                    return true;
                }
            }

            return false;
        }

        private static List<Diagnostic> AnalyzeAssembly(Compilation compilation, PrivacyCompilationModel model, PrivacyDeclarations declarations, CancellationToken cancellationToken)
        {
            var diagnostics = new List<Diagnostic>();
            var attributes = compilation.Assembly.GetAttributes();
            Check(attributes, new OwnerName("the assembly"), model, declarations, new DiagnosticSink(diagnostics), cancellationToken);
            CheckConflicts(compilation, attributes, declarations, new DiagnosticSink(diagnostics), cancellationToken);
            return diagnostics;
        }

        private static void Check(ImmutableArray<AttributeData> attributes, OwnerName owner, PrivacyCompilationModel model, PrivacyDeclarations declarations, DiagnosticSink report, CancellationToken cancellationToken)
        {
            foreach (var attribute in attributes)
            {
                var kind = AnnotationReader.Classify(attribute);
                if (kind == PrivacyAttributeKind.None || attribute.ApplicationSyntaxReference is null)
                {
                    continue;
                }

                var reporter = new Reporter(attribute, report, cancellationToken);
                CheckEnumValues(attribute, model, reporter);
                switch (kind)
                {
                    case PrivacyAttributeKind.PersonalData:
                        CheckPersonalData(attribute, owner, model, declarations, reporter);
                        break;
                    case PrivacyAttributeKind.Retention:
                        CheckRetention(attribute, reporter);
                        break;
                    case PrivacyAttributeKind.SharesWith:
                        CheckSharesWith(attribute, owner, declarations, reporter);
                        break;
                    case PrivacyAttributeKind.Recipient:
                        CheckRecipient(attribute, reporter);
                        break;
                    case PrivacyAttributeKind.DataController:
                        if (attribute.ConstructorArguments.Length == 1 && string.IsNullOrWhiteSpace(AnnotationReader.ReadString(attribute.ConstructorArguments[0])))
                        {
                            reporter.Positional(0, "The data controller has no name: write the legal name of the company or person responsible, such as [assembly: DataController(\"Example Shop Ltd\")]");
                        }

                        break;
                }
            }
        }

        private static void CheckEnumValues(AttributeData attribute, PrivacyCompilationModel model, Reporter reporter)
        {
            var arguments = attribute.ConstructorArguments;
            for (var index = 0; index < arguments.Length; index++)
            {
                var argument = arguments[index];
                if (argument.Kind == TypedConstantKind.Array && !argument.IsNull)
                {
                    for (var element = 0; element < argument.Values.Length; element++)
                    {
                        if (UndefinedEnumMessage(argument.Values[element], model) is { } message)
                        {
                            reporter.Report(AttributeLocations.OfParamsElement(attribute, index, element, reporter.CancellationToken), message);
                        }
                    }
                }
                else if (UndefinedEnumMessage(argument, model) is { } message)
                {
                    reporter.Positional(index, message);
                }
            }

            foreach (var named in attribute.NamedArguments)
            {
                var argument = named.Value;
                if (argument.Kind == TypedConstantKind.Array && !argument.IsNull)
                {
                    for (var element = 0; element < argument.Values.Length; element++)
                    {
                        if (UndefinedEnumMessage(argument.Values[element], model) is { } message)
                        {
                            reporter.Report(AttributeLocations.OfNamedElement(attribute, named.Key, element, reporter.CancellationToken), message);
                        }
                    }
                }
                else if (UndefinedEnumMessage(argument, model) is { } message)
                {
                    reporter.Named(named.Key, message);
                }
            }
        }

        /// <summary>A message when <paramref name="constant"/> is a value of one of the package's enums that the enum does not define.</summary>
        private static string? UndefinedEnumMessage(TypedConstant constant, PrivacyCompilationModel model)
        {
            if (constant.Kind != TypedConstantKind.Enum
                || constant.Type is not INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType
                || !AnnotationReader.TryReadInt(constant, out var value))
            {
                return null;
            }

            var facts = model.EnumFactsOf(enumType);
            if (facts.IsDefined(value) || (facts.IsFlags && value >= 0 && (value & ~facts.All) == 0))
            {
                return null;
            }

            var example = facts.Example;
            var text = value.ToString(CultureInfo.InvariantCulture);
            return facts.IsFlags
                ? $"({enumType.Name}){text} is not a combination of {enumType.Name} values: combine named values with |, such as {enumType.Name}.{example}"
                : $"({enumType.Name}){text} is not a {enumType.Name}: use one of its named values, such as {enumType.Name}.{example}";
        }

        private static void CheckPersonalData(AttributeData attribute, OwnerName owner, PrivacyCompilationModel model, PrivacyDeclarations declarations, Reporter reporter)
        {
            var arguments = attribute.ConstructorArguments;
            if (arguments.Length == 0)
            {
                // No constructor bound: the compiler reports the error.
                return;
            }

            var hasPurpose = arguments.Length == 2 && arguments[1].Kind == TypedConstantKind.Array && !arguments[1].IsNull && arguments[1].Values.Length > 0;
            if (!hasPurpose)
            {
                reporter.Attribute($"'{owner}' is marked as personal data but names no purpose: list the purposes it is collected for, such as [PersonalData(Category.Email, Purpose.AccountManagement)]");
            }

            if (model.ReadPersonalData(attribute) is not { } annotation)
            {
                return;
            }

            if (annotation.Category == Category.Other && string.IsNullOrWhiteSpace(annotation.Description))
            {
                reporter.Positional(0, $"'{owner}' is personal data of Category.Other but has no Description, so the privacy policy cannot say what it is: add Description = \"...\" (for example \"vehicle registration number\"), or use a more specific category");
            }

            if (annotation.Retention is { } retention && !RetentionPeriod.TryParse(retention, out _))
            {
                reporter.Named("Retention", $"The retention \"{retention}\" of '{owner}' is not a period: write {RetentionPeriod.ExpectedFormat}");
            }

            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key != "SharedWith" || named.Value.Kind != TypedConstantKind.Array || named.Value.IsNull)
                {
                    continue;
                }

                for (var element = 0; element < named.Value.Values.Length; element++)
                {
                    var name = AnnotationReader.ReadString(named.Value.Values[element]);
                    if (UndeclaredRecipientMessage(name, declarations) is { } problem)
                    {
                        reporter.Report(
                            AttributeLocations.OfNamedElement(attribute, "SharedWith", element, reporter.CancellationToken),
                            $"'{owner}' is shared with {problem}");
                    }
                }
            }
        }

        private static string? UndeclaredRecipientMessage(string? name, PrivacyDeclarations declarations)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                return "a recipient without a name: write the name of a recipient declared with [assembly: Recipient(\"Name\", RecipientKind.ServiceProvider)]";
            }

            if (declarations.FindRecipient(name!) is not null)
            {
                return null;
            }

            var suggestion = declarations.Recipients.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));
            return suggestion is not null
                ? $"'{name}', which is not a declared recipient; did you mean '{suggestion.Name}' (names are case-sensitive)?"
                : $"'{name}', which is not a declared recipient: declare it with [assembly: Recipient(\"{name}\", RecipientKind.ServiceProvider)] (here or in a referenced assembly), or fix the name";
        }

        private static void CheckRetention(AttributeData attribute, Reporter reporter)
        {
            var arguments = attribute.ConstructorArguments;
            if (arguments.Length != 2 || arguments[1].Kind == TypedConstantKind.Error)
            {
                return;
            }

            var period = AnnotationReader.ReadString(arguments[1]);
            if (!RetentionPeriod.TryParse(period, out _))
            {
                var shown = period is null ? "null" : "\"" + period + "\"";
                reporter.Positional(1, $"The retention period {shown} is not a period: write {RetentionPeriod.ExpectedFormat}");
            }
        }

        private static void CheckSharesWith(AttributeData attribute, OwnerName owner, PrivacyDeclarations declarations, Reporter reporter)
        {
            var arguments = attribute.ConstructorArguments;
            if (arguments.Length != 1 || arguments[0].Kind == TypedConstantKind.Error)
            {
                return;
            }

            if (UndeclaredRecipientMessage(AnnotationReader.ReadString(arguments[0]), declarations) is { } problem)
            {
                reporter.Positional(0, $"'{owner}' shares data with {problem}");
            }
        }

        private static void CheckRecipient(AttributeData attribute, Reporter reporter)
        {
            var arguments = attribute.ConstructorArguments;
            if (arguments.Length == 2 && arguments[0].Kind != TypedConstantKind.Error && string.IsNullOrWhiteSpace(AnnotationReader.ReadString(arguments[0])))
            {
                reporter.Positional(0, "The recipient has no name: write the name it is known by in the privacy policy, such as [assembly: Recipient(\"Stripe\", RecipientKind.ServiceProvider)]");
            }

            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key != "Country" || named.Value.IsNull || named.Value.Kind == TypedConstantKind.Error)
                {
                    continue;
                }

                var country = AnnotationReader.ReadString(named.Value) ?? string.Empty;
                if (!Countries.IsAssigned(country))
                {
                    reporter.Named("Country", CountryMessage(country));
                }
            }
        }

        private static string CountryMessage(string country)
        {
            var upper = country.Trim().ToUpperInvariant();
            if (upper == "UK")
            {
                return "Country \"" + country + "\" is not an ISO 3166-1 code: the United Kingdom is \"GB\"";
            }

            if (upper == "EU")
            {
                return "Country \"EU\" is not an ISO 3166-1 code: name the country the recipient is in, such as \"DE\" or \"IE\" (recipients in the EEA need no transfer mechanism)";
            }

            if (upper != country && Countries.IsAssigned(upper))
            {
                return $"Country \"{country}\" is not an ISO 3166-1 code: write it in upper case, \"{upper}\" ({Countries.NameEn(upper)})";
            }

            var byName = Countries.All.FirstOrDefault(c => string.Equals(c.NameEn, country.Trim(), StringComparison.OrdinalIgnoreCase));
            return byName is not null
                ? $"Country \"{country}\" is not an ISO 3166-1 code: write \"{byName.Code}\""
                : $"Country \"{country}\" is not an ISO 3166-1 alpha-2 code: write the two-letter code of the recipient's country, such as \"US\", \"DE\" or \"GB\"";
        }

        private static void CheckConflicts(Compilation compilation, ImmutableArray<AttributeData> attributes, PrivacyDeclarations declarations, DiagnosticSink report, CancellationToken cancellationToken)
        {
            var own = compilation.Assembly.Identity.Name;
            var recipients = new Dictionary<string, RecipientDeclaration>(StringComparer.Ordinal);
            var retentions = new Dictionary<Category, RetentionDeclaration>();
            // Keyed with the condition: one purpose may rest on the same basis under two Art. 9(2)
            // conditions (a pharmacy's care under (h), the rest of the order on explicit consent under (a)).
            var legalBases = new Dictionary<(Purpose, LegalBasis, SpecialCategoryCondition), LegalBasisDeclaration>();
            foreach (var attribute in attributes)
            {
                if (attribute.ApplicationSyntaxReference is null)
                {
                    continue;
                }

                var reporter = new Reporter(attribute, report, cancellationToken);
                switch (AnnotationReader.Classify(attribute))
                {
                    case PrivacyAttributeKind.Recipient when AnnotationReader.ReadRecipient(attribute, own) is { } recipient:
                        if (recipients.TryGetValue(recipient.Name, out var earlier))
                        {
                            if (!SameRecipient(earlier, recipient))
                            {
                                reporter.Positional(0, $"Recipient '{recipient.Name}' is declared twice in this assembly, {RecipientFacts(earlier)} and {RecipientFacts(recipient)}: keep one declaration with the right kind, country and transfer");
                            }

                            break;
                        }

                        recipients.Add(recipient.Name, recipient);
                        var referenced = declarations.Recipients.FirstOrDefault(r => r.DeclaredIn != own && string.Equals(r.Name, recipient.Name, StringComparison.Ordinal) && !SameRecipient(r, recipient));
                        if (referenced is not null)
                        {
                            reporter.Positional(0, $"Recipient '{recipient.Name}' is declared here {RecipientFacts(recipient)} but in referenced assembly '{referenced.DeclaredIn}' {RecipientFacts(referenced)}: a recipient is one company in one place; make the declarations agree, or remove this one and rely on the referenced one");
                        }

                        break;
                    case PrivacyAttributeKind.Retention when AnnotationReader.ReadRetention(attribute, own) is { } retention:
                        if (retentions.TryGetValue(retention.Category, out var first))
                        {
                            if (!SamePeriod(first.Period, retention.Period))
                            {
                                reporter.Positional(1, $"Category.{retention.Category} has two default retention periods in this assembly, \"{first.Period}\" and \"{retention.Period}\": keep one (a member that needs another period can set Retention on its [PersonalData])");
                            }
                        }
                        else
                        {
                            retentions.Add(retention.Category, retention);
                        }

                        break;
                    case PrivacyAttributeKind.PurposeLegalBasis when AnnotationReader.ReadLegalBasis(attribute, own) is { } legalBasis:
                        var key = (legalBasis.Purpose, legalBasis.Basis, legalBasis.Condition);
                        if (legalBases.TryGetValue(key, out var previous))
                        {
                            var under = legalBasis.Condition == SpecialCategoryCondition.None ? "" : $" under SpecialCategoryCondition.{legalBasis.Condition}";
                            reporter.Attribute(previous == legalBasis
                                ? $"Purpose.{legalBasis.Purpose} is declared to rest on LegalBasis.{legalBasis.Basis}{under} twice: remove the duplicate"
                                : $"Purpose.{legalBasis.Purpose} is declared to rest on LegalBasis.{legalBasis.Basis}{under} twice, with a different LegitimateInterest or Description: merge them into one declaration");
                        }
                        else
                        {
                            legalBases.Add(key, legalBasis);
                        }

                        break;
                    case PrivacyAttributeKind.DataController when AnnotationReader.ReadController(attribute, own) is { } controller:
                        foreach (var referencedAssembly in PrivacyDeclarations.ReferencedAssembliesUsingPrivacyAttributes(compilation))
                        {
                            if (AnnotationReader.Find(referencedAssembly, PrivacyAttributeKind.DataController) is { } other
                                && AnnotationReader.ReadController(other, referencedAssembly.Identity.Name) is { } otherController
                                && !string.Equals(otherController.Name.Trim(), controller.Name.Trim(), StringComparison.Ordinal))
                            {
                                reporter.Positional(0, $"The data controller \"{controller.Name}\" differs from \"{otherController.Name}\" declared in referenced assembly '{referencedAssembly.Identity.Name}': one application has one controller; use the same name in both, or remove one declaration");
                                break;
                            }
                        }

                        break;
                }
            }
        }

        private static bool SameRecipient(RecipientDeclaration left, RecipientDeclaration right) =>
            left.Kind == right.Kind && string.Equals(left.Country, right.Country, StringComparison.Ordinal) && left.Transfer == right.Transfer;

        private static string RecipientFacts(RecipientDeclaration recipient) =>
            $"(RecipientKind.{recipient.Kind}, Country = {(recipient.Country is null ? "none" : "\"" + recipient.Country + "\"")}, TransferMechanism.{recipient.Transfer})";

        private static bool SamePeriod(string left, string right) =>
            RetentionPeriod.TryParse(left, out var a) && RetentionPeriod.TryParse(right, out var b) ? a!.Equals(b) : string.Equals(left, right, StringComparison.Ordinal);

        /// <summary>What the messages call the annotated symbol: <c>Customer.Email</c>, <c>Customer.Find() return value</c>, <c>the assembly</c>; built on first use only.</summary>
        private readonly struct OwnerName
        {
            private readonly ISymbol? symbol;
            private readonly string? text;

            public OwnerName(string text)
            {
                this.text = text;
                symbol = null;
            }

            public OwnerName(ISymbol symbol, string? suffix)
            {
                this.symbol = symbol;
                text = suffix;
            }

            public override string ToString() => symbol is null ? text ?? string.Empty : AnnotatedMembers.DisplayName(symbol) + text;
        }

        /// <summary>
        /// Where diagnostics go: the symbol action's context, or the list of the assembly's diagnostics.
        /// A struct rather than a delegate: a delegate to the context's method boxed the context for
        /// every symbol that carries one of the package's attributes, whether or not anything was reported.
        /// </summary>
        private readonly struct DiagnosticSink
        {
            private readonly List<Diagnostic>? list;
            private readonly SymbolAnalysisContext context;

            public DiagnosticSink(List<Diagnostic> list)
            {
                this.list = list;
                context = default;
            }

            public DiagnosticSink(SymbolAnalysisContext context)
            {
                list = null;
                this.context = context;
            }

            public void Report(Diagnostic diagnostic)
            {
                if (list is not null)
                {
                    list.Add(diagnostic);
                }
                else
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }
        }

        private readonly struct Reporter
        {
            private readonly AttributeData attribute;
            private readonly DiagnosticSink report;

            public Reporter(AttributeData attribute, DiagnosticSink report, CancellationToken cancellationToken)
            {
                this.attribute = attribute;
                this.report = report;
                CancellationToken = cancellationToken;
            }

            public CancellationToken CancellationToken { get; }

            public void Attribute(string message) => Report(AttributeLocations.Of(attribute, CancellationToken), message);

            public void Positional(int index, string message) => Report(AttributeLocations.OfPositional(attribute, index, CancellationToken), message);

            public void Named(string name, string message) => Report(AttributeLocations.OfNamed(attribute, name, CancellationToken), message);

            public void Report(Location? location, string message)
            {
                if (location is not null)
                {
                    report.Report(Diagnostic.Create(Rule, location, message));
                }
            }
        }
    }
}
