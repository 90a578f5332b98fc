using System;
using System.Text;

namespace HelmValues.Charts;

/// <summary>The date and time formats, as v6's <c>format.go</c> checks them (on UTF-8 bytes, as Go indexes strings).</summary>
internal sealed partial class SchemaFormat
{
    // Go's time.Parse("2006-01-02", s): exactly four year digits, two month digits, two day digits, a real day.
    private static string? Date(string value) => DateBytes(Encoding.UTF8.GetBytes(value));

    private static string? DateBytes(ReadOnlySpan<byte> s)
    {
        if (s.Length != 10 || s[4] != '-' || s[7] != '-' || !Digits(s[..4]) || !Digits(s.Slice(5, 2)) || !Digits(s.Slice(8, 2)))
        {
            return "not a date in the form YYYY-MM-DD";
        }

        var year = Number(s[..4]);
        var month = Number(s.Slice(5, 2));
        var day = Number(s.Slice(8, 2));
        if (month is < 1 or > 12)
        {
            return "month out of range";
        }

        // Go validates the day after parsing, with Gregorian leap years (year 0 is a leap year).
        var leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        int[] days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
        return day < 1 || day > days[month - 1] ? "day out of range" : null;
    }

    private static string? Time(string value) => TimeBytes(Encoding.UTF8.GetBytes(value));

    // hh:mm:ss[.frac](Z|z|+hh:mm|-hh:mm), with a leap second only at 23:59 UTC. Each two-character number goes through
    // strconv.Atoi, which accepts a sign ("+1"): v6 does too.
    private static string? TimeBytes(ReadOnlySpan<byte> s)
    {
        if (s.Length < 9)
        {
            return "less than 9 characters long";
        }

        if (s[2] != ':' || s[5] != ':')
        {
            return "missing colon in correct place";
        }

        if (!TwoDigitAtoi(s[..2], out var h) || !TwoDigitAtoi(s.Slice(3, 2), out var m) || !TwoDigitAtoi(s.Slice(6, 2), out var sec))
        {
            return "invalid hour/min/sec";
        }

        if (h < 0 || m < 0 || sec < 0)
        {
            return "non-positive hour/min/sec";
        }

        if (h > 23 || m > 59 || sec > 60)
        {
            return "hour/min/sec out of range";
        }

        s = s[8..];
        if (s.Length > 0 && s[0] == '.')
        {
            var digits = 1;
            while (digits < s.Length && s[digits] is >= (byte)'0' and <= (byte)'9')
            {
                digits++;
            }

            if (digits == 1)
            {
                return "no digits in second fraction";
            }

            s = s[digits..];
        }

        if (!(s.Length == 1 && s[0] is (byte)'z' or (byte)'Z'))
        {
            if (s.Length != 6)
            {
                return "offset must be 6 characters long";
            }

            int sign;
            switch (s[0])
            {
                case (byte)'+':
                    sign = -1;
                    break;
                case (byte)'-':
                    sign = 1;
                    break;
                default:
                    return "offset must begin with plus/minus";
            }

            if (s[3] != ':')
            {
                return "missing colon in offset in correct place";
            }

            if (!TwoDigitAtoi(s.Slice(1, 2), out var zh) || !TwoDigitAtoi(s.Slice(4, 2), out var zm))
            {
                return "invalid hour/min in offset";
            }

            if (zh < 0 || zm < 0)
            {
                return "non-positive hour/min in offset";
            }

            if (zh > 23 || zm > 59)
            {
                return "hour/min in offset out of range";
            }

            // The leap second check below is in UTC.
            var minutes = h * 60 + m + sign * (zh * 60 + zm);
            if (minutes < 0)
            {
                minutes += 24 * 60;
            }

            (h, m) = (minutes / 60, minutes % 60);
        }

        return sec >= 60 && (h != 23 || m != 59) ? "invalid leap second" : null;
    }

    private static string? DateTime(string value)
    {
        var s = Encoding.UTF8.GetBytes(value).AsSpan();
        if (s.Length < 20)
        {
            return "less than 20 characters long";
        }

        if (s[10] is not ((byte)'t' or (byte)'T'))
        {
            return "11th character must be t or T";
        }

        if (DateBytes(s[..10]) is { } date)
        {
            return $"invalid date element: {date}";
        }

        return TimeBytes(s[11..]) is { } time ? $"invalid time element: {time}" : null;
    }

    // ISO 8601 durations as RFC 3339 appendix A has them: PnW, or PnYnMnD and/or TnHnMnS, units in order.
    private static string? Duration(string s)
    {
        if (!s.StartsWith('P'))
        {
            return "must start with P";
        }

        s = s[1..];
        if (s.Length == 0)
        {
            return "nothing after P";
        }

        if (s.EndsWith('W'))
        {
            var weeks = s[..^1];
            return weeks.Length == 0 ? "no number in week"
                : weeks.AsSpan().ContainsAnyExcept("0123456789") ? "invalid week"
                : null;
        }

        string[] allUnits = ["YMD", "HMS"];
        var parts = s.Split('T');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (i != 0 && part.Length == 0)
            {
                return "no time elements";
            }

            if (i >= allUnits.Length)
            {
                return "more than one T";
            }

            var units = allUnits[i];
            while (part.Length > 0)
            {
                var digits = 0;
                while (digits < part.Length && char.IsAsciiDigit(part[digits]))
                {
                    digits++;
                }

                if (digits == 0)
                {
                    return "missing number";
                }

                part = part[digits..];
                if (part.Length == 0)
                {
                    return "missing unit";
                }

                var at = units.IndexOf(part[0], StringComparison.Ordinal);
                if (at < 0)
                {
                    return allUnits[i].Contains(part[0], StringComparison.Ordinal)
                        ? $"unit '{part[0]}' out of order"
                        : $"invalid unit '{part[0]}'";
                }

                units = units[(at + 1)..];
                part = part[1..];
            }
        }

        return null;
    }

    // start/end, start/duration or duration/end.
    private static string? Period(string s)
    {
        var slash = s.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return "missing slash";
        }

        var (start, end) = (s[..slash], s[(slash + 1)..]);
        if (start.StartsWith('P'))
        {
            return Duration(start) is { } d ? $"invalid start duration: {d}"
                : DateTime(end) is { } e ? $"invalid end date-time: {e}"
                : null;
        }

        if (DateTime(start) is { } problem)
        {
            return $"invalid start date-time: {problem}";
        }

        if (end.StartsWith('P'))
        {
            return Duration(end) is { } d ? $"invalid end duration: {d}" : null;
        }

        return DateTime(end) is { } endProblem ? $"invalid end date-time: {endProblem}" : null;
    }

    private static bool Digits(ReadOnlySpan<byte> s)
    {
        foreach (var b in s)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
        }

        return true;
    }

    private static int Number(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        foreach (var b in digits)
        {
            value = value * 10 + (b - '0');
        }

        return value;
    }

    // strconv.Atoi on two bytes: "07", "+7", "-7".
    private static bool TwoDigitAtoi(ReadOnlySpan<byte> s, out int value)
    {
        value = 0;
        var negative = false;
        if (s[0] is (byte)'+' or (byte)'-')
        {
            negative = s[0] == '-';
            s = s[1..];
        }

        if (s.Length == 0 || !Digits(s))
        {
            return false;
        }

        value = Number(s) * (negative ? -1 : 1);
        return true;
    }
}
