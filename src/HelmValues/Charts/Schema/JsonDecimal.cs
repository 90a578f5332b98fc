using System;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace HelmValues.Charts;

/// <summary>
/// An exact decimal number, <c>Mantissa × 10^Exponent</c>, kept normalized (no trailing zeros in the mantissa) so that
/// equal numbers have equal fields: <c>1</c>, <c>1.0</c> and <c>10e-1</c> are one value.
/// </summary>
/// <remarks>
/// <para>
/// Helm's validator (santhosh-tekuri/jsonschema v6) compares numbers as <c>big.Rat</c> values made from their text:
/// the schema's numbers from the JSON text as written (it decodes with <c>UseNumber</c>), the values' numbers from
/// Go's <c>%v</c> of the float64 that Helm's YAML loader produced, which is the shortest text that reads back as the
/// same float64. So <c>0.07</c> is exactly 7/100 (a multiple of <c>0.01</c>), and <c>9223372036854775807</c> in a values
/// file is the float64 9223372036854775808, written <c>9.223372036854776e+18</c>, which is exactly 9223372036854776000.
/// </para>
/// <para>
/// Comparisons never build a power of ten larger than the numbers' own digits, so a schema bound such as
/// <c>1e100000000</c> costs nothing.
/// </para>
/// </remarks>
internal readonly struct JsonDecimal : IEquatable<JsonDecimal>, IComparable<JsonDecimal>
{
    // Bounds on the decimal exponent of schema numbers; far beyond any real bound, and keeps exponent arithmetic in range.
    private const long MaxExponent = 1_000_000_000;

    private JsonDecimal(BigInteger mantissa, int exponent)
    {
        Mantissa = mantissa;
        Exponent = exponent;
    }

    /// <summary>The digits, without trailing zeros (0 for zero).</summary>
    public BigInteger Mantissa { get; }

    /// <summary>The power of ten the mantissa is multiplied by (0 for zero).</summary>
    public int Exponent { get; }

    /// <summary>Zero.</summary>
    public static JsonDecimal Zero => default;

    /// <summary>True for an integral value (<c>3</c>, <c>1.0</c>, <c>1e300</c>), as <c>big.Rat.IsInt</c> says.</summary>
    public bool IsInteger => Exponent >= 0;

    /// <summary>-1, 0 or 1.</summary>
    public int Sign => Mantissa.Sign;

    /// <summary>The number a Helm value holds: the float64, as Go's <c>%v</c> writes it (shortest round-trip digits).</summary>
    public static JsonDecimal FromDouble(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "JSON numbers are finite.");
        }

        // .NET Core 3.0 and later format "R" as the shortest round-trip digits, as Go's strconv does for %v.
        return TryParse(value.ToString("R", CultureInfo.InvariantCulture), out var result)
            ? result
            : throw new InvalidOperationException($"Cannot read back {value:R}.");
    }

    /// <summary>An integer.</summary>
    public static JsonDecimal FromInteger(long value) => Normalize(value, 0);

    /// <summary>
    /// Reads a JSON number (<c>-12.5e3</c>); also accepts the <c>E+18</c> form .NET writes. False for anything else, or
    /// for an exponent beyond ±10^9.
    /// </summary>
    public static bool TryParse(string text, out JsonDecimal value)
    {
        value = default;
        var i = 0;
        var negative = false;
        if (i < text.Length && text[i] is '-' or '+')
        {
            negative = text[i] == '-';
            i++;
        }

        var digits = new StringBuilder();
        var fractionDigits = 0;
        var sawDigit = false;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            digits.Append(text[i++]);
            sawDigit = true;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                digits.Append(text[i++]);
                fractionDigits++;
                sawDigit = true;
            }
        }

        if (!sawDigit)
        {
            return false;
        }

        long exponent = 0;
        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            var negativeExponent = false;
            if (i < text.Length && text[i] is '-' or '+')
            {
                negativeExponent = text[i] == '-';
                i++;
            }

            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                exponent = Math.Min(exponent * 10 + (text[i] - '0'), MaxExponent * 10);
                i++;
            }

            if (i == start)
            {
                return false;
            }

            exponent = negativeExponent ? -exponent : exponent;
        }

        if (i != text.Length)
        {
            return false;
        }

        // Leading zeros cost nothing to keep but would make the digit count (the magnitude) wrong; strip them.
        var digitText = digits.ToString().TrimStart('0');
        var mantissa = digitText.Length == 0 ? BigInteger.Zero : BigInteger.Parse(digitText, CultureInfo.InvariantCulture);
        exponent -= fractionDigits;
        if (mantissa.IsZero)
        {
            value = default;
            return true;
        }

        if (Math.Abs(exponent) > MaxExponent)
        {
            return false;
        }

        value = Normalize(negative ? -mantissa : mantissa, exponent);
        return true;
    }

    /// <summary>True when this number divided by <paramref name="divisor"/> is an integer (exactly, as <c>big.Rat</c> says).</summary>
    /// <param name="divisor">A positive number.</param>
    public bool IsMultipleOf(JsonDecimal divisor)
    {
        if (divisor.Sign <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(divisor), "multipleOf is positive.");
        }

        if (Mantissa.IsZero)
        {
            return true;
        }

        // this / divisor = (m / d) × 10^(e - f). Both mantissas lack trailing zeros, so for e < f the quotient would
        // need 10 to divide m, which it does not.
        var shift = (long)Exponent - divisor.Exponent;
        if (shift < 0)
        {
            return false;
        }

        // Factors of 10 beyond the 2s and 5s in d change nothing, and d has fewer of those than bits: cap the shift.
        var cap = (long)divisor.Mantissa.GetBitLength();
        var scaled = BigInteger.Abs(Mantissa) * BigInteger.Pow(10, (int)Math.Min(shift, cap));
        return (scaled % divisor.Mantissa).IsZero;
    }

    /// <inheritdoc />
    public int CompareTo(JsonDecimal other)
    {
        if (Sign != other.Sign)
        {
            return Sign.CompareTo(other.Sign);
        }

        if (Sign == 0)
        {
            return 0;
        }

        var magnitude = CompareMagnitude(this, other);
        return Sign > 0 ? magnitude : -magnitude;
    }

    /// <inheritdoc />
    public bool Equals(JsonDecimal other) => Exponent == other.Exponent && Mantissa.Equals(other.Mantissa);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is JsonDecimal other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Mantissa, Exponent);

    /// <summary>The number as a user reads it: <c>42</c>, <c>0.01</c>, <c>-1.5</c>, <c>9.223372036854776e+18</c>.</summary>
    public override string ToString()
    {
        if (Mantissa.IsZero)
        {
            return "0";
        }

        var digits = BigInteger.Abs(Mantissa).ToString(CultureInfo.InvariantCulture);
        var sign = Mantissa.Sign < 0 ? "-" : "";

        // Where the decimal point falls, counted from the left of the digits (as in Go's %v): plain notation
        // between 1e-4 and 1e21, scientific outside.
        var point = (long)digits.Length + Exponent;
        if (point is > 21 or < -3)
        {
            var fraction = digits.Length > 1 ? "." + digits[1..] : "";
            var exponent = point - 1;
            return $"{sign}{digits[0]}{fraction}e{(exponent < 0 ? "-" : "+")}{Math.Abs(exponent):00}";
        }

        if (Exponent >= 0)
        {
            return sign + digits + new string('0', Exponent);
        }

        return point > 0 ? $"{sign}{digits[..(int)point]}.{digits[(int)point..]}" : $"{sign}0.{new string('0', (int)-point)}{digits}";
    }

    /// <summary>Equality.</summary>
    public static bool operator ==(JsonDecimal left, JsonDecimal right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(JsonDecimal left, JsonDecimal right) => !left.Equals(right);

    /// <summary>Less than.</summary>
    public static bool operator <(JsonDecimal left, JsonDecimal right) => left.CompareTo(right) < 0;

    /// <summary>Greater than.</summary>
    public static bool operator >(JsonDecimal left, JsonDecimal right) => left.CompareTo(right) > 0;

    /// <summary>At most.</summary>
    public static bool operator <=(JsonDecimal left, JsonDecimal right) => left.CompareTo(right) <= 0;

    /// <summary>At least.</summary>
    public static bool operator >=(JsonDecimal left, JsonDecimal right) => left.CompareTo(right) >= 0;

    private static JsonDecimal Normalize(BigInteger mantissa, long exponent)
    {
        if (mantissa.IsZero)
        {
            return default;
        }

        while ((mantissa % 10).IsZero)
        {
            mantissa /= 10;
            exponent++;
        }

        return new JsonDecimal(mantissa, checked((int)exponent));
    }

    // Compares |a| and |b| (both non-zero): first by the position of the leading digit, then digit by digit after
    // aligning the shorter mantissa, which needs a power of ten no larger than the longer mantissa's digit count.
    private static int CompareMagnitude(JsonDecimal a, JsonDecimal b)
    {
        var aDigits = DigitCount(a.Mantissa);
        var bDigits = DigitCount(b.Mantissa);
        var aLead = aDigits + a.Exponent;
        var bLead = bDigits + b.Exponent;
        if (aLead != bLead)
        {
            return aLead.CompareTo(bLead);
        }

        var aMagnitude = BigInteger.Abs(a.Mantissa);
        var bMagnitude = BigInteger.Abs(b.Mantissa);
        if (a.Exponent > b.Exponent)
        {
            aMagnitude *= BigInteger.Pow(10, a.Exponent - b.Exponent);
        }
        else if (b.Exponent > a.Exponent)
        {
            bMagnitude *= BigInteger.Pow(10, b.Exponent - a.Exponent);
        }

        return aMagnitude.CompareTo(bMagnitude);
    }

    private static long DigitCount(BigInteger value) => BigInteger.Abs(value).ToString(CultureInfo.InvariantCulture).Length;
}
