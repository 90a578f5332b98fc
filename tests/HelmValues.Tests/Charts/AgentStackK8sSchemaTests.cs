using HelmValues.Charts;
using HelmValues.Testing;

namespace HelmValues.Tests.Charts;

/// <summary>
/// The bundled agent-stack-k8s chart schema, which refers to published Kubernetes definitions: with the bundled copy
/// given as that document, it parses and validates as Helm would with network access.
/// </summary>
public class AgentStackK8sSchemaTests
{
    private const string DefinitionsUrl =
        "https://raw.githubusercontent.com/buildkite/kubernetes-json-schema/master/v1.35.0/_definitions.json";

    private static readonly Lazy<ChartSchema> Schema = new(() =>
        ChartSchema.Parse(
            File.ReadAllText(Repository.PathOf("src", "HelmValues", "Schemas", "agent-stack-k8s.values.schema.json")),
            new Dictionary<string, string>
            {
                [DefinitionsUrl] = File.ReadAllText(
                    Repository.PathOf("src", "HelmValues", "Schemas", "kubernetes-v1.35.0.definitions.json")
                ),
            }
        )
    );

    // The chart's defaults with the image the published chart sets at packaging time: what Helm validates when the
    // user's file sets nothing else.
    private static string Defaults() =>
        File.ReadAllText(Repository.PathOf("tests", "HelmValues.Tests", "Fixtures", "Chart", "values.yaml"))
        + "\nimage: ghcr.io/buildkite/agent-stack-k8s/controller:0.47.0\n";

    [Test]
    public void Without_the_definitions_the_remote_refs_are_refused()
    {
        var text = File.ReadAllText(Repository.PathOf("src", "HelmValues", "Schemas", "agent-stack-k8s.values.schema.json"));
        Should.Throw<FormatException>(() => ChartSchema.Parse(text)).Message.ShouldContain("nothing is fetched");
    }

    [Test]
    public void The_chart_defaults_are_valid() => SchemaCheck.Violations(Schema.Value, Defaults()).ShouldBeEmpty();

    [Test]
    public void Broken_values_are_caught_down_into_the_kubernetes_definitions()
    {
        var yaml = Defaults()
            .Replace("labels: {}", "labels:\n  app: 1", StringComparison.Ordinal)
            .Replace(
                "config:\n",
                "config:\n  tags: queue=x\n  pod-spec-patch:\n    containers:\n      - image: nameless\n        ports: [{containerPort: http}]\n",
                StringComparison.Ordinal
            );
        var violations = SchemaCheck.Violations(Schema.Value, yaml);
        var paths = violations.Select(static v => v.Path).ToList();
        paths.ShouldContain("labels.app");
        paths.ShouldContain("config.tags");
        paths.ShouldContain(p => p.StartsWith("config.pod-spec-patch.containers[0]", StringComparison.Ordinal));
    }
}
