using System;
using System.Buffers;
using System.Buffers.Text;
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
/// The JSON is written as UTF-8 straight into a pooled buffer (cleared after use: it holds the password), so the only
/// allocation is the returned array: no StringBuilder, no intermediate string.
/// </remarks>
internal static class DockerConfigJsonEncoder
{
    public const string Key = ".dockerconfigjson";

    // The longest a character gets: \u00xx (6 bytes); as UTF-8 it is at most 3.
    private const int MaxBytesPerChar = 6;

    // The fixed text around the values: {"auths":{:{"username":,"password":,"email":,"auth":""}}}
    private const int FixedBytes = 64;

    private static ReadOnlySpan<byte> HexDigits => "0123456789abcdef"u8;

    // What Go's encoding/json escapes: control characters, " and \, < > & (HTML-safe), U+2028 and U+2029. An ECR token is
    // thousands of characters with none of these: found a vector at a time rather than looked at one by one.
    private static readonly SearchValues<char> Escaped = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f"
            + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f"
            + "\"\\<>&\u2028\u2029"
    );

    public static byte[] Encode(string server, string username, string password, string? email)
    {
        var credentialsLength = Encoding.UTF8.GetByteCount(username) + 1 + Encoding.UTF8.GetByteCount(password);
        var escapedLength = MaxBytesPerChar * (server.Length + username.Length + password.Length + (email?.Length ?? 0));
        var buffer = ArrayPool<byte>.Shared.Rent(FixedBytes + escapedLength + Base64.GetMaxEncodedToUtf8Length(credentialsLength));
        try
        {
            var json = new Utf8Buffer(buffer);
            json.Append("{\"auths\":{"u8);
            json.AppendString(server);
            json.Append(":{\"username\":"u8);
            json.AppendString(username);
            json.Append(",\"password\":"u8);
            json.AppendString(password);
            if (!string.IsNullOrEmpty(email))
            {
                json.Append(",\"email\":"u8);
                json.AppendString(email);
            }

            json.Append(",\"auth\":\""u8);
            json.AppendBase64Credentials(username, password);
            json.Append("\"}}}"u8);
            return json.Written.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
        }
    }

    /// <summary>True when <paramref name="value"/> has an unpaired UTF-16 surrogate, which has no UTF-8 form.</summary>
    public static bool HasUnpairedSurrogate(string value)
    {
        // Nearly every value has no surrogate at all: skip to the first one a vector at a time.
        var first = value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0)
        {
            return false;
        }

        for (var i = first; i < value.Length; i++)
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

    /// <summary>Appends to a buffer that <see cref="Encode"/> sized for the worst case, so nothing here checks room.</summary>
    private ref struct Utf8Buffer(Span<byte> buffer)
    {
        private readonly Span<byte> _buffer = buffer;
        private int _length;

        public readonly ReadOnlySpan<byte> Written => _buffer[.._length];

        public void Append(ReadOnlySpan<byte> bytes)
        {
            bytes.CopyTo(_buffer[_length..]);
            _length += bytes.Length;
        }

        /// <summary>A JSON string with Go's escaping; the runs of characters between escapes are encoded to UTF-8 at once.</summary>
        public void AppendString(string value)
        {
            Append("\""u8);
            var rest = value.AsSpan();
            for (var next = rest.IndexOfAny(Escaped); next >= 0; next = rest.IndexOfAny(Escaped))
            {
                _length += Encoding.UTF8.GetBytes(rest[..next], _buffer[_length..]);
                AppendEscape(rest[next]);
                rest = rest[(next + 1)..];
            }

            _length += Encoding.UTF8.GetBytes(rest, _buffer[_length..]);
            Append("\""u8);
        }

        /// <summary>base64 of the UTF-8 "username:password", encoded in place where it is written.</summary>
        public void AppendBase64Credentials(string username, string password)
        {
            var credentials = _buffer[_length..];
            var length = Encoding.UTF8.GetBytes(username, credentials);
            credentials[length++] = (byte)':';
            length += Encoding.UTF8.GetBytes(password, credentials[length..]);
            Base64.EncodeToUtf8InPlace(credentials, length, out var written);
            _length += written;
        }

        // One of the Escaped characters: a short escape where Go has one, else \uXXXX in lower-case hex.
        private void AppendEscape(char c)
        {
            var escape = c switch
            {
                '"' => "\\\""u8,
                '\\' => "\\\\"u8,
                '\b' => "\\b"u8,
                '\f' => "\\f"u8,
                '\n' => "\\n"u8,
                '\r' => "\\r"u8,
                '\t' => "\\t"u8,
                _ => default,
            };
            if (!escape.IsEmpty)
            {
                Append(escape);
                return;
            }

            Append("\\u"u8);
            _buffer[_length++] = HexDigits[c >> 12];
            _buffer[_length++] = HexDigits[(c >> 8) & 0xF];
            _buffer[_length++] = HexDigits[(c >> 4) & 0xF];
            _buffer[_length++] = HexDigits[c & 0xF];
        }
    }
}
