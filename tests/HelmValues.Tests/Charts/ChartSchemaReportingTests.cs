using HelmValues.Yaml;

namespace HelmValues.Tests.Charts;

/// <summary>Where violations are reported (path, YAML node) and what they say.</summary>
public class ChartSchemaReportingTests
{
    [Test]
    public void A_missing_required_key_is_reported_at_its_path_on_the_mapping_that_lacks_it()
    {
        var violation = SchemaCheck
            .Violations("""{"properties": {"image": {"required": ["repository"]}}}""", "image:\n  tag: v1\n")
            .ShouldHaveSingleItem();
        (violation.Path, violation.Keyword, violation.Message).ShouldBe(("image.repository", "required", "is required"));
        var mapping = violation.Node.ShouldBeOfType<YamlSourceMapping>();
        (mapping.Line, mapping.Column).ShouldBe((2, 3));
    }

    [Test]
    public void A_refused_extra_key_is_reported_at_its_path_on_its_value()
    {
        var violation = SchemaCheck
            .Violations("""{"properties": {"replicas": {}, "image": {}}, "additionalProperties": false}""", "replicas: 1\nimgae: nginx\n")
            .ShouldHaveSingleItem();
        (violation.Path, violation.Keyword).ShouldBe(("imgae", "additionalProperties"));
        violation.Message.ShouldBe("is not allowed: the schema lists no such key (known: replicas, image; did you mean image?)");
        violation.Node.ShouldBeOfType<YamlSourceScalar>().Value.ShouldBe("nginx");
    }

    [Test]
    public void Paths_quote_keys_with_dots_and_index_lists()
    {
        const string Schema =
            """{"properties": {"ports": {"additionalProperties": {"type": "integer"}}, "items": {"items": {"type": "string"}}}}""";
        SchemaCheck
            .Lines(Schema, "ports:\n  web.secure: x\nitems: [a, b, 3]\n")
            .ShouldBe(["ports[\"web.secure\"]: type: must be an integer (is the string \"x\")", "items[2]: type: must be a string (is 3)"]);
    }

    [Test]
    public void A_wrong_type_is_the_only_violation_of_its_schema()
    {
        SchemaCheck
            .Lines("""{"properties": {"a": {"type": "string", "minLength": 2, "enum": ["x"]}}}""", "a: 5")
            .ShouldBe(["a: type: must be a string (is 5)"]);
    }

    [Test]
    public void Any_of_is_one_violation_listing_why_each_alternative_failed()
    {
        const string Schema = """
            {"properties": {"image": {"anyOf": [{"type": "string"}, {"required": ["repository", "tag"], "properties": {"tag": {"type": "string"}}}]}}}
            """;
        SchemaCheck
            .Lines(Schema, "image:\n  tag: 1\n")
            .ShouldBe([
                "image: anyOf: must match at least one of the 2 alternatives (anyOf): 1) must be a string (is a mapping); 2) repository: is required (and 1 more)",
            ]);
    }

    [Test]
    public void One_of_says_when_two_alternatives_match()
    {
        const string Schema = """{"properties": {"a": {"oneOf": [{"type": "integer"}, {"minimum": 0}, {"type": "string"}]}}}""";
        SchemaCheck
            .Lines(Schema, "a: 3")
            .ShouldBe(["a: oneOf: must match exactly one of the 3 alternatives (oneOf), but matches 2 alternatives (1 and 2)"]);
        SchemaCheck
            .Lines(Schema, "a: -1.5")
            .ShouldBe([
                "a: oneOf: must match exactly one of the 3 alternatives (oneOf), but matches none: 1) must be an integer (is -1.5); 2) must be at least 0 (is -1.5); 3) must be a string (is -1.5)",
            ]);
    }

    [Test]
    public void Not_with_required_says_which_keys_may_not_be_set_together()
    {
        SchemaCheck.Lines("""{"not": {"required": ["a", "b"]}}""", "a: 1\nb: 2").ShouldBe([": not: must not set all of a, b together"]);
    }

    [Test]
    public void Property_names_violations_speak_of_the_key()
    {
        var violation = SchemaCheck.Violations("""{"propertyNames": {"pattern": "^[a-z]+$"}}""", "Foo: 1").ShouldHaveSingleItem();
        (violation.Path, violation.Keyword, violation.Message).ShouldBe(
            ("Foo", "pattern", "the key must match the pattern ^[a-z]+$ (is \"Foo\")")
        );
        violation.Node.ShouldBeOfType<YamlSourceScalar>().Value.ShouldBe("Foo");
    }

    [Test]
    public void Messages_say_the_rule_and_the_value()
    {
        const string Schema = """
            {"properties": {
              "a": {"minLength": 1}, "b": {"maxLength": 2}, "c": {"minItems": 2}, "d": {"const": "on"}, "e": {"multipleOf": 0.5},
              "f": {"uniqueItems": true}, "g": {"contains": {"type": "string"}}, "h": {"minProperties": 1}
            }}
            """;
        SchemaCheck
            .Lines(Schema, "a: ''\nb: abc\nc: [1]\nd: on\ne: 0.25\nf: [1, 1.0]\ng: [1]\nh: {}\n")
            .ShouldBe([
                "a: minLength: must not be empty",
                "b: maxLength: must be at most 2 characters long (is 3)",
                "c: minItems: must have at least 2 items (has 1)",
                "d: const: must be \"on\" (is true)",
                "e: multipleOf: must be a multiple of 0.5 (is 0.25)",
                "f[1]: uniqueItems: must be unique in the list (equals item [0])",
                "g: contains: must have an item matching the contains schema (none of its 1 item does)",
                "h: minProperties: must have at least 1 key (has 0)",
            ]);
    }

    [Test]
    public void Every_violation_is_reported_at_once()
    {
        const string Schema = """{"required": ["a", "b"], "properties": {"c": {"type": "string"}, "d": {"maximum": 1}}}""";
        SchemaCheck.Lines(Schema, "c: 1\nd: 2\n").Count.ShouldBe(4);
    }
}
