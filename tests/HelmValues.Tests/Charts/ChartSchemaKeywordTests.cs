namespace HelmValues.Tests.Charts;

/// <summary>Every keyword Helm enforces: one values file that breaks it, one that satisfies it.</summary>
public class ChartSchemaKeywordTests
{
    private const string Draft7 = "\"$schema\": \"http://json-schema.org/draft-07/schema#\"";
    private const string Draft2019 = "\"$schema\": \"https://json-schema.org/draft/2019-09/schema\"";

    private static string D7(string schema) => schema.Insert(1, Draft7 + ", ");

    private static string D2019(string schema) => schema.Insert(1, Draft2019 + ", ");

    /// <summary>A keyword, a schema using it, a passing and a failing values file, and the violation expected.</summary>
    /// <remarks>
    /// An applicator's violations are those of the rule broken below it (a wrong type under <c>properties</c> is a
    /// <c>type</c> violation at the property's path), so <paramref name="Reported"/> may differ from <paramref name="Keyword"/>.
    /// </remarks>
    public sealed record Case(string Keyword, string Schema, string Valid, string Invalid, string Path, string? Reported = null)
    {
        public override string ToString() => $"{Keyword}: {Schema}";
    }

    private static IEnumerable<TestCaseData> Cases()
    {
        Case[] cases =
        [
            new("type", """{"properties": {"a": {"type": "string"}}}""", "a: x", "a: 1", "a"),
            new("type", """{"properties": {"a": {"type": ["string", "null"]}}}""", "a: ~", "a: true", "a"),
            new("type", """{"properties": {"a": {"type": "integer"}}}""", "a: 1.0", "a: 1.5", "a"),
            new("type", """{"properties": {"a": {"type": "number"}}}""", "a: 1.5", "a: '1.5'", "a"),
            new("type", """{"properties": {"a": {"type": "boolean"}}}""", "a: on", "a: 'on'", "a"),
            new("type", """{"properties": {"a": {"type": "object"}}}""", "a: {}", "a: []", "a"),
            new("type", """{"properties": {"a": {"type": "array"}}}""", "a: []", "a: {}", "a"),
            new("type", """{"properties": {"a": {"type": "null"}}}""", "a:", "a: ''", "a"),
            new("enum", """{"properties": {"a": {"enum": ["x", 1, null]}}}""", "a: 1.0", "a: '1'", "a"),
            new("const", """{"properties": {"a": {"const": {"k": [1, "v"]}}}}""", "a: {k: [1.0, v]}", "a: {k: [1, w]}", "a"),
            new("required", """{"required": ["a"]}""", "a: ~", "b: 1", "a"),
            new("minimum", """{"properties": {"a": {"minimum": 1}}}""", "a: 1", "a: 0.999", "a"),
            new("maximum", """{"properties": {"a": {"maximum": 1}}}""", "a: 1", "a: 1.001", "a"),
            new("exclusiveMinimum", """{"properties": {"a": {"exclusiveMinimum": 1}}}""", "a: 1.5", "a: 1", "a"),
            new("exclusiveMaximum", """{"properties": {"a": {"exclusiveMaximum": 1}}}""", "a: 0.5", "a: 1", "a"),
            new("multipleOf", """{"properties": {"a": {"multipleOf": 0.01}}}""", "a: 0.07", "a: 0.075", "a"),
            new("multipleOf", """{"properties": {"a": {"multipleOf": 3}}}""", "a: 9.0", "a: 10", "a"),
            new("minLength", """{"properties": {"a": {"minLength": 2}}}""", "a: \"\U0001F600\U0001F600\"", "a: \"\U0001F600\"", "a"),
            new("maxLength", """{"properties": {"a": {"maxLength": 2}}}""", "a: \"\U0001F600\U0001F600\"", "a: abc", "a"),
            new("pattern", """{"properties": {"a": {"pattern": "^[a-z]+$"}}}""", "a: abc", "a: Abc", "a"),
            new("format", D7("""{"properties": {"a": {"format": "ipv4"}}}"""), "a: 10.0.0.1", "a: 10.0.0.256", "a"),
            new(
                "properties",
                """{"properties": {"a": {"properties": {"b": {"type": "string"}}}}}""",
                "a: {b: x}",
                "a: {b: 2}",
                "a.b",
                "type"
            ),
            new("additionalProperties", """{"properties": {"a": {}}, "additionalProperties": false}""", "a: 1", "a: 1\nb: 2", "b"),
            new("additionalProperties", """{"additionalProperties": {"type": "integer"}}""", "x: 1", "x: y", "x", "type"),
            new("patternProperties", """{"patternProperties": {"^x-": {"type": "integer"}}}""", "x-a: 1\ny: z", "x-a: z", "x-a", "type"),
            new("propertyNames", """{"propertyNames": {"maxLength": 3}}""", "abc: 1", "abcd: 1", "abcd", "maxLength"),
            new("minProperties", """{"minProperties": 2}""", "a: 1\nb: 2", "a: 1", ""),
            new("maxProperties", """{"maxProperties": 1}""", "a: 1", "a: 1\nb: 2", ""),
            new("dependentRequired", """{"dependentRequired": {"a": ["b"]}}""", "a: 1\nb: 2", "a: 1", "b"),
            new("dependencies", D7("""{"dependencies": {"a": ["b"]}}"""), "b: 1", "a: 1", "b"),
            new("dependencies", D7("""{"dependencies": {"a": {"required": ["c"]}}}"""), "a: 1\nc: 2", "a: 1", "c", "required"),
            new(
                "dependentSchemas",
                """{"dependentSchemas": {"a": {"properties": {"b": {"type": "string"}}}}}""",
                "a: 1\nb: x",
                "a: 1\nb: 2",
                "b",
                "type"
            ),
            new("items", """{"properties": {"a": {"items": {"type": "integer"}}}}""", "a: [1, 2]", "a: [1, x]", "a[1]", "type"),
            new(
                "items",
                D7("""{"properties": {"a": {"items": [{"type": "integer"}, {"type": "string"}]}}}"""),
                "a: [1, x, true]",
                "a: [1, 2]",
                "a[1]",
                "type"
            ),
            new(
                "additionalItems",
                D7("""{"properties": {"a": {"items": [{}], "additionalItems": false}}}"""),
                "a: [1]",
                "a: [1, 2]",
                "a[1]"
            ),
            new("prefixItems", """{"properties": {"a": {"prefixItems": [{"type": "integer"}]}}}""", "a: [1, x]", "a: [x]", "a[0]", "type"),
            new("items", """{"properties": {"a": {"prefixItems": [{}], "items": false}}}""", "a: [1]", "a: [1, 2]", "a[1]"),
            new("minItems", """{"properties": {"a": {"minItems": 1}}}""", "a: [1]", "a: []", "a"),
            new("maxItems", """{"properties": {"a": {"maxItems": 1}}}""", "a: [1]", "a: [1, 2]", "a"),
            new(
                "uniqueItems",
                """{"properties": {"a": {"uniqueItems": true}}}""",
                "a: [1, '1', {p: 1, q: 2}]",
                "a: [{p: 1, q: 2}, {q: 2, p: 1.0}]",
                "a[1]"
            ),
            new("contains", """{"properties": {"a": {"contains": {"type": "string"}}}}""", "a: [1, x]", "a: [1, 2]", "a"),
            new(
                "minContains",
                """{"properties": {"a": {"contains": {"type": "string"}, "minContains": 2}}}""",
                "a: [x, z]",
                "a: [x, 1]",
                "a"
            ),
            new(
                "maxContains",
                """{"properties": {"a": {"contains": {"type": "string"}, "maxContains": 1}}}""",
                "a: [x, 1]",
                "a: [x, z]",
                "a"
            ),
            new("allOf", """{"properties": {"a": {"allOf": [{"minimum": 1}, {"maximum": 2}]}}}""", "a: 2", "a: 3", "a", "maximum"),
            new("anyOf", """{"properties": {"a": {"anyOf": [{"type": "string"}, {"minimum": 5}]}}}""", "a: 5", "a: 4", "a"),
            new(
                "oneOf",
                """{"properties": {"a": {"oneOf": [{"type": "string"}, {"type": "number", "minimum": 5}]}}}""",
                "a: x",
                "a: 4",
                "a"
            ),
            new("oneOf", """{"properties": {"a": {"oneOf": [{"type": "integer"}, {"minimum": 5}]}}}""", "a: 4", "a: 6", "a"),
            new("not", """{"properties": {"a": {"not": {"type": "string"}}}}""", "a: 1", "a: x", "a"),
            new("then", """{"if": {"required": ["a"]}, "then": {"required": ["b"]}}""", "a: 1\nb: 1", "a: 1", "b", "required"),
            new("else", """{"if": {"required": ["a"]}, "else": {"required": ["b"]}}""", "b: 1", "c: 1", "b", "required"),
            new(
                "$ref",
                """{"properties": {"a": {"$ref": "#/$defs/port"}}, "$defs": {"port": {"type": "integer"}}}""",
                "a: 80",
                "a: http",
                "a",
                "type"
            ),
            new(
                "$ref",
                D7("""{"properties": {"a": {"$ref": "#/definitions/port"}}, "definitions": {"port": {"type": "integer"}}}"""),
                "a: 80",
                "a: http",
                "a",
                "type"
            ),
            new("false", """{"properties": {"a": false}}""", "b: 1", "a: 1", "a", "properties"),
            new(
                "unevaluatedProperties",
                """{"allOf": [{"properties": {"a": {}}}], "unevaluatedProperties": false}""",
                "a: 1",
                "a: 1\nb: 2",
                "b"
            ),
            new(
                "unevaluatedProperties",
                D2019("""{"properties": {"a": {}}, "unevaluatedProperties": {"type": "string"}}"""),
                "a: 1\nb: x",
                "a: 1\nb: 2",
                "b",
                "type"
            ),
            new(
                "unevaluatedItems",
                """{"properties": {"a": {"prefixItems": [{}], "unevaluatedItems": false}}}""",
                "a: [1]",
                "a: [1, 2]",
                "a[1]"
            ),
            new(
                "unevaluatedItems",
                """{"properties": {"a": {"contains": {"type": "string"}, "unevaluatedItems": {"type": "integer"}}}}""",
                "a: [x, 1]",
                "a: [x, true]",
                "a[1]",
                "type"
            ),
        ];
        return cases.Select(static c => new TestCaseData(c).SetArgDisplayNames($"{c.Keyword} {c.Schema}"));
    }

    [TestCaseSource(nameof(Cases))]
    public void Values_that_satisfy_the_keyword_pass(Case c) => SchemaCheck.Lines(c.Schema, c.Valid).ShouldBeEmpty();

    [TestCaseSource(nameof(Cases))]
    public void Values_that_break_the_keyword_fail_with_it(Case c)
    {
        var violations = SchemaCheck.Violations(c.Schema, c.Invalid);
        violations.ShouldHaveSingleItem().Keyword.ShouldBe(c.Reported ?? c.Keyword);
        violations[0].Path.ShouldBe(c.Path);
    }
}
