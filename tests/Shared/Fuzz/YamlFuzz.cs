using System.Text;
using System.Text.RegularExpressions;
using CsCheck;

namespace HelmValues.Testing.Fuzz;

/// <summary>
/// Generates values files for a chart: valid ones (documents the chart wrote), nearly valid ones (those with a few
/// edits: a scalar replaced, a fragment inserted, a range deleted or repeated, a truncation, other line breaks, a BOM)
/// and hostile ones (deep nesting, alias bombs, long and many keys, huge scalars, control characters).
/// </summary>
/// <remarks>Sizes stay small enough for thousands of cases a second; the size limit itself has its own tests.</remarks>
internal static partial class YamlFuzz
{
    /// <summary>Scalars of every kind we parse, in forms that are valid, at the edge, and out of range.</summary>
    public static readonly Gen<string> Scalar = Gen.Frequency(
        (3, Gen.OneOf<string>("100m", "1.5Gi", "2", "0.5", "1e3", "7Ei", "0", "1n", "1.", ".5", "+1Ki", "1000e-3")),
        (2, Gen.OneOf<string>("1e2147483648", "1e999999999", "1e99999", "1e9999", "-1", "0.1n", ".", "+", "1K", "1e", "9Ei", "1e-10")),
        (3, Gen.OneOf<string>("30s", "1h30m", "-5m", "1.5h", "0", "300", "9999999999h", "1ns", "1e3s", "5µs", "2562047h47m16.854775807s")),
        (
            3,
            Gen.OneOf<string>(
                "42",
                "-1",
                "0x2A",
                "0o52",
                "0755",
                "1_000",
                "1:20:30",
                ".inf",
                "-.nan",
                "9223372036854775808",
                "1e400",
                "0b101"
            )
        ),
        (2, Gen.OneOf<string>("2001-12-14t21:59:43.10-05:00", "2002-12-14", "2026-01-02T15:04:05Z", "2026-13-45")),
        (3, Gen.OneOf<string>("true", "yes", "on", "off", "y", "n", "~", "null", "Null", "", "<<", "=", "-", "?")),
        (1, Gen.Int[1, 3000].Select(n => new string('9', n))),
        (1, Gen.Int[1, 3000].Select(n => "1" + new string('0', n) + "e-" + n)),
        (4, Gen.String[Gen.Char["a-zA-Z0-9 ._/:-"], 0, 12]),
        (2, Gen.String[Gen.Char, 0, 8].Select(s => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"")),
        (1, Gen.String[Gen.Char, 0, 8].Select(s => "'" + s.Replace("'", "''") + "'"))
    );

    /// <summary>Pieces of YAML syntax and awkward characters, inserted anywhere.</summary>
    public static readonly Gen<string> Fragment = Gen.Frequency(
        (
            6,
            Gen.OneOf<string>(
                "\t",
                " \t",
                "\n \t",
                "\n\t",
                "\uFEFF",
                "\r\n",
                "\r",
                "\u0000",
                "\u0085",
                "\u2028",
                "\uD800",
                "\u00A0",
                "é",
                "😀"
            )
        ),
        (
            6,
            Gen.OneOf<string>(
                "&a ",
                "*a",
                "<<: *a\n",
                "!!binary ",
                "!!str ",
                "!custom ",
                "? ",
                "- ",
                ": ",
                "{",
                "}",
                "[",
                "]",
                ", ",
                "#",
                "|\n",
                ">-\n",
                "'",
                "\"",
                "%YAML 1.1\n",
                "---\n",
                "...\n",
                "\n- ~\n",
                "[~, a]"
            )
        ),
        (4, Scalar)
    );

    /// <summary>Hostile documents: each stresses one limit, at sizes around it.</summary>
    public static Gen<string> Hostile(IReadOnlyList<string> keys) =>
        Gen.Frequency(
            (1, Gen.Int[1, 300].Select(depth => new string('[', depth) + new string(']', depth))),
            (1, Gen.Int[1, 300].Select(depth => string.Concat(Enumerable.Repeat("{a: ", depth)) + "1" + new string('}', depth))),
            (1, Gen.Int[1, 9].Select(AliasBomb)),
            (1, Gen.Select(Gen.Int[1, 200_000], Gen.OneOf(keys.ToArray()), (n, key) => $"config:\n  ? {key}{new string('q', n)}\n  : 1\n")),
            (1, Gen.Select(Gen.Int[1, 5_000], Gen.OneOf(keys.ToArray()), (n, key) => Many(n, i => $"  {Swap(key, i)}{i}: 1\n"))),
            (1, Gen.Select(Gen.Int[1, 2_000], Scalar, (n, scalar) => Many(n, _ => $"  - {scalar}\n"))),
            (
                1,
                Gen.Select(
                    Gen.Int[1, 200_000],
                    Gen.OneOf<string>("9", "0", "a", " ", "\\t"),
                    (n, c) => $"config:\n  queue: \"{Repeat(c, n)}\"\n"
                )
            )
        );

    /// <summary>A document: valid, nearly valid or hostile.</summary>
    /// <param name="seeds">Documents the chart accepts (what it wrote).</param>
    public static Gen<string> Document(IReadOnlyList<string> seeds)
    {
        var keys = KeysOf(seeds);
        var seed = Gen.OneOf(seeds.ToArray());
        return Gen.Frequency(
            (2, seed),
            (5, Gen.Select(seed, Edit.Array[1, 4], ApplyEdits)),
            (2, Gen.Select(seed, Gen.OneOf(keys.ToArray()), Scalar, WithKeySet)),
            (1, Hostile(keys))
        );
    }

    private static readonly Gen<(int Kind, double Where, double Length, string Text)> Edit = Gen.Select(
        Gen.Int[0, 7],
        Gen.Double[0, 1],
        Gen.Double[0, 1],
        Fragment
    );

    private static string ApplyEdits(string text, (int Kind, double Where, double Length, string Text)[] edits)
    {
        foreach (var (kind, where, length, fragment) in edits)
        {
            var at = (int)(where * text.Length);
            var count = Math.Min(text.Length - at, (int)(length * 40));
            text = kind switch
            {
                0 => text.Insert(at, fragment),
                1 => text.Remove(at, count),
                2 => text.Insert(at, text.Substring(at, count)),
                3 => text[..at],
                4 => ReplaceScalarAfterColon(text, at, fragment),
                5 => "\uFEFF" + text,
                6 => text.Replace("\n", "\r\n", StringComparison.Ordinal),
                _ => text.Insert(LineStart(text, at), fragment),
            };
        }

        return text;
    }

    // The value of the line at `at`, replaced: keeps the document's shape while changing one scalar.
    private static string ReplaceScalarAfterColon(string text, int at, string scalar)
    {
        var lineStart = LineStart(text, at);
        var lineEnd = text.IndexOf('\n', lineStart);
        lineEnd = lineEnd < 0 ? text.Length : lineEnd;
        var colon = text.IndexOf(": ", lineStart, lineEnd - lineStart, StringComparison.Ordinal);
        return colon < 0 ? text : text[..(colon + 2)] + scalar + text[lineEnd..];
    }

    // One more key, at the top level or under config, with a generated value.
    private static string WithKeySet(string seed, string key, string scalar) =>
        seed.Contains("\nconfig:\n", StringComparison.Ordinal) && key.Length % 2 == 0
            ? seed.Replace("\nconfig:\n", $"\nconfig:\n  {key}: {scalar}\n", StringComparison.Ordinal)
            : $"{key}: {scalar}\n{seed}";

    private static int LineStart(string text, int at) => at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;

    private static string AliasBomb(int levels)
    {
        var builder = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var level = 1; level < levels; level++)
        {
            var previous = $"*a{level - 1}";
            builder.Append($"a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat(previous, 10))}]\n");
        }

        return builder.ToString();
    }

    private static string Many(int count, Func<int, string> line) => "config:\n" + string.Concat(Enumerable.Range(0, count).Select(line));

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    // A near miss: two neighbouring letters swapped, somewhere depending on i.
    private static string Swap(string key, int i)
    {
        if (key.Length < 2)
        {
            return key;
        }

        var at = i % (key.Length - 1);
        return key[..at] + key[at + 1] + key[at] + key[(at + 2)..];
    }

    private static IReadOnlyList<string> KeysOf(IReadOnlyList<string> seeds)
    {
        var keys = seeds
            .SelectMany(s => KeyPattern().Matches(s).Select(m => m.Groups[1].Value))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        return keys.Count == 0 ? ["key"] : keys;
    }

    [GeneratedRegex(@"^\s*(?:- )?([A-Za-z][A-Za-z0-9_.-]*):", RegexOptions.Multiline)]
    private static partial Regex KeyPattern();
}
