using System.Collections.Generic;
using System.Text.Json;

namespace HelmValues.Charts;

/// <summary>Reads JSON values written in the schema (<c>enum</c>, <c>const</c>) into <see cref="HelmJson"/>.</summary>
internal static class SchemaValues
{
    /// <summary>
    /// The value of <paramref name="element"/>. Numbers keep the exact value of their text, as Helm's validator reads the
    /// schema with <c>UseNumber</c> (so an <c>enum</c> of <c>0.1</c> means exactly one tenth).
    /// </summary>
    public static HelmJson From(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var properties = new List<HelmJsonProperty>();
                foreach (var (name, value) in SchemaJson.Properties(element))
                {
                    properties.Add(new HelmJsonProperty(name, From(value), null));
                }

                return HelmJson.FromProperties([.. properties], null);
            case JsonValueKind.Array:
                var items = new List<HelmJson>();
                foreach (var item in element.EnumerateArray())
                {
                    items.Add(From(item));
                }

                return HelmJson.FromItems([.. items], null);
            case JsonValueKind.String:
                return HelmJson.FromString(SchemaJson.String(element, "a value"), null);
            case JsonValueKind.Number:
                return JsonDecimal.TryParse(element.GetRawText(), out var number)
                    ? HelmJson.FromNumber(number, null)
                    : throw new System.FormatException($"values.schema.json: the number {element.GetRawText()} is out of range");
            case JsonValueKind.True or JsonValueKind.False:
                return HelmJson.FromBoolean(element.ValueKind == JsonValueKind.True, null);
            default:
                return HelmJson.Null(null);
        }
    }
}
