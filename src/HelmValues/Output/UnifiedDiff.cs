using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace HelmValues.Output;

/// <summary>
/// The difference between two versions of a text file in the unified format of <c>diff -u</c> and <c>git diff</c>, with three
/// lines of context: what a stale committed file must become. Lines are compared whole, line ends included.
/// </summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    // Beyond this many inserted and deleted lines the shortest edit script is not worth its cost (quadratic in the distance):
    // the files are shown as entirely replaced, which is still a correct diff.
    private const int MaxEditDistance = 1000;

    private enum Kind
    {
        Same,
        Deleted,
        Inserted,
    }

    private readonly record struct Edit(Kind Kind, string Line);

    /// <summary>The diff of <paramref name="before"/> to <paramref name="after"/>; "" when they are equal.</summary>
    /// <param name="path">The path shown in the headers: <c>--- path (committed)</c>, <c>+++ path (generated)</c>.</param>
    /// <param name="before">The committed text, or null when the file does not exist (<c>/dev/null</c>).</param>
    /// <param name="after">The generated text, or null when the file is to be removed.</param>
    public static string Format(string path, string? before, string? after)
    {
        var edits = Edits(Lines(before), Lines(after));
        if (edits.TrueForAll(e => e.Kind == Kind.Same))
        {
            return "";
        }

        var text = new StringBuilder();
        text.Append("--- ").Append(before is null ? "/dev/null" : path + " (committed)").Append('\n');
        text.Append("+++ ").Append(after is null ? "/dev/null" : path + " (generated)").Append('\n');
        foreach (var (start, end) in Hunks(edits))
        {
            AppendHunk(text, edits, start, end);
        }

        return text.ToString();
    }

    // Each line keeps its '\n', so a last line without one differs from the same line with one, as in diff.
    private static string[] Lines(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var lines = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end + 1;
            lines.Add(text[start..end]);
            start = end;
        }

        return [.. lines];
    }

    private static List<Edit> Edits(string[] a, string[] b)
    {
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        var edits = new List<Edit>(a.Length + b.Length);
        for (var i = 0; i < prefix; i++)
        {
            edits.Add(new Edit(Kind.Same, a[i]));
        }

        var middleA = a[prefix..^suffix];
        var middleB = b[prefix..^suffix];
        edits.AddRange(ShortestEdits(middleA, middleB) ?? Replacement(middleA, middleB));
        for (var i = a.Length - suffix; i < a.Length; i++)
        {
            edits.Add(new Edit(Kind.Same, a[i]));
        }

        return edits;
    }

    private static IEnumerable<Edit> Replacement(string[] a, string[] b)
    {
        foreach (var line in a)
        {
            yield return new Edit(Kind.Deleted, line);
        }

        foreach (var line in b)
        {
            yield return new Edit(Kind.Inserted, line);
        }
    }

    /// <summary>
    /// Myers' O((N+M)D) greedy algorithm: for each edit distance d, the furthest point reached on each diagonal k = x - y,
    /// then a walk back through the recorded frontiers. Null when the distance exceeds <see cref="MaxEditDistance"/>.
    /// </summary>
    private static List<Edit>? ShortestEdits(string[] a, string[] b)
    {
        var maxD = Math.Min(a.Length + b.Length, MaxEditDistance);
        // frontiers[d][k + d]: the furthest x on diagonal k after d edits.
        var frontiers = new List<int[]>();
        for (var d = 0; d <= maxD; d++)
        {
            var previous = d == 0 ? null : frontiers[d - 1];
            var frontier = new int[(2 * d) + 1];
            for (var k = -d; k <= d; k += 2)
            {
                var x =
                    d == 0 ? 0
                    : CameFromAbove(previous!, d, k) ? previous![k + 1 + (d - 1)]
                    : previous![k - 1 + (d - 1)] + 1;
                var y = x - k;
                while (x < a.Length && y < b.Length && a[x] == b[y])
                {
                    x++;
                    y++;
                }

                frontier[k + d] = x;
                if (x >= a.Length && y >= b.Length)
                {
                    frontiers.Add(frontier);
                    return WalkBack(frontiers, a, b);
                }
            }

            frontiers.Add(frontier);
        }

        return null;
    }

    // Whether the best path to diagonal k at distance d comes from diagonal k + 1 (an insertion) rather than k - 1 (a deletion).
    private static bool CameFromAbove(int[] previous, int d, int k) =>
        k == -d || (k != d && previous[k - 1 + (d - 1)] < previous[k + 1 + (d - 1)]);

    private static List<Edit> WalkBack(List<int[]> frontiers, string[] a, string[] b)
    {
        var reversed = new List<Edit>();
        int x = a.Length,
            y = b.Length;
        for (var d = frontiers.Count - 1; d > 0; d--)
        {
            var k = x - y;
            var previous = frontiers[d - 1];
            var fromAbove = CameFromAbove(previous, d, k);
            var previousK = fromAbove ? k + 1 : k - 1;
            var previousX = previous[previousK + (d - 1)];
            var previousY = previousX - previousK;
            // The snake of equal lines that followed this edit.
            var afterEditX = fromAbove ? previousX : previousX + 1;
            while (x > afterEditX)
            {
                x--;
                y--;
                reversed.Add(new Edit(Kind.Same, a[x]));
            }

            reversed.Add(fromAbove ? new Edit(Kind.Inserted, b[previousY]) : new Edit(Kind.Deleted, a[previousX]));
            x = previousX;
            y = previousY;
        }

        while (x > 0)
        {
            x--;
            reversed.Add(new Edit(Kind.Same, a[x]));
        }

        reversed.Reverse();
        return reversed;
    }

    // Ranges [start, end) of edits to show: every change with up to three unchanged lines around it, merged when they touch.
    private static List<(int Start, int End)> Hunks(List<Edit> edits)
    {
        var hunks = new List<(int Start, int End)>();
        for (var i = 0; i < edits.Count; i++)
        {
            if (edits[i].Kind == Kind.Same)
            {
                continue;
            }

            var start = Math.Max(0, i - Context);
            var end = Math.Min(edits.Count, i + 1 + Context);
            if (hunks.Count > 0 && start <= hunks[^1].End)
            {
                hunks[^1] = (hunks[^1].Start, end);
            }
            else
            {
                hunks.Add((start, end));
            }
        }

        return hunks;
    }

    private static void AppendHunk(StringBuilder text, List<Edit> edits, int start, int end)
    {
        int lineA = 1,
            lineB = 1;
        for (var i = 0; i < start; i++)
        {
            lineA += edits[i].Kind == Kind.Inserted ? 0 : 1;
            lineB += edits[i].Kind == Kind.Deleted ? 0 : 1;
        }

        int countA = 0,
            countB = 0;
        for (var i = start; i < end; i++)
        {
            countA += edits[i].Kind == Kind.Inserted ? 0 : 1;
            countB += edits[i].Kind == Kind.Deleted ? 0 : 1;
        }

        text.Append("@@ -").Append(Range(lineA, countA)).Append(" +").Append(Range(lineB, countB)).Append(" @@\n");
        for (var i = start; i < end; i++)
        {
            var (kind, line) = edits[i];
            text.Append(
                    kind switch
                    {
                        Kind.Deleted => '-',
                        Kind.Inserted => '+',
                        _ => ' ',
                    }
                )
                .Append(line);
            if (!line.EndsWith('\n'))
            {
                text.Append("\n\\ No newline at end of file\n");
            }
        }
    }

    // diff's form: "3,2" for two lines from line 3, "3" for one line, "2,0" for none after line 2.
    private static string Range(int start, int count) =>
        count switch
        {
            0 => string.Create(CultureInfo.InvariantCulture, $"{start - 1},0"),
            1 => start.ToString(CultureInfo.InvariantCulture),
            _ => string.Create(CultureInfo.InvariantCulture, $"{start},{count}"),
        };
}
