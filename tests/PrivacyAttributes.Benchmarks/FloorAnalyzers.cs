using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAttributes.Benchmarks;

/// <summary>
/// Analyzers that register the same actions as the shipped ones (compilation start, the same symbol,
/// operation and syntax-tree kinds) and do nothing in them. Their telemetry time is what the driver
/// charges an analyzer for being called at all: the floor no rule body can go below.
/// </summary>
public static class FloorAnalyzers
{
    private static readonly DiagnosticDescriptor Unused = new("FLOOR", "Unused", "Unused", "Floor", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    private static readonly SymbolKind[] Members = [SymbolKind.Field, SymbolKind.Property, SymbolKind.Method];

    /// <summary>One per shipped analyzer, with the shipped analyzer's registration shape.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> All { get; } =
    [
        new Shape("PRIV100 shape", [.. Members, SymbolKind.NamedType, SymbolKind.Event], [], tree: true),
        new Shape("PRIV003 shape", [], [OperationKind.Invocation, OperationKind.ObjectCreation], tree: false),
        new Shape("PRIV001/2 shape", [], [OperationKind.FieldReference, OperationKind.PropertyReference, OperationKind.ParameterReference, OperationKind.Invocation], tree: false),
        new Shape("PRIV005 shape", [.. Members, SymbolKind.NamedType], [], tree: true),
        new Shape("PRIV006 shape", [], [OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.SimpleAssignment], tree: false),
        new Shape("PRIV008 shape", Members, [], tree: false),
        new Shape("PRIV004 shape", Members, [], tree: false),
        new Shape("PRIV009 shape", Members, [], tree: false),
        new Shape("PRIV010 shape", Members, [], tree: false),
        new Shape("PRIV012 shape", Members, [], tree: false),
        new Shape("PRIV007 shape", [], [], tree: true),
        new Shape("PRIV011 shape", [], [], tree: true),
    ];

    /// <summary>
    /// One analyzer that only asks each field, property and method for its attributes (and a method's
    /// parameters and return value for theirs), as any rule about annotations must: the floor of a
    /// package whose rules read attributes, including waiting for attributes the compiler is still binding.
    /// </summary>
    public static ImmutableArray<DiagnosticAnalyzer> AttributeReader { get; } = [new ReadsAttributes()];

    private sealed class ReadsAttributes : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Unused];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                if (start.Compilation.GetTypeByMetadataName("PrivacyAttributes.PersonalDataAttribute") is null)
                {
                    return;
                }

                start.RegisterSymbolAction(
                    symbolContext =>
                    {
                        _ = symbolContext.Symbol.GetAttributes();
                        if (symbolContext.Symbol is IMethodSymbol method)
                        {
                            _ = method.GetReturnTypeAttributes();
                            foreach (var parameter in method.Parameters)
                            {
                                _ = parameter.GetAttributes();
                            }
                        }
                    },
                    Members);
            });
        }
    }

    /// <summary>Does nothing, in the places a shipped analyzer does something.</summary>
    public sealed class Shape(string name, SymbolKind[] symbols, OperationKind[] operations, bool tree) : DiagnosticAnalyzer
    {
        public string Name { get; } = name;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Unused];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                if (start.Compilation.GetTypeByMetadataName("PrivacyAttributes.PersonalDataAttribute") is null)
                {
                    return;
                }

                if (symbols.Length > 0)
                {
                    start.RegisterSymbolAction(_ => { }, symbols);
                }

                if (operations.Length > 0)
                {
                    start.RegisterOperationAction(_ => { }, operations);
                }

                if (tree)
                {
                    start.RegisterSyntaxTreeAction(_ => { });
                }
            });
        }
    }
}
