using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace HelmValues.Aws;

/// <summary>The one JSON form of every AWS file HelmValues writes: 2-space indentation, LF, a final newline.</summary>
internal static class AwsJson
{
    // Relaxed escaping keeps ARNs and condition keys readable ("+" unescaped); AWS reads either form.
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }

        // net8.0's writer breaks lines with Environment.NewLine; a JSON string never holds a raw CR, so this only touches line breaks.
        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }
}
