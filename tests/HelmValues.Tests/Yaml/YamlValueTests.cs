using HelmValues.Yaml;

namespace HelmValues.Tests.Yaml;

public class YamlValueTests
{
    [Test]
    public void Factories_make_scalars_with_their_YAML_text()
    {
        YamlValue
            .String("on")
            .ShouldSatisfyAllConditions(
                v => v.Kind.ShouldBe(YamlValueKind.Scalar),
                v => v.Text.ShouldBe("on"),
                v => v.IsString.ShouldBeTrue()
            );
        YamlValue.Integer(-3).Text.ShouldBe("-3");
        YamlValue.Number(1).Text.ShouldBe("1.0");
        YamlValue.Boolean(true).Text.ShouldBe("true");
        YamlValue.Null.Text.ShouldBe("null");
        YamlValue.Null.IsNull.ShouldBeTrue();
        YamlValue.String("null").IsNull.ShouldBeFalse();
        YamlValue.Integer(1).IsString.ShouldBeFalse();
    }

    [Test]
    public void Implicit_conversions_pick_the_matching_factory()
    {
        YamlValue fromString = "x";
        YamlValue fromNullString = (string?)null;
        YamlValue fromInt = 5;
        YamlValue fromLong = 5L;
        YamlValue fromDouble = 0.5;
        YamlValue fromBool = false;

        fromString.ShouldBe(YamlValue.String("x"));
        fromNullString.ShouldBe(YamlValue.Null);
        fromInt.ShouldBe(YamlValue.Integer(5));
        fromLong.ShouldBe(YamlValue.Integer(5));
        fromDouble.ShouldBe(YamlValue.Number(0.5));
        fromBool.ShouldBe(YamlValue.Boolean(false));
    }

    [Test]
    public void Equality_is_by_value()
    {
        var a = YamlValue.Mapping([new("b", YamlValue.Sequence([1, "x"])), new("a", true)]);
        var b = YamlValue.Mapping([new("a", true), new("b", YamlValue.Sequence([1, "x"]))]);

        (a == b).ShouldBeTrue();
        a.Equals((object)b).ShouldBeTrue();
        a.GetHashCode().ShouldBe(b.GetHashCode());
        (a != YamlValue.Mapping([new("a", true)])).ShouldBeTrue();
        YamlValue.String("1").ShouldNotBe(YamlValue.Integer(1));
        YamlValue.Sequence([1, 2]).ShouldNotBe(YamlValue.Sequence([2, 1]));
        YamlValue.Sequence([]).ShouldNotBe(YamlValue.Mapping([]));
        ((YamlValue?)null == null).ShouldBeTrue();
    }

    [Test]
    public void Mapping_entries_are_in_ordinal_key_order()
    {
        var value = YamlValue.Mapping([new("b", 1), new("B", 2), new("a", 3)]);
        value.Entries.Select(e => e.Key).ShouldBe(["B", "a", "b"]);
    }

    [Test]
    public void Mapping_refuses_duplicate_keys_and_null_values()
    {
        Should.Throw<ArgumentException>(() => YamlValue.Mapping([new("a", 1), new("a", 2)]));
        Should.Throw<ArgumentException>(() => YamlValue.Mapping([new("a", (YamlValue)null!)]));
        Should.Throw<ArgumentException>(() => YamlValue.Sequence([null!]));
    }

    [Test]
    public void Plain_refuses_text_that_is_not_a_plain_scalar()
    {
        Should.Throw<ArgumentException>(() => YamlValue.Plain("a: b"));
        Should.Throw<ArgumentException>(() => YamlValue.Plain(""));
        YamlValue.Plain("-.inf").Text.ShouldBe("-.inf");
    }

    [Test]
    public void ToString_is_the_YAML_text()
    {
        YamlValue.Mapping([new("on", "yes"), new("x", 1)]).ToString().ShouldBe("\"on\": \"yes\"\nx: 1");
    }
}
