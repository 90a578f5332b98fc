using System;

namespace HelmValues.Yaml;

/// <summary>
/// Recognises YAML 1.1 timestamps without regular expressions: the loose shape that any YAML 1.1 reader may take
/// for a timestamp, and the exact forms go-yaml v2 turns into <c>time.Time</c>.
/// </summary>
internal static class YamlTimestampSyntax
{
    /// <summary>
    /// True for every text that the YAML 1.1 timestamp expression (<c>yaml.org/type/timestamp.html</c>) or go-yaml v2
    /// accepts, and a few near misses: <c>YYYY-M-D</c>, optionally followed by <c>T</c>, <c>t</c> or blanks and
    /// <c>h:m:s</c> (one or two digits each), a fraction, and a <c>Z</c> or <c>±h[h][:mm]</c> zone.
    /// </summary>
    /// <remarks>Deliberately wider than either reader: the writer only uses it to decide to quote.</remarks>
    public static bool LooksLikeTimestamp(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (!Digits(text, ref i, 4, 4) || !Literal(text, ref i, '-') || !Digits(text, ref i, 1, 2))
        {
            return false;
        }

        if (!Literal(text, ref i, '-') || !Digits(text, ref i, 1, 2))
        {
            return false;
        }

        if (i == text.Length)
        {
            return true;
        }

        if (text[i] is 'T' or 't')
        {
            i++;
        }
        else if (SkipBlanks(text, ref i) == 0)
        {
            return false;
        }

        if (!Clock(text, ref i))
        {
            return false;
        }

        if (i < text.Length && text[i] is '.' or ',')
        {
            i++;
            while (i < text.Length && YamlNumberSyntax.IsDigit(text[i]))
            {
                i++;
            }
        }

        SkipBlanks(text, ref i);
        if (i == text.Length)
        {
            return true;
        }

        if (text[i] == 'Z')
        {
            return i + 1 == text.Length;
        }

        if (text[i] is not ('+' or '-'))
        {
            return false;
        }

        i++;
        if (!Digits(text, ref i, 1, 2))
        {
            return false;
        }

        if (i < text.Length && !(Literal(text, ref i, ':') && Digits(text, ref i, 2, 2)))
        {
            return false;
        }

        return i == text.Length;
    }

    /// <summary>
    /// Exactly what go-yaml v2 reads as a timestamp: four year digits and a dash, then Go's <c>time.Parse</c> with the
    /// layouts <c>2006-1-2T15:4:5.999999999Z07:00</c>, the same with <c>t</c>, <c>2006-1-2 15:4:5.999999999</c>
    /// and <c>2006-1-2</c>, including Go's range checks (a <c>2001-02-30</c> stays a string).
    /// </summary>
    public static bool IsGoYamlTimestamp(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (!Number(text, ref i, 4, 4, out var year) || !Literal(text, ref i, '-'))
        {
            return false;
        }

        if (!Number(text, ref i, 1, 2, out var month) || !Literal(text, ref i, '-') || !Number(text, ref i, 1, 2, out var day))
        {
            return false;
        }

        if (month is < 1 or > 12 || day < 1 || day > DaysInMonth(year, month))
        {
            return false;
        }

        if (i == text.Length)
        {
            return true;
        }

        var separator = text[i++];
        if (separator is not ('T' or 't' or ' '))
        {
            return false;
        }

        if (!Number(text, ref i, 1, 2, out var hour) || !Literal(text, ref i, ':') || !Number(text, ref i, 1, 2, out var minute))
        {
            return false;
        }

        if (!Literal(text, ref i, ':') || !Number(text, ref i, 1, 2, out var second) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        // Go takes a fraction only when a digit follows the separator.
        if (i + 1 < text.Length && text[i] is '.' or ',' && YamlNumberSyntax.IsDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && YamlNumberSyntax.IsDigit(text[i]))
            {
                i++;
            }
        }

        if (separator == ' ')
        {
            return i == text.Length;
        }

        if (i < text.Length && text[i] == 'Z')
        {
            return i + 1 == text.Length;
        }

        // Z07:00 otherwise needs exactly ±hh:mm.
        if (text.Length - i != 6 || text[i] is not ('+' or '-') || text[i + 3] != ':')
        {
            return false;
        }

        i++;
        return Number(text, ref i, 2, 2, out var zoneHours)
            && Literal(text, ref i, ':')
            && Number(text, ref i, 2, 2, out var zoneMinutes)
            && zoneHours <= 24
            && zoneMinutes <= 60;
    }

    private static bool Clock(ReadOnlySpan<char> text, ref int i) =>
        Digits(text, ref i, 1, 2)
        && Literal(text, ref i, ':')
        && Digits(text, ref i, 1, 2)
        && Literal(text, ref i, ':')
        && Digits(text, ref i, 1, 2);

    private static bool Digits(ReadOnlySpan<char> text, ref int i, int min, int max) => Number(text, ref i, min, max, out _);

    private static bool Number(ReadOnlySpan<char> text, ref int i, int min, int max, out int value)
    {
        value = 0;
        var count = 0;
        while (count < max && i < text.Length && YamlNumberSyntax.IsDigit(text[i]))
        {
            value = value * 10 + (text[i] - '0');
            i++;
            count++;
        }

        return count >= min;
    }

    private static bool Literal(ReadOnlySpan<char> text, ref int i, char c)
    {
        if (i < text.Length && text[i] == c)
        {
            i++;
            return true;
        }

        return false;
    }

    private static int SkipBlanks(ReadOnlySpan<char> text, ref int i)
    {
        var start = i;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i - start;
    }

    // Go's proleptic Gregorian calendar, year 0 included (a leap year).
    private static int DaysInMonth(int year, int month) =>
        month switch
        {
            2 => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28,
            4 or 6 or 9 or 11 => 30,
            _ => 31,
        };
}
