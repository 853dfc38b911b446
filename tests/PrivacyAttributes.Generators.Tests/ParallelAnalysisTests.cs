using System.Linq;
using PrivacyAttributes.Generators.Tests.Infrastructure;

namespace PrivacyAttributes.Generators.Tests;

/// <summary>
/// Large projects are analyzed on several threads when the compilation allows concurrency
/// (SemanticRun.AnalyzeTrees); the inventory must not depend on it.
/// </summary>
public sealed class ParallelAnalysisTests
{
    [Fact]
    public void A_project_analyzed_on_several_threads_has_the_inventory_of_one_analyzed_on_one()
    {
        // 150 entity and 150 service types: enough pending trees for several threads.
        var files = PrivacyAttributes.Workload.SyntheticWorkload.Generate(150).Select(file => new TestFile(file.Path, file.Source)).ToList();
        var concurrent = GeneratorHarness.Compilation("Workload", files);
        var sequential = concurrent.WithOptions(concurrent.Options.WithConcurrentBuild(false));
        Assert.True(concurrent.Options.ConcurrentBuild);

        GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(concurrent, out var concurrentOutput, out var concurrentDiagnostics);
        GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(sequential, out var sequentialOutput, out _);

        Assert.Empty(concurrentDiagnostics);
        var json = GeneratorHarness.InventoryJson(concurrentOutput);
        Assert.NotNull(json);
        Assert.Contains("Workload.Entities.Entity149.", json, System.StringComparison.Ordinal);
        Assert.Equal(GeneratorHarness.InventoryJson(sequentialOutput), json);
    }
}
