using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HelmValues.Testing;
using Json.Schema;

namespace HelmValues.IntegrationTests.RealCharts;

/// <summary>
/// Helm's verdict on values files, rebuilt for tests from the published rules and sharing no code with the library:
/// YAML read as Helm reads it (<see cref="HelmYamlJson"/>), the chart's defaults coalesced
/// with the user's files as Helm documents it, and the result validated by JsonSchema.Net against the chart's original
/// schema file.
/// </summary>
internal static partial class HelmOracle
{
    /// <summary>Whether Helm accepts <paramref name="userFiles"/> (JSON values, in <c>-f</c> order) for the chart.</summary>
    public static (bool Valid, string Failures) Verdict(JsonSchema schema, JsonNode? defaults, IReadOnlyList<JsonNode?> userFiles)
    {
        var values = Coalesce(defaults, MergeLayers(userFiles));
        using var instance = System.Text.Json.JsonDocument.Parse(values?.ToJsonString() ?? "null");
        var result = schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var failures = string.Join(
            "\n",
            (result.Details ?? [])
                .Where(d => d.Errors is { Count: > 0 })
                .Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}")
        );
        return (result.IsValid, failures);
    }

    /// <summary>
    /// The schema for JsonSchema.Net, its <c>$schema</c> spelled the way JsonSchema.Net knows: Helm's validator
    /// (santhosh-tekuri/jsonschema v6) takes http or https, with or without the empty fragment, and reads
    /// <c>json-schema.org/schema</c> as the latest draft, 2020-12.
    /// </summary>
    public static JsonSchema ReadSchema(string text)
    {
        var schema = JsonNode.Parse(text)!.AsObject();
        if (schema["$schema"]?.GetValue<string>() is { } uri)
        {
            var id = Regex.Replace(uri, "^https?://|#$", "");
            schema["$schema"] = id switch
            {
                "json-schema.org/schema" or "json-schema.org/draft/2020-12/schema" => "https://json-schema.org/draft/2020-12/schema",
                "json-schema.org/draft/2019-09/schema" => "https://json-schema.org/draft/2019-09/schema",
                "json-schema.org/draft-07/schema" => "http://json-schema.org/draft-07/schema#",
                "json-schema.org/draft-06/schema" => "http://json-schema.org/draft-06/schema#",
                _ => uri,
            };
        }

        return JsonSchema.FromText(schema.ToJsonString());
    }

    /// <summary><c>helm -f</c>: later files win; mappings merge; anything else, a null included, replaces.</summary>
    public static JsonNode? MergeLayers(IReadOnlyList<JsonNode?> files)
    {
        JsonNode? merged = new JsonObject();
        foreach (var file in files)
        {
            merged = MergeMaps(merged, file ?? new JsonObject());
        }

        return merged;
    }

    /// <summary>The user's values over the chart's defaults; a user's null deletes the default key.</summary>
    public static JsonNode? Coalesce(JsonNode? defaults, JsonNode? user)
    {
        if (defaults is not JsonObject under || user is not JsonObject over)
        {
            return Clone(user);
        }

        var result = new JsonObject();
        foreach (var (key, value) in under)
        {
            if (!over.TryGetPropertyValue(key, out var overValue))
            {
                result[key] = Clone(value);
            }
            else if (overValue is not null)
            {
                result[key] = Coalesce(value, overValue);
            }
        }

        foreach (var (key, value) in over)
        {
            if (!under.ContainsKey(key))
            {
                result[key] = Clone(value);
            }
        }

        return result;
    }

    private static JsonNode? MergeMaps(JsonNode? under, JsonNode? over)
    {
        if (under is not JsonObject a || over is not JsonObject b)
        {
            return Clone(over);
        }

        var result = (JsonObject)a.DeepClone();
        foreach (var (key, value) in b)
        {
            result[key] = result[key] is JsonObject existing && value is JsonObject ? MergeMaps(existing, value) : Clone(value);
        }

        return result;
    }

    private static JsonNode? Clone(JsonNode? node) => node?.DeepClone();
}
