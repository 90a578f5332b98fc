using System;
using System.Globalization;
using System.Text;

namespace HelmValues.Yaml;

/// <summary>
/// Converts between <see cref="TimeSpan"/> and the duration strings of Go's <c>time.ParseDuration</c>, which the
/// controller uses for keys such as <c>job-ttl</c> and <c>poll-interval</c>.
/// </summary>
/// <example>
/// <code>
/// GoDuration.Format(TimeSpan.FromMinutes(90));        // "1h30m"
/// GoDuration.Format(TimeSpan.FromMilliseconds(1500)); // "1s500ms"
/// GoDuration.TryParse("2.5h", out var d);             // true, 02:30:00
/// </code>
/// </example>
public static class GoDuration
{
    /// <summary>The largest duration Go can hold: 2562047h47m16.854775807s, in whole <see cref="TimeSpan"/> ticks.</summary>
    public static readonly TimeSpan MaxValue = TimeSpan.FromTicks(long.MaxValue / NanosecondsPerTick);

    /// <summary>The smallest (most negative) duration Go can hold, in whole <see cref="TimeSpan"/> ticks.</summary>
    public static readonly TimeSpan MinValue = TimeSpan.FromTicks(-(long.MaxValue / NanosecondsPerTick));

    private const long NanosecondsPerTick = 100;
    private const ulong MaxMagnitude = 1UL << 63;

    /// <summary>
    /// Formats <paramref name="value"/> as a compact Go duration: <c>1h30m</c>, <c>15m</c>, <c>1m30s</c>,
    /// <c>500ms</c>, <c>1s500ms</c>, <c>1us200ns</c>, <c>0s</c>, <c>-5m</c>. Go's <c>time.ParseDuration</c> reads it
    /// back as exactly the same duration.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside <see cref="MinValue"/>..<see cref="MaxValue"/> (about ±292 years), which Go cannot hold.</exception>
    public static string Format(TimeSpan value)
    {
        if (value > MaxValue || value < MinValue)
        {
            throw new ArgumentOutOfRangeException(
                nameof(value),
                value,
                "Go durations are limited to about ±292 years (int64 nanoseconds)."
            );
        }

        if (value == TimeSpan.Zero)
        {
            return "0s";
        }

        var ticks = value.Ticks;
        var builder = new StringBuilder(24);
        if (ticks < 0)
        {
            builder.Append('-');
            ticks = -ticks;
        }

        Append(builder, ticks / TimeSpan.TicksPerHour, "h");
        Append(builder, ticks / TimeSpan.TicksPerMinute % 60, "m");
        Append(builder, ticks / TimeSpan.TicksPerSecond % 60, "s");
        Append(builder, ticks / TimeSpan.TicksPerMillisecond % 1000, "ms");
        Append(builder, ticks / 10 % 1000, "us");
        Append(builder, ticks % 10 * NanosecondsPerTick, "ns");
        return builder.ToString();
    }

    /// <summary>
    /// Parses a Go duration string with the grammar of Go's <c>time.ParseDuration</c>: an optional sign, then one or
    /// more decimal numbers with optional fraction and a unit (<c>ns</c>, <c>us</c>, <c>µs</c>, <c>μs</c>, <c>ms</c>,
    /// <c>s</c>, <c>m</c>, <c>h</c>), or the lone <c>0</c>. Examples: <c>300ms</c>, <c>-1.5h</c>, <c>2h45m</c>.
    /// </summary>
    /// <returns>
    /// False when Go would refuse the text, and when the duration is not a whole number of 100 ns ticks
    /// (<c>1ns</c>), since <see cref="TimeSpan"/> could not hold it exactly.
    /// </returns>
    public static bool TryParse(string? text, out TimeSpan value) => TryParse(text, out value, out _);

    /// <summary>Like <see cref="TryParse(string?, out TimeSpan)"/>, with the reason for a refusal.</summary>
    internal static bool TryParse(string? text, out TimeSpan value, out string? error)
    {
        value = TimeSpan.Zero;
        if (!TryParseNanoseconds(text, out var nanoseconds, out error))
        {
            return false;
        }

        if (nanoseconds % NanosecondsPerTick != 0)
        {
            error = $"\"{text}\" is not a whole number of 100-nanosecond ticks, so TimeSpan cannot hold it exactly";
            return false;
        }

        value = TimeSpan.FromTicks(nanoseconds / NanosecondsPerTick);
        return true;
    }

    /// <summary>Go's <c>time.ParseDuration</c>, step by step, including its float arithmetic for fractions.</summary>
    internal static bool TryParseNanoseconds(string? text, out long nanoseconds, out string? error)
    {
        nanoseconds = 0;
        error = null;
        if (text is null)
        {
            error = "a duration is required";
            return false;
        }

        var s = text.AsSpan();
        var negative = false;
        if (s.Length > 0 && s[0] is '-' or '+')
        {
            negative = s[0] == '-';
            s = s[1..];
        }

        if (s is "0")
        {
            return true;
        }

        if (s.IsEmpty)
        {
            return Invalid(text, out error);
        }

        ulong total = 0;
        while (!s.IsEmpty)
        {
            if (!(s[0] == '.' || IsDigit(s[0])))
            {
                return Invalid(text, out error);
            }

            var before = s.Length;
            if (!TryLeadingInt(ref s, out var whole))
            {
                return Invalid(text, out error);
            }

            var hasWhole = before != s.Length;
            var hasFraction = false;
            ulong fraction = 0;
            var scale = 1.0;
            if (!s.IsEmpty && s[0] == '.')
            {
                s = s[1..];
                var afterDot = s.Length;
                LeadingFraction(ref s, out fraction, out scale);
                hasFraction = afterDot != s.Length;
            }

            if (!hasWhole && !hasFraction)
            {
                return Invalid(text, out error);
            }

            var unitLength = 0;
            while (unitLength < s.Length && !(s[unitLength] == '.' || IsDigit(s[unitLength])))
            {
                unitLength++;
            }

            if (unitLength == 0)
            {
                error = $"\"{text}\" has a number without a unit (ns, us, ms, s, m or h)";
                return false;
            }

            var unitText = s[..unitLength];
            s = s[unitLength..];
            var unit = UnitNanoseconds(unitText);
            if (unit == 0)
            {
                error = $"\"{text}\" has the unknown unit \"{unitText.ToString()}\" (use ns, us, ms, s, m or h)";
                return false;
            }

            if (whole > MaxMagnitude / unit)
            {
                return Invalid(text, out error);
            }

            whole *= unit;
            if (fraction > 0)
            {
                // Go: v += uint64(float64(f) * (float64(unit) / scale)), truncated like a Go conversion.
                whole += (ulong)((double)fraction * ((double)unit / scale));
                if (whole > MaxMagnitude)
                {
                    return Invalid(text, out error);
                }
            }

            total += whole;
            if (total > MaxMagnitude)
            {
                return Invalid(text, out error);
            }
        }

        if (negative)
        {
            nanoseconds = total == MaxMagnitude ? long.MinValue : -(long)total;
            return true;
        }

        if (total > long.MaxValue)
        {
            return Invalid(text, out error);
        }

        nanoseconds = (long)total;
        return true;
    }

    private static bool Invalid(string text, out string error)
    {
        error = $"\"{text}\" is not a Go duration (examples: \"30s\", \"15m\", \"1h30m\", \"500ms\")";
        return false;
    }

    // Go's leadingInt: consumes [0-9]*, fails when the value passes 1<<63.
    private static bool TryLeadingInt(ref ReadOnlySpan<char> s, out ulong value)
    {
        value = 0;
        var i = 0;
        for (; i < s.Length && IsDigit(s[i]); i++)
        {
            if (value > MaxMagnitude / 10)
            {
                return false;
            }

            value = value * 10 + (ulong)(s[i] - '0');
            if (value > MaxMagnitude)
            {
                return false;
            }
        }

        s = s[i..];
        return true;
    }

    // Go's leadingFraction: consumes [0-9]*, and stops accumulating (but keeps consuming) once precision is exhausted.
    private static void LeadingFraction(ref ReadOnlySpan<char> s, out ulong value, out double scale)
    {
        value = 0;
        scale = 1;
        var overflow = false;
        var i = 0;
        for (; i < s.Length && IsDigit(s[i]); i++)
        {
            if (overflow)
            {
                continue;
            }

            if (value > (MaxMagnitude - 1) / 10)
            {
                overflow = true;
                continue;
            }

            var next = value * 10 + (ulong)(s[i] - '0');
            if (next > MaxMagnitude)
            {
                overflow = true;
                continue;
            }

            value = next;
            scale *= 10;
        }

        s = s[i..];
    }

    private static ulong UnitNanoseconds(ReadOnlySpan<char> unit) =>
        unit switch
        {
            "ns" => 1,
            "us" or "\u00B5s" or "\u03BCs" => 1_000,
            "ms" => 1_000_000,
            "s" => 1_000_000_000,
            "m" => 60_000_000_000,
            "h" => 3_600_000_000_000,
            _ => 0,
        };

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static void Append(StringBuilder builder, long amount, string unit)
    {
        if (amount != 0)
        {
            builder.Append(amount.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }
}
