using HelmValues.Charts;

namespace HelmValues.Tests.Charts;

/// <summary>Remote references resolve to documents given with the schema, each read with its own draft, and nothing else.</summary>
public class ChartSchemaDocumentsTests
{
    private const string Remote = "https://example.com/defs.json";

    [Test]
    public void A_remote_ref_resolves_into_a_given_document()
    {
        var schema = ChartSchema.Parse(
            """{"properties": {"a": {"$ref": "https://example.com/defs.json#/definitions/port"}}}""",
            new Dictionary<string, string> { [Remote] = """{"definitions": {"port": {"type": "integer", "maximum": 65535}}}""" }
        );
        SchemaCheck.Violations(schema, "a: 70000").ShouldHaveSingleItem().Message.ShouldBe("must be at most 65535 (is 70000)");
    }

    [Test]
    public void A_given_document_keeps_its_own_draft()
    {
        // Draft 7 there: the maxLength next to the $ref is ignored, although the chart's schema is 2020-12.
        const string Defs =
            """{"$schema": "http://json-schema.org/draft-07/schema#", "definitions": {"s": {"type": "string"}, "short": {"$ref": "#/definitions/s", "maxLength": 1}}}""";
        var schema = ChartSchema.Parse(
            """{"properties": {"a": {"$ref": "https://example.com/defs.json#/definitions/short"}}}""",
            new Dictionary<string, string> { [Remote] = Defs }
        );
        SchemaCheck.Violations(schema, "a: abc").ShouldBeEmpty();
    }

    [Test]
    public void Relative_refs_inside_a_given_document_stay_in_it()
    {
        const string Defs = """{"definitions": {"port": {"$ref": "#/definitions/number"}, "number": {"type": "integer"}}}""";
        var schema = ChartSchema.Parse(
            """{"properties": {"a": {"$ref": "https://example.com/defs.json#/definitions/port"}}}""",
            new Dictionary<string, string> { [Remote] = Defs }
        );
        SchemaCheck.Violations(schema, "a: x").ShouldHaveSingleItem().Keyword.ShouldBe("type");
    }

    [Test]
    public void A_given_document_is_checked_against_its_meta_schema_when_referenced()
    {
        var documents = new Dictionary<string, string> { [Remote] = """{"definitions": {"p": {"type": "strin"}}}""" };
        Should.NotThrow(() => ChartSchema.Parse("{}", documents));
        Should
            .Throw<FormatException>(() => ChartSchema.Parse("""{"$ref": "https://example.com/defs.json"}""", documents))
            .Message.ShouldContain(Remote);
    }

    [Test]
    public void One_schema_serves_many_threads()
    {
        var schema = ChartSchema.Parse(
            """{"properties": {"a": {"pattern": "^[a-z]+$"}, "b": {"anyOf": [{"type": "integer"}, {"type": "string", "format": "email"}]}}, "unevaluatedProperties": false}"""
        );
        var failures = 0;
        System.Threading.Tasks.Parallel.For(
            0,
            200,
            i =>
            {
                var lines = SchemaCheck.Violations(schema, i % 2 == 0 ? $"a: abc\nb: {i}" : $"a: A{i}\nc: 1");
                if (lines.Count != (i % 2 == 0 ? 0 : 2))
                {
                    System.Threading.Interlocked.Increment(ref failures);
                }
            }
        );
        failures.ShouldBe(0);
    }
}
