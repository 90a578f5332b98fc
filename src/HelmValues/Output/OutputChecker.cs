using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace HelmValues.Output;

/// <summary>Checks a committed directory against what a run would write: the drift check CI runs.</summary>
public static class OutputChecker
{
    /// <summary>Compares <paramref name="directory"/> with <paramref name="set"/> without writing anything.</summary>
    /// <param name="set">What the run produces.</param>
    /// <param name="directory">The committed output.</param>
    /// <param name="options">The same options the directory was written with.</param>
    /// <returns>Each missing, changed and stale file; <see cref="OutputReport.IsUpToDate"/> when there is none.</returns>
    /// <exception cref="Validation.ValidationException">The set holds Secrets with credentials and they are not allowed.</exception>
    public static OutputReport Check(OutputSet set, string directory, OutputOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(directory);
        SecretPolicy.ThrowIfRefused(set, options ?? new OutputOptions());

        var missing = new List<string>();
        var changed = new List<string>();
        var unchanged = new List<string>();
        foreach (var file in set.Files)
        {
            switch (AtomicFile.Read(file.FullPath(directory)))
            {
                case null:
                    missing.Add(file.Path);
                    break;
                case var content when content == file.Content:
                    unchanged.Add(file.Path);
                    break;
                default:
                    changed.Add(file.Path);
                    break;
            }
        }

        var current = set.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var stale = OutputIndex
            .Read(directory)
            .Where(p => !current.Contains(p) && File.Exists(new OutputFile(p, "").FullPath(directory)))
            .ToList();
        if (AtomicFile.Read(Path.Combine(directory, OutputSet.IndexFileName)) != set.IndexContent)
        {
            (File.Exists(Path.Combine(directory, OutputSet.IndexFileName)) ? changed : missing).Add(OutputSet.IndexFileName);
        }

        return new OutputReport([], unchanged, [], missing, changed, stale);
    }
}
