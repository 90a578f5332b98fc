using HelmValues.AgentStackK8s;
using HelmValues.Testing;

namespace HelmValues.Tests.AgentStackK8s;

/// <summary>The chart repository's own example files load, validate, and round-trip through the typed model.</summary>
public class ReferenceFileTests
{
    private static string Read(string name) => File.ReadAllText(Repository.PathOf("tests", "HelmValues.Tests", "Fixtures", "Chart", name));

    /// <summary>The controller configs sit under <c>config:</c> in values; wrap them as a user would.</summary>
    private static string AsValues(string controllerConfig) =>
        "agentStackSecret: buildkite-agent-token\nconfig:\n"
        + string.Join("\n", controllerConfig.Split('\n').Select(l => l.Length == 0 ? l : "  " + l));

    public static IEnumerable<string> Rewritten() =>
        new[] { AsValues(Read("examples-config.yaml")), Read("production-helm-values.yaml"), AsValues(Read("config.dev.yaml")) }.Select(y =>
            ReadTyped(y).ToYaml()
        );

    // The typed reading alone, without Helm's verdict: config.dev.yaml's patch lacks `containers`, which Helm refuses
    // and writing adds.
    private static AgentStackK8sValues ReadTyped(string yaml) =>
        HelmValues.Yaml.YamlReader.Load(yaml, AgentStackK8sValues.ReadYaml).Value.ShouldNotBeNull();

    [Test]
    public void The_example_controller_config_loads_with_only_the_reserved_key_warnings()
    {
        var result = AgentStackK8sValues.Load(AsValues(Read("examples-config.yaml")));

        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Problems));
        result
            .Problems.Select(e => e.ToString())
            .ShouldBe([
                "warning: config.agent-token-secret (line 3, column 23): the chart sets config.agent-token-secret from agentStackSecret (or its own Secret); set agentStackSecret instead",
                "warning: config.namespace (line 20, column 14): the chart sets config.namespace to the release namespace; a value here overrides it, and the controller's Role only covers the release namespace",
            ]);
    }

    [TestCase("examples-config.yaml", true, new string[0])]
    [TestCase("production-helm-values.yaml", false, new string[0])]
    // A patch always gets `containers: []`: the upstream PodSpec schema requires the key, the controller ignores it empty.
    [TestCase("config.dev.yaml", true, new[] { ".config.pod-spec-patch.containers: added" })]
    public void Reading_then_writing_keeps_the_data_and_writing_again_changes_nothing(
        string name,
        bool isControllerConfig,
        string[] differences
    )
    {
        var original = isControllerConfig ? AsValues(Read(name)) : Read(name);

        var written = ReadTyped(original).ToYaml();

        AgentStackK8sValues.FromYaml(written).ToYaml().ShouldBe(written);
        YamlData.Differences(original, written).ShouldBe(differences);
    }

    [Test]
    public void The_dev_config_gets_helms_verdict_a_patch_without_containers()
    {
        AgentStackK8sValues
            .Load(AsValues(Read("config.dev.yaml")))
            .Problems.Where(e => e.Severity == Validation.ValidationSeverity.Error)
            .Select(e => $"{e.Path}: {e.Message}")
            .ShouldBe(["config.pod-spec-patch.containers: is required (chart schema: required)"]);
    }
}
