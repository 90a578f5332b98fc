using System.Text.Json;
using System.Text.Json.Nodes;
using HelmValues.Testing;
using HelmValues.Tests.Yaml;
using Json.Schema;

namespace HelmValues.Tests.AgentStackK8s;

/// <summary>
/// The chart's own values.schema.json, evaluated by an independent validator (JsonSchema.Net), with its remote
/// Kubernetes refs served from the bundled definitions file instead of the network.
/// </summary>
internal static class ChartSchema
{
    private const string DefinitionsUrl =
        "https://raw.githubusercontent.com/buildkite/kubernetes-json-schema/master/v1.35.0/_definitions.json";

    private static readonly Lazy<JsonSchema> Schema = new(Build);

    private static readonly Lazy<JsonObject> Defaults = new(() =>
    {
        var chartValues = YamlJson
            .ToJson(File.ReadAllText(Repository.PathOf("tests", "HelmValues.Tests", "Fixtures", "Chart", "values.yaml")))!
            .AsObject();
        // The published chart sets the controller image at packaging time (NOTES 1.1); the repository copy has none.
        chartValues["image"] = "ghcr.io/buildkite/agent-stack-k8s/controller:0.47.0";
        return chartValues;
    });

    /// <summary>
    /// Helm validates the user's values coalesced with the chart's defaults (so agentToken and image come from
    /// the chart); the problems are returned as "instance path: error" lines.
    /// </summary>
    public static IReadOnlyList<string> Problems(string valuesYaml)
    {
        var coalesced = Coalesce(Defaults.Value.DeepClone().AsObject(), YamlJson.ToJson(valuesYaml)?.AsObject() ?? []);
        var result = Schema.Value.Evaluate(
            JsonSerializer.SerializeToElement(coalesced),
            new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical }
        );
        return JsonSchemaFailures.Of(result);
    }

    private static JsonSchema Build()
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var definitions = File.ReadAllText(Repository.PathOf("src", "HelmValues", "Schemas", "kubernetes-v1.35.0.definitions.json"));
        var definitionsOptions = new BuildOptions { SchemaRegistry = options.SchemaRegistry, Dialect = Dialect.Draft07 };
        options.SchemaRegistry.Register(
            new Uri(DefinitionsUrl),
            JsonSchema.FromText(definitions, definitionsOptions, new Uri(DefinitionsUrl))
        );
        return JsonSchema.FromText(
            File.ReadAllText(Repository.PathOf("src", "HelmValues", "Schemas", "agent-stack-k8s.values.schema.json")),
            options
        );
    }

    // Helm's coalescing: maps merge key by key, the user's value wins; anything else replaces.
    private static JsonObject Coalesce(JsonObject target, JsonObject user)
    {
        foreach (var (key, value) in user)
        {
            target[key] =
                target[key] is JsonObject existing && value is JsonObject nested
                    ? Coalesce(existing, nested.DeepClone().AsObject())
                    : value?.DeepClone();
        }

        return target;
    }
}
