using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace HelmValues.Output;

/// <summary>Reads the index file a previous run left: the files it wrote.</summary>
internal static class OutputIndex
{
    public static IReadOnlyList<string> Read(string directory)
    {
        var text = AtomicFile.Read(Path.Combine(directory, OutputSet.IndexFileName));
        if (text is null)
        {
            return [];
        }

        return text.Split('\n')
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            // Only paths a set could have written: a hand-edited index cannot make us delete outside the directory.
            .Where(line => !line.StartsWith('/') && !line.Contains('\\', StringComparison.Ordinal) && !line.Split('/').Contains(".."))
            .ToList();
    }
}
