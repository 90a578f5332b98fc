using System;
using HelmValues.Yaml;

namespace HelmValues.Output;

/// <summary>One file of an <see cref="OutputSet"/>: where it goes and what it holds.</summary>
/// <remarks>
/// The files the library makes hold their text as the UTF-8 bytes the writer writes, half the memory of a string;
/// <see cref="Content"/> decodes it on first use. Two files are equal when their paths, texts and commands are.
/// </remarks>
public sealed record OutputFile
{
    // The text as UTF-8 (no byte order mark), when the file was made from it; null when it was made from a string.
    private readonly byte[]? _utf8;
    private string? _content;

    /// <summary>A file with the text <paramref name="Content"/>.</summary>
    /// <param name="Path">The path relative to the output directory, with <c>/</c> separators (<c>manifests/secret-x.yaml</c>).</param>
    /// <param name="Content">The full text, LF line endings, ending with a newline.</param>
    /// <param name="SecretCreateCommand">
    /// For a Secret that holds credentials: the <c>kubectl create secret …</c> command (values elided) that creates it
    /// in the cluster instead. Files with one are written only when secrets are explicitly allowed.
    /// </param>
    public OutputFile(string Path, string Content, string? SecretCreateCommand = null)
    {
        this.Path = Path;
        _content = Content;
        this.SecretCreateCommand = SecretCreateCommand;
    }

    /// <summary>A file whose text is <paramref name="utf8"/>, valid UTF-8 without a byte order mark, which it now owns.</summary>
    internal OutputFile(string path, byte[] utf8, string? secretCreateCommand)
    {
        Path = path;
        _utf8 = utf8;
        SecretCreateCommand = secretCreateCommand;
    }

    /// <summary>The path relative to the output directory, with <c>/</c> separators (<c>manifests/secret-x.yaml</c>).</summary>
    public string Path { get; init; }

    /// <summary>The full text, LF line endings, ending with a newline.</summary>
    public string Content
    {
        // Decoding twice on two threads gives the same string: no lock needed.
        get => _content ??= Utf8Text.Encoding.GetString(_utf8!);
        init
        {
            _content = value;
            _utf8 = null;
        }
    }

    /// <summary>
    /// For a Secret that holds credentials: the <c>kubectl create secret …</c> command (values elided) that creates it
    /// in the cluster instead. Files with one are written only when secrets are explicitly allowed.
    /// </summary>
    public string? SecretCreateCommand { get; init; }

    /// <summary>True when the file holds credentials (a Secret with values).</summary>
    public bool HoldsSecrets => SecretCreateCommand is not null;

    /// <summary>The text as UTF-8 when the file was made from it, or null: the writer writes these bytes as they are.</summary>
    internal byte[]? Utf8Content => _utf8;

    /// <summary>The path in the local file system's form, below <paramref name="directory"/>.</summary>
    /// <param name="directory">The output directory.</param>
    public string FullPath(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return System.IO.Path.GetFullPath(System.IO.Path.Combine(directory, Path.Replace('/', System.IO.Path.DirectorySeparatorChar)));
    }

    /// <summary>Splits the file into its path, text and command.</summary>
    /// <param name="Path">The path.</param>
    /// <param name="Content">The text.</param>
    /// <param name="SecretCreateCommand">The command, or null.</param>
    public void Deconstruct(out string Path, out string Content, out string? SecretCreateCommand) =>
        (Path, Content, SecretCreateCommand) = (this.Path, this.Content, this.SecretCreateCommand);

    /// <summary>True when <paramref name="other"/> has the same path, text and command.</summary>
    /// <param name="other">The other file.</param>
    public bool Equals(OutputFile? other) =>
        other is not null
        && Path == other.Path
        && SecretCreateCommand == other.SecretCreateCommand
        && (_utf8 is not null && other._utf8 is not null ? _utf8.AsSpan().SequenceEqual(other._utf8) : Content == other.Content);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Path, Content, SecretCreateCommand);
}
