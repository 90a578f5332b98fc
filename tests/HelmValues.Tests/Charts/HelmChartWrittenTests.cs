using System.Text;
using System.Threading.Tasks;
using HelmValues.Charts;
using HelmValues.Validation;
using HelmValues.Yaml;

namespace HelmValues.Tests.Charts;

/// <summary>
/// Helm's verdict on built values (<see cref="HelmChart.ValidateWritten"/>), which go straight to JSON and are coalesced with
/// the defaults' JSON: the verdict of their written tree (<see cref="HelmChart.Validate(YamlSourceNode)"/>), word for word.
/// </summary>
public class HelmChartWrittenTests
{
    private const string Schema = """
        { "type": "object", "additionalProperties": false, "required": ["image"],
          "properties": { "image": { "type": "object", "required": ["repository"], "properties": { "repository": { "type": "string" }, "tag": { "type": "string" } } },
                          "replicas": { "type": "integer", "minimum": 1 },
                          "ports": { "type": "array", "items": { "type": "integer" } },
                          "labels": { "type": "object", "additionalProperties": { "type": "string" } } } }
        """;

    // The default tag breaks the schema: its error keeps the defaults' file, line and column on both paths.
    private static readonly HelmChart Chart = new("demo", Schema, "image:\n  repository: app\n  tag: 5\nreplicas: 1\nlabels:\n  team: a\n");

    public static IEnumerable<TestCaseData> Values =>
        [
            Case("nothing set", []),
            Case("a null deletes a default mapping", [Entry("image", YamlValue.Null)]),
            Case("a null deletes a default key", [Entry("image", Mapping(Entry("repository", YamlValue.Null)))]),
            Case("a mapping merges with the default's", [Entry("image", Mapping(Entry("tag", "v1")))]),
            Case(
                "values of the wrong kind, and a key the schema lacks",
                [Entry("replicas", 0), Entry("ports", YamlValue.Sequence([1, "http"])), Entry("extra", YamlValue.Boolean(true))]
            ),
            Case(
                "a null for a key the defaults lack stays",
                [Entry("labels", Mapping(Entry("team", YamlValue.Null), Entry("tier", YamlValue.Null)))]
            ),
            Case("a number JSON cannot hold (the tree reports it)", [Entry("replicas", YamlValue.Number(double.PositiveInfinity))]),
        ];

    [TestCaseSource(nameof(Values))]
    public void Built_values_get_the_verdict_of_their_written_tree(YamlValue values)
    {
        var written = Lines(Chart.ValidateWritten(values, static (w, v) => w.WriteValue(v)));

        written.ShouldBe(Lines(Chart.Validate(YamlWriter.WriteTree(values, static (w, v) => w.WriteValue(v)))));
    }

    [TestCaseSource(nameof(Values))]
    public void Values_judged_and_written_in_one_walk_get_the_same_verdict_and_the_same_text(YamlValue values)
    {
        var verdict = Chart.ValidateWrittenWithText("# header\n", values, static (w, v) => w.WriteValue(v), out var text);

        Lines(verdict).ShouldBe(Lines(Chart.ValidateWritten(values, static (w, v) => w.WriteValue(v))));
        text.ShouldBe(YamlWriter.SerializeUtf8("# header\n", values, static (w, v) => w.WriteValue(v)));
    }

    [Test]
    public void Values_written_in_one_walk_with_the_verdict_still_get_their_text_when_helm_refuses_every_file()
    {
        var broken = new HelmChart("broken", """{ "type": 5 }""", null);
        var values = Mapping(Entry("replicas", 2));

        var verdict = broken.ValidateWrittenWithText("", values, static (w, v) => w.WriteValue(v), out var text);

        Lines(verdict).ShouldBe(Lines(broken.ValidateWritten(values, static (w, v) => w.WriteValue(v))));
        verdict.ShouldHaveSingleItem().Message.ShouldStartWith("the chart's values schema cannot be used");
        Encoding.UTF8.GetString(text).ShouldBe("replicas: 2\n");
    }

    [Test]
    public void Values_written_in_one_walk_with_the_verdict_write_the_next_document_alone()
    {
        // The text buffer and its tee are reused per thread: a document after one judged in the same walk must not go to
        // the judged document's JSON sink, and a judged one after a plain one must get the whole text.
        var values = Mapping(Entry("replicas", 0));
        _ = Chart.ValidateWrittenWithText("", values, static (w, v) => w.WriteValue(v), out _);

        Encoding
            .UTF8.GetString(YamlWriter.SerializeUtf8("", Mapping(Entry("tag", "v1")), static (w, v) => w.WriteValue(v)))
            .ShouldBe("tag: v1\n");
        Lines(Chart.ValidateWrittenWithText("", values, static (w, v) => w.WriteValue(v), out var text))
            .ShouldBe(Lines(Chart.ValidateWritten(values, static (w, v) => w.WriteValue(v))));
        Encoding.UTF8.GetString(text).ShouldBe("replicas: 0\n");
    }

    [Test]
    public void An_error_in_the_defaults_keeps_their_file_line_and_column()
    {
        Lines(Chart.ValidateWritten(YamlValue.Mapping([]), static (w, v) => w.WriteValue(v)))
            .ShouldContain(e => e.StartsWith("image.tag (demo/values.yaml, line 3, column 8): ", StringComparison.Ordinal));
    }

    [Test]
    public void A_value_json_cannot_hold_is_reported_at_its_place()
    {
        var values = Mapping(Entry("replicas", YamlValue.Number(double.NegativeInfinity)));

        Lines(Chart.ValidateWritten(values, static (w, v) => w.WriteValue(v)))
            .ShouldContain(
                "replicas: is -.inf, which JSON cannot hold: Helm converts values to JSON and refuses the file (quote it for a string) (chart schema: type)"
            );
    }

    [Test]
    public void A_key_written_twice_is_judged_as_its_tree_is()
    {
        static void Write(YamlWriter writer, int _)
        {
            writer.BeginMapping();
            writer.WriteKey("replicas");
            writer.WriteInteger(0);
            writer.WriteKey("replicas");
            writer.WriteInteger(2);
            writer.EndMapping();
        }

        var written = Lines(Chart.ValidateWritten(0, Write));
        // Coalescing matches the default's key with the first of the two: the tree's rule, whatever it is, holds here too.
        written.ShouldBe(Lines(Chart.Validate(YamlWriter.WriteTree(0, Write))));
    }

    [Test]
    public void Values_checked_on_many_threads_at_once_each_get_their_own_verdict()
    {
        // The sink and the schema evaluator are reused per thread: interleaved validations must not see each other's values.
        static YamlValue Values(int i) => Mapping(Entry("replicas", i % 3 == 0 ? 0 : i), Entry("labels", Mapping(Entry($"k{i}", i))));
        var expected = Enumerable
            .Range(0, 200)
            .Select(i => Lines(Chart.Validate(YamlWriter.WriteTree(Values(i), static (w, v) => w.WriteValue(v)))))
            .ToArray();

        var actual = new IReadOnlyList<string>[expected.Length];
        Parallel.For(
            0,
            expected.Length * 5,
            new ParallelOptions { MaxDegreeOfParallelism = 4 },
            n => actual[n % expected.Length] = Lines(Chart.ValidateWritten(Values(n % expected.Length), static (w, v) => w.WriteValue(v)))
        );

        for (var i = 0; i < expected.Length; i++)
        {
            actual[i].ShouldBe(expected[i]);
            actual[i].ShouldContain(e => e.StartsWith($"labels.k{i}: ", StringComparison.Ordinal));
        }
    }

    private static TestCaseData Case(string name, KeyValuePair<string, YamlValue>[] entries) =>
        new TestCaseData(YamlValue.Mapping(entries)).SetName(name);

    private static KeyValuePair<string, YamlValue> Entry(string key, YamlValue value) => new(key, value);

    private static YamlValue Mapping(params KeyValuePair<string, YamlValue>[] entries) => YamlValue.Mapping(entries);

    // Values that never were text have no position: line 0 in the tree, none in JSON. ValuesDocument shows neither.
    private static List<string> Lines(IReadOnlyList<ValidationError> errors) =>
        errors.Select(e => (e.Source is null ? e with { Line = null, Column = null } : e).ToString()).ToList();
}
