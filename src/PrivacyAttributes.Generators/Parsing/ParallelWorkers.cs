using System;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace PrivacyAttributes.Generators.Parsing
{
    /// <summary>
    /// Spreads per-file work of a large project over a few workers when the compilation allows
    /// concurrency: the generator runs before the compiler binds anything, so other cores would
    /// otherwise wait. Callers write each result to its file's index, so the output does not depend
    /// on the workers.
    /// </summary>
    /// <remarks>
    /// One worker per core at most, each with state of its own (a semantic worker fills its own resolver
    /// caches), taking the next file as it finishes one. Workers beyond the cores only repeat that
    /// setup: four fixed slices on two cores spent 13 % of a first run's processor time in it, when each
    /// also bound the assembly's attributes. Taking files one at a time instead of in fixed slices
    /// keeps a worker that drew the larger files from finishing last.
    /// </remarks>
    internal static class ParallelWorkers
    {
        /// <summary>At most this many workers: leaves the rest of a large machine to the IDE and other builds.</summary>
        private const int MaximumWorkers = 4;

#pragma warning disable RS1035 // The rule keeps analyzers from reading settings from the environment; the core count is not a setting and changes no output.
        private static int Cores => Environment.ProcessorCount;
#pragma warning restore RS1035

        /// <summary>
        /// Runs <paramref name="process"/> for every index below <paramref name="items"/>, each worker with
        /// the state <paramref name="createState"/> made for it (no state at all when there are no items);
        /// on the calling thread alone unless the compilation allows concurrency and each worker gets at
        /// least <paramref name="minimumPerWorker"/> items.
        /// </summary>
        public static void Run<TState>(
            Compilation compilation,
            int items,
            int minimumPerWorker,
            Func<TState> createState,
            Action<TState, int> process,
            CancellationToken cancellationToken)
        {
            if (items <= 0)
            {
                return;
            }

            var workers = compilation.Options.ConcurrentBuild
                ? Math.Max(1, Math.Min(Math.Min(MaximumWorkers, Cores), items / Math.Max(1, minimumPerWorker)))
                : 1;
            var next = -1;
            void Work()
            {
                var state = createState();
                int index;
                while ((index = Interlocked.Increment(ref next)) < items)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    process(state, index);
                }
            }

            if (workers <= 1)
            {
                Work();
                return;
            }

            try
            {
                Parallel.For(0, workers, new ParallelOptions { CancellationToken = cancellationToken }, _ => Work());
            }
            catch (AggregateException exception) when (exception.InnerExceptions.Count > 0)
            {
                // One worker's exception, as a sequential run would have thrown it (cancellation included).
                ExceptionDispatchInfo.Capture(exception.InnerExceptions[0]).Throw();
            }
        }
    }
}
