using System;

namespace HelmValues.Output;

/// <summary>One directory of a fleet written by <see cref="OutputWriter.WriteAll"/>: where it goes and what produces its files.</summary>
/// <param name="Directory">The output directory (created if missing). Each job of a run needs its own.</param>
/// <param name="Output">
/// Produces the files, usually <c>() =&gt; stack.Build().ToOutput()</c>. It runs on a worker thread, in parallel with other
/// jobs, so building and validating the stacks uses every core too. A <see cref="Validation.ValidationException"/> it throws
/// fails this job only.
/// </param>
public sealed record OutputJob(string Directory, Func<OutputSet> Output);
