using HelmValues.Charts;

namespace HelmValues.Tests.Charts;

/// <summary>Schemas Helm refuses (so every values file fails) are a <see cref="FormatException"/> at parse time.</summary>
public class ChartSchemaParseTests
{
    [TestCase("", "not valid JSON")]
    [TestCase("{", "not valid JSON")]
    [TestCase("[]", "must hold a JSON object")]
    [TestCase("42", "must hold a JSON object")]
    [TestCase("\"schema\"", "must hold a JSON object")]
    [TestCase("""{"$schema": "http://example.com/my-meta"}""", "unknown meta-schema")]
    [TestCase("""{"$schema": 7}""", "must be a string")]
    public void Text_that_is_no_schema_is_refused(string text, string message) =>
        Should.Throw<FormatException>(() => ChartSchema.Parse(text)).Message.ShouldContain(message);

    [Test]
    public void A_boolean_schema_is_a_schema()
    {
        SchemaCheck.IsValid("true", "a: 1").ShouldBeTrue();
        SchemaCheck.IsValid("false", "a: 1").ShouldBeFalse();
    }

    [TestCase("""{"properties": {"a": {"$ref": "https://example.com/schema.json"}}}""", "nothing is fetched here")]
    [TestCase("""{"properties": {"a": {"$ref": "other.json#/a"}}}""", "file:///other.json")]
    [TestCase("""{"properties": {"a": {"$ref": "#/$defs/missing"}}}""", "nothing at #/$defs/missing")]
    [TestCase("""{"properties": {"a": {"$ref": "#nowhere"}}}""", "no anchor \"nowhere\"")]
    [TestCase("""{"properties": {"a": {"$ref": "#/$defs/a~2b"}}, "$defs": {"a~2b": {}}}""", "'~' must be followed by 0 or 1")]
    [TestCase("""{"properties": {"a": {"$ref": "#/properties/a/type"}, "b": {"type": "string"}}}""", "nothing at")]
    public void A_ref_that_does_not_resolve_in_the_document_is_refused(string schema, string message) =>
        Should.Throw<FormatException>(() => ChartSchema.Parse(schema)).Message.ShouldContain(message);

    [Test]
    public void A_broken_ref_in_an_unused_definition_is_no_error_as_in_helm() =>
        SchemaCheck.IsValid("""{"$defs": {"unused": {"$ref": "https://example.com/x.json"}}}""", "a: 1").ShouldBeTrue();

    [Test]
    public void Refs_resolve_escaped_pointers_and_ids()
    {
        const string Schema = """
            {"properties": {"a": {"$ref": "#/$defs/a~1b~0c%20d"}, "b": {"$ref": "http://example.com/root.json#/$defs/n"}, "c": {"$ref": "item.json"}},
             "$id": "http://example.com/root.json",
             "$defs": {"a/b~c d": {"type": "integer"}, "n": {"type": "null"}, "item": {"$id": "item.json", "type": "string"}}}
            """;
        SchemaCheck.Lines(Schema, "a: x\nb: 1\nc: 1\n").Select(static l => l[..1]).ShouldBe(["a", "b", "c"]);
        SchemaCheck.IsValid(Schema, "a: 1\nb: ~\nc: x\n").ShouldBeTrue();
    }

    // A schema Helm refuses is refused with the JSON pointer of the value at fault: a keyword, an item of one, an entry of a
    // map of them, under keys that need escaping.
    [TestCase("""{"properties": {"a": {"type": "strin"}}}""", "#/properties/a/type: must be one of")]
    [TestCase("""{"properties": {"a": {"type": ["string", "strin"]}}}""", "#/properties/a/type/1: must be one of")]
    [TestCase("""{"properties": {"a/b~c": {"minimum": "1"}}}""", "#/properties/a~1b~0c/minimum: must be a number")]
    [TestCase("""{"required": ["a", 5]}""", "#/required/1: must be a string")]
    [TestCase("""{"dependentRequired": {"a": ["b", 5]}}""", "#/dependentRequired/a/1: must be a string")]
    [TestCase("""{"dependencies": {"a": ["b", 5]}}""", "#/dependencies/a/1: must be a string")]
    [TestCase("""{"$vocabulary": {"https://example.com/v": 1}}""", "#/$vocabulary/https:~1~1example.com~1v: must be a boolean")]
    [TestCase("""{"allOf": [{}, {"maxLength": -1}]}""", "#/allOf/1/maxLength: must be a non-negative integer")]
    [TestCase("""{"$defs": {"d": {"pattern": "[a"}}}""", "#/$defs/d/pattern: the regex \"[a\" does not compile")]
    public void A_refused_schema_names_the_place_at_fault(string schema, string message) =>
        Should.Throw<FormatException>(() => ChartSchema.Parse(schema)).Message.ShouldStartWith("values.schema.json at " + message);

    [TestCase("(?=a)")]
    [TestCase("(?<!a)b")]
    [TestCase("(a)\\1")]
    [TestCase("\\u0041")]
    [TestCase("a**")]
    [TestCase("[a")]
    [TestCase("x{1001}")]
    public void An_invalid_pattern_is_refused_as_go_cannot_compile_it(string pattern)
    {
        var schema = "{\"properties\": {\"a\": {\"pattern\": " + System.Text.Json.JsonSerializer.Serialize(pattern) + "}}}";
        Should.Throw<FormatException>(() => ChartSchema.Parse(schema)).Message.ShouldContain("does not compile in Go");
    }

    [Test]
    public void An_invalid_pattern_property_is_refused_too() =>
        Should.Throw<FormatException>(() => ChartSchema.Parse("""{"patternProperties": {"(?!x)": {}}}""")).Message.ShouldContain("(?!x)");

    [TestCase("""{"type": "strin"}""")]
    [TestCase("""{"type": []}""")]
    [TestCase("""{"type": ["string", "string"]}""")]
    [TestCase("""{"properties": {"a": {"required": true}}}""")]
    [TestCase("""{"required": ["a", "a"]}""")]
    [TestCase("""{"minLength": -1}""")]
    [TestCase("""{"minLength": 1.5}""")]
    [TestCase("""{"maxItems": "3"}""")]
    [TestCase("""{"multipleOf": 0}""")]
    [TestCase("""{"minimum": "1"}""")]
    [TestCase("""{"allOf": []}""")]
    [TestCase("""{"properties": []}""")]
    [TestCase("""{"properties": {"a": 1}}""")]
    [TestCase("""{"$defs": {"unused": {"type": "strin"}}}""")]
    [TestCase("""{"title": 1}""")]
    [TestCase("""{"uniqueItems": "yes"}""")]
    [TestCase("""{"$schema": "http://json-schema.org/draft-07/schema#", "enum": []}""")]
    [TestCase("""{"$schema": "http://json-schema.org/draft-07/schema#", "enum": [1, 1.0]}""")]
    [TestCase("""{"$schema": "http://json-schema.org/draft-04/schema#", "required": []}""")]
    [TestCase("""{"$id": "http://example.com/x#frag"}""")]
    public void A_schema_its_meta_schema_refuses_is_refused(string schema) =>
        Should.Throw<FormatException>(() => ChartSchema.Parse(schema));

    [TestCase("""{"minLength": 1.0}""")]
    [TestCase("""{"enum": []}""")]
    [TestCase("""{"enum": [1, 1.0]}""")]
    [TestCase("""{"required": []}""")]
    [TestCase("""{"x-anything": {"type": "strin"}}""")]
    [TestCase("""{"$schema": "http://json-schema.org/draft-07/schema#", "prefixItems": 3}""")]
    public void What_the_meta_schema_allows_is_accepted(string schema) => Should.NotThrow(() => ChartSchema.Parse(schema));

    [Test]
    public void Dynamic_references_with_dynamic_anchors_are_refused_rather_than_ignored() =>
        Should
            .Throw<FormatException>(() =>
                ChartSchema.Parse("""{"$dynamicAnchor": "node", "properties": {"a": {"$dynamicRef": "#node"}}}""")
            )
            .Message.ShouldContain("not supported");

    [Test]
    public void Dynamic_references_without_anchors_act_as_refs() =>
        SchemaCheck
            .IsValid("""{"properties": {"a": {"$dynamicRef": "#/$defs/s"}}, "$defs": {"s": {"type": "string"}}}""", "a: 1")
            .ShouldBeFalse();
}
