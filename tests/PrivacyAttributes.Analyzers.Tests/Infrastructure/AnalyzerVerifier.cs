using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace PrivacyAttributes.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs one analyzer over test source with the attribute assembly referenced. Expected diagnostics
/// are marked in the source with <c>{|PRIVnnn:text|}</c> or <c>[|text|]</c>.
/// </summary>
public static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic(string id) => new DiagnosticResult(id, DiagnosticSeverity.Warning);

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        VerifyAsync(source, editorConfig: null, references: [], expected);

    public static async Task VerifyAsync(string source, string? editorConfig, MetadataReference[] references, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        test.TestState.AdditionalReferences.AddRange(references);
        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*]\n" + editorConfig));
        }

        await test.RunAsync();
    }

    public sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.Net80;
            TestState.AdditionalReferences.Add(TestReferences.PrivacyAttributes);
        }

        protected override ParseOptions CreateParseOptions() =>
            new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
    }
}

/// <summary>Runs an analyzer and its code fix: the fixed source must match and raise nothing more.</summary>
public static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static async Task VerifyAsync(string source, string fixedSource, int? codeActionIndex = null, string? editorConfig = null, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source, FixedCode = fixedSource, CodeActionIndex = codeActionIndex };
        test.ExpectedDiagnostics.AddRange(expected);
        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*]\n" + editorConfig));
        }

        await test.RunAsync();
    }

    public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.Net80;
            TestState.AdditionalReferences.Add(TestReferences.PrivacyAttributes);
            FixedState.AdditionalReferences.Add(TestReferences.PrivacyAttributes);
        }

        protected override ParseOptions CreateParseOptions() =>
            new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
    }
}
