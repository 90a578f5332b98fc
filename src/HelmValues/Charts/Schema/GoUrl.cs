using System;
using System.Text;

namespace HelmValues.Charts;

/// <summary>
/// Go's <c>net/url.Parse</c>, as far as the <c>uri</c>, <c>uri-reference</c> and <c>uri-template</c> formats need it:
/// whether it accepts the text, and the scheme, host and raw path it finds.
/// </summary>
/// <remarks>
/// Follows current Go: a '[' is only allowed at the start of the host and must hold an IPv6 address (the CVE-2025-47912
/// fix in Go 1.24.8/1.25.2), and the first ':' of a host without brackets starts the port, which must be digits (whether
/// Go takes the first or the last ':' makes no difference to the formats, whose own host check refuses a colon outside
/// brackets). Works on UTF-8 bytes, as Go does.
/// </remarks>
internal sealed class GoUrl
{
    private GoUrl() { }

    /// <summary>The scheme, lower-cased; empty for a relative reference.</summary>
    public string Scheme { get; private set; } = "";

    /// <summary>The host (and port), unescaped; empty when there is no authority.</summary>
    public byte[] Host { get; private set; } = [];

    /// <summary>The path as written when Go's default encoding of the decoded path differs from it; else empty (Go's <c>RawPath</c>).</summary>
    public byte[] RawPath { get; private set; } = [];

    /// <summary>Parses <paramref name="text"/>; null with Go's reason in <paramref name="error"/> when it fails.</summary>
    public static GoUrl? Parse(string text, out string? error)
    {
        var raw = Encoding.UTF8.GetBytes(text);
        var hash = Array.IndexOf(raw, (byte)'#');
        var main = hash < 0 ? raw : raw[..hash];
        var url = ParseMain(main, out error);
        if (url is null || hash < 0 || hash == raw.Length - 1)
        {
            return url;
        }

        error = Unescape(raw.AsSpan(hash + 1), Mode.Fragment, out _);
        return error is null ? url : null;
    }

    private static GoUrl? ParseMain(byte[] raw, out string? error)
    {
        error = null;
        foreach (var b in raw)
        {
            if (b < 0x20 || b == 0x7F)
            {
                error = "net/url: invalid control character in URL";
                return null;
            }
        }

        var url = new GoUrl();
        if (raw is [(byte)'*'])
        {
            return url;
        }

        if (!TrySplitScheme(raw, out var scheme, out var rest))
        {
            error = "missing protocol scheme";
            return null;
        }

        url.Scheme = scheme.ToLowerInvariant();
        var questions = rest.AsSpan().Count((byte)'?');
        if (rest.Length > 0 && rest[^1] == '?' && questions == 1)
        {
            rest = rest[..^1];
        }
        else if (Array.IndexOf(rest, (byte)'?') is var q && q >= 0)
        {
            // The query is kept as written and never checked.
            rest = rest[..q];
        }

        var startsWithSlash = rest.Length > 0 && rest[0] == '/';
        if (!startsWithSlash)
        {
            if (url.Scheme.Length > 0)
            {
                // scheme:opaque; Go checks nothing more.
                return url;
            }

            var slash = Array.IndexOf(rest, (byte)'/');
            var segment = slash < 0 ? rest : rest[..slash];
            if (Array.IndexOf(segment, (byte)':') >= 0)
            {
                error = "first path segment in URL cannot contain colon";
                return null;
            }
        }

        var path = rest;
        var startsWithAuthority = rest.Length >= 2 && rest[0] == '/' && rest[1] == '/';
        var startsWithTripleSlash = rest.Length >= 3 && startsWithAuthority && rest[2] == '/';
        if ((url.Scheme.Length > 0 || !startsWithTripleSlash) && startsWithAuthority)
        {
            var afterSlashes = rest[2..];
            var slash = Array.IndexOf(afterSlashes, (byte)'/');
            var authority = slash < 0 ? afterSlashes : afterSlashes[..slash];
            path = slash < 0 ? [] : afterSlashes[slash..];
            error = ParseAuthority(authority, out var host);
            if (error is not null)
            {
                return null;
            }

            url.Host = host;
        }

        error = Unescape(path, Mode.Path, out var decoded);
        if (error is not null)
        {
            return null;
        }

        url.RawPath = Escape(decoded, Mode.Path).AsSpan().SequenceEqual(path) ? [] : path;
        return url;
    }

    // getScheme: [a-zA-Z][a-zA-Z0-9+.-]* followed by ':'; false only for a leading ':'.
    private static bool TrySplitScheme(byte[] raw, out string scheme, out byte[] rest)
    {
        scheme = "";
        rest = raw;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z')
            {
                continue;
            }

            if (c is >= (byte)'0' and <= (byte)'9' or (byte)'+' or (byte)'-' or (byte)'.')
            {
                if (i == 0)
                {
                    return true;
                }

                continue;
            }

            if (c == ':')
            {
                if (i == 0)
                {
                    return false;
                }

                scheme = Encoding.ASCII.GetString(raw, 0, i);
                rest = raw[(i + 1)..];
            }

            return true;
        }

        return true;
    }

    private static string? ParseAuthority(byte[] authority, out byte[] host)
    {
        var at = Array.LastIndexOf(authority, (byte)'@');
        var error = ParseHost(at < 0 ? authority : authority[(at + 1)..], out host);
        if (error is not null || at < 0)
        {
            return error;
        }

        var userinfo = authority[..at];
        if (!ValidUserinfo(userinfo))
        {
            return "net/url: invalid userinfo";
        }

        var colon = Array.IndexOf(userinfo, (byte)':');
        if (colon < 0)
        {
            return Unescape(userinfo, Mode.UserPassword, out _);
        }

        return Unescape(userinfo.AsSpan(0, colon), Mode.UserPassword, out _)
            ?? Unescape(userinfo.AsSpan(colon + 1), Mode.UserPassword, out _);
    }

    private static string? ParseHost(byte[] host, out byte[] result)
    {
        result = [];
        var open = Array.LastIndexOf(host, (byte)'[');
        if (open > 0)
        {
            return "invalid IP-literal";
        }

        if (open == 0)
        {
            var close = Array.LastIndexOf(host, (byte)']');
            if (close < 0)
            {
                return "missing ']' in host";
            }

            var colonPort = host.AsSpan(close + 1);
            if (!ValidOptionalPort(colonPort))
            {
                return $"invalid port \"{Encoding.UTF8.GetString(colonPort)}\" after host";
            }

            var name = host.AsSpan(1, close - 1);
            var zone = name.IndexOf("%25"u8);
            byte[] literal;
            if (zone < 0)
            {
                var error = Unescape(name, Mode.Host, out literal);
                if (error is not null)
                {
                    return error;
                }
            }
            else
            {
                // RFC 6874: "%25" starts a zone, which may %-encode more freely than the address.
                var error = Unescape(name[..zone], Mode.Host, out var address);
                if (error is not null)
                {
                    return error;
                }

                error = Unescape(name[zone..], Mode.Zone, out var zoneText);
                if (error is not null)
                {
                    return error;
                }

                literal = [.. address, .. zoneText];
            }

            var kind = GoNetIp.Parse(literal, out var ipError);
            if (kind == GoNetIp.Kind.Invalid)
            {
                return $"invalid host: {ipError}";
            }

            if (kind == GoNetIp.Kind.IPv4)
            {
                return "invalid IP-literal";
            }

            result = [(byte)'[', .. literal, (byte)']', .. colonPort];
            return null;
        }

        var firstColon = Array.IndexOf(host, (byte)':');
        if (firstColon >= 0 && !ValidOptionalPort(host.AsSpan(firstColon)))
        {
            return $"invalid port \"{Encoding.UTF8.GetString(host, firstColon, host.Length - firstColon)}\" after host";
        }

        var hostError = Unescape(host, Mode.Host, out var decoded);
        result = decoded;
        return hostError;
    }

    private static bool ValidOptionalPort(ReadOnlySpan<byte> port)
    {
        if (port.Length == 0)
        {
            return true;
        }

        if (port[0] != ':')
        {
            return false;
        }

        foreach (var b in port[1..])
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
        }

        return true;
    }

    // validUserinfo: RFC 3986 userinfo characters (unreserved, sub-delims, ':', '%' and '@'), by rune.
    private static bool ValidUserinfo(byte[] userinfo)
    {
        foreach (var rune in Encoding.UTF8.GetString(userinfo).EnumerateRunes())
        {
            var c = rune.Value;
            if (c < 0x80 && (char.IsAsciiLetterOrDigit((char)c) || "-._:~!$&'()*+,;=%@".Contains((char)c, StringComparison.Ordinal)))
            {
                continue;
            }

            return false;
        }

        return true;
    }

    private enum Mode
    {
        Path,
        Host,
        Zone,
        UserPassword,
        Fragment,
    }

    // Go's unescape: every '%' takes two hex digits; a host may only %-encode non-ASCII bytes (and %25); a host may not
    // hold ASCII bytes that need escaping.
    private static string? Unescape(ReadOnlySpan<byte> s, Mode mode, out byte[] result)
    {
        result = [];
        var output = new byte[s.Length];
        var n = 0;
        for (var i = 0; i < s.Length; )
        {
            var c = s[i];
            if (c == '%')
            {
                if (i + 2 >= s.Length || HexValue(s[i + 1]) < 0 || HexValue(s[i + 2]) < 0)
                {
                    return $"invalid URL escape \"{Encoding.UTF8.GetString(s.Slice(i, Math.Min(3, s.Length - i)))}\"";
                }

                var three = s.Slice(i, 3);
                var value = (byte)((HexValue(s[i + 1]) << 4) | HexValue(s[i + 2]));
                if (mode == Mode.Host && HexValue(s[i + 1]) < 8 && !three.SequenceEqual("%25"u8))
                {
                    return $"invalid URL escape \"{Encoding.UTF8.GetString(three)}\"";
                }

                if (mode == Mode.Zone && !three.SequenceEqual("%25"u8) && value != ' ' && ShouldEscape(value, Mode.Host))
                {
                    return $"invalid URL escape \"{Encoding.UTF8.GetString(three)}\"";
                }

                output[n++] = value;
                i += 3;
                continue;
            }

            if (mode is Mode.Host or Mode.Zone && c < 0x80 && ShouldEscape(c, mode))
            {
                return $"invalid character \"{(char)c}\" in host name";
            }

            output[n++] = c;
            i++;
        }

        result = output[..n];
        return null;
    }

    private static byte[] Escape(byte[] s, Mode mode)
    {
        var builder = new System.Collections.Generic.List<byte>(s.Length);
        foreach (var c in s)
        {
            if (ShouldEscape(c, mode))
            {
                builder.Add((byte)'%');
                builder.Add((byte)"0123456789ABCDEF"[c >> 4]);
                builder.Add((byte)"0123456789ABCDEF"[c & 15]);
            }
            else
            {
                builder.Add(c);
            }
        }

        return [.. builder];
    }

    // Go's shouldEscape for the modes used here.
    private static bool ShouldEscape(byte c, Mode mode)
    {
        if (c is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9')
        {
            return false;
        }

        if (mode is Mode.Host or Mode.Zone && "!$&'()*+,;=:[]<>\"".Contains((char)c, StringComparison.Ordinal))
        {
            return false;
        }

        switch (c)
        {
            case (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~':
                return false;
            case (byte)'$'
            or (byte)'&'
            or (byte)'+'
            or (byte)','
            or (byte)'/'
            or (byte)':'
            or (byte)';'
            or (byte)'='
            or (byte)'?'
            or (byte)'@':
                return mode switch
                {
                    Mode.Path => c == '?',
                    Mode.UserPassword => c is (byte)'@' or (byte)'/' or (byte)'?' or (byte)':',
                    Mode.Fragment => false,
                    _ => true,
                };
        }

        if (mode == Mode.Fragment && c is (byte)'!' or (byte)'(' or (byte)')' or (byte)'*')
        {
            return false;
        }

        return true;
    }

    private static int HexValue(byte c) =>
        c switch
        {
            >= (byte)'0' and <= (byte)'9' => c - '0',
            >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
            >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
            _ => -1,
        };
}
