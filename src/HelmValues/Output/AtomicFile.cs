using System.IO;
using HelmValues.Yaml;

namespace HelmValues.Output;

/// <summary>Reads a file written by <see cref="AtomicFileBatch"/>: UTF-8 without a byte order mark.</summary>
internal static class AtomicFile
{
    /// <summary>The file's text, or null when it does not exist.</summary>
    public static string? Read(string path) => File.Exists(path) ? File.ReadAllText(path, Utf8Text.Encoding) : null;
}
