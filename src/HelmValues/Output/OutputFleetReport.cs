using System.Collections.Generic;
using HelmValues.Validation;

namespace HelmValues.Output;

/// <summary>What <see cref="OutputWriter.WriteAll"/> did: totals over every directory, and the jobs that failed.</summary>
/// <param name="Directories">Directories written (failed jobs not included).</param>
/// <param name="Written">Files written because they were new or different.</param>
/// <param name="Unchanged">Files already identical.</param>
/// <param name="Removed">Files a previous run wrote that their set no longer has, now deleted.</param>
/// <param name="Failures">Each directory whose job failed validation, with every problem; nothing was written there.</param>
public sealed record OutputFleetReport(
    int Directories,
    int Written,
    int Unchanged,
    int Removed,
    IReadOnlyList<KeyValuePair<string, ValidationException>> Failures
)
{
    /// <summary>True when every job was written.</summary>
    public bool Succeeded => Failures.Count == 0;
}
