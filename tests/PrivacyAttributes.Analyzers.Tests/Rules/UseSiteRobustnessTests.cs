using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAttributes.Analyzers.Rules;
using PrivacyAttributes.Analyzers.Tests.Infrastructure;

namespace PrivacyAttributes.Analyzers.Tests.Rules;

/// <summary>The use-site analyzers (PRIV001, PRIV002, PRIV003, PRIV006) never throw on code being typed or broken.</summary>
public sealed class UseSiteRobustnessTests
{
    private const string Preamble = """
        using System;
        using System.Collections.Generic;
        using System.Text;
        using PrivacyAttributes;
        public class Customer
        {
            [PersonalData(Category.Email, Purpose.AccountManagement, SharedWith = new[] { "Mail Co" })]
            public string Email { get; set; } = "";
        }

        """;

    public static TheoryData<string> BrokenSnippets => new()
    {
        "public class A { public void M(Customer c) { Console.WriteLine(c.Em",
        "public class A { public void M(Customer c) { Console.WriteLine(c.Email",
        "public class A { [PersonalData(\"x\", 5)] public string E = \"\"; public void M() => Console.WriteLine(E); }",
        "public class A { [PersonalData(Category.Email, (Purpose)999)] public string E = \"\"; [ProcessingPurpose((Purpose)123)] public string M() => E; }",
        "public class A { [PersonalData] public string E = \"\"; [ProcessingPurpose(\"Analytics\")] public string M() => E; }",
        "public class A { [PersonalData(Category.Email, null)] public string E = \"\"; public string M() => E; }",
        "public static class S { [SharesWith(42)] public static void Send(string s) { } [SharesWith] public static void Other(string s) { } [SharesWith(null)] public static void Third(string s) { } public static void M(Customer c) { Send(c.Email); Other(c.Email); Third(c.Email); } }",
        "[assembly: Recipient(null, RecipientKind.Advertising)]\n[assembly: Recipient(\"Mail Co\")]\npublic static class S { [SharesWith(\"Mail Co\")] public static void Send(string s) { } public static void M(Customer c) => Send(c.Email); }",
        "public static class S { [DataSink((SinkKind)77)] public static void W(string s) { } [DataSink] public static void V(string s) { } public static void M(Customer c) { W(c.Email); V(c.Email); } }",
        "public class A { public void M(Customer c) { Console.WriteLine(; throw new Exception(message: ); } }",
        "public class A { public void M(Customer c) { var x = ; Console.WriteLine(x); var s = s + c.Email; Console.WriteLine(s); } }",
        "public class A { public void M(Customer c) { foreach (var in ) { } (c.Email, ) = (\"a\", ); Console.WriteLine(undefined.Email); } }",
        "public class A { public void M(Customer c) { Func<string>? f = null; f = () => f!() + c.Email; Console.WriteLine(f()); } }",
        "public class A { public void M(Customer c) { var b = new StringBuilder(); b.Append(b).Append(c.Email); b = b; Console.WriteLine(b); } }",
        "public class A { public void M(Customer c) => Console.WriteLine(nameof(c.Email), c.Email is { Length: > 0 } e ? e : c switch { null => \"\", _ => c.Email }); }",
        "public class A : Missing { public A(Customer c) : base(c.Email) { } public override string ToString() => Email; }",
        "public class Node { public Node Next = null!; public List<Node> All = new(); [PersonalData(Category.Name, Purpose.AccountManagement)] public string Name = \"\"; public void M() => Console.WriteLine(this); }",
        "public class A { public void M(Customer c) => Console.WriteLine(new { c.Email, Again = new { c } }, new[] { new[] { c } }, (c, (c.Email, 1))); }",
        "public class A { [return: PersonalData(Category.Email)] public string M() => \"\"; public void N() { Console.WriteLine(M()); M(; } }",
        "public record R([PersonalData(Category.Name, Purpose.AccountManagement)] string Name, [PersonalData(] string Other) { public void M() => Console.WriteLine(this with { Name = Name }); }",
        "public class A { public string this[int i] => \"\"; public void M(Customer c) { var d = new Dictionary<string, string> { [c.Email] = c.Email }; Console.WriteLine(d[c.Email], this[0]); } }",
        "[ProcessingPurpose(Purpose.Analytics)] public class A { public void M(Customer c) { void Local() => Console.WriteLine(c.Email); Action a = [ProcessingPurpose] () => Console.WriteLine(c.Email); unsafe { } } }",
    };

    [Theory]
    [MemberData(nameof(BrokenSnippets))]
    public async Task Broken_code_raises_no_analyzer_exception(string snippet)
    {
        await AssertNoAnalyzerExceptionAsync(Preamble + snippet);
    }

    [Fact]
    public async Task A_very_long_concatenation_is_bounded()
    {
        var source = new StringBuilder(Preamble).Append("public class A { public void M(Customer c) { Console.WriteLine(\"\"");
        for (var i = 0; i < 3000; i++)
        {
            source.Append(" + c.Email");
        }

        await AssertNoAnalyzerExceptionAsync(source.Append("); } }").ToString());
    }

    [Fact]
    public async Task A_project_without_the_attributes_pays_nothing_and_gets_nothing()
    {
        var diagnostics = await AssertNoAnalyzerExceptionAsync(
            "public class A { public string Email = \"\"; public void M() { System.Console.WriteLine(Email); throw new System.Exception(Email); } }",
            referencePrivacyAttributes: false);
        Assert.Empty(diagnostics);
    }

    private static async Task<ImmutableArray<Diagnostic>> AssertNoAnalyzerExceptionAsync(string source, bool referencePrivacyAttributes = true)
    {
        var references = await TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, default);
        var compilation = CSharpCompilation.Create(
            "Broken",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            referencePrivacyAttributes ? references.Add(TestReferences.PrivacyAttributes) : references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var exceptions = new ConcurrentBag<Exception>();
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(
            new PurposeLimitationAnalyzer(),
            new PersonalDataReachesSinkAnalyzer(),
            new RecipientNotAllowedAnalyzer());
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, _, _) => exceptions.Add(exception),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
        return diagnostics;
    }
}
