using HelmValues.AgentStackK8s;
using HelmValues.Charts;
using HelmValues.Testing;

namespace HelmValues.Tests.Charts;

/// <summary>The bundled chart as the generated code carries it: the chart's own schema, self-contained, and its defaults.</summary>
public class AgentStackChartTests
{
    [Test]
    public void The_chart_carries_its_defaults_and_its_own_schema_with_nothing_left_to_download()
    {
        var chart = AgentStackK8sValues.Chart;

        chart.Name.ShouldBe("agent-stack-k8s");
        chart.DefaultsYaml.ShouldBe(File.ReadAllText(Repository.PathOf("src", "HelmValues", "Schemas", "agent-stack-k8s.values.yaml")));
        chart.SchemaJson.ShouldNotContain("https://raw.githubusercontent.com");
        chart.SchemaJson.ShouldContain("\"io.k8s.api.core.v1.PodSpec\":{");
        // The overlay is ours: Helm checks the chart's schema, which does not know the controller's rules.
        chart.SchemaJson.ShouldNotContain("x-helmvalues");
    }

    [Test]
    public void An_empty_file_is_valid_for_helm_because_the_defaults_supply_what_the_schema_requires()
    {
        AgentStackK8sValues.Chart.Check(new ValuesFile("values.yaml", "{}")).IsValid.ShouldBeTrue();
        AgentStackK8sValues.Load("{}").Problems.Where(e => e.Severity == Validation.ValidationSeverity.Error).ShouldBeEmpty();
    }

    [Test]
    public void A_null_that_deletes_a_required_default_is_an_error_at_the_users_line()
    {
        var result = AgentStackK8sValues.Chart.Check(new ValuesFile("prod.yaml", "agentStackSecret: s\nconfig: null\n"));

        result.Errors.Select(e => e.ToString()).ShouldBe(["config (prod.yaml, line 1, column 1): is required (chart schema: required)"]);
    }
}
