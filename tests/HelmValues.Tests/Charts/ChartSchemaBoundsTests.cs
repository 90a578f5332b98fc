using System.Text;
using HelmValues.Charts;

namespace HelmValues.Tests.Charts;

/// <summary>Hostile schemas end, with a violation, and never blow the stack.</summary>
public class ChartSchemaBoundsTests
{
    [TestCase("""{"$ref": "#"}""")]
    [TestCase("""{"$ref": "#/$defs/a", "$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"allOf": [{"$ref": "#/$defs/a"}]}}}""")]
    [TestCase(
        """{"$schema": "http://json-schema.org/draft-07/schema#", "$ref": "#/definitions/a", "definitions": {"a": {"anyOf": [{"$ref": "#/definitions/a"}]}}}"""
    )]
    public void A_ref_cycle_that_does_not_move_into_the_value_is_a_violation(string schema)
    {
        var violations = SchemaCheck.Violations(schema, "a: 1");
        violations.ShouldNotBeEmpty();
        violations.ShouldContain(v => v.Message.Contains("$ref cycle"));
    }

    [Test]
    public void A_recursive_schema_that_moves_into_the_value_is_fine()
    {
        const string Schema =
            """{"$defs": {"tree": {"type": "object", "properties": {"children": {"type": "array", "items": {"$ref": "#/$defs/tree"}}}}}, "$ref": "#/$defs/tree"}""";
        SchemaCheck.IsValid(Schema, "children: [{children: []}, {children: [{}]}]").ShouldBeTrue();
        SchemaCheck.Lines(Schema, "children: [{children: [1]}]").ShouldBe(["children[0].children[0]: type: must be a mapping (is 1)"]);
    }

    [Test]
    public void A_schema_that_doubles_its_work_at_every_level_stops_with_a_violation()
    {
        // 40 levels of allOf: [next, next] would take 2^40 steps. The budget is lowered to keep the test short.
        var defs = new StringBuilder();
        for (var i = 0; i < 40; i++)
        {
            defs.Append($"\"d{i}\": {{\"allOf\": [{{\"$ref\": \"#/$defs/d{i + 1}\"}}, {{\"$ref\": \"#/$defs/d{i + 1}\"}}]}}, ");
        }

        var schema = "{\"$ref\": \"#/$defs/d0\", \"$defs\": {" + defs + "\"d40\": {\"type\": \"object\"}}}";
        var root = SchemaCompiler.Compile(SchemaDocument.Load(schema), out var usesUnevaluated);
        var violations = new List<SchemaViolation>();
        SchemaEvaluator.Validate(root, HelmJson.FromProperties([], null), usesUnevaluated, violations, maxSteps: 20_000);
        violations
            .ShouldHaveSingleItem()
            .Message.ShouldBe("could not be checked: the schema takes more than 20,000 steps or nests more than 1000 deep to evaluate");
    }

    [Test]
    public void A_long_chain_of_refs_stops_before_the_stack_does()
    {
        var defs = new StringBuilder();
        for (var i = 0; i < 1500; i++)
        {
            defs.Append($"\"d{i}\": {{\"$ref\": \"#/$defs/d{i + 1}\"}}, ");
        }

        var schema = "{\"$ref\": \"#/$defs/d0\", \"$defs\": {" + defs + "\"d1500\": {\"type\": \"string\"}}}";
        SchemaCheck.Violations(schema, "a: 1").ShouldHaveSingleItem().Message.ShouldContain("nests more than");
    }

    [Test]
    public void A_pattern_that_backtracks_badly_still_answers()
    {
        // Go's RE2 never backtracks; the translation runs on .NET's non-backtracking engine.
        var value = new string('a', 5000) + "!";
        SchemaCheck.IsValid("""{"properties": {"a": {"pattern": "^(a+)+$"}}}""", $"a: {value}").ShouldBeFalse();
    }
}
