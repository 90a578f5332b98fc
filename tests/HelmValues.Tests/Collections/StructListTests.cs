using HelmValues.Collections;

namespace HelmValues.Tests.Collections;

public class StructListTests
{
    [Test]
    public void Items_are_kept_in_order_past_the_first_capacity()
    {
        var list = new StructList<(int Number, string Name)>(1);
        for (var i = 0; i < 5; i++)
        {
            list.Add((i, $"item {i}"));
        }

        list.Count.ShouldBe(5);
        for (var i = 0; i < 5; i++)
        {
            list[i].ShouldBe((i, $"item {i}"));
        }
    }

    [Test]
    public void An_item_can_be_replaced_in_place()
    {
        var list = new StructList<int>(0);
        list.Add(1);
        list.Add(2);
        list[1] = 20;
        list[1].ShouldBe(20);
        list[0].ShouldBe(1);
    }

    [TestCase(-1)]
    [TestCase(2)]
    [TestCase(4)]
    public void An_index_outside_the_items_is_refused_even_within_the_capacity(int index)
    {
        var list = new StructList<int>(8);
        list.Add(1);
        list.Add(2);
        Should.Throw<ArgumentOutOfRangeException>(() => list[index]);
    }

    [Test]
    public void Pop_takes_the_last_item_and_refuses_an_empty_list()
    {
        var list = new StructList<int>(2);
        list.Add(1);
        list.Add(2);
        list.Pop().ShouldBe(2);
        list.Count.ShouldBe(1);
        list.Pop().ShouldBe(1);
        Should.Throw<InvalidOperationException>(() => list.Pop());
    }

    [Test]
    public void Clear_empties_the_list()
    {
        var list = new StructList<int>(2);
        list.Add(1);
        list.Clear();
        list.Count.ShouldBe(0);
        Should.Throw<ArgumentOutOfRangeException>(() => list[0]);
    }
}
