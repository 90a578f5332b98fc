namespace HelmValues.Output;

/// <summary>How an <see cref="OutputSet"/> may be written or checked.</summary>
public sealed record OutputOptions
{
    /// <summary>
    /// Allows writing Secrets that hold credentials. Off by default: a committed directory should reference Secrets
    /// that already exist in the cluster (or come from an external secret store), not contain them.
    /// </summary>
    public bool AllowSecrets { get; init; }
}
