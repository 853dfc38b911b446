using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAttributes.Analyzers.Flow
{
    /// <summary>
    /// Generated-code handling of the rules that report on operations inside a method body
    /// (PRIV001/002, PRIV003, PRIV006): their diagnostics always sit on the operation being analyzed.
    /// </summary>
    /// <remarks>
    /// With <see cref="GeneratedCodeAnalysisFlags.None"/> the analyzer driver skips the bodies of
    /// generated code (generated files, <c>[GeneratedCode]</c> types, declarations in hidden
    /// regions) and then checks every reported diagnostic again: the first report in a file makes it
    /// walk the whole file for <c>[GeneratedCode]</c> symbols, about a fifth of these rules' time on
    /// the 1,000-type workload (docs/performance.md). A diagnostic on an operation of a body the
    /// driver chose to analyze is not in generated code, and one in a <c>#line hidden</c> region
    /// of such a body is still dropped by the driver, so the second check changes nothing for these
    /// rules: they skip it (<see cref="GeneratedCodeAnalysisFlags.ReportDiagnostics"/>, still without
    /// <see cref="GeneratedCodeAnalysisFlags.Analyze"/>). GeneratedCodeTests pins what users see.
    /// </remarks>
    internal static class BodyDiagnostics
    {
        /// <summary>Generated code is not analyzed, and the driver does not check reports a second time.</summary>
        public const GeneratedCodeAnalysisFlags GeneratedCodeAnalysis = GeneratedCodeAnalysisFlags.ReportDiagnostics;
    }
}
