using System;
using System.Globalization;

namespace HelmValues.Yaml;

/// <summary>Formats numbers as plain scalars that YAML 1.1 and YAML 1.2 both read back as the same number.</summary>
internal static class YamlNumberFormat
{
    /// <summary>
    /// The shortest text that round-trips <paramref name="value"/>, shaped so it stays a float everywhere: YAML 1.1
    /// needs a dot in the mantissa and a signed exponent (<c>1.0</c>, <c>1.0e+20</c>, <c>1.5e-7</c>);
    /// infinities and NaN are <c>.inf</c>, <c>-.inf</c>, <c>.nan</c>.
    /// </summary>
    public static string FormatDouble(double value)
    {
        if (double.IsNaN(value))
        {
            return ".nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? ".inf" : "-.inf";
        }

        // "R" is the shortest round-trip form on .NET Core 3.0 and later: "1", "0.5", "1E+20", "1.5E-07", "-0".
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var exponentAt = text.IndexOf('E');
        var mantissa = exponentAt < 0 ? text.AsSpan() : text.AsSpan(0, exponentAt);
        var needsDot = mantissa.IndexOf('.') < 0;
        if (exponentAt < 0)
        {
            return needsDot ? text + ".0" : text;
        }

        var sign = text[exponentAt + 1];
        var digits = text.AsSpan(exponentAt + 2).TrimStart('0');
        return string.Concat(mantissa, needsDot ? ".0e" : "e", sign.ToString(), digits.IsEmpty ? "0" : digits);
    }

    /// <summary>The decimal text of <paramref name="value"/>, invariant culture.</summary>
    public static string FormatInteger(long value) => value.ToString(CultureInfo.InvariantCulture);
}
