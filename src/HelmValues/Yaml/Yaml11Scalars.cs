using System;
using System.Buffers;

namespace HelmValues.Yaml;

/// <summary>
/// Says what YAML parsers make of an untagged plain (unquoted) scalar, and reads typed values the way the
/// controller does.
/// </summary>
/// <remarks>
/// <para>
/// The controller and Helm read YAML with go-yaml v2 (YAML 1.1 rules: <c>yes</c>, <c>on</c>, <c>0755</c>, <c>~</c>
/// are not strings); other tools in a GitOps chain use YAML 1.2 (<c>0o17</c> is an integer there). The writer may only
/// leave a string unquoted when every one of them reads it back as a string, so <see cref="Resolve"/> answers for the
/// union of go-yaml v2, the YAML 1.1 type repository (<c>yaml.org/type</c>) and the YAML 1.2 core schema.
/// </para>
/// <para>The reader needs the controller's own view: <see cref="ResolveGoYamlV2"/> and the <c>TryParse</c> methods.</para>
/// </remarks>
internal static class Yaml11Scalars
{
    // The first characters of every non-string form: numbers, timestamps, the words of ResolveKeyword ("~", "<<", "="
    // among them). A string that starts with anything else is a string for every reader, without further checks.
    private static readonly SearchValues<char> NonStringStarts = SearchValues.Create("0123456789+-.~<=yYnNtTfFoO");

    /// <summary>
    /// What the plain scalar <paramref name="plain"/> is for at least one of go-yaml v2, the YAML 1.1 type repository
    /// and the YAML 1.2 core schema: <see cref="YamlScalarKind.String"/> only when all three read a string.
    /// </summary>
    public static YamlScalarKind Resolve(string plain)
    {
        if (plain.Length == 0)
        {
            return YamlScalarKind.Null;
        }

        // Fast path: every non-string form starts with one of these characters.
        if (!MayStartNonString(plain[0]))
        {
            return YamlScalarKind.String;
        }

        var keyword = ResolveKeyword(plain);
        if (keyword != YamlScalarKind.String)
        {
            return keyword;
        }

        // Shapes rather than exact go-yaml behaviour: an out-of-range 0x... or a 2001-02-30 is quoted too.
        var text = plain.AsSpan();
        if (YamlNumberSyntax.IsYaml11Integer(text) || YamlNumberSyntax.IsCoreInteger(text))
        {
            return YamlScalarKind.Integer;
        }

        if (YamlNumberSyntax.IsYaml11Float(text) || YamlNumberSyntax.IsCoreFloat(text))
        {
            return YamlScalarKind.Float;
        }

        if (YamlTimestampSyntax.LooksLikeTimestamp(text))
        {
            return YamlScalarKind.Timestamp;
        }

        return YamlNumberSyntax.LooksLikeGoNumber(text) ? ResolveGoYamlV2OrNumber(plain) : YamlScalarKind.String;
    }

    /// <summary>What go-yaml v2 (<c>resolve.go</c>), and so the controller, makes of the plain scalar.</summary>
    public static YamlScalarKind ResolveGoYamlV2(string plain)
    {
        if (plain.Length == 0)
        {
            return YamlScalarKind.Null;
        }

        if (!MayStartNonString(plain[0]))
        {
            return YamlScalarKind.String;
        }

        var keyword = ResolveKeyword(plain);
        if (keyword != YamlScalarKind.String)
        {
            // '=' has no special meaning in go-yaml v2.
            return plain == "=" ? YamlScalarKind.String : keyword;
        }

        // go-yaml v2 only tries numbers and timestamps after a digit, a sign or a dot, in this order.
        var text = plain.AsSpan();
        var first = plain[0];
        if (YamlNumberSyntax.IsDigit(first) && YamlTimestampSyntax.IsGoYamlTimestamp(text))
        {
            return YamlScalarKind.Timestamp;
        }

        if (YamlNumberSyntax.ParseGoInteger(text, out _) != YamlNumberSyntax.GoInteger.None)
        {
            return YamlScalarKind.Integer;
        }

        return YamlNumberSyntax.TryParseGoFloat(text, out _) ? YamlScalarKind.Float : YamlScalarKind.String;
    }

    // A number shape that only go-yaml knows (0o17, 0X1F, 1_0.5): its go-yaml kind; out of range, still not a string.
    private static YamlScalarKind ResolveGoYamlV2OrNumber(string plain) =>
        ResolveGoYamlV2(plain) is var kind && kind != YamlScalarKind.String ? kind : YamlScalarKind.Integer;

    /// <summary>What a YAML 1.2 core-schema parser makes of the plain scalar.</summary>
    public static YamlScalarKind ResolveCore12(string plain)
    {
        switch (plain)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return YamlScalarKind.Null;
            case "true" or "True" or "TRUE" or "false" or "False" or "FALSE":
                return YamlScalarKind.Boolean;
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF" or "-.inf" or "-.Inf" or "-.INF":
            case ".nan" or ".NaN" or ".NAN":
                return YamlScalarKind.Float;
        }

        var text = plain.AsSpan();
        if (YamlNumberSyntax.IsCoreInteger(text))
        {
            return YamlScalarKind.Integer;
        }

        return YamlNumberSyntax.IsCoreFloat(text) ? YamlScalarKind.Float : YamlScalarKind.String;
    }

    /// <summary>Reads a boolean as go-yaml v2 does: <c>true</c>/<c>false</c> and <c>yes</c>, <c>no</c>, <c>on</c>, <c>off</c>, <c>y</c>, <c>n</c> in three casings.</summary>
    public static bool TryParseBoolean(string plain, out bool value)
    {
        switch (plain)
        {
            case "y" or "Y" or "yes" or "Yes" or "YES" or "true" or "True" or "TRUE" or "on" or "On" or "ON":
                value = true;
                return true;
            case "n" or "N" or "no" or "No" or "NO" or "false" or "False" or "FALSE" or "off" or "Off" or "OFF":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    /// <summary>
    /// Reads an integer as go-yaml v2 does (<c>0x1F</c> is 31, <c>0755</c> is 493, <c>0b101</c> is 5, <c>1_000</c> is
    /// 1000). False when go-yaml v2 reads something else, or an integer outside the range of <see cref="long"/>.
    /// </summary>
    public static bool TryParseInteger(string plain, out long value)
    {
        value = 0;
        return ResolveGoYamlV2(plain) == YamlScalarKind.Integer
            && YamlNumberSyntax.ParseGoInteger(plain.AsSpan(), out value) == YamlNumberSyntax.GoInteger.Int64;
    }

    /// <summary>
    /// Reads a number as go-yaml v2 does: floats (<c>1e3</c>, <c>.5</c>, <c>1_000.5</c>, <c>.inf</c>, <c>-.Inf</c>, <c>.NaN</c>)
    /// and integers in any of their forms. False for anything go-yaml v2 does not read as a number.
    /// </summary>
    public static bool TryParseFloat(string plain, out double value)
    {
        value = 0;
        switch (plain)
        {
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF":
                value = double.PositiveInfinity;
                return true;
            case "-.inf" or "-.Inf" or "-.INF":
                value = double.NegativeInfinity;
                return true;
            case ".nan" or ".NaN" or ".NAN":
                value = double.NaN;
                return true;
        }

        switch (ResolveGoYamlV2(plain))
        {
            case YamlScalarKind.Integer:
                var kind = YamlNumberSyntax.ParseGoInteger(plain.AsSpan(), out var integer);
                value = kind == YamlNumberSyntax.GoInteger.Int64 ? integer : unchecked((ulong)integer);
                return true;
            case YamlScalarKind.Float:
                return YamlNumberSyntax.TryParseGoFloat(plain.AsSpan(), out value);
            default:
                return false;
        }
    }

    /// <summary>False when a plain scalar that starts with <paramref name="c"/> is a string for every resolver: no other type starts so.</summary>
    internal static bool MayStartNonString(char c) => NonStringStarts.Contains(c);

    // The fixed words of YAML 1.1 (a superset of the YAML 1.2 core words).
    private static YamlScalarKind ResolveKeyword(string plain) =>
        plain switch
        {
            "y" or "Y" or "yes" or "Yes" or "YES" or "n" or "N" or "no" or "No" or "NO" => YamlScalarKind.Boolean,
            "true" or "True" or "TRUE" or "false" or "False" or "FALSE" => YamlScalarKind.Boolean,
            "on" or "On" or "ON" or "off" or "Off" or "OFF" => YamlScalarKind.Boolean,
            "~" or "null" or "Null" or "NULL" => YamlScalarKind.Null,
            ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF" or "-.inf" or "-.Inf" or "-.INF" => YamlScalarKind.Float,
            ".nan" or ".NaN" or ".NAN" => YamlScalarKind.Float,
            "<<" or "=" => YamlScalarKind.Other,
            _ => YamlScalarKind.String,
        };
}
