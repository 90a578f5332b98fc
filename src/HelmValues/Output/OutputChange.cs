namespace HelmValues.Output;

/// <summary>What happened to a file, or to a value in one.</summary>
public enum OutputChangeKind
{
    /// <summary>New: a file the committed output lacks, or a key or list item it lacks.</summary>
    Added,

    /// <summary>Gone: a file the run no longer writes, or a key or list item it no longer has.</summary>
    Removed,

    /// <summary>There before and now, with another value.</summary>
    Changed,
}

/// <summary>One difference between committed output and what a run writes now, in the terms of the values, not of lines.</summary>
/// <param name="File">The file's path in the output directory: <c>values.yaml</c>, <c>manifests/secret-x.yaml</c>.</param>
/// <param name="Subject">
/// What the file holds: the Kubernetes object of a manifest (<c>ServiceAccount buildkite/buildkite-agent</c>), else the file's path.
/// </param>
/// <param name="Path">
/// The key path inside the file or object (<c>config.max-in-flight</c>,
/// <c>metadata.annotations["eks.amazonaws.com/role-arn"]</c>); empty when the whole file was added or removed.
/// </param>
/// <param name="Kind">Added, removed or changed.</param>
/// <param name="Before">The old scalar value; null when there was none, when it is not a scalar, or when it is hidden.</param>
/// <param name="After">The new scalar value; null when there is none, when it is not a scalar, or when it is hidden.</param>
/// <param name="IsHidden">
/// The value is a secret (a Secret's <c>data</c> or <c>stringData</c>, a key named like a token, password, secret or
/// credential), so neither value is shown, only that it changed.
/// </param>
public sealed record OutputChange(
    string File,
    string Subject,
    string Path,
    OutputChangeKind Kind,
    string? Before = null,
    string? After = null,
    bool IsHidden = false
);
