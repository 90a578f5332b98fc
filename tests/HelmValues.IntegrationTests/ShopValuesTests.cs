using HelmValues.IntegrationTests.Shop;
using k8s.Models;

namespace HelmValues.IntegrationTests;

/// <summary>The fixture chart's generated records and builders, used as ordinary C#.</summary>
public class ShopValuesTests
{
    internal static ShopValuesBuilder Complete() =>
        new ShopValuesBuilder()
            .WithName("corner-shop")
            .WithReplicas(3)
            .WithRatio(0.5)
            .WithEnabled(true)
            .WithMode(Mode.DryRun)
            .WithTimeout(TimeSpan.FromMinutes(90))
            .WithPort(8080)
            .WithCpu("500m")
            .AddTag("on")
            .AddTag("0755")
            .WithLabel("team", "shop")
            .AddEnv(e => e.WithName("GREETING").WithValue("yes"))
            .WithDatabase(d => d.WithHost("db.internal").WithPort(5432))
            .WithAnything(YamlValueOf("1e3"));

    [Test]
    public void The_built_record_holds_what_was_set()
    {
        var values = Complete().Build();

        values.Name.ShouldBe("corner-shop");
        values.Replicas.ShouldBe(3);
        values.Mode.ShouldBe(Mode.DryRun);
        values.Timeout.ShouldBe(TimeSpan.FromMinutes(90));
        values.Port!.Value.Integer.ShouldBe(8080);
        values.Cpu!.Value.String.ShouldBe("500m");
        values.Tags.ShouldBe(["on", "0755"]);
        values.Labels!["team"].ShouldBe("shop");
        values.Env!.Single().ShouldBeOfType<V1EnvVar>().Value.ShouldBe("yes");
        values.Database!.Host.ShouldBe("db.internal");
    }

    [Test]
    public void A_half_built_builder_can_be_reused_without_one_result_changing_the_other()
    {
        var common = new ShopValuesBuilder().WithName("shop").AddTag("a");

        var first = common.AddTag("b").Build();
        var second = common.WithReplicas(2).Build();

        first.Tags.ShouldBe(["a", "b"]);
        first.Replicas.ShouldBeNull();
        second.Tags.ShouldBe(["a"]);
        common.Build().Replicas.ShouldBeNull();
    }

    [Test]
    public void Records_with_lists_and_maps_compare_by_value()
    {
        Complete().Build().ShouldBe(Complete().Build());
    }

    [Test]
    public void Yaml_is_written_in_ordinal_key_order_with_yaml11_strings_quoted()
    {
        var yaml = Complete().Build().ToYaml();

        yaml.ShouldBe(
            """
            anything: 1e3
            cpu: 500m
            database:
              host: db.internal
              port: 5432
            enabled: true
            env:
              - name: GREETING
                value: "yes"
            labels:
              team: shop
            mode: dry-run
            name: corner-shop
            port: 8080
            ratio: 0.5
            replicas: 3
            tags:
              - "on"
              - "0755"
            timeout: 1h30m

            """.ReplaceLineEndings("\n")
        );
    }

    [Test]
    public void Loading_the_written_yaml_gives_the_same_values()
    {
        var values = Complete().Build();

        var loaded = ShopValues.Load(values.ToYaml());

        loaded.Problems.ShouldBeEmpty();
        loaded.Value.ShouldNotBeNull().ToYaml().ShouldBe(values.ToYaml());
    }

    [Test]
    public void Validation_reports_every_broken_rule_with_its_path()
    {
        var values = new ShopValuesBuilder()
            .WithName("Corner Shop")
            .WithReplicas(11)
            .WithRatio(1)
            .WithTags([])
            .WithLabel("app", "x")
            .AddEnv(new V1EnvVar { Value = "nameless" })
            .WithDatabase(d => d.WithPort(0))
            .WithCpu("lots")
            .Build();

        var problems = values.Validate().Problems.Select(p => p.ToString()).ToList();

        problems.ShouldBe(
            [
                "cpu: must be a Kubernetes resource quantity such as 100m, 1.5Gi or 2 (is \"lots\")",
                "database.port: must be at least 1 (is 0)",
                "env[0].name: is required",
                "labels: must not contain the key 'app' (reserved by the chart)",
                "name: must match the pattern ^[a-z][a-z0-9-]*$ (is \"Corner Shop\")",
                "ratio: must be less than 1 (is 1)",
                "replicas: must be at most 10 (is 11)",
                "tags: must have at least 1 item (has 0)",
            ],
            ignoreOrder: false
        );
    }

    [Test]
    public void A_missing_required_key_is_an_error()
    {
        // The shop chart has no defaults file, so nothing supplies `name`: Helm's check of the schema requires it.
        new ShopValuesBuilder()
            .Build()
            .Validate()
            .Errors.Single()
            .ToString()
            .ShouldBe("name: is required (chart schema: required)");
    }

    [Test]
    public void Deprecated_and_reserved_keys_are_warnings()
    {
#pragma warning disable CS0618 // the point of the test is to set the deprecated key
        var values = new ShopValuesBuilder().WithName("shop").WithLegacyMode(true).WithNamespace("prod").Build();
#pragma warning restore CS0618

        var result = values.Validate();

        result.IsValid.ShouldBeTrue();
        result
            .Warnings.Select(w => w.ToString())
            .ShouldBe(["warning: legacyMode: Deprecated: use mode", "warning: namespace: the chart sets it to the release namespace"]);
    }

    [Test]
    public void Loading_reports_unknown_removed_and_misplaced_keys_with_positions()
    {
        var result = ShopValues.Load(
            """
            name: shop
            oldName: shop
            host: db
            replicsa: 2
            database:
              hots: x
            """
        );

        result.Succeeded.ShouldBeFalse();
        result
            .Problems.Select(e => e.ToString())
            .ShouldBe([
                "oldName (line 2, column 1): `oldName` removed in shop 2.0; use name",
                "host (line 3, column 1): `host` belongs under database (database.host)",
                "replicsa (line 4, column 1): unknown key `replicsa`; did you mean `replicas`?",
                "database.hots (line 6, column 3): unknown key `hots`; did you mean `host`?",
            ]);
    }

    [Test]
    public void Kubernetes_quantities_and_int_or_strings_a_chart_refers_to_are_read_and_written_as_kubernetes_writes_them()
    {
        var loaded = ShopValues.Load("name: x\nmemory: 1.5Gi\nmetricsPort: \"9090\"\n").GetValueOrThrow();

        loaded.Memory!.ToString().ShouldBe("1536Mi");
        loaded.MetricsPort!.Value.ShouldBe("9090");
        loaded.ToYaml().ShouldBe("memory: 1536Mi\nmetricsPort: 9090\nname: x\n");
        ShopValues
            .Load("name: x\nmemory: lots\n")
            .Problems.Select(e => e.ToString())
            .ShouldBe(["memory (line 2, column 9): must be a Kubernetes resource quantity such as 100m, 1.5Gi or 2 (is \"lots\")"]);
    }

    private static Yaml.YamlValue YamlValueOf(string plain) => ShopValues.Load("name: x\nanything: " + plain).GetValueOrThrow().Anything!;
}
