using System.Text.RegularExpressions;

namespace HelmValues.Tests.Yaml;

/// <summary>
/// An oracle for "does a YAML parser read this plain scalar as a string?", written straight from the published
/// regular expressions and on purpose sharing no code with the production resolver.
/// </summary>
/// <remarks>
/// YAML 1.1 type repository (yaml.org/type/bool.html, int.html, float.html, null.html, timestamp.html, merge.html,
/// value.html) and the YAML 1.2.2 core schema (section 10.3.2). go-yaml v2 additions: Go integer literals after
/// removing underscores (0o17, 0X1F, 0B101), floats with an exponent but no dot (1e3), and timestamps with one-digit
/// fields; those are written as regexes too.
/// </remarks>
internal static partial class IndependentYamlOracle
{
    public static bool IsStringInEveryReader(string plain) =>
        !(
            Yaml11Bool().IsMatch(plain)
            || Yaml11Int().IsMatch(plain)
            || Yaml11Float().IsMatch(plain)
            || Yaml11Null().IsMatch(plain)
            || Yaml11Timestamp().IsMatch(plain)
            || plain is "<<" or "="
            || Core12().IsMatch(plain)
            || GoYamlV2NonString(plain)
        );

    private static bool GoYamlV2NonString(string plain)
    {
        if (plain.Length == 0 || !(char.IsAsciiDigit(plain[0]) || plain[0] is '+' or '-' or '.'))
        {
            return false;
        }

        var noUnderscores = plain.Replace("_", "");
        return GoTimestamp().IsMatch(plain) || GoInt().IsMatch(noUnderscores) || GoFloat().IsMatch(noUnderscores);
    }

    [GeneratedRegex("^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$")]
    private static partial Regex Yaml11Bool();

    [GeneratedRegex(@"^([-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+)$")]
    private static partial Regex Yaml11Int();

    [GeneratedRegex(
        @"^([-+]?([0-9][0-9_]*)?\.[0-9.]*([eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$"
    )]
    private static partial Regex Yaml11Float();

    [GeneratedRegex("^(~|null|Null|NULL|)$")]
    private static partial Regex Yaml11Null();

    [GeneratedRegex(
        @"^([0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?([Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](\.[0-9]*)?(([ \t]*)Z|[-+][0-9][0-9]?(:[0-9][0-9])?)?)$"
    )]
    private static partial Regex Yaml11Timestamp();

    [GeneratedRegex(
        @"^(null|Null|NULL|~|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?(\.inf|\.Inf|\.INF)|\.nan|\.NaN|\.NAN)$"
    )]
    private static partial Regex Core12();

    [GeneratedRegex(@"^[-+]?(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|0[0-7]*|[1-9][0-9]*)$")]
    private static partial Regex GoInt();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex GoFloat();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ][0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}([.,][0-9]+)?(Z|[-+][0-9]{2}:[0-9]{2})?)?$")]
    private static partial Regex GoTimestamp();
}
