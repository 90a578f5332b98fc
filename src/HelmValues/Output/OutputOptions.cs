namespace HelmValues.Output;

/// <summary>How an <see cref="OutputSet"/> may be written or checked.</summary>
public sealed record OutputOptions
{
    /// <summary>
    /// Allows writing Secrets that hold credentials. Off by default: a committed directory should reference Secrets
    /// that already exist in the cluster (or come from an external secret store), not contain them.
    /// </summary>
    public bool AllowSecrets { get; init; }

    /// <summary>
    /// Flushes every written file and its directory to disk before returning, so a completed write survives a power loss.
    /// On by default. Turn it off for scratch output (a temporary directory, tmpfs, a CI workspace that is thrown away):
    /// each file is still replaced atomically (a temporary file renamed over it), but the last writes may be lost in a crash.
    /// </summary>
    public bool FlushToDisk { get; init; } = true;
}
