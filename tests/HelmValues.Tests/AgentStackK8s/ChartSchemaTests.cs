using HelmValues.AgentStackK8s;

namespace HelmValues.Tests.AgentStackK8s;

/// <summary>Everything we write is accepted by the chart's own schema, checked by an independent validator.</summary>
public class ChartSchemaTests
{
    private static IEnumerable<string> RecipeNames => Recipes.All.Keys;

    [TestCaseSource(nameof(RecipeNames))]
    public void Every_recipe_we_write_validates_against_the_chart_schema(string name)
    {
        ChartSchema.Problems(Recipes.All[name]().ToYaml()).ShouldBeEmpty();
    }

    [Test]
    public void The_reference_files_we_rewrite_validate_against_the_chart_schema()
    {
        foreach (var values in ReferenceFileTests.Rewritten())
        {
            ChartSchema.Problems(values).ShouldBeEmpty();
        }
    }

    [Test]
    public void The_ecr_quickstart_values_validate_against_the_chart_schema()
    {
        ChartSchema.Problems(EcrQuickstart.QuickstartStack.Create().Values.ToYaml()).ShouldBeEmpty();
    }

    [Test]
    public void The_validator_does_catch_what_the_schema_forbids()
    {
        var problems = ChartSchema.Problems(
            """
            labels:
              app: mine
            config:
              prometheus-port: 70000
              tags: queue=x
              pod-spec-patch:
                containers:
                  - image: nameless
            """
        );

        problems.ShouldContain(p => p.StartsWith("/labels", StringComparison.Ordinal));
        problems.ShouldContain(p => p.StartsWith("/config/prometheus-port", StringComparison.Ordinal));
        problems.ShouldContain(p => p.StartsWith("/config/tags", StringComparison.Ordinal));
        problems.ShouldContain(p => p.StartsWith("/config/pod-spec-patch/containers/0", StringComparison.Ordinal));
    }

    [Test]
    public void A_patch_without_containers_would_fail_upstream_so_we_write_an_empty_list()
    {
        var yaml = new AgentStackK8sValuesBuilder()
            .WithConfig(c => c.WithPodSpecPatch(p => p.WithServiceAccountName("sa")))
            .Build()
            .ToYaml();

        yaml.ShouldContain("containers: []");
        ChartSchema.Problems(yaml).ShouldBeEmpty();
        ChartSchema.Problems("config:\n  pod-spec-patch:\n    serviceAccountName: sa\n").ShouldNotBeEmpty();
    }
}
