using System.Diagnostics;
using System.Linq;
using System.Text;
using PrivacyAttributes.Generators.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PrivacyAttributes.Generators.Tests;

public sealed class PerformanceTests(ITestOutputHelper log)
{
    [Fact]
    public void Two_hundred_types_are_inventoried_quickly()
    {
        var files = Enumerable.Range(0, 200).Select(i =>
        {
            var source = new StringBuilder();
            source.Append("using PrivacyAttributes;\nnamespace Big.N").Append(i % 10).Append("\n{\n");
            source.Append("    public sealed class Customer").Append(i).Append("\n    {\n");
            source.Append("        [PersonalData(Category.Email, Purpose.AccountManagement)] public string Email { get; set; } = \"\";\n");
            source.Append("        [PersonalData(Category.Name, Purpose.AccountManagement)] public string Name { get; set; } = \"\";\n");
            source.Append("        public int Visits { get; set; }\n");
            source.Append("        [ProcessingPurpose(Purpose.AccountManagement)]\n");
            source.Append("        public string Describe(Customer").Append(i).Append(" other) { var s = Email + other.Name; for (var k = 0; k < Visits; k++) { s += k; } return s; }\n");
            source.Append("    }\n}\n");
            return new TestFile($"Big/Customer{i}.cs", source.ToString());
        }).ToArray();
        var compilation = GeneratorHarness.Compilation("Big", files);

        var stopwatch = Stopwatch.StartNew();
        var driver = GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var first = stopwatch.Elapsed;

        // Body edits in one file: every transform re-runs on the new compilation (see InventoryGenerator), outputs stay equal.
        var incremental = System.TimeSpan.MaxValue;
        var current = compilation;
        for (var edit = 0; edit < 2; edit++)
        {
            var tree = current.SyntaxTrees.First();
            var text = tree.GetText();
            var position = text.ToString().IndexOf("var s = ", System.StringComparison.Ordinal);
            current = current.ReplaceSyntaxTree(tree, tree.WithChangedText(text.Replace(position + 4, 1, edit % 2 == 0 ? "t" : "s")));
            stopwatch.Restart();
            driver = driver.RunGenerators(current);
            incremental = stopwatch.Elapsed < incremental ? stopwatch.Elapsed : incremental;
        }

        var result = GeneratorHarness.ToOutput(GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out output, out _).GetRunResult(), output, []);
        Assert.Equal(400, result.Ids("dataItems").Length);
        Assert.Equal(200, result.Ids("processing").Length);
        log.WriteLine($"200 types: first run {first.TotalMilliseconds:F0} ms, faster of 2 runs after a body edit {incremental.TotalMilliseconds:F0} ms");
        Assert.True(first.TotalSeconds < 20, $"first run took {first}");
    }
}
