using System;
using System.Buffers;
using YamlDotNet.Core;

namespace HelmValues.Yaml;

/// <summary>
/// Chooses how a string is written: plain only when every YAML reader gets the same string back, a literal block for
/// multi-line text that survives one, double quotes (with escapes) otherwise.
/// </summary>
/// <remarks>
/// The rules are stricter than YAML requires, on purpose: the output must mean the same to go-yaml v2 (the
/// controller, Helm), to YAML 1.2 tools, and to editors and git hooks that trim trailing whitespace.
/// Each rule is also a subset of what YamlDotNet's emitter accepted for that style: <see cref="YamlTextSink"/> writes the
/// style chosen here as that emitter did, and a test replays random documents through the emitter to compare.
/// </remarks>
internal static class ScalarStyleChooser
{
    // Characters that start a YAML indicator; a plain scalar cannot (or, for - ? :, should not) start with them.
    private static readonly SearchValues<char> LeadingIndicators = SearchValues.Create("-?:,[]{}#&*!|>'\"%@`");

    // Printable ASCII that no per-character rule looks at, so the scans skip runs of it (most strings are all of it):
    // ' ' to '~' except ':' (": " ends a plain scalar), '#' (" #" starts a comment) and '*' (" *" in a key). The space
    // is ordinary too: the rules about blanks look back or ahead from ':', '#', '*' and '\n', or at the ends. The rest
    // (tab, line breaks, controls, DEL, non-ASCII, surrogates) goes through the rules one character at a time. The tests
    // compare the result with the same rules applied to every character (ScalarStyleReference): change a rule in both.
    private static readonly SearchValues<char> Ordinary = SearchValues.Create(
        " !\"$%&'()+,-./0123456789;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~"
    );

    /// <summary>The style for a string written as a value.</summary>
    /// <exception cref="ArgumentException">The string has an unpaired UTF-16 surrogate, which no YAML file can hold.</exception>
    public static ScalarStyle ForValue(string value) => Choose(value, allowLiteral: true);

    /// <summary>
    /// True when <see cref="ForValue"/> chooses <see cref="ScalarStyle.Plain"/> for <paramref name="value"/>, known from the text
    /// alone: nothing in it that needs quotes, and a first character that starts no YAML 1.1 type but a string. False also when
    /// only the whole text says (<c>yes</c>, <c>1.0</c>): <see cref="ForValue"/> then decides.
    /// </summary>
    public static bool IsPlainString(ReadOnlySpan<char> value) =>
        value.Length > 0
        && !Yaml11Scalars.MayStartNonString(value[0])
        && Scan(value, isKey: false) is { UnpairedSurrogate: false, PlainSafe: true };

    /// <summary>The style for a string written as a mapping key (never a block scalar).</summary>
    /// <exception cref="ArgumentException">The string has an unpaired UTF-16 surrogate, which no YAML file can hold.</exception>
    public static ScalarStyle ForKey(string key) => Choose(key, allowLiteral: false);

    /// <summary>
    /// True when <paramref name="text"/> is valid as a plain scalar in block context, whatever type it resolves to
    /// (so <c>-1</c> and <c>-.inf</c> pass): no leading or trailing blank, no line break, no <c>": "</c> or <c>" #"</c>,
    /// no trailing <c>:</c>, no indicator at the start (except <c>-</c>, <c>?</c>, <c>:</c> before a non-blank).
    /// </summary>
    public static bool IsValidPlain(string text)
    {
        if (text.Length == 0 || text.StartsWith("---", StringComparison.Ordinal) || text.StartsWith("...", StringComparison.Ordinal))
        {
            return false;
        }

        var first = text[0];
        if (LeadingIndicators.Contains(first) && !(first is '-' or '?' or ':' && text.Length > 1 && !IsBlank(text[1])))
        {
            return false;
        }

        return HasPlainBody(text);
    }

    /// <summary>
    /// An upper bound of the length of <paramref name="text"/> once written double-quoted
    /// (<see cref="YamlScalarText.WriteDoubleQuoted"/>): quotes, two characters per short escape, <c>\xXX</c>,
    /// <c>\uXXXX</c> and <c>\UXXXXXXXX</c> for the rest.
    /// </summary>
    public static int DoubleQuotedLength(string text)
    {
        var length = 2;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '"' or '\\' or '\n' or '\r' or '\0' or '\a' or '\b' or '\v' or '\f' or '\x1B' or '\u0085' or '\u2028' or '\u2029')
            {
                length += 2;
            }
            else if (char.IsHighSurrogate(c))
            {
                length += 10;
                i++;
            }
            else
            {
                length +=
                    c == '\t' || IsPrintable(c) ? 1
                    : c <= '\u00FF' ? 4
                    : 6;
            }
        }

        return length;
    }

    private static ScalarStyle Choose(string value, bool allowLiteral)
    {
        var scan = Scan(value, isKey: !allowLiteral);
        if (scan.UnpairedSurrogate)
        {
            throw new ArgumentException(
                "The string contains an unpaired UTF-16 surrogate, which cannot be written as YAML.",
                nameof(value)
            );
        }

        if (scan.PlainSafe && Yaml11Scalars.Resolve(value) == YamlScalarKind.String)
        {
            return ScalarStyle.Plain;
        }

        return allowLiteral && scan.LiteralRoundTrips ? ScalarStyle.Literal : ScalarStyle.DoubleQuoted;
    }

    private static ScanResult Scan(ReadOnlySpan<char> value, bool isKey)
    {
        var plainSafe = value.Length > 0 && !LeadingIndicators.Contains(value[0]) && !IsBlank(value[0]) && !IsBlank(value[^1]);
        plainSafe = plainSafe && value[^1] != ':' && !value.StartsWith("...", StringComparison.Ordinal);

        // Literal blocks: only '\n' breaks, no blank before a break or at the end (editors trim those), a first line
        // that does not start with a tab (YAML reads it as bad indentation), and some content.
        var hasNewline = false;
        var literalSafe = value.Length > 0 && value[0] != '\t' && !IsBlank(value[^1]);

        for (var i = NextSpecial(value, 0); i >= 0; i = NextSpecial(value, i + 1))
        {
            var c = value[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))
                {
                    return new ScanResult(true, false, false);
                }

                // Printable, but outside the BMP: quoted with a \U escape (as YamlDotNet's emitter wrote it), raw in a literal block.
                plainSafe = false;
                i++;
                continue;
            }

            if (char.IsLowSurrogate(c))
            {
                return new ScanResult(true, false, false);
            }

            switch (c)
            {
                case '\n':
                    hasNewline = true;
                    plainSafe = false;
                    literalSafe &= i == 0 || !IsBlank(value[i - 1]);
                    continue;
                case ':' when i + 1 < value.Length && IsBlank(value[i + 1]):
                case '#' when i > 0 && IsBlank(value[i - 1]):
                // YamlDotNet (18.1) misreads a plain key with " *" in it as part of a plain scalar line.
                case '*' when isKey && i > 0 && IsBlank(value[i - 1]):
                    plainSafe = false;
                    continue;
                case '\t':
                    plainSafe = false;
                    continue;
            }

            if (!IsPrintable(c))
            {
                plainSafe = false;
                literalSafe = false;
            }
        }

        // Content is any character but a blank or a break; the loop skips blanks as ordinary, so look for it here.
        var literal = hasNewline && literalSafe && value.IndexOfAnyExcept(' ', '\t', '\n') >= 0;
        return new ScanResult(false, plainSafe, literal);
    }

    private static bool HasPlainBody(string text)
    {
        if (IsBlank(text[0]) || IsBlank(text[^1]) || text[^1] == ':')
        {
            return false;
        }

        for (var i = NextSpecial(text, 0); i >= 0; i = NextSpecial(text, i + 1))
        {
            var c = text[i];
            if (c != '\t' && !IsPrintable(c))
            {
                return false;
            }

            if ((c == ':' && i + 1 < text.Length && IsBlank(text[i + 1])) || (c == '#' && i > 0 && IsBlank(text[i - 1])))
            {
                return false;
            }
        }

        return true;
    }

    // The index of the first character at or after start that is not Ordinary, or -1.
    private static int NextSpecial(ReadOnlySpan<char> text, int start)
    {
        var skipped = text[start..].IndexOfAnyExcept(Ordinary);
        return skipped < 0 ? -1 : start + skipped;
    }

    private static bool IsBlank(char c) => c is ' ' or '\t';

    // Printable BMP characters that every reader keeps as they are. Excluded: C0/C1 controls and DEL, the YAML 1.1
    // line breaks NEL, LS and PS, the byte order mark, surrogates and the non-characters U+FFFE/U+FFFF.
    private static bool IsPrintable(char c) =>
        c is (>= ' ' and <= '~') or (>= '\u00A0' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD')
        && c is not ('\u2028' or '\u2029' or '\uFEFF');

    private readonly record struct ScanResult(bool UnpairedSurrogate, bool PlainSafe, bool LiteralRoundTrips);
}
