using HelmValues.Generators.Json;
using HelmValues.Generators.Parsing;

namespace HelmValues.Generators.Tests.Unit;

/// <summary>RFC 7396 semantics, including the examples of its appendix A.</summary>
public class MergePatchTests
{
    [TestCase("""{"a":"b"}""", """{"a":"c"}""", """{"a":"c"}""")]
    [TestCase("""{"a":"b"}""", """{"b":"c"}""", """{"a":"b","b":"c"}""")]
    [TestCase("""{"a":"b"}""", """{"a":null}""", """{}""")]
    [TestCase("""{"a":"b","b":"c"}""", """{"a":null}""", """{"b":"c"}""")]
    [TestCase("""{"a":["b"]}""", """{"a":"c"}""", """{"a":"c"}""")]
    [TestCase("""{"a":"c"}""", """{"a":["b"]}""", """{"a":["b"]}""")]
    [TestCase("""{"a":{"b":"c"}}""", """{"a":{"b":"d","c":null}}""", """{"a":{"b":"d"}}""")]
    [TestCase("""{"a":[{"b":"c"}]}""", """{"a":[1]}""", """{"a":[1]}""")]
    [TestCase("""["a","b"]""", """["c","d"]""", """["c","d"]""")]
    [TestCase("""{"a":"b"}""", """["c"]""", """["c"]""")]
    [TestCase("""{"e":null}""", """{"a":1}""", """{"e":null,"a":1}""")]
    [TestCase("""[1,2]""", """{"a":"b","c":null}""", """{"a":"b"}""")]
    [TestCase("""{}""", """{"a":{"bb":{"ccc":null}}}""", """{"a":{"bb":{}}}""")]
    public void Applies_the_rfc_examples(string target, string patch, string expected)
    {
        var merged = MergePatch.Apply(Parse(target), Parse(patch));

        Compact(merged).ShouldBe(expected);
    }

    [Test]
    public void Merged_nodes_keep_pointing_into_their_own_file()
    {
        var merged = (JsonObject)
            MergePatch.Apply(JsonParser.Parse("schema.json", """{"a":1}""").Root!, JsonParser.Parse("overlay.json", """{"b":2}""").Root!);

        merged["a"]!.Source.Path.ShouldBe("schema.json");
        merged["b"]!.Source.Path.ShouldBe("overlay.json");
    }

    private static JsonNode Parse(string text) => JsonParser.Parse("x.json", text).Root!;

    private static string Compact(JsonNode node) =>
        node switch
        {
            JsonObject o => "{" + string.Join(",", o.Properties.Select(p => $"\"{p.Name}\":{Compact(p.Value)}")) + "}",
            JsonArray a => "[" + string.Join(",", a.Items.Select(Compact)) + "]",
            JsonString s => $"\"{s.Value}\"",
            JsonNumber n => n.Text,
            JsonBoolean b => b.Value ? "true" : "false",
            _ => "null",
        };
}
