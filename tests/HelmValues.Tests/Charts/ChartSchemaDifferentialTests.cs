using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using HelmValues.Charts;
using HelmValues.Yaml;
using Json.Schema;

namespace HelmValues.Tests.Charts;

/// <summary>
/// Our verdict against an independent validator's (JsonSchema.Net) on generated values files, schema by schema, for
/// every keyword. The YAML is turned into JSON here the way Helm does (go-yaml v2 scalars, numbers as float64),
/// independently of <see cref="YamlToHelmJson"/>.
/// </summary>
/// <remarks>
/// <para>
/// Where JsonSchema.Net and Helm's validator (santhosh-tekuri/jsonschema v6) disagree, Helm is the reference: each known
/// difference is listed in <see cref="KnownDifferences"/> with its reason, and Helm's side of it is pinned by a unit
/// test elsewhere. A disagreement no entry explains fails the test.
/// </para>
/// <para>
/// Draft 4 is not here: JsonSchema.Net 8 does not implement it (ChartSchemaDraftTests covers it).
/// </para>
/// </remarks>
public class ChartSchemaDifferentialTests
{
    private const int Iterations = 300;
    private const string Draft6 = "http://json-schema.org/draft-06/schema#";
    private const string Draft7 = "http://json-schema.org/draft-07/schema#";
    private const string Draft2019 = "https://json-schema.org/draft/2019-09/schema";
    private const string Draft2020 = "https://json-schema.org/draft/2020-12/schema";

    // Plain and quoted scalars that go-yaml v2 reads differently from YAML 1.2, numbers near the schemas' bounds, and
    // strings for the string keywords. All safe inside YAML flow collections.
    private static readonly string[] Scalars =
    [
        "0",
        "1",
        "2",
        "3",
        "-1",
        "1.0",
        "2.5",
        "0.5",
        "10",
        "100",
        "1e3",
        "0755",
        "0x1F",
        "1_000",
        "-0",
        "0.07",
        "0.075",
        "0.1",
        "0.3",
        "255",
        "256",
        "9223372036854775807",
        "1e21",
        "true",
        "false",
        "yes",
        "no",
        "on",
        "off",
        "y",
        "n",
        "True",
        "~",
        "null",
        "a",
        "b",
        "ab",
        "abc",
        "Abc",
        "x-1",
        "hello",
        "2001-12-14",
        "\"\"",
        "''",
        "\"on\"",
        "\"1\"",
        "\"true\"",
        "\"a b\"",
        "\"é\"",
        "\"e\\u0301\"",
        "\"\\U0001F600\"",
        "\"\\U0001F600\\U0001F600\"",
        "\"abc\\n\"",
        "\"ABC\"",
        "\"a1\"",
        "\"123\"",
        "\"10.0.0.1\"",
        "\"10.0.0.256\"",
        "\"me@example.com\"",
        "\"example.com\"",
        "\"-bad-.com\"",
        "\"2024-02-29\"",
        "\"2023-02-29\"",
        "\"https://example.com/x\"",
        "\"/relative\"",
        "\"::1\"",
    ];

    private static readonly string[] Keys = ["a", "b", "c", "d", "name", "port", "x-a", "x-b", "ab", "\"1\""];

    private static readonly Gen<string> Document = Mapping(2);

    /// <summary>Disagreements explained: JsonSchema.Net's behaviour differs from Helm's validator here.</summary>
    private static readonly (string Reason, Func<string, string, bool> Applies)[] KnownDifferences =
    [
        (
            // Pinned by GoRegexTests.Matching_follows_go("^abc$", "abc\n", false) and SchemaFormatTests (hostname "abc\n").
            "Go's $ matches only at the very end of the text; .NET's (in JsonSchema.Net's patterns and format regexes) also before a final newline",
            static (schema, yaml) =>
                (schema.Contains("pattern", StringComparison.Ordinal) || schema.Contains("format", StringComparison.Ordinal))
                && yaml.Contains("\\n\"", StringComparison.Ordinal)
        ),
        (
            // Pinned by ChartSchemaKeywordTests (minLength with emoji): Go counts code points.
            "JsonSchema.Net counts text elements (e + combining accent is one); Go's utf8.RuneCountInString counts code points (two)",
            static (schema, yaml) =>
                schema.Contains("Length", StringComparison.Ordinal) && yaml.Contains("e\\u0301", StringComparison.Ordinal)
        ),
        (
            // Pinned by SchemaFormatTests: "\U0001F600", "a b" and "https://example.com/é" are uri-references for Helm, "::1" is not.
            "Helm's uri and uri-reference formats are Go's url.Parse, which accepts characters RFC 3986 forbids in a path (non-ASCII, spaces) and refuses a leading ':' (missing protocol scheme); JsonSchema.Net follows the RFC",
            static (schema, yaml) =>
                schema.Contains("\"uri", StringComparison.Ordinal)
                && (
                    yaml.Contains("\\U", StringComparison.Ordinal)
                    || yaml.Contains("\\u", StringComparison.Ordinal)
                    || yaml.Contains('é')
                    || yaml.Contains("\"a b\"", StringComparison.Ordinal)
                    || yaml.Contains("\"::1\"", StringComparison.Ordinal)
                )
        ),
    ];

    private static IEnumerable<TestCaseData> Schemas()
    {
        (string Name, string Schema)[] schemas =
        [
            ("type string", """{"properties": {"a": {"type": "string"}, "b": {"type": "string"}}}"""),
            ("type integer", """{"properties": {"a": {"type": "integer"}, "b": {"type": ["integer", "null"]}}}"""),
            ("type number", """{"properties": {"a": {"type": "number"}, "port": {"type": "boolean"}}}"""),
            ("type object array", """{"properties": {"a": {"type": "object"}, "b": {"type": "array"}}}"""),
            ("type root", """{"type": "object", "properties": {"a": {"type": ["string", "boolean"]}}}"""),
            ("enum", """{"properties": {"a": {"enum": ["a", 1, true, null, [1, "a"], {"a": 1}]}}}"""),
            ("const", """{"properties": {"a": {"const": 1}, "b": {"const": {"a": "a"}}, "c": {"const": null}}}"""),
            ("required", """{"required": ["a", "b"]}"""),
            ("required nested", """{"properties": {"a": {"required": ["b"]}}}"""),
            ("minimum maximum", """{"properties": {"a": {"minimum": 1, "maximum": 10}, "b": {"minimum": -0.5, "maximum": 0.3}}}"""),
            ("exclusive bounds", """{"properties": {"a": {"exclusiveMinimum": 0, "exclusiveMaximum": 3}}}"""),
            ("multipleOf", """{"properties": {"a": {"multipleOf": 0.01}, "b": {"multipleOf": 3}, "c": {"multipleOf": 0.5}}}"""),
            ("big integer bound", """{"properties": {"a": {"maximum": 9223372036854775807}, "b": {"minimum": 9223372036854775807}}}"""),
            (
                "minLength maxLength",
                """{"properties": {"a": {"minLength": 2}, "b": {"maxLength": 2}, "c": {"minLength": 1, "maxLength": 1}}}"""
            ),
            ("pattern", """{"properties": {"a": {"pattern": "^[a-z]+$"}, "b": {"pattern": "b"}, "c": {"pattern": "^[^x]*[0-9]$"}}}"""),
            ("properties", """{"properties": {"a": {"properties": {"b": {"type": "string"}, "c": {"type": "integer"}}}}}"""),
            ("additionalProperties false", """{"properties": {"a": {}, "b": {}}, "additionalProperties": false}"""),
            ("additionalProperties schema", """{"properties": {"a": {}}, "additionalProperties": {"type": ["string", "object"]}}"""),
            (
                "patternProperties",
                """{"patternProperties": {"^x-": {"type": "string"}, "b$": {"type": "integer"}}, "additionalProperties": false}"""
            ),
            ("propertyNames", """{"propertyNames": {"maxLength": 1}}"""),
            (
                "propertyNames pattern",
                """{"propertyNames": {"pattern": "^[a-c]$"}, "properties": {"a": {"propertyNames": {"enum": ["a", "b"]}}}}"""
            ),
            ("min max properties", """{"minProperties": 1, "maxProperties": 3, "properties": {"a": {"maxProperties": 1}}}"""),
            ("dependentRequired", """{"dependentRequired": {"a": ["b", "c"]}}"""),
            ("dependentSchemas", """{"dependentSchemas": {"a": {"properties": {"b": {"type": "integer"}}, "required": ["c"]}}}"""),
            ("dependencies draft 7", Draft(Draft7, """{"dependencies": {"a": ["b"], "c": {"required": ["d"]}}}""")),
            ("items", """{"properties": {"a": {"items": {"type": "integer"}}, "b": {"items": {"type": "string"}}}}"""),
            (
                "items tuple draft 7",
                Draft(
                    Draft7,
                    """{"properties": {"a": {"items": [{"type": "integer"}, {"type": "string"}], "additionalItems": {"type": "boolean"}}}}"""
                )
            ),
            (
                "items tuple closed draft 2019",
                Draft(Draft2019, """{"properties": {"a": {"items": [{}, {"type": "string"}], "additionalItems": false}}}""")
            ),
            (
                "prefixItems",
                """{"properties": {"a": {"prefixItems": [{"type": "integer"}, {"type": "string"}], "items": false}, "b": {"prefixItems": [{"type": "string"}]}}}"""
            ),
            ("min max items", """{"properties": {"a": {"minItems": 1, "maxItems": 2}, "b": {"minItems": 3}}}"""),
            ("uniqueItems", """{"properties": {"a": {"uniqueItems": true}, "b": {"uniqueItems": true, "items": {"type": "object"}}}}"""),
            ("contains", """{"properties": {"a": {"contains": {"type": "string"}}, "b": {"contains": {"minimum": 2}}}}"""),
            (
                "min max contains",
                """{"properties": {"a": {"contains": {"type": "integer"}, "minContains": 2, "maxContains": 3}, "b": {"contains": {"type": "string"}, "minContains": 0}}}"""
            ),
            ("contains draft 6", Draft(Draft6, """{"properties": {"a": {"contains": {"type": "integer"}}}}""")),
            ("allOf", """{"allOf": [{"required": ["a"]}, {"properties": {"a": {"type": "integer"}}}]}"""),
            (
                "anyOf",
                """{"properties": {"a": {"anyOf": [{"type": "string", "minLength": 2}, {"type": "integer", "minimum": 2}, {"type": "null"}]}}}"""
            ),
            ("oneOf", """{"properties": {"a": {"oneOf": [{"type": "integer"}, {"minimum": 2}, {"type": "string"}]}}}"""),
            ("not", """{"not": {"required": ["a", "b"]}, "properties": {"c": {"not": {"type": "string"}}}}"""),
            (
                "if then else",
                """{"if": {"properties": {"a": {"const": true}}, "required": ["a"]}, "then": {"required": ["b"]}, "else": {"properties": {"b": {"type": "string"}}}}"""
            ),
            (
                "if then draft 7",
                Draft(Draft7, """{"properties": {"a": {"if": {"type": "integer"}, "then": {"minimum": 2}, "else": {"type": "string"}}}}""")
            ),
            (
                "ref defs",
                """{"properties": {"a": {"$ref": "#/$defs/n"}, "b": {"$ref": "#/$defs/n"}}, "$defs": {"n": {"type": "integer", "maximum": 100}}}"""
            ),
            (
                "ref definitions draft 7",
                Draft(Draft7, """{"properties": {"a": {"$ref": "#/definitions/s~1x"}}, "definitions": {"s/x": {"type": "string"}}}""")
            ),
            (
                "ref siblings draft 7",
                Draft(
                    Draft7,
                    """{"properties": {"a": {"$ref": "#/definitions/s", "maxLength": 1}}, "definitions": {"s": {"type": "string"}}}"""
                )
            ),
            (
                "ref siblings draft 2019",
                Draft(Draft2019, """{"properties": {"a": {"$ref": "#/$defs/s", "maxLength": 1}}, "$defs": {"s": {"type": "string"}}}""")
            ),
            (
                "ref siblings draft 2020",
                Draft(Draft2020, """{"properties": {"a": {"$ref": "#/$defs/s", "maxLength": 1}}, "$defs": {"s": {"type": "string"}}}""")
            ),
            (
                "recursive ref",
                """{"$ref": "#/$defs/node", "$defs": {"node": {"type": "object", "additionalProperties": {"anyOf": [{"type": "integer"}, {"$ref": "#/$defs/node"}]}}}}"""
            ),
            ("ref anchor", """{"properties": {"a": {"$ref": "#num"}}, "$defs": {"n": {"$anchor": "num", "type": "number"}}}"""),
            ("boolean schemas", """{"properties": {"a": false, "b": true, "c": {"not": true}}}"""),
            (
                "unevaluatedProperties",
                """{"properties": {"a": {}}, "allOf": [{"properties": {"b": {}}}], "unevaluatedProperties": false}"""
            ),
            (
                "unevaluatedProperties anyOf",
                """{"anyOf": [{"properties": {"a": {"type": "integer"}}}, {"properties": {"b": {}}}], "unevaluatedProperties": {"type": "string"}}"""
            ),
            (
                "unevaluatedProperties if",
                """{"if": {"properties": {"a": {"type": "string"}}}, "then": {"properties": {"b": {}}}, "unevaluatedProperties": false}"""
            ),
            (
                "unevaluatedItems",
                """{"properties": {"a": {"prefixItems": [{"type": "integer"}], "unevaluatedItems": {"type": "string"}}}}"""
            ),
            ("unevaluatedItems contains", """{"properties": {"a": {"contains": {"type": "string"}, "unevaluatedItems": false}}}"""),
            (
                "unevaluatedItems draft 2019",
                Draft(Draft2019, """{"properties": {"a": {"items": [{"type": "integer"}], "unevaluatedItems": false}}}""")
            ),
            (
                "format draft 7",
                Draft(
                    Draft7,
                    """{"properties": {"a": {"format": "ipv4"}, "b": {"format": "email"}, "c": {"format": "date"}, "d": {"format": "hostname"}}}"""
                )
            ),
            (
                "format uri draft 7",
                Draft(Draft7, """{"properties": {"a": {"format": "uri"}, "b": {"format": "uri-reference"}, "c": {"format": "ipv6"}}}""")
            ),
            ("format annotation 2020", """{"properties": {"a": {"format": "ipv4"}, "b": {"format": "email"}}}"""),
        ];
        return schemas.Select(static s => new TestCaseData(s.Name, s.Schema).SetArgDisplayNames(s.Name));
    }

    [TestCaseSource(nameof(Schemas))]
    public void Verdicts_agree_with_an_independent_validator(string name, string schema)
    {
        var ours = ChartSchema.Parse(schema);
        var draft = ours.Draft;

        // JsonSchema.Net takes the draft's rules (such as ignoring $ref siblings) from the build options, not from $schema.
        var dialect = draft switch
        {
            SchemaDraft.Draft6 => Dialect.Draft06,
            SchemaDraft.Draft7 => Dialect.Draft07,
            SchemaDraft.Draft2019 => Dialect.Draft201909,
            _ => Dialect.Draft202012,
        };
        var theirs = JsonSchema.FromText(schema, new BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = dialect });
        var options = new EvaluationOptions { OutputFormat = OutputFormat.Flag, RequireFormatValidation = draft <= SchemaDraft.Draft7 };

        // A fixed stream per schema: the same documents on every run and machine.
        var random = new PCG((uint)StableHash(name), 20260101);
        var explained = new Dictionary<string, int>();
        for (var i = 0; i < Iterations; i++)
        {
            var yaml = Document.Generate(random, null, out _);
            var document = YamlDocumentReader.Read(yaml);
            document.Problems.ShouldBeEmpty(yaml);

            var violations = new List<SchemaViolation>();
            ours.Validate(document.Root, violations);
            var ourVerdict = violations.Count == 0;
            var theirVerdict = theirs.Evaluate(JsonSerializer.SerializeToElement(HelmJsonOf(document.Root!)), options).IsValid;
            if (ourVerdict == theirVerdict)
            {
                continue;
            }

            var known = KnownDifferences.FirstOrDefault(k => k.Applies(schema, yaml));
            if (known.Reason is null)
            {
                Assert.Fail(
                    $"{name}: for\n{yaml}\nwe say {(ourVerdict ? "valid" : "invalid")}, JsonSchema.Net says {(theirVerdict ? "valid" : "invalid")}.\nOur violations: {string.Join("; ", violations.Select(v => $"{v.Path}: {v.Message}"))}"
                );
            }

            explained[known.Reason!] = explained.GetValueOrDefault(known.Reason!) + 1;
        }

        foreach (var (reason, count) in explained)
        {
            TestContext.Out.WriteLine($"{count} known difference(s): {reason}");
        }
    }

    private static string Draft(string uri, string schema) => schema.Insert(1, $"\"$schema\": \"{uri}\", ");

    private static int StableHash(string text) => text.Aggregate(17, static (hash, c) => unchecked(hash * 31 + c));

    private static Gen<string> Node(int depth) =>
        depth == 0 ? Gen.OneOf(Scalars) : Gen.Frequency((6, Gen.OneOf(Scalars)), (2, Sequence(depth - 1)), (2, Mapping(depth - 1)));

    private static Gen<string> Sequence(int depth) => Node(depth).Array[0, 4].Select(static items => "[" + string.Join(", ", items) + "]");

    private static Gen<string> Mapping(int depth) =>
        Gen.Select(Gen.OneOf(Keys), Node(depth))
            .Array[0, 5]
            .Select(static entries =>
                "{" + string.Join(", ", entries.DistinctBy(static e => e.Item1).Select(static e => $"{e.Item1}: {e.Item2}")) + "}"
            );

    // The JSON Helm makes of the YAML: go-yaml v2 resolves plain scalars (YAML 1.1), timestamps stay strings, and
    // encoding/json turns every number into a float64. The generated keys are all strings.
    private static JsonNode? HelmJsonOf(YamlSourceNode node)
    {
        switch (node)
        {
            case YamlSourceMapping mapping:
                var json = new JsonObject();
                foreach (var (key, value) in mapping.Entries)
                {
                    (key.IsExplicitString || Yaml11Scalars.ResolveGoYamlV2(key.Value) == YamlScalarKind.String).ShouldBeTrue(key.Value);
                    json[key.Value] = HelmJsonOf(value);
                }

                return json;
            case YamlSourceSequence sequence:
                return new JsonArray(sequence.Items.Select(HelmJsonOf).ToArray());
            case YamlSourceScalar { IsExplicitString: true } text:
                return JsonValue.Create(text.Value);
            case YamlSourceScalar scalar:
                switch (Yaml11Scalars.ResolveGoYamlV2(scalar.Value))
                {
                    case YamlScalarKind.Null:
                        return null;
                    case YamlScalarKind.Boolean:
                        Yaml11Scalars.TryParseBoolean(scalar.Value, out var boolean).ShouldBeTrue();
                        return JsonValue.Create(boolean);
                    case YamlScalarKind.Integer or YamlScalarKind.Float:
                        Yaml11Scalars.TryParseFloat(scalar.Value, out var number).ShouldBeTrue();
                        return JsonValue.Create(number);
                    default:
                        return JsonValue.Create(scalar.Value);
                }
            default:
                throw new ArgumentException(node.GetType().Name);
        }
    }
}
