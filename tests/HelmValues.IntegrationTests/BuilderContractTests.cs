using HelmValues.IntegrationTests.Shop;
using k8s.Models;

namespace HelmValues.IntegrationTests;

/// <summary>
/// What the generated builders and records promise, as a user compiles it: every property can be unset, built values never
/// change when the caller later changes what it passed, and records holding lists and maps compare by value.
/// </summary>
public class BuilderContractTests
{
    [Test]
    public void WithoutX_unsets_any_property_and_WithX_null_unsets_where_there_is_no_configure_overload()
    {
        var full = new ShopValuesBuilder()
            .WithName("shop")
            .AddTag("a")
            .WithLabel("team", "shop")
            .WithDatabase(d => d.WithHost("db"))
            .WithReplicas(2);

        var unset = full.WithoutName().WithoutTags().WithoutLabels().WithoutDatabase().WithoutReplicas().Build();
        var nulled = full.WithName(null).WithTags(null).WithLabels(null).WithReplicas(null).WithoutDatabase().Build();

        unset.ShouldBe(new ShopValues());
        nulled.ShouldBe(new ShopValues());
    }

    [Test]
    public void A_caller_changing_a_Kubernetes_object_it_passed_does_not_change_what_was_built()
    {
        var env = new V1EnvVar { Name = "GREETING", Value = "hello" };
        var list = new List<V1EnvVar>
        {
            new() { Name = "A", Value = "1" },
        };
        var builder = new ShopValuesBuilder().AddEnv(env);
        var replaced = new ShopValuesBuilder().WithEnv(list);

        env.Value = "changed";
        list[0].Value = "changed";
        list.Add(new V1EnvVar { Name = "B" });

        builder.Build().Env!.Single().Value.ShouldBe("hello");
        replaced.Build().Env!.Single().Value.ShouldBe("1");
    }

    [Test]
    public void Records_compare_lists_and_maps_by_value_whatever_collection_was_assigned()
    {
        var fromArrays = new ShopValues
        {
            Tags = ["a", "b"],
            Labels = new Dictionary<string, string> { ["team"] = "shop" },
        };
        var fromLists = new ShopValues
        {
            Tags = new List<string> { "a", "b" },
            Labels = new SortedDictionary<string, string> { ["team"] = "shop" },
        };

        fromArrays.ShouldBe(fromLists);
        fromArrays.GetHashCode().ShouldBe(fromLists.GetHashCode());
        fromArrays.ShouldBe(new ShopValuesBuilder().AddTag("a").AddTag("b").WithLabel("team", "shop").Build());
    }

    [Test]
    public void Values_built_or_loaded_the_same_way_are_equal_Kubernetes_objects_included()
    {
        static ShopValues Build() =>
            new ShopValuesBuilder()
                .WithName("shop")
                .AddEnv(e => e.WithName("A").WithValue("1"))
                .AddEnv(new V1EnvVar { Name = "B" })
                .Build();

        Build().ShouldBe(Build());
        Build().GetHashCode().ShouldBe(Build().GetHashCode());
        ShopValues.FromYaml(Build().ToYaml()).ShouldBe(Build());
    }
}
