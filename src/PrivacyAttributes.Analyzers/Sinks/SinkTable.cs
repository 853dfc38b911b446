using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAttributes.Roslyn;

namespace PrivacyAttributes.Analyzers.Sinks
{
    /// <summary>A call or construction whose arguments leave the process.</summary>
    /// <param name="Kind">What kind of place the data reaches, for the message.</param>
    /// <param name="Name">How the sink reads in the message, for example <c>Console.WriteLine</c>.</param>
    /// <param name="Parameters">The parameters that are sinks; empty means every argument.</param>
    internal sealed record SinkMatch(SinkKind Kind, string Name, ImmutableArray<IParameterSymbol> Parameters)
    {
        public bool Covers(IParameterSymbol? parameter)
        {
            if (Parameters.IsDefaultOrEmpty)
            {
                return true;
            }

            foreach (var candidate in Parameters)
            {
                if (SymbolEqualityComparer.Default.Equals(candidate, parameter?.OriginalDefinition))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// The built-in sinks, matched by metadata name and resolved once per compilation. A type the
    /// compilation does not reference resolves to null and costs nothing afterwards; Serilog is
    /// matched by name, so the package needs no dependency on it. The static part of each answer
    /// is cached per method, so a method is classified once however often it is called.
    /// </summary>
    internal sealed class SinkTable
    {
        private static readonly ImmutableHashSet<string> ActivityMethods = ImmutableHashSet.Create(
            StringComparer.Ordinal, "SetTag", "AddTag", "SetBaggage", "AddBaggage", "AddEvent", "SetStatus", "SetCustomProperty", "AddException", "AddLink");

        private static readonly ImmutableHashSet<string> TraceSourceMethods = ImmutableHashSet.Create(
            StringComparer.Ordinal, "TraceEvent", "TraceData", "TraceInformation", "TraceTransfer");

        private static readonly ImmutableHashSet<string> LoggerMethods = ImmutableHashSet.Create(StringComparer.Ordinal, "Log", "BeginScope");

        private readonly INamedTypeSymbol? logger;
        private readonly INamedTypeSymbol? loggerExtensions;
        private readonly INamedTypeSymbol? loggerMessageAttribute;
        private readonly INamedTypeSymbol? console;
        private readonly INamedTypeSymbol? debug;
        private readonly INamedTypeSymbol? trace;
        private readonly INamedTypeSymbol? traceSource;
        private readonly INamedTypeSymbol? activity;
        private readonly INamedTypeSymbol? textWriter;
        private readonly INamedTypeSymbol? exception;
        private readonly INamedTypeSymbol? serilogLogger;
        private readonly INamedTypeSymbol? serilogLog;
        private readonly ConcurrentDictionary<IMethodSymbol, SinkMatch?> byMethod = new(SymbolEqualityComparer.Default);
        private readonly Func<IMethodSymbol, SinkMatch?> matchMethod;

        public SinkTable(Compilation compilation)
        {
            logger = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.ILogger");
            loggerExtensions = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.LoggerExtensions");
            loggerMessageAttribute = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.LoggerMessageAttribute");
            console = compilation.GetTypeByMetadataName("System.Console");
            debug = compilation.GetTypeByMetadataName("System.Diagnostics.Debug");
            trace = compilation.GetTypeByMetadataName("System.Diagnostics.Trace");
            traceSource = compilation.GetTypeByMetadataName("System.Diagnostics.TraceSource");
            activity = compilation.GetTypeByMetadataName("System.Diagnostics.Activity");
            textWriter = compilation.GetTypeByMetadataName("System.IO.TextWriter");
            exception = compilation.GetTypeByMetadataName("System.Exception");
            serilogLogger = compilation.GetTypeByMetadataName("Serilog.ILogger");
            serilogLog = compilation.GetTypeByMetadataName("Serilog.Log");
            matchMethod = MatchMethod;
        }

        /// <summary>The sink <paramref name="invocation"/> calls, or null.</summary>
        public SinkMatch? Match(IInvocationOperation invocation, PrivacyOptions options)
        {
            var method = invocation.TargetMethod;
            if (method is null)
            {
                return null;
            }

            if (method.MethodKind == MethodKind.DelegateInvoke)
            {
                return MatchLoggerMessageDelegate(method);
            }

            var definition = (method.ReducedFrom ?? method).OriginalDefinition;
            // One delegate for the table: a method group here would allocate one per call.
            if ((byMethod.TryGetValue(definition, out var cached) ? cached : byMethod.GetOrAdd(definition, matchMethod)) is { } match)
            {
                return match;
            }

            if (textWriter is not null
                && IsTextWriterMethod(definition.Name)
                && IsConsoleWriter(invocation.Instance)
                && InheritsFrom(definition.ContainingType, textWriter))
            {
                return new SinkMatch(SinkKind.Console, "Console." + PropertyName(invocation.Instance) + "." + definition.Name, ImmutableArray<IParameterSymbol>.Empty);
            }

            return options.AdditionalSinks.Matches(definition)
                ? new SinkMatch(SinkKind.Log, TypeAndMember(definition), ImmutableArray<IParameterSymbol>.Empty)
                : null;
        }

        /// <summary>The sink a constructor call is: the message of any exception.</summary>
        public SinkMatch? Match(IObjectCreationOperation creation)
        {
            if (exception is null || creation.Constructor is not { } constructor || !InheritsFrom(constructor.ContainingType, exception))
            {
                return null;
            }

            var messages = ImmutableArray.CreateBuilder<IParameterSymbol>();
            foreach (var parameter in constructor.OriginalDefinition.Parameters)
            {
                if (string.Equals(parameter.Name, "message", StringComparison.Ordinal))
                {
                    messages.Add(parameter);
                }
            }

            return messages.Count == 0 ? null : new SinkMatch(SinkKind.Exception, "the message of " + constructor.ContainingType.Name, messages.ToImmutable());
        }

        private SinkMatch? MatchMethod(IMethodSymbol method)
        {
            var all = ImmutableArray<IParameterSymbol>.Empty;
            if (AnnotationReader.Find(method, PrivacyAttributeKind.DataSink) is { } methodSink)
            {
                return new SinkMatch(AnnotationReader.ReadDataSink(methodSink) ?? SinkKind.Storage, TypeAndMember(method), all);
            }

            var sinkParameters = ImmutableArray.CreateBuilder<IParameterSymbol>();
            SinkKind? parameterKind = null;
            foreach (var parameter in method.Parameters)
            {
                if (AnnotationReader.Find(parameter, PrivacyAttributeKind.DataSink) is { } parameterSink)
                {
                    sinkParameters.Add(parameter);
                    parameterKind ??= AnnotationReader.ReadDataSink(parameterSink);
                }
            }

            if (sinkParameters.Count > 0)
            {
                return new SinkMatch(parameterKind ?? SinkKind.Storage, TypeAndMember(method), sinkParameters.ToImmutable());
            }

            var type = method.ContainingType;
            if (type is null)
            {
                return null;
            }

            if (Is(type, loggerExtensions)
                || (logger is not null && LoggerMethods.Contains(method.Name) && (Is(type, logger) || Implements(type, logger)))
                || (loggerMessageAttribute is not null && HasAttribute(method, loggerMessageAttribute)))
            {
                return new SinkMatch(SinkKind.Log, TypeAndMember(method), all);
            }

            if (Is(type, serilogLog) || (serilogLogger is not null && (Is(type, serilogLogger) || Implements(type, serilogLogger))))
            {
                // ForContext attaches its value to every later event, so it is a sink too; only IsEnabled is not.
                return string.Equals(method.Name, "IsEnabled", StringComparison.Ordinal)
                    ? null
                    : new SinkMatch(SinkKind.Log, TypeAndMember(method), all);
            }

            if (Is(type, console))
            {
                return method.Name.StartsWith("Write", StringComparison.Ordinal) ? new SinkMatch(SinkKind.Console, TypeAndMember(method), all) : null;
            }

            if (Is(type, debug) || Is(type, trace) || (Is(type, traceSource) && TraceSourceMethods.Contains(method.Name)))
            {
                return new SinkMatch(SinkKind.Log, TypeAndMember(method), all);
            }

            if (Is(type, activity) && ActivityMethods.Contains(method.Name))
            {
                return new SinkMatch(SinkKind.Telemetry, TypeAndMember(method), all);
            }

            return null;
        }

        /// <summary><c>LoggerMessage.Define*</c> gives an <c>Action&lt;ILogger, ...&gt;</c>; calling it logs its arguments.</summary>
        private SinkMatch? MatchLoggerMessageDelegate(IMethodSymbol invoke)
        {
            if (logger is null
                || invoke.ContainingType is not { IsGenericType: true } delegateType
                || delegateType.TypeArguments.Length == 0
                || !SymbolEqualityComparer.Default.Equals(delegateType.TypeArguments[0], logger))
            {
                return null;
            }

            return new SinkMatch(SinkKind.Log, "a LoggerMessage.Define delegate", ImmutableArray<IParameterSymbol>.Empty);
        }

        // Asked for every call that is not a sink: a switch on the name, not a set lookup.
        private static bool IsTextWriterMethod(string name) => name is "Write" or "WriteLine" or "WriteAsync" or "WriteLineAsync";

        private bool IsConsoleWriter(IOperation? instance) =>
            instance is IPropertyReferenceOperation { Property: { Name: "Out" or "Error" } property } && Is(property.ContainingType, console);

        private static string PropertyName(IOperation? instance) => instance is IPropertyReferenceOperation reference ? reference.Property.Name : "Out";

        private static bool Is(INamedTypeSymbol? type, INamedTypeSymbol? expected) =>
            type is not null && expected is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, expected);

        private static bool Implements(INamedTypeSymbol type, INamedTypeSymbol @interface)
        {
            foreach (var candidate in type.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, @interface))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool InheritsFrom(INamedTypeSymbol? type, INamedTypeSymbol baseType)
        {
            // Every object creation asks about System.Exception: the name rules out nearly every base type
            // before the symbols are compared.
            var name = baseType.Name;
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (string.Equals(current.Name, name, StringComparison.Ordinal)
                    && SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasAttribute(IMethodSymbol method, INamedTypeSymbol attribute)
        {
            foreach (var candidate in method.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(candidate.AttributeClass, attribute))
                {
                    return true;
                }
            }

            return false;
        }

        private static string TypeAndMember(IMethodSymbol method) =>
            method.ContainingType is null ? method.Name : method.ContainingType.Name + "." + method.Name;
    }
}
