using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAttributes.Analyzers.Flow;
using PrivacyAttributes.Analyzers.Sinks;
using PrivacyAttributes.Roslyn;

namespace PrivacyAttributes.Analyzers.Rules
{
    /// <summary>PRIV006: personal data is passed to code that <c>[SharesWith]</c> a recipient not allowed for it.</summary>
    /// <remarks>
    /// Walk: an operation action on invocations and object creations whose target method or type
    /// carries <c>[SharesWith]</c> (read once per method and cached); only then does the backward flow
    /// run from the call's arguments. The declarations (own and referenced assemblies) are read
    /// lazily, the first time a disclosure is found.
    /// </remarks>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RecipientNotAllowedAnalyzer : DiagnosticAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = new(
            RuleIdentifiers.RecipientNotAllowed,
            title: "Personal data is disclosed to a recipient not allowed for it",
            messageFormat: "{0} is disclosed to '{1}' here, but {2}",
            RuleIdentifiers.UsageCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A method or type marked [SharesWith] hands what it is given to a recipient. The recipient must be declared with [assembly: Recipient], be listed in the member's SharedWith when it has one, and receive data only for the purposes the recipient declares.",
            helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.RecipientNotAllowed));

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

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

                var options = new PrivacyOptions.Cache(start.Options);
                var recipientsByMethod = new ConcurrentDictionary<IMethodSymbol, ImmutableArray<string>>(SymbolEqualityComparer.Default);
                start.RegisterOperationAction(
                    operationContext =>
                    {
                        // The kind first: the action runs for every call, creation and assignment.
                        var operation = operationContext.Operation;
                        var method = operation.Kind switch
                        {
                            OperationKind.Invocation => (operation as IInvocationOperation)?.TargetMethod,
                            OperationKind.ObjectCreation => (operation as IObjectCreationOperation)?.Constructor,

                            // client.To = value and new Client { To = value } hand the value to the type too.
                            OperationKind.SimpleAssignment when operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.SetMethod: { } setter } } => setter,
                            _ => null,
                        };
                        if (method is null
                            || deferred.Value is not { } model
                            || (method.MethodKind == MethodKind.PropertySet
                                && SymbolEqualityComparer.Default.Equals(operationContext.ContainingSymbol?.ContainingType, method.ContainingType)))
                        {
                            // A type storing into its own properties is not a disclosure; the call that handed it the data was.
                            return;
                        }

                        var recipients = recipientsByMethod.GetOrAdd((method.ReducedFrom ?? method).OriginalDefinition, ReadRecipients);
                        if (!recipients.IsEmpty)
                        {
                            // The values handed over are collected only for the few calls that reach a recipient.
                            var values = operationContext.Operation switch
                            {
                                IInvocationOperation invocation => ArgumentValues(invocation.Arguments),
                                IObjectCreationOperation creation => ArgumentValues(creation.Arguments),
                                ISimpleAssignmentOperation assignment => ImmutableArray.Create(assignment.Value),
                                _ => ImmutableArray<IOperation>.Empty,
                            };
                            Analyze(operationContext, model, options.For(operationContext.Operation.Syntax.SyntaxTree), recipients, values);
                        }
                    },
                    OperationKind.Invocation,
                    OperationKind.ObjectCreation,
                    OperationKind.SimpleAssignment);
            });
        }

        /// <summary>The recipients named by <c>[SharesWith]</c> on the method and on its containing types.</summary>
        /// <remarks>Asked once for every method called; nearly all name none, and those get no builder.</remarks>
        private static ImmutableArray<string> ReadRecipients(IMethodSymbol method)
        {
            ImmutableArray<string>.Builder? names = null;
            AddSharesWith(method, ref names);
            for (var type = method.ContainingType; type is not null; type = type.ContainingType)
            {
                AddSharesWith(type, ref names);
            }

            return names?.ToImmutable() ?? ImmutableArray<string>.Empty;
        }

        private static void AddSharesWith(ISymbol symbol, ref ImmutableArray<string>.Builder? names)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                if (AnnotationReader.Classify(attribute) == PrivacyAttributeKind.SharesWith
                    && AnnotationReader.ReadSharesWith(attribute) is { Length: > 0 } name
                    && !(names?.Contains(name) ?? false))
                {
                    (names ??= ImmutableArray.CreateBuilder<string>()).Add(name);
                }
            }
        }

        private static ImmutableArray<IOperation> ArgumentValues(ImmutableArray<IArgumentOperation> arguments)
        {
            var values = ImmutableArray.CreateBuilder<IOperation>(arguments.Length);
            foreach (var argument in arguments)
            {
                if (!(argument.IsImplicit && argument.ArgumentKind == ArgumentKind.DefaultValue) && argument.Value is { } value)
                {
                    values.Add(value);
                }
            }

            return values.ToImmutable();
        }

        private static void Analyze(OperationAnalysisContext context, PrivacyCompilationModel model, PrivacyOptions options, ImmutableArray<string> recipients, ImmutableArray<IOperation> values)
        {
            var flow = model.RentFlow(options);
            var disclosed = new List<(PersonalDataMember Member, PersonalDataSource Source)>();
            try
            {
                foreach (var value in values)
                {
                    foreach (var source in flow.SourcesOf(value))
                    {
                        foreach (var member in source.Members)
                        {
                            disclosed.Add((member, source));
                        }
                    }
                }
            }
            finally
            {
                model.ReturnFlow(flow);
            }

            if (disclosed.Count == 0)
            {
                return;
            }

            var operation = context.Operation;
            var inForce = model.Purposes.Resolve(PrivacyCompilationModel.PurposeOwner(operation, context.ContainingSymbol));
            foreach (var recipient in recipients)
            {
                var declaration = model.Declarations.FindRecipient(recipient);
                foreach (var (member, source) in disclosed)
                {
                    if (WhyNotAllowed(recipient, declaration, member.Annotation, inForce) is { } reason)
                    {
                        context.ReportDiagnostic(Diagnostic.Create(Rule, operation.Syntax.GetLocation(), DescribeDisclosed(member, source), recipient, reason));
                        break;
                    }
                }
            }
        }

        /// <summary>Null when the disclosure is allowed, else why not, in the message's words.</summary>
        private static string? WhyNotAllowed(string recipient, RecipientDeclaration? declaration, PersonalDataAnnotation annotation, PurposeInForce inForce)
        {
            if (declaration is null)
            {
                return "'" + recipient + "' is not a declared recipient; declare it with [assembly: Recipient(\"" + recipient + "\", RecipientKind...)] so the privacy policy can name it";
            }

            if (!annotation.SharedWith.IsEmpty && !ContainsOrdinal(annotation.SharedWith, recipient))
            {
                return "the member may only be shared with " + string.Join(", ", annotation.SharedWith) + "; add '" + recipient + "' to its SharedWith if people were told";
            }

            if (!declaration.Purposes.IsEmpty)
            {
                var outside = new List<Purpose>();
                foreach (var purpose in inForce.Purposes)
                {
                    if (!declaration.Purposes.Contains(purpose))
                    {
                        outside.Add(purpose);
                    }
                }

                if (inForce.Purposes.IsEmpty)
                {
                    return "'" + recipient + "' receives personal data only for " + Describe.Purposes(declaration.Purposes) + " and this code declares no purpose";
                }

                if (outside.Count > 0)
                {
                    return "'" + recipient + "' receives personal data only for " + Describe.Purposes(declaration.Purposes) + ", not for " + Describe.Purposes(outside);
                }
            }

            return null;
        }

        private static string DescribeDisclosed(PersonalDataMember member, PersonalDataSource source)
        {
            var text = Describe.Member(member.Symbol) + " (" + Describe.Category(member.Annotation.Category) + ")";
            return source.HeldBy is null ? text : text + ", held by a whole '" + Describe.TypeName(source.HeldBy) + "',";
        }

        private static bool ContainsOrdinal(EquatableArray<string> values, string value)
        {
            foreach (var candidate in values)
            {
                if (string.Equals(candidate, value, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
