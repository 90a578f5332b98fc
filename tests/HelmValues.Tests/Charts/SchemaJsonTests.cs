using System.Text.Json;
using HelmValues.Charts;

namespace HelmValues.Tests.Charts;

/// <summary>
/// A key written twice in the schema's JSON is read as Go's <c>encoding/json</c> reads it into a map: once, with its last
/// value. Objects of a few keys are searched, larger ones indexed, so both sizes are checked.
/// </summary>
public class SchemaJsonTests
{
    [TestCase(3)]
    [TestCase(15)]
    [TestCase(16)]
    [TestCase(17)]
    [TestCase(60)]
    public void Each_name_comes_once_with_its_last_value_where_it_first_appeared(int keys)
    {
        // k0..k(n-1) valued by their index, then k0, the middle key and the last key again, valued 100 + index.
        var names = Enumerable.Range(0, keys).Select(static i => "k" + i).ToList();
        var again = new[] { 0, keys / 2, keys - 1 };
        var json =
            "{" + string.Join(", ", names.Select(static (n, i) => $"\"{n}\": {i}").Concat(again.Select(i => $"\"k{i}\": {100 + i}"))) + "}";

        var properties = SchemaJson.Properties(JsonDocument.Parse(json).RootElement);

        properties.Select(static p => p.Key).ShouldBe(names);
        properties.Select(static p => p.Value.GetInt32()).ShouldBe(Enumerable.Range(0, keys).Select(i => again.Contains(i) ? 100 + i : i));
    }

    [TestCase(2)]
    [TestCase(40)]
    public void A_property_schema_written_twice_is_judged_by_its_last_form(int otherProperties)
    {
        var others = string.Concat(Enumerable.Range(0, otherProperties).Select(static i => $"\"p{i}\": {{}}, "));
        var schema = "{\"properties\": {\"a\": {\"type\": \"string\"}, " + others + "\"a\": {\"type\": \"integer\"}}}";

        SchemaCheck.IsValid(schema, "a: 1").ShouldBeTrue();
        SchemaCheck.Lines(schema, "a: x").ShouldHaveSingleItem().ShouldStartWith("a: type:");
    }

    // The compiler reads each schema object's keywords in one pass (SchemaObjectKeywords): the last of a keyword written
    // twice counts, and a keyword's name is read unescaped, as JsonElement.TryGetProperty and Go's encoding/json read them.
    [TestCase("""{"properties": {"a": {"type": "string", "maximum": 1, "type": "integer"}}}""", "a: 1", "a: 2", "a: maximum:")]
    [TestCase("""{"properties": {"a": {"maximum": 5, "maximum": 1}}}""", "a: 1", "a: 2", "a: maximum:")]
    [TestCase("""{"properties": {"a": {"typ\u0065": "integer"}}}""", "a: 1", "a: x", "a: type:")]
    [TestCase("""{"\u0070roperties": {"a": {"minLength": 2}}, "required": ["a"]}""", "a: xy", "a: x", "a: minLength:")]
    public void A_keyword_written_twice_counts_by_its_last_value_and_escaped_names_are_keywords(
        string schema,
        string valid,
        string invalid,
        string violation
    )
    {
        SchemaCheck.IsValid(schema, valid).ShouldBeTrue();
        SchemaCheck.Lines(schema, invalid).ShouldHaveSingleItem().ShouldStartWith(violation);
    }
}
