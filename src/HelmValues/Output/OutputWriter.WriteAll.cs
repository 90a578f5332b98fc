using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using HelmValues.Validation;

namespace HelmValues.Output;

public static partial class OutputWriter
{
    /// <summary>
    /// Writes many directories, one per job, in parallel: the way to render a stack per team or queue, thousands of them.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Each job is produced and written on a worker thread, with the same guarantees as <see cref="Write"/> for its
    /// directory: validated before anything is written there, each file atomic, the index last. The jobs are read from
    /// <paramref name="jobs"/> as the workers need them, so a lazy sequence keeps memory flat however many there are.
    /// </para>
    /// <para>
    /// A job whose output fails validation (a <see cref="ValidationException"/>, including refused Secrets) writes nothing
    /// and does not stop the others: the report lists every failure, so one run shows all of them. Any other exception, such
    /// as a directory that cannot be written, stops the run (jobs already written stay written) and is rethrown.
    /// </para>
    /// <para>
    /// Durability (<see cref="OutputOptions.FlushToDisk"/>) is the same as <see cref="Write"/>'s, reached another way on Linux:
    /// instead of an fsync per file and per directory, each directory's file system is flushed once before its renames and
    /// once after (<c>syncfs</c>), a third of the journal commits. That also flushes whatever else is pending on the file
    /// system, which costs a single small write too much but is soon nothing in a run that writes thousands of files.
    /// </para>
    /// <para>
    /// Parallelism: one job per core. More (four per core, to overlap the flushes) measured slower on 2 cores, on tmpfs and
    /// no better on disk: the extra threads starve the runtime's background compiler, and warm-up dominates a fleet's run.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// var report = OutputWriter.WriteAll(
    ///     teams.Select(team => new OutputJob(Path.Combine("stacks", team.Queue), () => StackFor(team).ToOutput())),
    ///     new OutputOptions(),
    ///     new Progress&lt;OutputProgress&gt;(p => { if (p.Completed % 1000 == 0) Console.WriteLine($"{p.Completed} stacks"); }));
    /// </code>
    /// </example>
    /// <param name="jobs">The directories and what produces their files; each directory at most once.</param>
    /// <param name="options">Whether Secrets with credentials may be written, and whether to flush to disk.</param>
    /// <param name="progress">Told about each job as it finishes, from the worker thread that ran it.</param>
    /// <param name="cancellationToken">Stops starting new jobs; jobs already started finish.</param>
    /// <returns>The totals, and the jobs that failed validation.</returns>
    /// <exception cref="ArgumentException">Two jobs name the same directory.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static OutputFleetReport WriteAll(
        IEnumerable<OutputJob> jobs,
        OutputOptions? options = null,
        IProgress<OutputProgress>? progress = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(jobs);
        options ??= new OutputOptions();
        var durability = options.FlushToDisk ? Durability.FileSystem : Durability.None;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        var directories = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var failures = new ConcurrentQueue<KeyValuePair<string, ValidationException>>();
        int completed = 0,
            written = 0,
            unchanged = 0,
            removed = 0;
        try
        {
            Parallel.ForEach(
                jobs,
                parallel,
                job =>
                {
                    ArgumentNullException.ThrowIfNull(job, nameof(jobs));
                    if (!directories.TryAdd(Path.GetFullPath(job.Directory), true))
                    {
                        throw new ArgumentException($"The directory '{job.Directory}' appears in two jobs.", nameof(jobs));
                    }

                    OutputReport? report = null;
                    ValidationException? error = null;
                    try
                    {
                        report = WriteDirectory(job.Output(), job.Directory, options, durability);
                        Interlocked.Add(ref written, report.Written.Count);
                        Interlocked.Add(ref unchanged, report.Unchanged.Count);
                        Interlocked.Add(ref removed, report.Removed.Count);
                    }
                    catch (ValidationException e)
                    {
                        error = e;
                        failures.Enqueue(new(job.Directory, e));
                    }

                    var done = Interlocked.Increment(ref completed);
                    progress?.Report(new OutputProgress(done, job.Directory, report, error));
                }
            );
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            // One failure is the usual case: rethrow it as itself, with its own stack trace.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        // Sorting is code the JIT compiles at the end of every run (LINQ over a struct): not for the usual run with no failure.
        IReadOnlyList<KeyValuePair<string, ValidationException>> failed = failures.IsEmpty
            ? []
            : failures.OrderBy(f => f.Key, StringComparer.Ordinal).ToList();
        return new OutputFleetReport(completed - failed.Count, written, unchanged, removed, failed);
    }
}
