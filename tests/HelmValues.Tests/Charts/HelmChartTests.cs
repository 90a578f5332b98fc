using HelmValues.AgentStackK8s;
using HelmValues.Charts;
using HelmValues.Validation;

namespace HelmValues.Tests.Charts;

/// <summary>Helm's verdict on values files: layered, over the chart's defaults, every problem with its file.</summary>
public class HelmChartTests
{
    private const string Schema = """
        { "type": "object", "required": ["image"],
          "properties": { "image": { "type": "object", "required": ["repository"], "properties": { "repository": { "type": "string" }, "tag": { "type": "string" } } },
                          "replicas": { "type": "integer", "minimum": 1 } } }
        """;

    private static readonly HelmChart Chart = new("demo", Schema, "image:\n  repository: app\nreplicas: 1\n");

    [Test]
    public void Layers_are_merged_in_order_over_the_defaults_and_each_error_names_its_file()
    {
        var result = Chart.Check(
            new ValuesFile("base.yaml", "replicas: 2\n"),
            new ValuesFile("prod.yaml", "replicas: 0\nimage:\n  repository: null\n")
        );

        result
            .Errors.Select(e => e.ToString())
            .ShouldBe(
                [
                    "image.repository (prod.yaml, line 3, column 3): is required (chart schema: required)",
                    "replicas (prod.yaml, line 1, column 11): must be at least 1 (is 0) (chart schema: minimum)",
                ],
                ignoreOrder: true
            );
    }

    [Test]
    public void A_later_file_repairs_what_an_earlier_one_broke()
    {
        Chart.Check(new ValuesFile("base.yaml", "replicas: 0\n"), new ValuesFile("prod.yaml", "replicas: 3\n")).IsValid.ShouldBeTrue();
    }

    [Test]
    public void Syntax_errors_of_every_file_are_reported_and_nothing_is_checked()
    {
        var result = Chart.Check(
            new ValuesFile("a.yaml", "a: [\n"),
            new ValuesFile("b.yaml", "b: {\n"),
            new ValuesFile("c.yaml", "replicas: 0\n")
        );

        result.Errors.Select(e => e.Source).ShouldBe(["a.yaml", "b.yaml"]);
    }

    [Test]
    public void A_schema_helm_cannot_compile_refuses_every_file()
    {
        var broken = new HelmChart("broken", """{ "type": 5 }""", null);

        var error = broken.Check(new ValuesFile("values.yaml", "{}")).Errors.Single();

        error.Path.ShouldBe("");
        error.Message.ShouldStartWith("the chart's values schema cannot be used, so Helm refuses any values:");
    }

    // A new chart parses its schema on the thread pool, so that the parse overlaps the app building its values.
    [Test]
    public void A_new_chart_parses_its_schema_before_anything_is_validated()
    {
        var chart = new HelmChart("demo", Schema, "image:\n  repository: app\n");

        System.Threading.SpinWait.SpinUntil(() => chart.SchemaParsed, TimeSpan.FromSeconds(30)).ShouldBeTrue();
    }

    // A new chart parses its schema on the thread pool while the first validations parse the defaults: first validations on
    // many threads at once, of a new chart each time, give the verdict one thread gives, for a schema that compiles and for
    // one that does not.
    [TestCase(Schema)]
    [TestCase("""{ "type": 5 }""")]
    public void First_validations_on_many_threads_at_once_give_the_verdict_of_one(string schema)
    {
        var file = new ValuesFile("prod.yaml", "replicas: 0\n");
        var expected = new HelmChart("demo", schema, "image:\n  repository: app\n").Check(file).Errors.Select(e => e.ToString()).ToList();

        for (var round = 0; round < 20; round++)
        {
            var chart = new HelmChart("demo", schema, "image:\n  repository: app\n");
            var verdicts = new List<string>[4];
            System.Threading.Tasks.Parallel.For(
                0,
                verdicts.Length,
                i => verdicts[i] = chart.Check(file).Errors.Select(e => e.ToString()).ToList()
            );

            verdicts.ShouldAllBe(verdict => verdict.SequenceEqual(expected));
        }

        expected.ShouldNotBeEmpty();
    }

    [Test]
    public void Defaults_that_do_not_parse_are_reported_against_the_charts_values_file()
    {
        var broken = new HelmChart("broken", "{}", "a: [\n");

        broken.Check(new ValuesFile("values.yaml", "{}")).Errors.ShouldAllBe(e => e.Source == "broken/values.yaml");
    }

    [Test]
    public void Where_the_typed_rules_find_a_problem_helms_message_for_the_same_place_is_not_repeated()
    {
        var result = AgentStackK8sValues.Load("config:\n  max-in-flight: many\n");

        result.Problems.Where(e => e.Severity == ValidationSeverity.Error).Select(e => e.Path).ShouldBe(["config.max-in-flight"]);
    }

    [Test]
    public void Load_takes_layers_like_helm_and_names_the_file_of_each_error()
    {
        var result = AgentStackK8sValues.Load(
            new ValuesFile("base.yaml", "agentStackSecret: s\n"),
            new ValuesFile("prod.yaml", "config:\n  max-in-flight: many\n")
        );

        result.Value.ShouldBeNull();
        result.Problems.Where(e => e.Severity == ValidationSeverity.Error).Select(e => e.Source).ShouldBe(["prod.yaml"]);
    }

    [Test]
    public void Layers_load_to_their_merge()
    {
        var result = AgentStackK8sValues.Load(
            new ValuesFile("base.yaml", "agentStackSecret: s\nconfig:\n  queue: a\n  max-in-flight: 5\n"),
            new ValuesFile("prod.yaml", "config:\n  queue: b\n  pod-pending-timeout: null\n")
        );

        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Problems));
        var config = result.Value!.Config!;
        config.Queue.ShouldBe("b");
        config.MaxInFlight.ShouldBe(5);
        config.NullKeys.ShouldBe(["pod-pending-timeout"]);
        result.Value.ToYaml().ShouldContain("pod-pending-timeout: null");
    }
}
