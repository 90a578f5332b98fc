using System;
using System.Buffers;
using System.Text;

namespace HelmValues.Yaml;

/// <summary>Text as UTF-8 without a byte order mark, the form every file is written in.</summary>
internal static class Utf8Text
{
    // Unpaired surrogates become U+FFFD, as the writer's encoding of a string does (the YAML writer refuses them anyway).
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The text of <paramref name="text"/> in an array of its own size, through a pooled copy of its characters.</summary>
    public static byte[] Encode(StringBuilder text)
    {
        var chars = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var span = chars.AsSpan(0, text.Length);
            text.CopyTo(0, span, text.Length);
            var bytes = new byte[Utf8.GetByteCount(span)];
            Utf8.GetBytes(span, bytes);
            return bytes;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
