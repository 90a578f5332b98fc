using System;

namespace HelmValues.Output;

/// <summary>One file of an <see cref="OutputSet"/>: where it goes and what it holds.</summary>
/// <param name="Path">The path relative to the output directory, with <c>/</c> separators (<c>manifests/secret-x.yaml</c>).</param>
/// <param name="Content">The full text, LF line endings, ending with a newline.</param>
/// <param name="SecretCreateCommand">
/// For a Secret that holds credentials: the <c>kubectl create secret …</c> command (values elided) that creates it
/// in the cluster instead. Files with one are written only when secrets are explicitly allowed.
/// </param>
public sealed record OutputFile(string Path, string Content, string? SecretCreateCommand = null)
{
    /// <summary>True when the file holds credentials (a Secret with values).</summary>
    public bool HoldsSecrets => SecretCreateCommand is not null;

    /// <summary>The path in the local file system's form, below <paramref name="directory"/>.</summary>
    /// <param name="directory">The output directory.</param>
    public string FullPath(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return System.IO.Path.GetFullPath(System.IO.Path.Combine(directory, Path.Replace('/', System.IO.Path.DirectorySeparatorChar)));
    }
}
