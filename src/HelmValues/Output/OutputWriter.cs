using System;
using System.Collections.Generic;
using System.IO;
using HelmValues.Validation;

namespace HelmValues.Output;

/// <summary>
/// Writes an <see cref="OutputSet"/> to a directory: each file atomically, unchanged files left alone, and files it
/// wrote before that the set no longer has removed (never a file it did not write).
/// </summary>
/// <remarks>
/// The changed files are written to temporary files, flushed to disk as a batch, renamed over the old ones, and each
/// directory is flushed once, so after a crash every file is either the old one or the new one and a completed write
/// survives a power loss. The index (<see cref="OutputSet.IndexFileName"/>) is renamed last. For many directories at once,
/// see <see cref="WriteAll"/>.
/// </remarks>
public static partial class OutputWriter
{
    /// <summary>Writes the set to <paramref name="directory"/>.</summary>
    /// <param name="set">The files.</param>
    /// <param name="directory">The output directory (created if missing).</param>
    /// <param name="options">Whether Secrets with credentials may be written, and whether to flush to disk.</param>
    /// <returns>What changed on disk.</returns>
    /// <exception cref="ValidationException">
    /// The set holds Secrets with credentials and <see cref="OutputOptions.AllowSecrets"/> is off; nothing is written.
    /// </exception>
    public static OutputReport Write(OutputSet set, string directory, OutputOptions? options = null)
    {
        options ??= new OutputOptions();
        return WriteDirectory(set, directory, options, options.FlushToDisk ? Durability.EachFile : Durability.None);
    }

    private static OutputReport WriteDirectory(OutputSet set, string directory, OutputOptions options, Durability durability)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(directory);
        SecretPolicy.ThrowIfRefused(set, options);

        // A directory that does not exist yet holds nothing to compare or remove: a fresh write reads nothing back.
        var exists = Directory.Exists(directory);
        var written = new List<string>(set.Files.Count);
        var unchanged = new List<string>();
        using var batch = new AtomicFileBatch(directory, exists, durability, files: set.Files.Count + 1);
        for (var i = 0; i < set.Files.Count; i++)
        {
            var file = set.Files[i];
            using var content = Utf8Buffer.Of(file);
            if (exists && content.IsContentOf(file.FullPath(directory)))
            {
                unchanged.Add(file.Path);
                continue;
            }

            batch.Stage(file.Path, content.Bytes);
            written.Add(file.Path);
        }

        IReadOnlyList<string> removed = exists ? RemoveStale(set, directory) : [];
        using (var index = Utf8Buffer.OfIndex(set))
        {
            if (!exists || !index.IsContentOf(Path.Combine(directory, OutputSet.IndexFileName)))
            {
                batch.StageIndex(OutputSet.IndexFileName, index.Bytes);
            }
        }

        batch.Commit();
        return new OutputReport(written, unchanged, removed, [], [], []);
    }

    private static List<string> RemoveStale(OutputSet set, string directory)
    {
        var removed = new List<string>();
        foreach (var stale in OutputIndex.Read(directory))
        {
            if (!set.Contains(stale) && new OutputFile(stale, "").FullPath(directory) is var path && File.Exists(path))
            {
                File.Delete(path);
                removed.Add(stale);
            }
        }

        return removed;
    }
}
