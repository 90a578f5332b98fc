using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HelmValues.Validation;

namespace HelmValues.Output;

/// <summary>
/// Writes an <see cref="OutputSet"/> to a directory: each file atomically, unchanged files left alone, and files it
/// wrote before that the set no longer has removed (never a file it did not write).
/// </summary>
public static class OutputWriter
{
    /// <summary>Writes the set to <paramref name="directory"/>.</summary>
    /// <param name="set">The files.</param>
    /// <param name="directory">The output directory (created if missing).</param>
    /// <param name="options">Whether Secrets with credentials may be written.</param>
    /// <returns>What changed on disk.</returns>
    /// <exception cref="ValidationException">
    /// The set holds Secrets with credentials and <see cref="OutputOptions.AllowSecrets"/> is off; nothing is written.
    /// </exception>
    public static OutputReport Write(OutputSet set, string directory, OutputOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(directory);
        SecretPolicy.ThrowIfRefused(set, options ?? new OutputOptions());

        var previous = OutputIndex.Read(directory);
        var written = new List<string>();
        var unchanged = new List<string>();
        foreach (var file in set.Files)
        {
            var path = file.FullPath(directory);
            if (AtomicFile.Read(path) == file.Content)
            {
                unchanged.Add(file.Path);
                continue;
            }

            AtomicFile.Write(path, file.Content);
            written.Add(file.Path);
        }

        var current = set.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var removed = new List<string>();
        foreach (var stale in previous.Where(p => !current.Contains(p)))
        {
            var path = new OutputFile(stale, "").FullPath(directory);
            if (File.Exists(path))
            {
                File.Delete(path);
                removed.Add(stale);
            }
        }

        // Last: if the run dies before this, the next run still knows what the previous one wrote.
        AtomicFile.Write(Path.Combine(directory, OutputSet.IndexFileName), set.IndexContent);
        return new OutputReport(written, unchanged, removed, [], [], []);
    }
}
