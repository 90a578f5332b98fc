using System;
using System.Globalization;
using System.Text;

namespace HelmValues.Charts;

/// <summary>
/// Writes a float mapping key the way sigs.k8s.io/yaml turns it into a JSON key: Go's
/// <c>strconv.FormatFloat(key, 'g', -1, 32)</c>, with <c>.inf</c>, <c>-.inf</c> and <c>.nan</c> for the specials.
/// </summary>
/// <remarks>
/// The 32 is not a typo in our code: the converter (yaml.go, <c>convertToJSONableObject</c>) rounds float keys to
/// float32, so the key <c>3.14159265358979</c> becomes <c>"3.1415927"</c>, <c>1e6</c> becomes <c>"1e+06"</c> and
/// <c>1e300</c> becomes <c>".inf"</c>. Integer keys are written in decimal (<c>0x1F</c> is <c>"31"</c>) elsewhere.
/// </remarks>
internal static class GoFloatKey
{
    /// <summary>The JSON key sigs.k8s.io/yaml makes of a float64 key.</summary>
    public static string Format(double key)
    {
        var single = (float)key;
        if (float.IsNaN(single))
        {
            return ".nan";
        }

        if (float.IsInfinity(single))
        {
            return single > 0 ? ".inf" : "-.inf";
        }

        // .NET writes the shortest digits that read back as the same float32, as Go's shortest formatting does;
        // only the layout differs, so take the digits and the decimal point's position and lay them out as %g.
        var text = single.ToString("R", CultureInfo.InvariantCulture);
        var negative = text.StartsWith('-');
        if (negative)
        {
            text = text[1..];
        }

        var exponentAt = text.IndexOfAny(['E', 'e']);
        var exponent =
            exponentAt < 0 ? 0 : int.Parse(text[(exponentAt + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = exponentAt < 0 ? text : text[..exponentAt];
        var dot = mantissa.IndexOf('.');
        var digits = dot < 0 ? mantissa : mantissa.Remove(dot, 1);
        var point = (dot < 0 ? mantissa.Length : dot) + exponent;

        // Leading zeros (0.001) move the point; trailing zeros (1000) are not digits in Go's shortest form.
        var leading = digits.Length - digits.TrimStart('0').Length;
        digits = digits.TrimStart('0');
        point -= leading;
        var trimmed = digits.TrimEnd('0');
        digits = trimmed;

        var sign = negative ? "-" : "";
        if (digits.Length == 0)
        {
            return sign + "0";
        }

        // Go's %g with the shortest precision switches to %e when the exponent is below -4 or at least 6.
        var decimalExponent = point - 1;
        if (decimalExponent < -4 || decimalExponent >= 6)
        {
            var builder = new StringBuilder(sign).Append(digits[0]);
            if (digits.Length > 1)
            {
                builder.Append('.').Append(digits, 1, digits.Length - 1);
            }

            builder.Append('e').Append(decimalExponent < 0 ? '-' : '+');
            var magnitude = Math.Abs(decimalExponent);
            return builder.Append(magnitude < 10 ? "0" : "").Append(magnitude.ToString(CultureInfo.InvariantCulture)).ToString();
        }

        if (point <= 0)
        {
            return $"{sign}0.{new string('0', -point)}{digits}";
        }

        return point >= digits.Length
            ? sign + digits + new string('0', point - digits.Length)
            : $"{sign}{digits[..point]}.{digits[point..]}";
    }
}
