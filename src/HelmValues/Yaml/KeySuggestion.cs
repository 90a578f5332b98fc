using System;
using System.Collections.Generic;

namespace HelmValues.Yaml;

/// <summary>Finds the known key an unknown key was probably meant to be (<c>workspaceVolume</c> → <c>workspace-volume</c>).</summary>
/// <remarks>
/// Bounded for hostile input: a key longer than <see cref="MaxKeyLength"/> gets no suggestion, a candidate whose length
/// alone rules it out is skipped, and the edit distance is computed only in the band that can still match, on the
/// stack. A suggestion costs O(known keys × <see cref="MaxKeyLength"/>²) at worst, with no allocation.
/// </remarks>
internal static class KeySuggestion
{
    /// <summary>Keys longer than this get no suggestion: no real key is, and a typo of one is not worth the cost.</summary>
    public const int MaxKeyLength = 128;

    /// <summary>
    /// The known key closest to <paramref name="key"/>, compared without case, dashes and underscores first, then by
    /// edit distance (a swap of two neighbours is one edit); null when none is close: at most a third of the key's
    /// length in edits, and at least one.
    /// </summary>
    public static string? Closest(string key, IReadOnlyList<string> known)
    {
        if (key.Length > MaxKeyLength)
        {
            return null;
        }

        var limit = Math.Max(1, key.Length / 3);
        string? best = null;
        var bestDistance = limit + 1;
        for (var k = 0; k < known.Count; k++)
        {
            var candidate = known[k];
            if (SameIgnoringCaseAndSeparators(key, candidate))
            {
                return candidate;
            }

            // The distance is at least the difference in length.
            if (candidate.Length > MaxKeyLength || Math.Abs(candidate.Length - key.Length) >= bestDistance)
            {
                continue;
            }

            var distance = Distance(key, candidate, bestDistance - 1);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static bool SameIgnoringCaseAndSeparators(string a, string b)
    {
        int i = 0,
            j = 0;
        while (true)
        {
            while (i < a.Length && a[i] is '-' or '_')
            {
                i++;
            }

            while (j < b.Length && b[j] is '-' or '_')
            {
                j++;
            }

            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }

            if (char.ToLowerInvariant(a[i++]) != char.ToLowerInvariant(b[j++]))
            {
                return false;
            }
        }
    }

    // Optimal string alignment distance (Levenshtein plus adjacent transpositions) without case, three rows on the
    // stack. Returns max + 1 as soon as every cell of a row exceeds max: the distance cannot come back down.
    private static int Distance(string a, string b, int max)
    {
        var width = b.Length + 1;
        Span<int> rows = stackalloc int[3 * width];
        var beforePrevious = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            var ai = char.ToLowerInvariant(a[i - 1]);
            for (var j = 1; j < width; j++)
            {
                var bj = char.ToLowerInvariant(b[j - 1]);
                var cost = ai == bj ? 0 : 1;
                var best = Math.Min(previous[j - 1] + cost, Math.Min(previous[j], current[j - 1]) + 1);
                if (i > 1 && j > 1 && ai == char.ToLowerInvariant(b[j - 2]) && char.ToLowerInvariant(a[i - 2]) == bj)
                {
                    best = Math.Min(best, beforePrevious[j - 2] + 1);
                }

                current[j] = best;
                rowMinimum = Math.Min(rowMinimum, best);
            }

            if (rowMinimum > max)
            {
                return max + 1;
            }

            var recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
    }
}
