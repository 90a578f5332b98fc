using System.Text.Json;
using System.Text.Json.Nodes;
using HelmValues.Testing;
using Json.Schema;

namespace HelmValues.Tool.Tests;

/// <summary><c>helmvalues schema</c>: one self-contained schema that carries the controller's rules and agrees with <c>lint</c>.</summary>
public class SchemaCommandTests
{
    private static readonly Lazy<string> Exported = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), $"helmvalues-schema-{Guid.NewGuid():N}.json");
        try
        {
            ToolRun.Of("schema", "-o", path).ExitCode.ShouldBe(0);
            return File.ReadAllText(path);
        }
        finally
        {
            File.Delete(path);
        }
    });

    // Files whose verdict does not depend on the chart's defaults (an editor sees the file alone) nor on rules only C#
    // can say (the controller's command/args check, lower-case images): the guide's recipes and hand-written cases.
    private static IEnumerable<string> Files() =>
        Directory
            .GetFiles(ToolRun.File("lint"), "*.yaml")
            .Concat(Directory.GetFiles(Repository.PathOf("tests", "HelmValues.Tests", "Fixtures", "Recipes"), "*.yaml"))
            .Order(StringComparer.Ordinal);

    [Test]
    public void The_schema_is_self_contained_and_carries_the_controllers_rules()
    {
        var schema = JsonNode.Parse(Exported.Value)!.AsObject();
        var config = schema["properties"]!["config"]!;

        Exported.Value.ShouldNotContain("\"$ref\": \"http");
        // Helm's templates ignore unknown top-level keys: lint only warns, so the schema leaves the top open.
        schema["additionalProperties"].ShouldBeNull();
        config["additionalProperties"]!.GetValue<bool>().ShouldBeFalse();
        config["properties"]!["workspace-volume"].ShouldNotBeNull();
        config["properties"]!["job-ttl"]!["pattern"]!.GetValue<string>().ShouldStartWith("^[-+]?(0|");
        config["properties"]!["default-image-pull-policy"]!.ToJsonString().ShouldContain("IfNotPresent");
        Exported.Value.ShouldNotContain("x-helmvalues");
        Exported.Value.ShouldEndWith("}\n");
    }

    [TestCaseSource(nameof(Files))]
    public void An_independent_validator_with_the_schema_accepts_and_refuses_what_lint_does(string file)
    {
        var schema = JsonSchema.FromText(Exported.Value);
        using var instance = JsonDocument.Parse(HelmYamlJson.FromYaml(File.ReadAllText(file))!.ToJsonString());

        var editor = schema.Evaluate(instance.RootElement).IsValid;
        var lint = ToolRun.Of("lint", "-f", file).ExitCode == 0;

        editor.ShouldBe(
            lint,
            $"{Path.GetFileName(file)}: the schema says {(editor ? "valid" : "invalid")}, lint says {(lint ? "valid" : "invalid")}"
        );
    }

    // What `helm lint` does with the schema copied over a vendored chart's values.schema.json, by Helm's validator's rules
    // (the library's check: Go regular expressions, the draft's meta-schema, the chart's defaults underneath).
    [Test]
    public void As_a_vendored_charts_schema_it_gives_helm_the_controllers_verdict()
    {
        var vendored = new Charts.HelmChart("agent-stack-k8s", Exported.Value, AgentStackK8s.AgentStackK8sValues.Chart.DefaultsYaml);

        vendored.Check(new Charts.ValuesFile("good.yaml", File.ReadAllText(ToolRun.File("lint", "good.yaml")))).IsValid.ShouldBeTrue();
        var bad = vendored.Check(new Charts.ValuesFile("bad.yaml", File.ReadAllText(ToolRun.File("lint", "bad.yaml"))));
        bad.Errors.Select(e => e.Path)
            .ShouldBe(
                ["config.default-image-pull-policy", "config.job-ttl", "config.max-inflight", "config.pod-spec-patch.containers"],
                ignoreOrder: true
            );
    }

    [Test]
    public void The_charts_own_schema_is_there_too_without_the_controllers_rules()
    {
        var run = ToolRun.Of("schema", "--chart-schema-only");

        run.ExitCode.ShouldBe(0);
        var config = JsonNode.Parse(run.Out)!["properties"]!["config"]!.AsObject();
        config.ContainsKey("additionalProperties").ShouldBeFalse();
    }

    [Test]
    public void An_unknown_chart_is_a_usage_error()
    {
        ToolRun.Of("schema", "--chart", "nginx").ExitCode.ShouldBe(2);
    }
}
