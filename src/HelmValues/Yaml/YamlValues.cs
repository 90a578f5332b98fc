using System.Linq;
using System.Text.Json;

namespace HelmValues.Yaml;

/// <summary>Conversions into <see cref="YamlValue"/>.</summary>
internal static class YamlValues
{
    /// <summary>A JSON value as YAML (free-form Kubernetes fields such as RawExtension are JSON underneath).</summary>
    public static YamlValue FromJson(JsonElement element) =>
        element.ValueKind switch
        {
            JsonValueKind.Object => YamlValue.Mapping(
                element
                    .EnumerateObject()
                    .Select(p => new System.Collections.Generic.KeyValuePair<string, YamlValue>(p.Name, FromJson(p.Value)))
            ),
            JsonValueKind.Array => YamlValue.Sequence(element.EnumerateArray().Select(FromJson)),
            JsonValueKind.String => YamlValue.String(element.GetString()!),
            JsonValueKind.True => YamlValue.Boolean(true),
            JsonValueKind.False => YamlValue.Boolean(false),
            JsonValueKind.Number when element.TryGetInt64(out var integer) => YamlValue.Integer(integer),
            JsonValueKind.Number => YamlValue.Number(element.GetDouble()),
            _ => YamlValue.Null,
        };
}
