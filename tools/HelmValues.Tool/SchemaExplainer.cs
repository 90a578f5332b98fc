using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace HelmValues.Tool;

/// <summary>Finds the schema of a key path (<c>config.pod-spec-patch.containers[].image</c>) and says what it allows.</summary>
internal sealed class SchemaExplainer(JsonElement root)
{
    // Keywords that constrain a value, shown as they are written in the schema.
    private static readonly string[] Rules =
    [
        "enum",
        "const",
        "pattern",
        "format",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "minLength",
        "maxLength",
        "minItems",
        "maxItems",
        "uniqueItems",
        "required",
    ];

    /// <summary>The schema at <paramref name="segments"/>, or null with the last key that matched and the keys known there.</summary>
    public JsonElement? Find(IReadOnlyList<string> segments, out string failedAt, out IReadOnlyList<string> known)
    {
        var schema = Resolve(root);
        failedAt = "";
        known = [];
        foreach (var segment in segments)
        {
            var key = segment.EndsWith("[]", StringComparison.Ordinal) ? segment[..^2] : segment;
            if (key.Length > 0)
            {
                if (Child(schema, key) is not { } child)
                {
                    failedAt = key;
                    known = Keys(schema);
                    return null;
                }

                schema = Resolve(child);
            }

            if (segment.EndsWith("[]", StringComparison.Ordinal))
            {
                if (!schema.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Object)
                {
                    failedAt = segment;
                    return null;
                }

                schema = Resolve(items);
            }
        }

        return schema;
    }

    /// <summary>Lines describing <paramref name="schema"/>: type, description, rules and, for an object, its keys.</summary>
    public static IEnumerable<string> Describe(JsonElement schema)
    {
        if (schema.TryGetProperty("type", out var type))
        {
            yield return "type: " + (type.ValueKind == JsonValueKind.Array ? string.Join(" or ", type.EnumerateArray()) : type.GetString());
        }

        foreach (var keyword in (string[])["title", "description"])
        {
            if (schema.TryGetProperty(keyword, out var text) && text.ValueKind == JsonValueKind.String)
            {
                yield return $"{keyword}: {text.GetString()}";
            }
        }

        foreach (var keyword in Rules)
        {
            if (schema.TryGetProperty(keyword, out var rule))
            {
                yield return $"{keyword}: {rule.GetRawText()}";
            }
        }

        if (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False)
        {
            yield return "closed: a key not listed below is an error";
        }

        var keys = Keys(schema);
        if (keys.Count > 0)
        {
            yield return "keys: " + string.Join(", ", keys);
        }
    }

    private static IReadOnlyList<string> Keys(JsonElement schema) =>
        schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
            ? properties.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList()
            : [];

    private static JsonElement? Child(JsonElement schema, string key)
    {
        if (schema.TryGetProperty("properties", out var properties) && properties.TryGetProperty(key, out var declared))
        {
            return declared;
        }

        return schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.Object
            ? additional
            : null;
    }

    // Follows local $refs (the exported schema has no other kind), keeping the referring schema's description.
    private JsonElement Resolve(JsonElement schema)
    {
        for (var hops = 0; hops < 64 && schema.TryGetProperty("$ref", out var reference); hops++)
        {
            var pointer = reference.GetString() ?? "";
            if (!pointer.StartsWith('#') || Pointer(pointer[1..]) is not { } target)
            {
                break;
            }

            schema = target;
        }

        return schema;
    }

    private JsonElement? Pointer(string pointer)
    {
        var node = root;
        foreach (var raw in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var token = Uri.UnescapeDataString(raw).Replace("~1", "/").Replace("~0", "~");
            if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(token, out node))
            {
                return null;
            }
        }

        return node;
    }
}
