using System;
using System.Text;

namespace HelmValues.Kubernetes;

/// <summary>
/// Builds the <c>.dockerconfigjson</c> bytes exactly as <c>kubectl create secret docker-registry</c> does, so a
/// Secret we write and one kubectl creates are identical, and re-running either leaves no diff.
/// </summary>
/// <remarks>
/// kubectl marshals <c>{"auths":{server:{"username","password","email" (omitted when empty),"auth"}}}</c> with Go's
/// <c>encoding/json</c>: compact, fields in that order, <c>auth</c> = base64("username:password"), and Go's string
/// escaping, which differs from System.Text.Json's: <c>&lt; &gt; &amp;</c> become <c>\u003c \u003e \u0026</c>,
/// control characters use <c>\b \f \n \r \t</c> or <c>\u00xx</c> (lower-case hex), U+2028 and U+2029 are escaped,
/// and every other character, including non-ASCII ones, is written as UTF-8.
/// </remarks>
internal static class DockerConfigJsonEncoder
{
    public const string Key = ".dockerconfigjson";

    private const string HexDigits = "0123456789abcdef";

    public static byte[] Encode(string server, string username, string password, string? email)
    {
        var json = new StringBuilder(128);
        json.Append("{\"auths\":{");
        AppendString(json, server);
        json.Append(":{\"username\":");
        AppendString(json, username);
        json.Append(",\"password\":");
        AppendString(json, password);
        if (!string.IsNullOrEmpty(email))
        {
            json.Append(",\"email\":");
            AppendString(json, email);
        }

        json.Append(",\"auth\":\"");
        json.Append(Convert.ToBase64String(Encoding.UTF8.GetBytes(username + ":" + password)));
        json.Append("\"}}}");
        return Encoding.UTF8.GetBytes(json.ToString());
    }

    private static void AppendString(StringBuilder json, string value)
    {
        json.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    json.Append("\\\"");
                    break;
                case '\\':
                    json.Append("\\\\");
                    break;
                case '\b':
                    json.Append("\\b");
                    break;
                case '\f':
                    json.Append("\\f");
                    break;
                case '\n':
                    json.Append("\\n");
                    break;
                case '\r':
                    json.Append("\\r");
                    break;
                case '\t':
                    json.Append("\\t");
                    break;
                case < ' ' or '<' or '>' or '&' or '\u2028' or '\u2029':
                    json.Append("\\u").Append(HexDigits[c >> 12]).Append(HexDigits[(c >> 8) & 0xF]);
                    json.Append(HexDigits[(c >> 4) & 0xF]).Append(HexDigits[c & 0xF]);
                    break;
                default:
                    json.Append(c);
                    break;
            }
        }

        json.Append('"');
    }

    /// <summary>True when <paramref name="value"/> has an unpaired UTF-16 surrogate, which has no UTF-8 form.</summary>
    public static bool HasUnpairedSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return true;
            }
        }

        return false;
    }
}
