using System;
using System.Globalization;

namespace HelmValues.Yaml;

/// <summary>
/// Hand-written matchers for the number forms of go-yaml v2, the YAML 1.1 type repository and the YAML 1.2 core
/// schema. They run on every string the writer emits, so they avoid regular expressions and allocation.
/// </summary>
/// <remarks>
/// Sources of the grammars: go-yaml v2 <c>resolve.go</c> (underscores removed, then Go's <c>strconv.ParseInt(s, 0, 64)</c>,
/// <c>ParseUint</c>, then the <c>yamlStyleFloat</c> expression), <c>yaml.org/type/int.html</c> and <c>float.html</c>,
/// and the YAML 1.2.2 core schema (section 10.3.2).
/// </remarks>
internal static class YamlNumberSyntax
{
    private const int StackLimit = 128;

    /// <summary>The result of reading a plain scalar as a Go integer, the way go-yaml v2 does.</summary>
    internal enum GoInteger
    {
        /// <summary>Not an integer for go-yaml v2 (it may still be a float).</summary>
        None,

        /// <summary>An integer that fits in <see cref="long"/>.</summary>
        Int64,

        /// <summary>
        /// An integer above <see cref="long.MaxValue"/> that go-yaml v2 reads as <c>uint64</c>; the value holds its bits.
        /// </summary>
        UInt64,
    }

    /// <summary>
    /// go-yaml v2: when the first character is a digit or a sign, removes every <c>_</c> and tries Go's
    /// <c>ParseInt(s, 0, 64)</c> (sign, <c>0x</c>/<c>0o</c>/<c>0b</c> prefixes, leading-zero octal), then <c>ParseUint</c>.
    /// </summary>
    public static GoInteger ParseGoInteger(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        if (text.Length == 0 || !(IsDigit(text[0]) || text[0] is '+' or '-'))
        {
            return GoInteger.None;
        }

        Span<char> buffer = text.Length <= StackLimit ? stackalloc char[text.Length] : new char[text.Length];
        var digits = WithoutUnderscores(text, buffer);

        var negative = false;
        var signed = false;
        if (digits.Length > 0 && digits[0] is '+' or '-')
        {
            signed = true;
            negative = digits[0] == '-';
            digits = digits[1..];
        }

        if (!TryParseGoMagnitude(digits, out var magnitude))
        {
            return GoInteger.None;
        }

        if (negative)
        {
            if (magnitude > (ulong)long.MaxValue + 1)
            {
                return GoInteger.None;
            }

            value = magnitude == (ulong)long.MaxValue + 1 ? long.MinValue : -(long)magnitude;
            return GoInteger.Int64;
        }

        if (magnitude <= long.MaxValue)
        {
            value = (long)magnitude;
            return GoInteger.Int64;
        }

        // ParseInt overflowed; ParseUint takes over but refuses any sign, even '+'.
        value = unchecked((long)magnitude);
        return signed ? GoInteger.None : GoInteger.UInt64;
    }

    /// <summary>
    /// go-yaml v2 floats. After a digit or sign: underscores removed, the <c>yamlStyleFloat</c> expression, and no
    /// overflow. After a leading dot: Go's <c>ParseFloat</c> on the text as written (underscores only between digits).
    /// </summary>
    public static bool TryParseGoFloat(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        if (text.Length == 0)
        {
            return false;
        }

        Span<char> buffer = text.Length <= StackLimit ? stackalloc char[text.Length] : new char[text.Length];
        if (text[0] == '.')
        {
            if (!GoUnderscoresBetweenDigits(text))
            {
                return false;
            }

            var stripped = WithoutUnderscores(text, buffer);
            return IsCoreFloat(stripped) && TryParseFinite(stripped, out value);
        }

        if (!(IsDigit(text[0]) || text[0] is '+' or '-'))
        {
            return false;
        }

        var plain = WithoutUnderscores(text, buffer);
        return IsCoreFloat(plain) && TryParseFinite(plain, out value);
    }

    /// <summary>
    /// True when go-yaml v2 could read the text as a number, whatever its range: after a digit, sign or dot, with
    /// underscores removed, a Go integer literal or the <c>yamlStyleFloat</c> expression. Wider than go-yaml on purpose
    /// (<c>0x</c> with 20 digits, <c>._5</c>): the writer quotes these too.
    /// </summary>
    public static bool LooksLikeGoNumber(ReadOnlySpan<char> text)
    {
        if (text.Length == 0 || !(IsDigit(text[0]) || text[0] is '+' or '-' or '.'))
        {
            return false;
        }

        Span<char> buffer = text.Length <= StackLimit ? stackalloc char[text.Length] : new char[text.Length];
        var plain = WithoutUnderscores(text, buffer);
        if (IsCoreFloat(plain))
        {
            return true;
        }

        var body = plain.Length > 0 && plain[0] is '+' or '-' ? plain[1..] : plain;
        if (body.Length == 0 || !IsDigit(body[0]))
        {
            return false;
        }

        if (body[0] != '0' || body.Length == 1)
        {
            return AllDigits(body, 10);
        }

        var radix = body[1] switch
        {
            'x' or 'X' => 16,
            'b' or 'B' => 2,
            _ => 8,
        };
        var rest = body[1] is 'x' or 'X' or 'b' or 'B' or 'o' or 'O' ? body[2..] : body[1..];
        return AllDigits(rest, radix);
    }

    /// <summary>YAML 1.2 core integer: <c>[-+]?[0-9]+ | 0o[0-7]+ | 0x[0-9a-fA-F]+</c>.</summary>
    public static bool IsCoreInteger(ReadOnlySpan<char> text) => TryParseCoreInteger(text, out _, out _);

    /// <summary>Reads a YAML 1.2 core integer; <paramref name="inRange"/> is false when it does not fit in a <see cref="long"/>.</summary>
    public static bool TryParseCoreInteger(ReadOnlySpan<char> text, out long value, out bool inRange)
    {
        value = 0;
        inRange = false;
        if (text.Length > 2 && text[0] == '0' && text[1] is 'o' or 'x')
        {
            var radix = text[1] == 'o' ? 8 : 16;
            if (!AllDigits(text[2..], radix))
            {
                return false;
            }

            inRange = TryAccumulate(text[2..], radix, out var magnitude) && magnitude <= long.MaxValue;
            value = inRange ? (long)magnitude : 0;
            return true;
        }

        var negative = text.Length > 0 && text[0] == '-';
        var body = text.Length > 0 && text[0] is '+' or '-' ? text[1..] : text;
        if (body.Length == 0 || !AllDigits(body, 10))
        {
            return false;
        }

        if (TryAccumulate(body, 10, out var decimalMagnitude))
        {
            if (negative && decimalMagnitude <= (ulong)long.MaxValue + 1)
            {
                inRange = true;
                value = decimalMagnitude == (ulong)long.MaxValue + 1 ? long.MinValue : -(long)decimalMagnitude;
            }
            else if (!negative && decimalMagnitude <= long.MaxValue)
            {
                inRange = true;
                value = (long)decimalMagnitude;
            }
        }

        return true;
    }

    /// <summary>
    /// YAML 1.2 core float, identical to go-yaml v2's <c>yamlStyleFloat</c>:
    /// <c>[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?</c>.
    /// </summary>
    public static bool IsCoreFloat(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (i < text.Length && text[i] is '+' or '-')
        {
            i++;
        }

        var before = CountDigits(text, ref i);
        var after = 0;
        if (i < text.Length && text[i] == '.')
        {
            i++;
            after = CountDigits(text, ref i);
        }

        if (before == 0 && after == 0)
        {
            return false;
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-')
            {
                i++;
            }

            if (CountDigits(text, ref i) == 0)
            {
                return false;
            }
        }

        return i == text.Length;
    }

    /// <summary>
    /// YAML 1.1 type repository integers: <c>[-+]?0b[0-1_]+</c>, <c>[-+]?0[0-7_]+</c>, <c>[-+]?(0|[1-9][0-9_]*)</c>,
    /// <c>[-+]?0x[0-9a-fA-F_]+</c> and sexagesimal <c>[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+</c>.
    /// </summary>
    public static bool IsYaml11Integer(ReadOnlySpan<char> text)
    {
        var body = text.Length > 0 && text[0] is '+' or '-' ? text[1..] : text;
        if (body.Length == 0 || !IsDigit(body[0]))
        {
            return false;
        }

        if (body[0] == '0')
        {
            if (body.Length == 1)
            {
                return true;
            }

            return body[1] switch
            {
                'b' => body.Length > 2 && AllOf(body[2..], "01_"),
                'x' => body.Length > 2 && AllHexOrUnderscore(body[2..]),
                _ => AllOf(body[1..], "01234567_"),
            };
        }

        var i = 1;
        SkipDigitsOrUnderscores(body, ref i);
        return i == body.Length || SexagesimalGroups(body, ref i) && i == body.Length;
    }

    /// <summary>
    /// YAML 1.1 type repository floats: <c>[-+]?([0-9][0-9_]*)?\.[0-9.]*([eE][-+][0-9]+)?</c> and sexagesimal
    /// <c>[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*</c>. (The infinities and NaN are keywords.)
    /// </summary>
    public static bool IsYaml11Float(ReadOnlySpan<char> text)
    {
        var body = text.Length > 0 && text[0] is '+' or '-' ? text[1..] : text;
        var i = 0;
        var leadingDigits = i < body.Length && IsDigit(body[i]);
        if (leadingDigits)
        {
            i++;
            SkipDigitsOrUnderscores(body, ref i);
            if (i < body.Length && body[i] == ':')
            {
                if (!SexagesimalGroups(body, ref i) || i >= body.Length || body[i] != '.')
                {
                    return false;
                }

                i++;
                SkipDigitsOrUnderscores(body, ref i);
                return i == body.Length;
            }
        }

        if (i >= body.Length || body[i] != '.')
        {
            return false;
        }

        i++;
        while (i < body.Length && (IsDigit(body[i]) || body[i] == '.'))
        {
            i++;
        }

        if (i < body.Length && body[i] is 'e' or 'E')
        {
            i++;
            if (i >= body.Length || body[i] is not ('+' or '-'))
            {
                return false;
            }

            i++;
            if (CountDigits(body, ref i) == 0)
            {
                return false;
            }
        }

        return i == body.Length;
    }

    internal static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool TryParseGoMagnitude(ReadOnlySpan<char> digits, out ulong magnitude)
    {
        magnitude = 0;
        if (digits.Length == 0)
        {
            return false;
        }

        if (digits[0] != '0' || digits.Length == 1)
        {
            return digits[0] == '0' || (AllDigits(digits, 10) && TryAccumulate(digits, 10, out magnitude));
        }

        // "0x1F", "0b101", "0o17", or a leading zero for octal: "0755".
        var radix = digits[1] switch
        {
            'x' or 'X' => 16,
            'b' or 'B' => 2,
            _ => 8,
        };
        var rest = digits[1] is 'x' or 'X' or 'b' or 'B' or 'o' or 'O' ? digits[2..] : digits[1..];
        return rest.Length > 0 && AllDigits(rest, radix) && TryAccumulate(rest, radix, out magnitude);
    }

    // Accumulates digits already checked by AllDigits; false on overflow of ulong.
    private static bool TryAccumulate(ReadOnlySpan<char> digits, int radix, out ulong magnitude)
    {
        magnitude = 0;
        foreach (var c in digits)
        {
            var d = (ulong)DigitValue(c);
            if (magnitude > (ulong.MaxValue - d) / (ulong)radix)
            {
                return false;
            }

            magnitude = magnitude * (ulong)radix + d;
        }

        return true;
    }

    private static bool AllDigits(ReadOnlySpan<char> text, int radix)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            var d = DigitValue(c);
            if (d < 0 || d >= radix)
            {
                return false;
            }
        }

        return true;
    }

    private static int DigitValue(char c) =>
        c switch
        {
            >= '0' and <= '9' => c - '0',
            >= 'a' and <= 'f' => c - 'a' + 10,
            >= 'A' and <= 'F' => c - 'A' + 10,
            _ => -1,
        };

    private static bool AllOf(ReadOnlySpan<char> text, string allowed)
    {
        foreach (var c in text)
        {
            if (allowed.IndexOf(c) < 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllHexOrUnderscore(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c != '_' && DigitValue(c) < 0)
            {
                return false;
            }
        }

        return true;
    }

    private static int CountDigits(ReadOnlySpan<char> text, ref int i)
    {
        var start = i;
        while (i < text.Length && IsDigit(text[i]))
        {
            i++;
        }

        return i - start;
    }

    private static void SkipDigitsOrUnderscores(ReadOnlySpan<char> text, ref int i)
    {
        while (i < text.Length && (IsDigit(text[i]) || text[i] == '_'))
        {
            i++;
        }
    }

    // (:[0-5]?[0-9])+ starting at a ':'.
    private static bool SexagesimalGroups(ReadOnlySpan<char> text, ref int i)
    {
        var groups = 0;
        while (i < text.Length && text[i] == ':')
        {
            i++;
            if (i + 1 < text.Length && text[i] is >= '0' and <= '5' && IsDigit(text[i + 1]))
            {
                i += 2;
            }
            else if (i < text.Length && IsDigit(text[i]))
            {
                i++;
            }
            else
            {
                return false;
            }

            groups++;
        }

        return groups > 0;
    }

    private static ReadOnlySpan<char> WithoutUnderscores(ReadOnlySpan<char> text, Span<char> buffer)
    {
        if (text.IndexOf('_') < 0)
        {
            return text;
        }

        var n = 0;
        foreach (var c in text)
        {
            if (c != '_')
            {
                buffer[n++] = c;
            }
        }

        return buffer[..n];
    }

    // Go's underscoreOK for a decimal float: every '_' sits between two digits.
    private static bool GoUnderscoresBetweenDigits(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '_' && (i == 0 || i == text.Length - 1 || !IsDigit(text[i - 1]) || !IsDigit(text[i + 1])))
            {
                return false;
            }
        }

        return true;
    }

    // Go's ParseFloat reports overflow to ±Inf as an error, which makes go-yaml fall back to a string.
    private static bool TryParseFinite(ReadOnlySpan<char> text, out double value)
    {
        const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        return double.TryParse(text, Styles, CultureInfo.InvariantCulture, out value) && !double.IsInfinity(value);
    }
}
