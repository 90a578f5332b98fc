using HelmValues.Collections;

namespace HelmValues.Tests.Collections;

/// <summary>The map builders store: ordinal key order, a later entry replacing an earlier one, and never a change in place.</summary>
public class ValueMapTests
{
    private static readonly ValueMap<int> AC = ValueMap.From([new KeyValuePair<string, int>("a", 1), new("c", 3)]);

    [Test]
    public void Set_inserts_a_new_key_in_ordinal_order_and_leaves_the_map_it_started_from_unchanged()
    {
        var map = ValueMap.Set(ValueMap.Set(AC, "b", 2), "B", 0);

        map.ShouldBe([new("B", 0), new("a", 1), new("b", 2), new("c", 3)]);
        AC.ShouldBe([new("a", 1), new("c", 3)]);
    }

    [Test]
    public void Set_replaces_the_value_of_a_key_it_holds()
    {
        ValueMap.Set(AC, "c", 30).ShouldBe([new("a", 1), new("c", 30)]);
        AC["c"].ShouldBe(3);
    }

    [Test]
    public void Set_starts_a_map_from_null_or_from_any_dictionary()
    {
        ValueMap.Set<int>(null, "k", 1).ShouldBe([new("k", 1)]);
        ValueMap.Set(new Dictionary<string, int> { ["z"] = 26, ["a"] = 1 }, "m", 13).ShouldBe([new("a", 1), new("m", 13), new("z", 26)]);
    }

    [Test]
    public void Set_refuses_a_null_value_as_From_does()
    {
        Should
            .Throw<ArgumentException>(() => ValueMap.Set(ValueMap.From<string>([]), "k", null!))
            .Message.ShouldStartWith("The value of 'k' is null");
        Should
            .Throw<ArgumentException>(() => ValueMap.From([new KeyValuePair<string, string>("k", null!)]))
            .Message.ShouldStartWith("The value of 'k' is null");
    }

    [Test]
    public void From_sorts_the_entries_and_keeps_the_last_of_a_repeated_key()
    {
        ValueMap.From([new KeyValuePair<string, int>("b", 1), new("a", 2), new("b", 3)]).ShouldBe([new("a", 2), new("b", 3)]);
        ValueMap.From([new KeyValuePair<string, int>("a", 1), new("a", 2)]).ShouldBe([new("a", 2)]);
    }
}
