using System;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace PrivacyAttributes.Generators.Parsing
{
    /// <summary>
    /// Splits per-file work of a large project over a few threads when the compilation allows
    /// concurrency: the generator runs before the compiler binds anything, so other cores would
    /// otherwise wait. Callers write each result to its file's index, so the output does not depend
    /// on the threads.
    /// </summary>
    internal static class ParallelSlices
    {
        /// <summary>At most this many slices (the thread pool runs fewer at once on fewer cores): leaves the rest of a large machine to the IDE and other builds.</summary>
        private const int MaximumSlices = 4;

        /// <summary>How many slices <paramref name="items"/> items make: one unless each slice gets at least <paramref name="minimumPerSlice"/>.</summary>
        public static int For(Compilation compilation, int items, int minimumPerSlice) =>
            compilation.Options.ConcurrentBuild ? Math.Max(1, Math.Min(MaximumSlices, items / minimumPerSlice)) : 1;

        /// <summary>Runs <paramref name="slice"/>(index, count) for every slice, on the calling thread when there is one.</summary>
        public static void Run(int count, Action<int, int> slice, CancellationToken cancellationToken)
        {
            if (count <= 1)
            {
                slice(0, 1);
                return;
            }

            try
            {
                Parallel.For(0, count, new ParallelOptions { CancellationToken = cancellationToken }, index => slice(index, count));
            }
            catch (AggregateException exception) when (exception.InnerExceptions.Count > 0)
            {
                // One slice's exception, as a sequential run would have thrown it (cancellation included).
                ExceptionDispatchInfo.Capture(exception.InnerExceptions[0]).Throw();
            }
        }
    }
}
