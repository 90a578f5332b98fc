using HelmValues.Charts;

namespace HelmValues.Tests.Charts;

/// <summary>What changes with the draft a schema names (or does not name: then it is 2020-12, Helm's validator's default).</summary>
public class ChartSchemaDraftTests
{
    private const string Draft4 = "http://json-schema.org/draft-04/schema#";
    private const string Draft6 = "http://json-schema.org/draft-06/schema#";
    private const string Draft7 = "http://json-schema.org/draft-07/schema#";
    private const string Draft2019 = "https://json-schema.org/draft/2019-09/schema";
    private const string Draft2020 = "https://json-schema.org/draft/2020-12/schema";

    private static string With(string draft, string schema) =>
        schema == "{}" ? $"{{\"$schema\": \"{draft}\"}}" : schema.Insert(1, $"\"$schema\": \"{draft}\", ");

    [Test]
    public void Without_schema_the_draft_is_2020_12() => ChartSchema.Parse("{}").Draft.ShouldBe(SchemaDraft.Draft2020);

    [TestCase(Draft4, (int)SchemaDraft.Draft4)]
    [TestCase("https://json-schema.org/draft-04/schema", (int)SchemaDraft.Draft4)]
    [TestCase(Draft6, (int)SchemaDraft.Draft6)]
    [TestCase(Draft7, (int)SchemaDraft.Draft7)]
    [TestCase("http://json-schema.org/draft-07/schema", (int)SchemaDraft.Draft7)]
    [TestCase(Draft2019, (int)SchemaDraft.Draft2019)]
    [TestCase(Draft2020, (int)SchemaDraft.Draft2020)]
    [TestCase("https://json-schema.org/draft/2020-12/schema#", (int)SchemaDraft.Draft2020)]
    [TestCase("http://json-schema.org/schema#", (int)SchemaDraft.Draft2020)]
    public void The_schema_keyword_names_the_draft(string uri, int draft) =>
        ChartSchema.Parse(With(uri, "{}")).Draft.ShouldBe((SchemaDraft)draft);

    [TestCase(Draft4, true)]
    [TestCase(Draft6, true)]
    [TestCase(Draft7, true)]
    [TestCase(Draft2019, false)]
    [TestCase(Draft2020, false)]
    public void Ref_siblings_are_ignored_up_to_draft_7_and_applied_from_2019_09(string draft, bool ignored)
    {
        var schema = With(
            draft,
            """{"properties": {"a": {"$ref": "#/definitions/s", "maxLength": 2}}, "definitions": {"s": {"type": "string"}}}"""
        );
        SchemaCheck.IsValid(schema, "a: abc").ShouldBe(ignored);
        SchemaCheck.IsValid(schema, "a: 1").ShouldBeFalse();
    }

    [Test]
    public void An_id_next_to_a_ref_is_ignored_up_to_draft_7()
    {
        // The $id would make "#/definitions/s" resolve inside the subschema, which has no definitions.
        var schema = With(
            Draft7,
            """{"properties": {"a": {"$id": "http://example.com/a.json", "$ref": "#/definitions/s"}}, "definitions": {"s": {"type": "string"}}}"""
        );
        SchemaCheck.IsValid(schema, "a: 1").ShouldBeFalse();
    }

    [Test]
    public void An_items_array_is_a_tuple_up_to_2019_09_with_additional_items_after_it()
    {
        var schema = With(Draft2019, """{"properties": {"a": {"items": [{"type": "integer"}], "additionalItems": {"type": "string"}}}}""");
        SchemaCheck.IsValid(schema, "a: [1, x, z]").ShouldBeTrue();
        SchemaCheck.IsValid(schema, "a: [1, 2]").ShouldBeFalse();
        SchemaCheck.IsValid(schema, "a: [x]").ShouldBeFalse();
    }

    [Test]
    public void Additional_items_without_an_items_array_does_nothing()
    {
        var schema = With(Draft7, """{"properties": {"a": {"items": {"type": "integer"}, "additionalItems": false}}}""");
        SchemaCheck.IsValid(schema, "a: [1, 2, 3]").ShouldBeTrue();
    }

    [TestCase(Draft2020)]
    [TestCase(null)]
    public void An_items_array_in_2020_12_is_refused_by_the_meta_schema(string? draft)
    {
        const string Schema = """{"items": [{"type": "integer"}]}""";
        Should
            .Throw<FormatException>(() => ChartSchema.Parse(draft is null ? Schema : With(draft, Schema)))
            .Message.ShouldContain("prefixItems");
    }

    [Test]
    public void Prefix_items_is_not_a_keyword_before_2020_12()
    {
        var schema = With(Draft7, """{"properties": {"a": {"prefixItems": [{"type": "integer"}]}}}""");
        SchemaCheck.IsValid(schema, "a: [x]").ShouldBeTrue();
    }

    [Test]
    public void Additional_items_is_not_a_keyword_in_2020_12()
    {
        SchemaCheck.IsValid("""{"properties": {"a": {"prefixItems": [{}], "additionalItems": false}}}""", "a: [1, 2]").ShouldBeTrue();
    }

    [Test]
    public void Draft_4_exclusive_minimum_and_maximum_are_booleans_on_the_bounds()
    {
        var schema = With(
            Draft4,
            """{"properties": {"a": {"minimum": 1, "exclusiveMinimum": true, "maximum": 3, "exclusiveMaximum": true}}}"""
        );
        SchemaCheck.Lines(schema, "a: 1").ShouldBe(["a: exclusiveMinimum: must be greater than 1 (is 1)"]);
        SchemaCheck.Lines(schema, "a: 3").ShouldBe(["a: exclusiveMaximum: must be less than 3 (is 3)"]);
        SchemaCheck.IsValid(schema, "a: 2").ShouldBeTrue();

        var inclusive = With(Draft4, """{"properties": {"a": {"minimum": 1, "exclusiveMinimum": false}}}""");
        SchemaCheck.IsValid(inclusive, "a: 1").ShouldBeTrue();
    }

    [Test]
    public void Draft_4_refuses_a_numeric_exclusive_minimum_and_later_drafts_a_boolean_one()
    {
        Should.Throw<FormatException>(() => ChartSchema.Parse(With(Draft4, """{"minimum": 1, "exclusiveMinimum": 1}""")));
        Should
            .Throw<FormatException>(() => ChartSchema.Parse(With(Draft4, """{"exclusiveMinimum": true}""")))
            .Message.ShouldContain("needs minimum");
        Should.Throw<FormatException>(() => ChartSchema.Parse(With(Draft7, """{"minimum": 1, "exclusiveMinimum": true}""")));
    }

    [Test]
    public void Draft_4_has_no_boolean_schemas()
    {
        Should.Throw<FormatException>(() => ChartSchema.Parse(With(Draft4, """{"properties": {"a": false}}""")));
        SchemaCheck.IsValid(With(Draft4, """{"additionalProperties": false}"""), "a: 1").ShouldBeFalse();
    }

    [Test]
    public void Keywords_newer_than_the_draft_are_annotations()
    {
        SchemaCheck.IsValid(With(Draft4, """{"properties": {"a": {"const": 1}}}"""), "a: 2").ShouldBeTrue();
        SchemaCheck.IsValid(With(Draft6, """{"if": {"required": ["a"]}, "then": {"required": ["b"]}}"""), "a: 1").ShouldBeTrue();
        SchemaCheck.IsValid(With(Draft7, """{"dependentRequired": {"a": ["b"]}}"""), "a: 1").ShouldBeTrue();
        SchemaCheck.IsValid(With(Draft7, """{"unevaluatedProperties": false}"""), "a: 1").ShouldBeTrue();
    }

    [Test]
    public void Dependencies_still_applies_in_2020_12_as_helm_validator_keeps_it()
    {
        SchemaCheck.IsValid("""{"dependencies": {"a": ["b"]}}""", "a: 1").ShouldBeFalse();
    }

    [TestCase(Draft4, false)]
    [TestCase(Draft6, false)]
    [TestCase(Draft7, false)]
    [TestCase(Draft2019, true)]
    [TestCase(Draft2020, true)]
    public void Format_is_asserted_up_to_draft_7_only(string draft, bool valid)
    {
        var schema = With(draft, """{"properties": {"a": {"format": "email"}}}""");
        SchemaCheck.IsValid(schema, "a: not-an-email").ShouldBe(valid);
        SchemaCheck.IsValid(schema, "a: me@example.com").ShouldBeTrue();
    }

    [Test]
    public void Unknown_formats_are_annotations_even_in_draft_7() =>
        SchemaCheck.IsValid(With(Draft7, """{"properties": {"a": {"format": "int32"}}}"""), "a: x").ShouldBeTrue();

    [TestCase(Draft2019, false)]
    [TestCase(Draft2020, true)]
    public void Items_matched_by_contains_count_as_evaluated_in_2020_12_only(string draft, bool valid)
    {
        var schema = With(draft, """{"properties": {"a": {"contains": {"type": "string"}, "unevaluatedItems": false}}}""");
        SchemaCheck.IsValid(schema, "a: [x]").ShouldBe(valid);
    }

    [Test]
    public void Min_contains_zero_makes_contains_always_hold_from_2019_09()
    {
        SchemaCheck
            .IsValid(With(Draft2019, """{"properties": {"a": {"contains": {"type": "string"}, "minContains": 0}}}"""), "a: [1]")
            .ShouldBeTrue();
        SchemaCheck
            .IsValid(With(Draft7, """{"properties": {"a": {"contains": {"type": "string"}, "minContains": 0}}}"""), "a: [1]")
            .ShouldBeFalse();
    }

    [Test]
    public void Anchors_from_ids_up_to_draft_7_and_from_anchor_from_2019_09()
    {
        SchemaCheck
            .IsValid(
                With(Draft7, """{"properties": {"a": {"$ref": "#port"}}, "definitions": {"p": {"$id": "#port", "type": "integer"}}}"""),
                "a: x"
            )
            .ShouldBeFalse();
        SchemaCheck
            .IsValid("""{"properties": {"a": {"$ref": "#port"}}, "$defs": {"p": {"$anchor": "port", "type": "integer"}}}""", "a: x")
            .ShouldBeFalse();
        SchemaCheck
            .IsValid("""{"properties": {"a": {"$ref": "#port"}}, "$defs": {"p": {"$anchor": "port", "type": "integer"}}}""", "a: 1")
            .ShouldBeTrue();
    }
}
