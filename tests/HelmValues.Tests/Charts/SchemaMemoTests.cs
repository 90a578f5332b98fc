using System.Text;
using System.Threading.Tasks;
using HelmValues.AgentStackK8s;
using HelmValues.Charts;
using HelmValues.Fleet;
using HelmValues.Testing;
using HelmValues.Validation;
using HelmValues.Yaml;

namespace HelmValues.Tests.Charts;

/// <summary>
/// The memo of verdicts on a chart's defaults (<see cref="SchemaMemo"/>): a chart that has validated before (memo warm)
/// gives, word for word, the verdict of a new chart (memo cold), steps and depth bounds included, on one thread or many.
/// </summary>
public class SchemaMemoTests
{
    private static readonly HelmChart Real = AgentStackK8sValues.Chart;

    // The chart's values files from the fixtures, and files that break rules inside the defaults' subtrees or next to them.
    public static IEnumerable<TestCaseData> RealFiles =>
        [
            .. new[] { "values.yaml", "production-helm-values.yaml" }.Select(name =>
                new TestCaseData(
                    name,
                    File.ReadAllText(Repository.PathOf("tests", "HelmValues.Tests", "Fixtures", "Chart", name))
                ).SetArgDisplayNames(name)
            ),
            new TestCaseData("empty.yaml", "{}").SetArgDisplayNames("empty"),
            new TestCaseData("null-config.yaml", "agentStackSecret: s\nconfig: null\n").SetArgDisplayNames("null deletes a default"),
            new TestCaseData("wrong.yaml", "replicaCount: many\nconfig:\n  image: 5\n  max-in-flight: -1\n").SetArgDisplayNames(
                "wrong kinds"
            ),
            new TestCaseData("extra.yaml", "config:\n  no-such-key: 1\nnoSuchTop: true\n").SetArgDisplayNames("unknown keys"),
        ];

    [TestCaseSource(nameof(RealFiles))]
    public void Files_get_the_same_verdict_from_a_warm_memo_as_from_a_new_chart(string name, string text)
    {
        var file = new ValuesFile(name, text);
        var cold = Lines(FreshReal().Check(file).Errors);

        var chart = FreshReal();
        Lines(chart.Check(file).Errors).ShouldBe(cold);
        Lines(chart.Check(file).Errors).ShouldBe(cold);

        // And after the built path filled the memo, and the other way round.
        var built = FreshReal();
        built.ValidateWritten(FleetStack.Build(0).Values, static (w, v) => v.WriteYaml(w));
        Lines(built.Check(file).Errors).ShouldBe(cold);
    }

    [Test]
    public void Built_fleet_values_get_the_same_verdict_from_a_warm_memo_and_use_it()
    {
        var chart = FreshReal();
        for (var i = 0; i < 6; i++)
        {
            var values = FleetStack.Build(i).Values;
            var cold = Lines(FreshReal().ValidateWritten(values, static (w, v) => v.WriteYaml(w)));
            Lines(chart.ValidateWritten(values, static (w, v) => v.WriteYaml(w))).ShouldBe(cold);
            Lines(chart.ValidateWritten(values, static (w, v) => v.WriteYaml(w))).ShouldBe(cold);
        }

        // Each validation after the first takes the defaults' subtrees from the memo: if it stopped being used, this fails.
        chart.DefaultsMemoHits.ShouldBeGreaterThan(10);
    }

    [Test]
    public void The_memo_is_used_from_the_second_validation_on()
    {
        var chart = FreshReal();
        var file = new ValuesFile("values.yaml", "agentStackSecret: s\n");

        chart.Check(file).IsValid.ShouldBeTrue();
        var afterFirst = chart.DefaultsMemoHits;
        chart.Check(file).IsValid.ShouldBeTrue();

        (chart.DefaultsMemoHits - afterFirst).ShouldBeGreaterThan(0);
    }

    [Test]
    public void Many_threads_validating_at_once_give_the_verdicts_of_one()
    {
        string[] texts =
        [
            "agentStackSecret: s\n",
            "config:\n  image: 5\n",
            "agentStackSecret: s\nconfig: null\n",
            "replicaCount: many\n",
            File.ReadAllText(Repository.PathOf("tests", "HelmValues.Tests", "Fixtures", "Chart", "production-helm-values.yaml")),
        ];
        var expected = texts.Select(t => Lines(FreshReal().Check(new ValuesFile("v.yaml", t)).Errors)).ToArray();
        var expectedBuilt = Enumerable
            .Range(0, 4)
            .Select(i => Lines(FreshReal().ValidateWritten(FleetStack.Build(i).Values, static (w, v) => v.WriteYaml(w))))
            .ToArray();

        for (var round = 0; round < 3; round++)
        {
            var chart = FreshReal();
            var actual = new List<string>[40];
            Parallel.For(
                0,
                actual.Length,
                new ParallelOptions { MaxDegreeOfParallelism = 8 },
                n =>
                    actual[n] =
                        n % 2 == 0
                            ? Lines(chart.Check(new ValuesFile("v.yaml", texts[n / 2 % texts.Length])).Errors)
                            : Lines(chart.ValidateWritten(FleetStack.Build(n / 2 % 4).Values, static (w, v) => v.WriteYaml(w)))
            );

            for (var n = 0; n < actual.Length; n++)
            {
                actual[n].ShouldBe(n % 2 == 0 ? expected[n / 2 % texts.Length] : expectedBuilt[n / 2 % 4]);
            }
        }
    }

    // Schemas under which what the user sets changes what applies to a default subtree the user leaves alone.
    private const string ConditionalSchema = """
        { "type": "object",
          "properties": { "mode": { "enum": ["loose", "strict", "list"] },
                          "config": { "type": "object", "properties": { "name": { "type": "string" }, "size": { "type": "integer" } } },
                          "items": { "type": "array", "items": { "type": "object" } } },
          "if": { "properties": { "mode": { "const": "strict" } }, "required": ["mode"] },
          "then": { "properties": { "config": { "additionalProperties": false, "required": ["name", "color"], "properties": { "size": { "maximum": 3 } } },
                                    "items": { "items": { "required": ["id"] } } } },
          "else": { "anyOf": [ { "required": ["mode"], "properties": { "mode": { "const": "list" }, "config": { "type": "array" } } },
                               { "properties": { "config": { "properties": { "size": { "minimum": 0 } } } } } ] } }
        """;

    private const string UnevaluatedSchema = """
        { "type": "object",
          "properties": { "mode": { "type": "string" }, "config": { "$ref": "#/$defs/config" }, "items": { "type": "array" } },
          "oneOf": [ { "properties": { "mode": { "const": "a" } } }, { "properties": { "mode": { "const": "b" } }, "required": ["mode"] } ],
          "unevaluatedProperties": false,
          "$defs": { "config": { "properties": { "name": { "type": "string" } },
                                 "patternProperties": { "^s": { "type": "integer" } },
                                 "dependentSchemas": { "name": { "required": ["size"] } },
                                 "unevaluatedProperties": { "type": "boolean" } } } }
        """;

    private const string ConditionalDefaults = "mode: loose\nconfig:\n  name: app\n  size: 5\n  extra: true\nitems:\n  - id: 1\n  - {}\n";

    private static readonly string[] ConditionalFiles =
    [
        "{}",
        "mode: strict\n",
        "mode: list\n",
        "mode: strict\nconfig:\n  color: red\n",
        "mode: a\n",
        "mode: b\nconfig:\n  s1: 1\n",
        "mode: c\n",
        "config:\n  size: -1\n",
        "items: [{id: 2}]\n",
        "{}",
        "mode: strict\n",
    ];

    [TestCase(ConditionalSchema)]
    [TestCase(UnevaluatedSchema)]
    public void A_users_value_that_changes_what_applies_to_an_untouched_default_subtree_gets_the_verdict_of_a_new_chart(string schema)
    {
        HelmChart Fresh() => new("demo", schema, ConditionalDefaults);
        var expected = ConditionalFiles.Select(t => Lines(Fresh().Check(new ValuesFile("v.yaml", t)).Errors)).ToList();
        expected.ShouldContain(lines => lines.Count > 0);
        expected.ShouldContain(lines => lines.Count == 0);

        // One chart, every file in turn, forwards and backwards: each verdict is found with a memo others filled.
        var chart = Fresh();
        foreach (var order in new[] { ConditionalFiles.Select((_, i) => i), ConditionalFiles.Select((_, i) => i).Reverse() })
        {
            foreach (var i in order)
            {
                Lines(chart.Check(new ValuesFile("v.yaml", ConditionalFiles[i])).Errors).ShouldBe(expected[i], ConditionalFiles[i]);
                var built = Built(YamlDocumentReader.Read(ConditionalFiles[i]).Root!);
                Lines(chart.ValidateWritten(built, static (w, v) => w.WriteValue(v)))
                    .ShouldBe(Lines(Fresh().ValidateWritten(built, static (w, v) => w.WriteValue(v))), ConditionalFiles[i]);
            }
        }

        chart.DefaultsMemoHits.ShouldBeGreaterThan(0);
    }

    [Test]
    public void Two_schemas_never_share_a_verdict_on_the_same_defaults()
    {
        var (memo, defaults) = SharedTree("config:\n  size: 5\n");
        var lenient = Compile("""{ "properties": { "config": { "properties": { "size": { "type": "integer" } } } } }""");
        var strict = Compile("""{ "properties": { "config": { "properties": { "size": { "maximum": 3 } } } } }""");

        Run(lenient, defaults, memo).ShouldBeEmpty();
        Run(lenient, defaults, memo).ShouldBeEmpty();
        Run(strict, defaults, memo).ShouldBe(["config.size: maximum: must be at most 3 (is 5)"]);
        Run(strict, defaults, memo).ShouldBe(["config.size: maximum: must be at most 3 (is 5)"]);
        memo.Hits.ShouldBeGreaterThan(0);
    }

    [Test]
    public void A_step_budget_a_default_subtree_exceeds_is_exceeded_with_the_memo_warm_or_cold()
    {
        // Under "heavy", 10 levels of allOf: [next, next]: about 2,000 steps, all of them in the defaults' subtree.
        var defs = new StringBuilder();
        for (var i = 0; i < 10; i++)
        {
            defs.Append($"\"d{i}\": {{\"allOf\": [{{\"$ref\": \"#/$defs/d{i + 1}\"}}, {{\"$ref\": \"#/$defs/d{i + 1}\"}}]}}, ");
        }

        var root = Compile(
            "{\"properties\": {\"heavy\": {\"$ref\": \"#/$defs/d0\"}, \"light\": {\"type\": \"integer\"}}, \"$defs\": {"
                + defs
                + "\"d10\": {\"type\": \"object\"}}}"
        );
        var (_, defaults) = SharedTree("heavy: {}\nlight: 1\n");

        // The least budget that is enough, found without the memo (a larger budget is never less enough).
        long low = 1,
            high = 100_000;
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = Run(root, defaults, null, middle).Count == 0 ? (low, middle) : (middle + 1, high);
        }

        // Every budget around it gives the same verdict with no memo, a cold one and a warm one: could not be checked,
        // then valid.
        var verdicts = new HashSet<string>();
        var warmMemo = SharedTreeWarm(root, "heavy: {}\nlight: 1\n", out var warmDefaults);
        for (var budget = low - 20; budget <= low + 20; budget++)
        {
            var plain = Run(root, defaults, null, budget);
            var (coldMemo, coldDefaults) = SharedTree("heavy: {}\nlight: 1\n");
            Run(root, coldDefaults, coldMemo, budget).ShouldBe(plain, $"budget {budget}, first validation");
            Run(root, coldDefaults, coldMemo, budget).ShouldBe(plain, $"budget {budget}, second validation");
            Run(root, warmDefaults, warmMemo, budget).ShouldBe(plain, $"budget {budget}, warm memo");
            verdicts.Add(
                plain.Count == 0 ? "valid"
                : plain is [var only]
                && only.StartsWith(": $schema: could not be checked: the schema takes more than", StringComparison.Ordinal)
                    ? "could not be checked"
                : string.Join("\n", plain)
            );
        }

        verdicts.ShouldBe(["could not be checked", "valid"], ignoreOrder: true);
        warmMemo.Hits.ShouldBeGreaterThan(0);
    }

    [Test]
    public void A_default_subtree_that_nests_deep_enough_from_one_place_but_not_another_is_judged_at_each_place()
    {
        // One shared node under "a" (reached at once) and under "b.a" (reached through 500 more references), judged by the
        // same schema node both times: it nests 600 references deep, which fits under "a" but not under "b.a".
        var defs = new StringBuilder();
        for (var i = 0; i < 600; i++)
        {
            defs.Append($"\"x{i}\": {{\"$ref\": \"#/$defs/x{i + 1}\"}}, \"y{i}\": {{\"$ref\": \"#/$defs/y{i + 1}\"}}, ");
        }

        var root = Compile(
            "{\"$ref\": \"#/$defs/node\", \"$defs\": {"
                + defs
                + "\"node\": {\"properties\": {\"a\": {\"$ref\": \"#/$defs/x0\"}, \"b\": {\"$ref\": \"#/$defs/y100\"}}}, "
                + "\"x600\": {\"type\": \"object\"}, \"y600\": {\"$ref\": \"#/$defs/node\"}}}"
        );
        var shared = HelmJson.FromProperties([], null);
        var b = HelmJson.FromProperties([new("a", shared, null)], null);
        var values = HelmJson.FromProperties([new("a", shared, null), new("b", b, null)], null);
        var onlyA = HelmJson.FromProperties([new("a", shared, null)], null);
        var memo = SchemaMemo.ForSharedTree([shared, b])!;

        var plain = Run(root, values, null);
        plain.ShouldHaveSingleItem().ShouldContain("nests more than 1000 deep");
        Run(root, onlyA, null).ShouldBeEmpty();
        Run(root, onlyA, memo).ShouldBeEmpty();
        Run(root, values, memo).ShouldBe(plain);
        Run(root, values, memo).ShouldBe(plain);
        memo.Hits.ShouldBeGreaterThan(0);
    }

    private static HelmChart FreshReal() => new(Real.Name, Real.SchemaJson, Real.DefaultsYaml, Real.StrictSchemaJson);

    private static SchemaNode Compile(string schema) => SchemaCompiler.Compile(SchemaDocument.Load(schema), out _);

    // A values tree converted as a chart's defaults are, with its memo.
    private static (SchemaMemo Memo, HelmJson Root) SharedTree(string yaml)
    {
        var node = YamlDocumentReader.Read(yaml).Root!;
        var converted = YamlToHelmJson.ConvertShared(node);
        return (SchemaMemo.ForSharedTree(converted.Values)!, converted[node]);
    }

    private static SchemaMemo SharedTreeWarm(SchemaNode root, string yaml, out HelmJson values)
    {
        var (memo, tree) = SharedTree(yaml);
        Run(root, tree, memo).ShouldBeEmpty();
        values = tree;
        return memo;
    }

    private static List<string> Run(SchemaNode root, HelmJson values, SchemaMemo? memo, long maxSteps = SchemaEvaluator.MaxSteps)
    {
        // The defaults' nodes under a new root, as coalescing gives them.
        var coalesced = HelmJson.FromProperties([.. values.Properties], null);
        var violations = new List<SchemaViolation>();
        SchemaEvaluator.Validate(root, coalesced, trackEvaluated: false, violations, maxSteps, memo);
        return violations.Select(v => $"{v.Path}: {v.Keyword}: {v.Message}").ToList();
    }

    private static List<string> Lines(IEnumerable<ValidationError> errors) => errors.Select(e => e.ToString()).ToList();

    // The same values, built (plain scalars read as YAML 1.1 would for these files: integers, booleans, null, strings).
    private static YamlValue Built(YamlSourceNode node) =>
        node switch
        {
            YamlSourceMapping mapping => YamlValue.Mapping(
                mapping.Entries.Select(e => new KeyValuePair<string, YamlValue>(e.Key.Value, Built(e.Value)))
            ),
            YamlSourceSequence sequence => YamlValue.Sequence(sequence.Items.Select(Built)),
            YamlSourceScalar { Value: "true" or "false" } scalar => YamlValue.Boolean(scalar.Value == "true"),
            YamlSourceScalar { Value: "null" or "~" } => YamlValue.Null,
            YamlSourceScalar scalar when long.TryParse(scalar.Value, out var number) => YamlValue.Integer(number),
            YamlSourceScalar scalar => YamlValue.String(scalar.Value),
            _ => throw new ArgumentException("unknown node", nameof(node)),
        };
}
