using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using PrivacyAttributes.Generators.Parsing;
using PrivacyAttributes.Generators.Tests.Infrastructure;

namespace PrivacyAttributes.Generators.Tests;

/// <summary>
/// How the generator spreads per-file work (ParallelWorkers): every item exactly once, no more workers
/// (each with its own state) than cores or than the items allow, and no state at all for no items.
/// </summary>
public sealed class ParallelWorkersTests
{
    private static readonly Compilation Concurrent = GeneratorHarness.Compilation("Workers", [new TestFile("Empty.cs", "")]);

    [Fact]
    public void Every_item_is_processed_exactly_once_by_at_most_one_worker_per_core()
    {
        Assert.True(Concurrent.Options.ConcurrentBuild);
        var processed = new ConcurrentDictionary<int, int>();
        var states = 0;

        ParallelWorkers.Run(
            Concurrent,
            items: 1000,
            minimumPerWorker: 10,
            () => Interlocked.Increment(ref states),
            (_, index) => processed.AddOrUpdate(index, 1, (_, count) => count + 1),
            CancellationToken.None);

        Assert.Equal(Enumerable.Range(0, 1000), processed.Keys.OrderBy(index => index));
        Assert.All(processed.Values, count => Assert.Equal(1, count));
        Assert.InRange(states, 1, System.Math.Min(4, System.Environment.ProcessorCount));
    }

    [Fact]
    public void Too_few_items_for_a_second_worker_run_on_one_state_and_a_sequential_compilation_always_does()
    {
        var sequential = Concurrent.WithOptions(Concurrent.Options.WithConcurrentBuild(false));
        foreach (var (compilation, items) in new[] { (Concurrent, 15), (sequential, 1000) })
        {
            var states = 0;
            var processed = 0;
            ParallelWorkers.Run(compilation, items, minimumPerWorker: 10, () => Interlocked.Increment(ref states), (_, _) => Interlocked.Increment(ref processed), CancellationToken.None);

            Assert.Equal(1, states);
            Assert.Equal(items, processed);
        }
    }

    [Fact]
    public void No_items_make_no_state()
    {
        // A semantic worker's state is a SemanticRun; a pass with nothing pending must not set one up.
        var states = 0;
        ParallelWorkers.Run(Concurrent, items: 0, minimumPerWorker: 10, () => Interlocked.Increment(ref states), (_, _) => Assert.Fail("no item to process"), CancellationToken.None);

        Assert.Equal(0, states);
    }
}
