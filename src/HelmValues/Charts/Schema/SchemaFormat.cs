using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace HelmValues.Charts;

/// <summary>
/// A <c>format</c> Helm asserts, and its check. Helm's validator (santhosh-tekuri/jsonschema v6, without
/// <c>AssertFormat</c>) asserts formats for drafts 4, 6 and 7 only; in 2019-09 and 2020-12 (and with no <c>$schema</c>)
/// <c>format</c> is an annotation. Names it does not know are annotations in every draft.
/// </summary>
/// <remarks>
/// Each check follows v6's <c>format.go</c>, quirks included (an IPv4 octet may carry a sign, <c>+1.2.3.4</c>; lengths
/// are counted in UTF-8 bytes): the point is Helm's verdict, not the RFC's. Only strings are checked.
/// </remarks>
internal sealed partial class SchemaFormat
{
    private static readonly Dictionary<string, SchemaFormat> Known = new(StringComparer.Ordinal)
    {
        ["json-pointer"] = new("json-pointer", JsonPointer),
        ["relative-json-pointer"] = new("relative-json-pointer", RelativeJsonPointer),
        ["uuid"] = new("uuid", Uuid),
        ["duration"] = new("duration", Duration),
        ["period"] = new("period", Period),
        ["ipv4"] = new("ipv4", IPv4),
        ["ipv6"] = new("ipv6", IPv6),
        ["hostname"] = new("hostname", Hostname),
        ["email"] = new("email", Email),
        ["date"] = new("date", Date),
        ["time"] = new("time", Time),
        ["date-time"] = new("date-time", DateTime),
        ["uri"] = new("uri", Uri),
        ["iri"] = new("iri", Uri),
        ["uri-reference"] = new("uri-reference", UriReference),
        ["iri-reference"] = new("iri-reference", UriReference),
        ["uri-template"] = new("uri-template", UriTemplate),
        ["semver"] = new("semver", Semver),
        ["regex"] = new("regex", GoRegex.SyntaxError),
    };

    private readonly Func<string, string?> _check;

    private SchemaFormat(string name, Func<string, string?> check)
    {
        Name = name;
        _check = check;
    }

    /// <summary>The format's name.</summary>
    public string Name { get; }

    /// <summary>The format named <paramref name="name"/>, or null when Helm does not know it (then it is an annotation).</summary>
    public static SchemaFormat? Find(string name) => Known.GetValueOrDefault(name);

    /// <summary>Null when <paramref name="value"/> has the format; else why not.</summary>
    public string? Check(string value) => _check(value);

    private static byte[] Utf8(string value) => Encoding.UTF8.GetBytes(value);

    // RFC 6901: "" or "/..." with '~' only in "~0" and "~1".
    private static string? JsonPointer(string s)
    {
        if (s.Length == 0)
        {
            return null;
        }

        if (s[0] != '/')
        {
            return "not starting with /";
        }

        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '~' && (i + 1 >= s.Length || s[i + 1] is not ('0' or '1')))
            {
                return "~ must be followed by 0 or 1";
            }
        }

        return null;
    }

    private static string? RelativeJsonPointer(string s)
    {
        var digits = 0;
        while (digits < s.Length && char.IsAsciiDigit(s[digits]))
        {
            digits++;
        }

        if (digits == 0)
        {
            return "must start with non-negative integer";
        }

        if (digits > 1 && s[0] == '0')
        {
            return "starts with zero";
        }

        var rest = s[digits..];
        return rest == "#" ? null : JsonPointer(rest);
    }

    private static string? Uuid(string s)
    {
        int[] lengths = [8, 4, 4, 4, 12];
        var groups = s.Split('-');
        if (groups.Length != lengths.Length)
        {
            return "must have 5 elements";
        }

        for (var i = 0; i < groups.Length; i++)
        {
            // Go compares byte lengths; a non-ASCII character fails the hex check anyway.
            if (Utf8(groups[i]).Length != lengths[i])
            {
                return $"element {i + 1} must be {lengths[i]} characters long";
            }

            foreach (var c in groups[i])
            {
                if (!char.IsAsciiHexDigit(c))
                {
                    return $"non-hex character '{c}'";
                }
            }
        }

        return null;
    }

    private static string? IPv4(string s)
    {
        var groups = s.Split('.');
        if (groups.Length != 4)
        {
            return "expected four decimals";
        }

        foreach (var group in groups)
        {
            if (group.Length > 1 && group[0] == '0')
            {
                return "leading zeros";
            }

            // strconv.Atoi: an optional sign, then ASCII digits.
            if (!GoAtoi(group, out var n))
            {
                return $"invalid decimal \"{group}\"";
            }

            if (n is < 0 or > 255)
            {
                return "decimal must be between 0 and 255";
            }
        }

        return null;
    }

    private static string? IPv6(string s)
    {
        if (!s.Contains(':', StringComparison.Ordinal))
        {
            return "missing colon";
        }

        var kind = GoNetIp.Parse(Utf8(s), out var error);
        return kind switch
        {
            GoNetIp.Kind.Invalid => error,
            GoNetIp.Kind.IPv6WithZone => "zone id is not a part of ipv6 address",
            _ => null,
        };
    }

    private static string? Hostname(string value)
    {
        var s = Utf8(value).AsSpan();
        if (s.Length > 0 && s[^1] == '.')
        {
            s = s[..^1];
        }

        if (s.Length > 253)
        {
            return "more than 253 characters long";
        }

        while (true)
        {
            var dot = s.IndexOf((byte)'.');
            var label = dot < 0 ? s : s[..dot];
            if (label.Length is < 1 or > 63)
            {
                return "label must be 1 to 63 characters long";
            }

            if (label[0] == '-')
            {
                return "label starts with hyphen";
            }

            if (label[^1] == '-')
            {
                return "label ends with hyphen";
            }

            foreach (var c in label)
            {
                if (!(c is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' or (byte)'-'))
                {
                    return "invalid character in label";
                }
            }

            if (dot < 0)
            {
                break;
            }

            s = s[(dot + 1)..];
        }

        return null;
    }

    private static string? Email(string value)
    {
        var bytes = Utf8(value);
        if (bytes.Length > 254)
        {
            return "more than 254 characters long";
        }

        var at = value.LastIndexOf('@');
        if (at < 0)
        {
            return "missing @";
        }

        var local = value[..at];
        var domain = value[(at + 1)..];
        if (Utf8(local).Length > 64)
        {
            return "local part more than 64 characters long";
        }

        // v6 only checks that a quoted local part starts with a quote (it tests the prefix twice), then drops the
        // first and last characters.
        if (local.Length > 1 && local[0] == '"')
        {
            var inner = local[1..^1];
            if (inner.Contains('\\', StringComparison.Ordinal) || inner.Contains('"', StringComparison.Ordinal))
            {
                return "backslash and quote are not allowed within quoted local part";
            }
        }
        else
        {
            if (local.StartsWith('.'))
            {
                return "starts with dot";
            }

            if (local.EndsWith('.'))
            {
                return "ends with dot";
            }

            if (local.Contains("..", StringComparison.Ordinal))
            {
                return "consecutive dots";
            }

            foreach (var c in local.EnumerateRunes())
            {
                if (!(c.IsAscii && (char.IsAsciiLetterOrDigit((char)c.Value) || ".!#$%&'*+-/=?^_`{|}~".Contains((char)c.Value))))
                {
                    return $"invalid character '{c}'";
                }
            }
        }

        if (domain.StartsWith('[') && domain.EndsWith(']') && domain.Length >= 2)
        {
            var literal = domain[1..^1];
            return literal.StartsWith("IPv6:", StringComparison.Ordinal)
                ? IPv6(literal["IPv6:".Length..]) is { } v6
                    ? $"invalid ipv6 address: {v6}"
                    : null
                : IPv4(literal) is { } v4
                    ? $"invalid ipv4 address: {v4}"
                    : null;
        }

        return Hostname(domain) is { } problem ? $"invalid domain: {problem}" : null;
    }

    private static string? Uri(string s)
    {
        var url = ParseUrl(s, out var error);
        return url is null ? error
            : url.Scheme.Length == 0 ? "relative url"
            : null;
    }

    private static string? UriReference(string s) =>
        s.Contains('\\', StringComparison.Ordinal) ? "contains \\"
        : ParseUrl(s, out var error) is null ? error
        : null;

    // Braces in each path segment must pair up, not nest.
    private static string? UriTemplate(string s)
    {
        var url = ParseUrl(s, out var error);
        if (url is null)
        {
            return error;
        }

        foreach (var segment in Encoding.UTF8.GetString(url.RawPath).Split('/'))
        {
            string decoded;
            try
            {
                decoded = System.Uri.UnescapeDataString(segment);
            }
            catch (UriFormatException)
            {
                return "percent decode failed";
            }

            var open = false;
            foreach (var c in decoded)
            {
                if (c is not ('{' or '}'))
                {
                    continue;
                }

                if ((c == '{') == open)
                {
                    return "nested curly braces";
                }

                open = !open;
            }

            if (open)
            {
                return "no matching closing brace";
            }
        }

        return null;
    }

    // v6's parseURL: Go's url.Parse, then a host with a colon must be a bracketed IPv6 address without a zone.
    private static GoUrl? ParseUrl(string s, out string? error)
    {
        var url = GoUrl.Parse(s, out error);
        if (url is null)
        {
            return null;
        }

        var host = Encoding.UTF8.GetString(url.Host);
        var name = HostName(host);
        if (name.Contains(':', StringComparison.Ordinal))
        {
            if (!host.Contains('[', StringComparison.Ordinal) || !host.Contains(']', StringComparison.Ordinal))
            {
                error = "ipv6 address not enclosed in brackets";
                return null;
            }

            if (IPv6(name) is { } problem)
            {
                error = $"invalid ipv6 address: {problem}";
                return null;
            }
        }

        return url;
    }

    // URL.Hostname(): the host without its port, and without the brackets of an IPv6 literal.
    private static string HostName(string host)
    {
        if (host.StartsWith('['))
        {
            var close = host.IndexOf(']', StringComparison.Ordinal);
            return close < 0 ? host : host[1..close];
        }

        var colon = host.LastIndexOf(':');
        return colon < 0 ? host : host[..colon];
    }

    private static string? Semver(string s)
    {
        var plus = s.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0)
        {
            var build = s[(plus + 1)..];
            if (build.Length == 0)
            {
                return "build is empty";
            }

            foreach (var id in build.Split('.'))
            {
                if (id.Length == 0)
                {
                    return "build identifier is empty";
                }

                if (!id.All(static c => char.IsAsciiLetterOrDigit(c) || c == '-'))
                {
                    return "invalid character in build identifier";
                }
            }

            s = s[..plus];
        }

        var dash = s.IndexOf('-', StringComparison.Ordinal);
        if (dash >= 0)
        {
            foreach (var id in s[(dash + 1)..].Split('.'))
            {
                if (id.Length == 0)
                {
                    return "pre-release identifier is empty";
                }

                if (!id.All(static c => char.IsAsciiLetterOrDigit(c) || c == '-'))
                {
                    return "invalid character in pre-release identifier";
                }

                if (id.All(char.IsAsciiDigit) && id.Length > 1 && id[0] == '0')
                {
                    return "pre-release numeric identifier starts with zero";
                }
            }

            s = s[..dash];
        }

        var parts = s.Split('.');
        if (parts.Length != 3)
        {
            return "versionCore must have 3 numbers separated by dot";
        }

        string[] names = ["major", "minor", "patch"];
        for (var i = 0; i < 3; i++)
        {
            if (parts[i].Length == 0)
            {
                return $"{names[i]} is empty";
            }

            if (parts[i].Length > 1 && parts[i][0] == '0')
            {
                return $"{names[i]} starts with zero";
            }

            if (!parts[i].All(char.IsAsciiDigit))
            {
                return $"{names[i]} contains non-digit";
            }
        }

        return null;
    }

    // Go's strconv.Atoi in base 10: an optional sign and at least one ASCII digit, within the range of int64.
    private static bool GoAtoi(string s, out long value)
    {
        value = 0;
        var digits = s.Length > 0 && s[0] is '+' or '-' ? s[1..] : s;
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        return long.TryParse(
            s,
            System.Globalization.NumberStyles.AllowLeadingSign,
            System.Globalization.CultureInfo.InvariantCulture,
            out value
        );
    }
}
