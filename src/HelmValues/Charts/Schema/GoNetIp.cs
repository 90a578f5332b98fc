using System;

namespace HelmValues.Charts;

/// <summary>
/// Go's <c>net/netip.ParseAddr</c>, which the <c>ipv6</c> format and URL hosts in brackets rely on: says whether the text
/// is an IPv4 or IPv6 address (with or without a zone), or why not.
/// </summary>
internal static class GoNetIp
{
    /// <summary>What <see cref="Parse"/> found.</summary>
    public enum Kind
    {
        /// <summary>Not an address.</summary>
        Invalid,

        /// <summary>An IPv4 address.</summary>
        IPv4,

        /// <summary>An IPv6 address without a zone.</summary>
        IPv6,

        /// <summary>An IPv6 address with a zone (<c>fe80::1%eth0</c>).</summary>
        IPv6WithZone,
    }

    /// <summary>Parses <paramref name="s"/> (UTF-8 bytes) as <c>ParseAddr</c> does; <paramref name="error"/> says why it fails.</summary>
    public static Kind Parse(ReadOnlySpan<byte> s, out string? error)
    {
        error = null;
        foreach (var c in s)
        {
            switch (c)
            {
                case (byte)'.':
                    error = IPv4Fields(s);
                    return error is null ? Kind.IPv4 : Kind.Invalid;
                case (byte)':':
                    return IPv6(s, out error);
                case (byte)'%':
                    error = "missing IPv6 address";
                    return Kind.Invalid;
            }
        }

        error = "unable to parse IP";
        return Kind.Invalid;
    }

    // parseIPv4Fields: four decimal octets, no leading zeros, each at most 255.
    private static string? IPv4Fields(ReadOnlySpan<byte> s)
    {
        var value = 0;
        var fields = 0;
        var digits = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c is >= (byte)'0' and <= (byte)'9')
            {
                if (digits == 1 && value == 0)
                {
                    return "IPv4 field has octet with leading zero";
                }

                value = value * 10 + (c - '0');
                digits++;
                if (value > 255)
                {
                    return "IPv4 field has value >255";
                }
            }
            else if (c == '.')
            {
                if (i == 0 || i == s.Length - 1 || s[i - 1] == '.')
                {
                    return "IPv4 field must have at least one digit";
                }

                if (fields == 3)
                {
                    return "IPv4 address too long";
                }

                fields++;
                value = 0;
                digits = 0;
            }
            else
            {
                return "unexpected character";
            }
        }

        return fields < 3 ? "IPv4 address too short" : null;
    }

    // parseIPv6: up to eight groups of at most four hex digits, one "::", an IPv4 tail in the last two groups' place.
    private static Kind IPv6(ReadOnlySpan<byte> input, out string? error)
    {
        error = null;
        var s = input;
        var hasZone = false;
        var percent = input.IndexOf((byte)'%');
        if (percent >= 0)
        {
            if (percent == input.Length - 1)
            {
                error = "zone must be a non-empty string";
                return Kind.Invalid;
            }

            s = input[..percent];
            hasZone = true;
        }

        var addressEnd = s.Length;
        var ellipsis = -1;
        if (s.Length >= 2 && s[0] == ':' && s[1] == ':')
        {
            ellipsis = 0;
            s = s[2..];
            if (s.Length == 0)
            {
                return hasZone ? Kind.IPv6WithZone : Kind.IPv6;
            }
        }

        var filled = 0;
        while (filled < 16)
        {
            var offset = 0;
            var value = 0;
            while (offset < s.Length && HexValue(s[offset]) is var digit && digit >= 0)
            {
                value = (value << 4) + digit;
                if (offset > 3)
                {
                    error = "each group must have 4 or less digits";
                    return Kind.Invalid;
                }

                if (value > 0xFFFF)
                {
                    error = "IPv6 field has value >=2^16";
                    return Kind.Invalid;
                }

                offset++;
            }

            if (offset == 0)
            {
                error = "each colon-separated field must have at least one digit";
                return Kind.Invalid;
            }

            if (offset < s.Length && s[offset] == '.')
            {
                if (ellipsis < 0 && filled != 12)
                {
                    error = "embedded IPv4 address must replace the final 2 fields of the address";
                    return Kind.Invalid;
                }

                if (filled + 4 > 16)
                {
                    error = "too many hex fields to fit an embedded IPv4 at the end of the address";
                    return Kind.Invalid;
                }

                // The IPv4 part starts where this group started.
                error = IPv4Fields(input[(addressEnd - s.Length)..addressEnd]);
                if (error is not null)
                {
                    return Kind.Invalid;
                }

                s = [];
                filled += 4;
                break;
            }

            filled += 2;
            s = s[offset..];
            if (s.Length == 0)
            {
                break;
            }

            if (s[0] != ':')
            {
                error = "unexpected character, want colon";
                return Kind.Invalid;
            }

            if (s.Length == 1)
            {
                error = "colon must be followed by more characters";
                return Kind.Invalid;
            }

            s = s[1..];
            if (s[0] == ':')
            {
                if (ellipsis >= 0)
                {
                    error = "multiple :: in address";
                    return Kind.Invalid;
                }

                ellipsis = filled;
                s = s[1..];
                if (s.Length == 0)
                {
                    break;
                }
            }
        }

        if (s.Length != 0)
        {
            error = "trailing garbage after address";
            return Kind.Invalid;
        }

        if (filled < 16 && ellipsis < 0)
        {
            error = "address string too short";
            return Kind.Invalid;
        }

        if (filled == 16 && ellipsis >= 0)
        {
            error = "the :: must expand to at least one field of zeros";
            return Kind.Invalid;
        }

        return hasZone ? Kind.IPv6WithZone : Kind.IPv6;
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
