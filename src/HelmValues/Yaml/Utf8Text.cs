using System;
using System.Buffers;
using System.Text;

namespace HelmValues.Yaml;

/// <summary>Text as UTF-8 without a byte order mark, the form every file is written in.</summary>
internal static class Utf8Text
{
    /// <summary>
    /// The encoding of every file the library writes and reads back, and of the paths it gives libc: no byte order mark, and
    /// an unpaired surrogate becomes U+FFFD (the YAML writer refuses them anyway), as .NET's own UTF-8 marshalling does.
    /// </summary>
    public static readonly UTF8Encoding Encoding = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The text of <paramref name="text"/> in an array of its own size, through a pooled copy of its characters.</summary>
    public static byte[] Encode(StringBuilder text)
    {
        var chars = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var span = chars.AsSpan(0, text.Length);
            text.CopyTo(0, span, text.Length);
            var bytes = new byte[Encoding.GetByteCount(span)];
            Encoding.GetBytes(span, bytes);
            return bytes;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
