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

        /// <summary>A JSON string with Go's escaping; runs of characters that need none are encoded to UTF-8 at once.</summary>
        public void AppendString(string value)
        {
            Append("\""u8);
            var run = 0;
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                var escape = Escape(c);
                if (escape.IsEmpty && !NeedsHexEscape(c))
                {
                    continue;
                }

                _length += Encoding.UTF8.GetBytes(value.AsSpan(run, i - run), _buffer[_length..]);
                run = i + 1;
                if (!escape.IsEmpty)
                {
                    Append(escape);
                }
                else
                {
                    Append("\\u"u8);
                    _buffer[_length++] = HexDigits[c >> 12];
                    _buffer[_length++] = HexDigits[(c >> 8) & 0xF];
                    _buffer[_length++] = HexDigits[(c >> 4) & 0xF];
                    _buffer[_length++] = HexDigits[c & 0xF];
                }
            }

            _length += Encoding.UTF8.GetBytes(value.AsSpan(run), _buffer[_length..]);
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

        private static ReadOnlySpan<byte> Escape(char c) =>
            c switch
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

        private static bool NeedsHexEscape(char c) => c is < ' ' or '<' or '>' or '&' or '\u2028' or '\u2029';
    }
}
