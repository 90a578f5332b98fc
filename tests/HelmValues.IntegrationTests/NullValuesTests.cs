using HelmValues.IntegrationTests.Shop;

namespace HelmValues.IntegrationTests;

/// <summary>"Not set" (the chart's default applies) and "null" (Helm deletes the default) are two values.</summary>
public class NullValuesTests
{
    [Test]
    public void WithNull_writes_null_and_Without_writes_nothing()
    {
        var nulled = new ShopValuesBuilder().WithName("shop").WithNullReplicas().WithNullDatabase().Build();

        nulled.NullKeys.ShouldBe(["database", "replicas"]);
        nulled.ToYaml().ShouldBe("database: null\nname: shop\nreplicas: null\n");
        ShopValuesBuilder.From(nulled).WithoutReplicas().Build().ToYaml().ShouldBe("database: null\nname: shop\n");
    }

    [Test]
    public void A_value_set_after_a_null_is_written_instead_of_it()
    {
        var values = new ShopValuesBuilder().WithName("shop").WithNullReplicas().WithReplicas(2).Build();

        values.ToYaml().ShouldBe("name: shop\nreplicas: 2\n");
    }

    // The shop chart's defaults (shop.values.yaml) set replicas and database; a null deletes them, which Helm accepts.
    [Test]
    public void Loaded_nulls_are_kept_apart_from_absent_keys_and_written_back()
    {
        const string yaml = "database: ~\nlabels:\n  team: shop\nname: shop\nreplicas: null\n";

        var loaded = ShopValues.Load(yaml);

        loaded.Succeeded.ShouldBeTrue(string.Join("\n", loaded.Problems));
        loaded.Value!.Replicas.ShouldBeNull();
        loaded.Value.NullKeys.ShouldBe(["database", "replicas"]);
        loaded.Value.ToYaml().ShouldBe("database: null\nlabels:\n  team: shop\nname: shop\nreplicas: null\n");
    }

    [Test]
    public void A_null_for_a_key_the_defaults_lack_is_judged_by_the_schema()
    {
        ShopValues
            .Load("name: shop\nratio: null\n")
            .Problems.Select(e => e.ToString())
            .ShouldBe(["ratio (line 2, column 8): must be a number (is null) (chart schema: type)"]);
    }

    [Test]
    public void Records_with_different_nulls_are_different_values()
    {
        var plain = new ShopValuesBuilder().WithName("shop").Build();

        new ShopValuesBuilder().WithName("shop").WithNullReplicas().Build().ShouldNotBe(plain);
        new ShopValuesBuilder().WithName("shop").WithNullReplicas().WithoutReplicas().Build().ShouldBe(plain);
    }

    // Known limit: a map of typed values (labels here) has no way to say null, so a null entry is refused, not lost.
    [Test]
    public void A_null_entry_in_a_typed_map_is_an_error_rather_than_lost()
    {
        var error = ShopValues.Load("name: shop\nlabels:\n  team: null\n").Problems.Single();

        error.Path.ShouldBe("labels.team");
        error.Message.ShouldStartWith("a null entry in this map cannot be kept in its typed value");
    }
}
