using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAttributes.Analyzers.Flow;
using PrivacyAttributes.Analyzers.Sinks;

namespace PrivacyAttributes.Analyzers.Rules
{
    /// <summary>PRIV003: personal data reaches a log, the console, a trace, telemetry, an exception message or a <c>[DataSink]</c>.</summary>
    /// <remarks>
    /// Walk: an operation action on invocations and object creations. The sink table answers
    /// "is this a sink?" from a per-method cache, which is false for nearly every call, so the
    /// backward flow (<see cref="PersonalDataFlow"/>) runs only from the arguments of actual sink
    /// calls, within their own body. Bodies without a sink call cost one cache hit per call.
    /// </remarks>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PersonalDataReachesSinkAnalyzer : DiagnosticAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = new(
            RuleIdentifiers.PersonalDataReachesSink,
            title: "Personal data reaches a log, console, trace, telemetry or exception message",
            messageFormat: "{0} reaches {1} through {2}; leave it out, or pass it through an [Anonymizes] method first",
            RuleIdentifiers.UsageCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Values written to logs, the console, traces, telemetry, exception messages or a [DataSink] leave the process and are kept, copied and read by people who have no need for them. Personal data must not reach them unless it is anonymized first.",
            helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.PersonalDataReachesSink));

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
                start.RegisterOperationAction(
                    operationContext =>
                    {
                        if (deferred.Value is not { } model)
                        {
                            return;
                        }

                        var treeOptions = options.For(operationContext.Operation.Syntax.SyntaxTree);
                        switch (operationContext.Operation)
                        {
                            case IInvocationOperation invocation when model.Sinks.Match(invocation, treeOptions) is { } sink:
                                AnalyzeArguments(operationContext, model, treeOptions, sink, invocation.Arguments);
                                break;
                            case IObjectCreationOperation creation when model.Sinks.Match(creation) is { } sink:
                                AnalyzeArguments(operationContext, model, treeOptions, sink, creation.Arguments);
                                break;
                        }
                    },
                    OperationKind.Invocation,
                    OperationKind.ObjectCreation);
            });
        }

        private static void AnalyzeArguments(OperationAnalysisContext context, PrivacyCompilationModel model, PrivacyOptions options, SinkMatch sink, ImmutableArray<IArgumentOperation> arguments)
        {
            PersonalDataFlow? flow = null;
            try
            {
                AnalyzeArguments(context, model, options, sink, arguments, ref flow);
            }
            finally
            {
                if (flow is not null)
                {
                    model.ReturnFlow(flow);
                }
            }
        }

        private static void AnalyzeArguments(OperationAnalysisContext context, PrivacyCompilationModel model, PrivacyOptions options, SinkMatch sink, ImmutableArray<IArgumentOperation> arguments, ref PersonalDataFlow? flow)
        {
            foreach (var argument in arguments)
            {
                if (argument.IsImplicit && argument.ArgumentKind == ArgumentKind.DefaultValue)
                {
                    continue;
                }

                if (!sink.Covers(argument.Parameter) || IsExtensionReceiver(argument.Parameter))
                {
                    continue;
                }

                flow ??= model.RentFlow(options);

                // A params array is reported element by element, so each diagnostic sits on the value that leaks.
                if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } elements })
                {
                    foreach (var element in elements.ElementValues)
                    {
                        Report(context, flow, sink, element, element.Syntax);
                    }

                    continue;
                }

                Report(context, flow, sink, argument.Value, argument.Syntax);
            }
        }

        // logger.LogInformation(...) passes the logger itself as the extension method's first argument:
        // it is the sink, not a value written to it.
        private static bool IsExtensionReceiver(IParameterSymbol? parameter) =>
            parameter is { Ordinal: 0, ContainingSymbol: IMethodSymbol { IsExtensionMethod: true } };

        private static void Report(OperationAnalysisContext context, PersonalDataFlow flow, SinkMatch sink, IOperation value, SyntaxNode location)
        {
            var sources = flow.SourcesOf(value);
            if (sources.Count == 0)
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(Rule, location.GetLocation(), DescribeSource(sources[0]), DescribeSink(sink.Kind), sink.Name));
        }

        internal static string DescribeSource(PersonalDataSource source)
        {
            var member = Describe.Member(source.Member.Symbol) + " (" + Describe.Category(source.Member.Annotation.Category) + ")";
            return source.HeldBy is null
                ? member
                : "a whole '" + Describe.TypeName(source.HeldBy) + "', which holds " + member + ",";
        }

        private static string DescribeSink(SinkKind kind) => kind switch
        {
            SinkKind.Log => "a log",
            SinkKind.Telemetry => "telemetry",
            SinkKind.Console => "the console",
            SinkKind.Exception => "an exception message",
            SinkKind.Storage => "storage",
            SinkKind.Network => "the network",
            _ => "a data sink",
        };
    }
}
