using System.Globalization;
using System.Text.Json.Nodes;
using HelmValues.Yaml;

namespace HelmValues.Tests.Yaml;

/// <summary>YAML as the JSON an independent JSON Schema validator takes.</summary>
internal static class YamlJson
{
    /// <summary>The document as JSON; null for an empty document.</summary>
    public static JsonNode? ToJson(string yaml)
    {
        var loaded = YamlReader.Load(yaml, static (r, n) => r.ReadValue(n));
        return loaded.Value is { } value ? ToJson(value) : throw new FormatException(string.Join("\n", loaded.Problems));
    }

    // Plain scalars are typed the way YAML 1.1 and 1.2 agree on (our writer quotes every string either would read otherwise);
    // any other plain scalar is a string.
    private static JsonNode? ToJson(YamlValue value) =>
        value.Kind switch
        {
            YamlValueKind.Mapping => new JsonObject(value.Entries.Select(e => KeyValuePair.Create(e.Key, ToJson(e.Value)))),
            YamlValueKind.Sequence => new JsonArray(value.Items.Select(ToJson).ToArray()),
            _ when value.IsString => JsonValue.Create(value.Text),
            _ when value.IsNull => null,
            _ when value.Text is "true" or "false" => JsonValue.Create(value.Text == "true"),
            _ when long.TryParse(value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) =>
                JsonValue.Create(integer),
            _ when double.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(
                number
            ),
            _ => JsonValue.Create(value.Text),
        };
}
