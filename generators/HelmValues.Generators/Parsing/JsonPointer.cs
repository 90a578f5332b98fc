using System.Text;
using HelmValues.Generators.Json;

namespace HelmValues.Generators.Parsing;

/// <summary>JSON Pointer (RFC 6901) helpers: building pointers for messages and resolving <c>$ref</c> fragments.</summary>
internal static class JsonPointer
{
    public static string Append(string pointer, string segment) => pointer + "/" + segment.Replace("~", "~0").Replace("/", "~1");

    /// <summary>Resolves a fragment such as <c>/$defs/Foo</c> (without the leading <c>#</c>) in a document.</summary>
    public static JsonNode? Resolve(JsonNode root, string fragment)
    {
        if (fragment.Length == 0)
        {
            return root;
        }

        if (fragment[0] != '/')
        {
            return null;
        }

        var node = root;
        foreach (var rawSegment in fragment.Substring(1).Split('/'))
        {
            var segment = Unescape(rawSegment);
            switch (node)
            {
                case JsonObject obj:
                    node = obj[segment];
                    break;
                case JsonArray array when int.TryParse(segment, out var index) && index >= 0 && index < array.Items.Count:
                    node = array.Items[index];
                    break;
                default:
                    return null;
            }

            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    // Fragments in $ref may also be percent-encoded (they are URI fragments).
    private static string Unescape(string segment)
    {
        var decoded = segment.IndexOf('%') >= 0 ? PercentDecode(segment) : segment;
        return decoded.Replace("~1", "/").Replace("~0", "~");
    }

    private static string PercentDecode(string text)
    {
        var bytes = new System.Collections.Generic.List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 2 < text.Length && IsHex(text[i + 1]) && IsHex(text[i + 2]))
            {
                bytes.Add(System.Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
            }
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static bool IsHex(char c) => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';
}
