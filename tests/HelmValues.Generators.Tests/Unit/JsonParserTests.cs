using HelmValues.Generators.Json;

namespace HelmValues.Generators.Tests.Unit;

public class JsonParserTests
{
    [Test]
    public void Parses_every_kind_of_value_with_positions()
    {
        var result = JsonParser.Parse("x.json", """{"a": [1, -2.5e3, true, false, null], "b": "t\u00e9\n\"x\""}""");

        var root = result.Root.ShouldBeOfType<JsonObject>();
        var array = root["a"].ShouldBeOfType<JsonArray>();
        array.Items.Select(i => i.GetType().Name).ShouldBe(["JsonNumber", "JsonNumber", "JsonBoolean", "JsonBoolean", "JsonNull"]);
        ((JsonNumber)array.Items[1]).Text.ShouldBe("-2.5e3");
        root["b"].ShouldBeOfType<JsonString>().Value.ShouldBe("té\n\"x\"");
        root.Properties[1].NameStart.ShouldBe(38);
    }

    [TestCase("{\"a\": 1,}", 8, "expected a property name in double quotes")]
    [TestCase("[1 2]", 3, "expected ',' or ']'")]
    [TestCase("{\"a\": 01}", 7, "expected ',' or '}'")]
    [TestCase("1 2", 2, "unexpected text after the end of the document")]
    [TestCase("\"abc", 4, "unterminated string")]
    [TestCase("{\"a\": 1, \"a\": 2}", 9, "duplicate property name \"a\"")]
    [TestCase("tru", 0, "unexpected character 't'")]
    [TestCase("", 0, "unexpected end of the document")]
    public void Reports_the_first_error_with_its_offset(string text, int offset, string error)
    {
        var result = JsonParser.Parse("x.json", text);

        result.Root.ShouldBeNull();
        result.Error.ShouldBe(error);
        result.ErrorOffset.ShouldBe(offset);
    }

    [Test]
    public void Deep_nesting_is_an_error_not_a_stack_overflow()
    {
        var result = JsonParser.Parse("x.json", new string('[', 10_000) + new string(']', 10_000));

        result.Error.ShouldBe("nesting deeper than 256 levels");
    }

    [Test]
    public void Positions_map_to_lines_and_characters()
    {
        var source = new JsonSource("x.json", "{\n  \"a\": 1\n}");

        source.Position(4).ShouldBe((1, 2));
        source.Position(0).ShouldBe((0, 0));
    }
}
