using System;
using System.Collections.Generic;

namespace HelmValues.Yaml;

/// <summary>Finds the known key an unknown key was probably meant to be (<c>workspaceVolume</c> → <c>workspace-volume</c>).</summary>
internal static class KeySuggestion
{
    /// <summary>
    /// The known key closest to <paramref name="key"/>, compared without case, dashes and underscores first, then by
    /// edit distance (a swap of two neighbours is one edit); null when none is close: at most a third of the key's
    /// length in edits, and at least one.
    /// </summary>
    public static string? Closest(string key, IReadOnlyList<string> known)
    {
        var normalized = Normalize(key);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var candidateNormalized = Normalize(candidate);
            if (candidateNormalized == normalized)
            {
                return candidate;
            }

            var distance = Distance(key.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        var limit = Math.Max(1, key.Length / 3);
        return bestDistance <= limit ? best : null;
    }

    private static string Normalize(string key) =>
        key.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();

    // Optimal string alignment distance (Levenshtein plus adjacent transpositions), three rows.
    private static int Distance(string a, string b)
    {
        var beforePrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(previous[j - 1] + cost, Math.Min(previous[j], current[j - 1]) + 1);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, beforePrevious[j - 2] + 1);
                }

                current[j] = best;
            }

            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }

        return previous[b.Length];
    }
}
