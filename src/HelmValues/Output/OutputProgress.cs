using HelmValues.Validation;

namespace HelmValues.Output;

/// <summary>One finished job of <see cref="OutputWriter.WriteAll"/>, reported as soon as it is done.</summary>
/// <param name="Completed">How many jobs are done, this one included.</param>
/// <param name="Directory">The job's directory.</param>
/// <param name="Report">What the write changed; null when the job failed.</param>
/// <param name="Error">Why nothing was written to the directory; null when the job succeeded.</param>
public sealed record OutputProgress(int Completed, string Directory, OutputReport? Report, ValidationException? Error);
