using System;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace HelmValues.Validation;

/// <summary>
/// Kubernetes resource quantities (<c>k8s.io/apimachinery/pkg/api/resource</c>): the grammar of
/// <c>resource.ParseQuantity</c>, limited to the values Kubernetes keeps as written, in time and memory linear in the
/// text.
/// </summary>
/// <remarks>
/// <para>
/// Grammar: an optional sign, digits with at most one decimal point (at least one digit), then nothing, a binary SI
/// suffix (<c>Ki Mi Gi Ti Pi Ei</c>), a decimal SI suffix (<c>n u m k M G T P E</c>) or a decimal exponent (<c>e</c>
/// or <c>E</c>, an optional sign, digits that fit in 64 bits, as Kubernetes parses them).
/// </para>
/// <para>
/// Refused although <c>ParseQuantity</c> takes them, because Kubernetes would not keep the value written: a magnitude
/// above 2^63-1 (Kubernetes caps it), a value finer than 1n (it rounds it up), and a negative value (pod specs, where
/// quantities live, refuse them). Also refused: <c>.</c>, <c>+</c> and <c>-</c> alone, which its scanner reads as 0
/// but its documented grammar does not allow. What is left fits in 29 significant digits, so a loaded quantity is
/// always cheap to canonicalize and write.
/// </para>
/// </remarks>
internal static class Quantities
{
    /// <summary>The largest magnitude Kubernetes keeps, 2^63-1.</summary>
    public const long MaxValue = long.MaxValue;

    // Beyond this exponent no digit string within the input size limit can bring the value back into range, so the
    // exact exponent no longer matters and the arithmetic below cannot overflow.
    private const long ExponentClamp = 1_000_000_000_000;

    private const int NanoScale = 9;
    private const int ShownCharacters = 40;

    private static readonly BigInteger MaxNanos = new BigInteger(MaxValue) * BigInteger.Pow(10, NanoScale);

    /// <summary>
    /// Checks <paramref name="text"/> and gives it in a short form with the same value and suffix kind (leading and
    /// trailing zeros removed, a decimal exponent folded), which <c>k8s.Models.ResourceQuantity</c> parses cheaply.
    /// </summary>
    /// <returns>False with the reason (a sentence that follows a path) when the text is refused.</returns>
    public static bool TryParse(string text, out string normalized, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        normalized = "";
        error = null;
        var s = text.AsSpan();
        var i = 0;
        var negative = false;
        if (s.Length > 0 && s[0] is '+' or '-')
        {
            negative = s[0] == '-';
            i++;
        }

        var integerStart = i;
        i = SkipDigits(s, i);
        var integer = s[integerStart..i];
        var fraction = ReadOnlySpan<char>.Empty;
        if (i < s.Length && s[i] == '.')
        {
            var fractionStart = ++i;
            i = SkipDigits(s, i);
            fraction = s[fractionStart..i];
        }

        if (integer.Length + fraction.Length == 0 || !TryReadSuffix(s[i..], out var suffix))
        {
            error = $"must be a Kubernetes resource quantity such as 100m, 1.5Gi or 2 (is {Show(text)})";
            return false;
        }

        if (suffix.ExponentOverflows)
        {
            error = $"has an exponent that does not fit in 64 bits, which Kubernetes refuses (is {Show(text)})";
            return false;
        }

        var digits = new Digits(integer, fraction);
        if (digits.IsZero)
        {
            normalized = "0";
            return true;
        }

        if (negative)
        {
            error = $"must not be negative: Kubernetes refuses negative resource quantities (is {Show(text)})";
            return false;
        }

        error = CheckRange(digits, suffix, text);
        if (error is not null)
        {
            return false;
        }

        normalized = Normalize(digits, suffix, s[i..]);
        return true;
    }

    private static int SkipDigits(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        return i;
    }

    private static bool TryReadSuffix(ReadOnlySpan<char> s, out Suffix suffix)
    {
        int? decimalSi = s switch
        {
            "" => 0,
            "n" => -9,
            "u" => -6,
            "m" => -3,
            "k" => 3,
            "M" => 6,
            "G" => 9,
            "T" => 12,
            "P" => 15,
            "E" => 18,
            _ => null,
        };
        int? binarySi = s switch
        {
            "Ki" => 10,
            "Mi" => 20,
            "Gi" => 30,
            "Ti" => 40,
            "Pi" => 50,
            "Ei" => 60,
            _ => null,
        };
        suffix = new Suffix(decimalSi ?? 0, binarySi ?? 0, false, false);
        if (decimalSi is not null || binarySi is not null)
        {
            return true;
        }

        return s.Length >= 2 && s[0] is 'e' or 'E' && TryReadExponent(s[1..], out suffix);
    }

    // strconv.ParseInt(s, 10, 64): an optional sign and one or more digits; leading zeros are fine.
    private static bool TryReadExponent(ReadOnlySpan<char> s, out Suffix suffix)
    {
        suffix = default;
        var negative = s[0] == '-';
        if (s[0] is '+' or '-')
        {
            s = s[1..];
        }

        if (s.IsEmpty || SkipDigits(s, 0) != s.Length)
        {
            return false;
        }

        s = s.TrimStart('0');
        var overflows = !long.TryParse(s.IsEmpty ? "0" : s, NumberStyles.None, CultureInfo.InvariantCulture, out var magnitude);
        if (negative && s.SequenceEqual("9223372036854775808"))
        {
            (overflows, magnitude) = (false, long.MaxValue);
        }

        var exponent = Math.Clamp(negative ? -magnitude : magnitude, -ExponentClamp, ExponentClamp);
        suffix = new Suffix(exponent, 0, true, overflows);
        return true;
    }

    private static string? CheckRange(Digits digits, Suffix suffix, string text)
    {
        // The value is D × 10^p × 2^k with D the significant digits, D < 10^(top - p + 1).
        var p = digits.LowestPower + suffix.Exponent;
        var top = digits.HighestPower + suffix.Exponent;
        var tooLarge = $"is larger than Kubernetes allows (2^63-1, about 8Ei); it would cap it (is {Show(text)})";
        var tooFine = $"is finer than Kubernetes keeps (1n, a billionth); it would round it up (is {Show(text)})";
        if (top >= 19)
        {
            return tooLarge;
        }

        // 10^m divides D × 2^k only when m ≤ k, since D has no trailing zero.
        if (p < -NanoScale - suffix.BinaryShift)
        {
            return tooFine;
        }

        // Here D has at most 19 + 9 + 60 digits: exact arithmetic is cheap.
        var nanos = BigInteger.Parse(digits.Significant(), NumberStyles.None, CultureInfo.InvariantCulture) << suffix.BinaryShift;
        var shift = (int)(p + NanoScale);
        if (shift < 0)
        {
            var divisor = BigInteger.Pow(10, -shift);
            if (!(nanos % divisor).IsZero)
            {
                return tooFine;
            }

            nanos /= divisor;
        }
        else
        {
            nanos *= BigInteger.Pow(10, shift);
        }

        return nanos > MaxNanos ? tooLarge : null;
    }

    private static string Normalize(Digits digits, Suffix suffix, ReadOnlySpan<char> suffixText)
    {
        if (suffix.IsExponent)
        {
            // Same value, still a decimal exponent: the significant digits and the power of the last one.
            return string.Create(CultureInfo.InvariantCulture, $"{digits.Significant()}e{digits.LowestPower + suffix.Exponent}");
        }

        var builder = new StringBuilder();
        builder.Append(digits.TrimmedInteger.IsEmpty ? "0" : digits.TrimmedInteger);
        if (!digits.TrimmedFraction.IsEmpty)
        {
            builder.Append('.').Append(digits.TrimmedFraction);
        }

        return builder.Append(suffixText).ToString();
    }

    private static string Show(string text) =>
        text.Length <= ShownCharacters
            ? $"\"{text}\""
            : string.Create(CultureInfo.InvariantCulture, $"\"{text.AsSpan(0, ShownCharacters)}…\", {text.Length} characters");

    // Exponent: the power of ten of the suffix; BinaryShift: the power of two (Ki = 10 … Ei = 60).
    private readonly record struct Suffix(long Exponent, int BinaryShift, bool IsExponent, bool ExponentOverflows);

    // The digits of integer.fraction without leading and trailing zeros, and the powers of ten of the first and last.
    private readonly ref struct Digits
    {
        public Digits(ReadOnlySpan<char> integer, ReadOnlySpan<char> fraction)
        {
            TrimmedInteger = integer.TrimStart('0');
            TrimmedFraction = fraction.TrimEnd('0');
            var fractionLead = TrimmedInteger.IsEmpty ? TrimmedFraction.Length - TrimmedFraction.TrimStart('0').Length : 0;
            IsZero = TrimmedInteger.IsEmpty && TrimmedFraction.IsEmpty;
            HighestPower = TrimmedInteger.IsEmpty ? -1 - fractionLead : TrimmedInteger.Length - 1;
            var integerTrail = TrimmedInteger.Length - TrimmedInteger.TrimEnd('0').Length;
            LowestPower = TrimmedFraction.IsEmpty ? integerTrail : -TrimmedFraction.Length;
        }

        public ReadOnlySpan<char> TrimmedInteger { get; }

        public ReadOnlySpan<char> TrimmedFraction { get; }

        public bool IsZero { get; }

        public long HighestPower { get; }

        public long LowestPower { get; }

        // Called only once the range is checked, so it is short.
        public string Significant()
        {
            var all = string.Concat(TrimmedInteger, TrimmedFraction).TrimStart('0');
            return all.TrimEnd('0');
        }
    }
}
