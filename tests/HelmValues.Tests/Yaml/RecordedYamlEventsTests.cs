using System.Text;
using CsCheck;
using HelmValues.Charts;
using HelmValues.Generators.Parsing;
using HelmValues.Testing;
using HelmValues.Testing.Fuzz;
using HelmValues.Yaml;

namespace HelmValues.Tests.Yaml;

/// <summary>
/// The generator's recording of a chart's defaults (<see cref="YamlEventRecorder"/>) replayed by the runtime
/// (<see cref="RecordedYamlEvents"/>) gives exactly what parsing the text gives: the same tree, positions and problems.
/// </summary>
public class RecordedYamlEventsTests
{
    private static IEnumerable<TestCaseData> ChartDefaults() =>
        Directory
            .EnumerateFiles(Repository.PathOf("tests", "Fixtures"), "*.yaml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Repository.PathOf("src", "HelmValues", "Schemas"), "*.values.yaml"))
            .Concat(Directory.EnumerateFiles(Repository.PathOf("tests", "HelmValues.Tests", "Fixtures", "Chart"), "*.yaml"))
            .Order(StringComparer.Ordinal)
            .Select(path => new TestCaseData(path).SetArgDisplayNames(Path.GetRelativePath(Repository.Root, path)));

    [TestCaseSource(nameof(ChartDefaults))]
    public void Every_chart_fixture_replays_to_the_tree_its_text_parses_to(string path)
    {
        var yaml = File.ReadAllText(path);
        var recording = YamlEventRecorder.Record(yaml).ShouldNotBeNull();

        Render(YamlDocumentReader.Read(yaml, "values.yaml", recording)).ShouldBe(Render(YamlDocumentReader.Read(yaml, "values.yaml")));
    }

    [TestCase("a: 1\nb:\n  - x\n  - 'y'\nc: |\n  text\nd: >-\n  folded\n  text\ne: \"q\\u00e9\"\n")]
    [TestCase("base: &base\n  a: 1\n  b: [2, 3]\nother:\n  <<: *base\n  b: 4\nlist: &l [x, {y: z}]\nagain: *l\n")]
    [TestCase("a: !!str yes\nb: !!int 1\nc: !!map {}\nd: !!seq []\ne: &anchor !!str x\n")]
    [TestCase("---\na: 1\n...\n")]
    [TestCase("# only a comment\n")]
    [TestCase("")]
    [TestCase("~\n")]
    [TestCase("\"\": empty key\n'': again\n")]
    [TestCase("a: 1\na: 2\n")]
    [TestCase("a: !custom 1\nb: !!int no\n")]
    [TestCase("a: *missing\n")]
    [TestCase("a: &x [*x]\n")]
    [TestCase("[1, 2]\n")]
    [TestCase("a: 1\n---\nb: 2\n")]
    [TestCase("? [complex]\n: key\n")]
    [TestCase("ключ: значение\nemoji: \"😀\"\n")]
    public void A_document_replays_to_the_tree_and_problems_its_text_parses_to(string yaml)
    {
        var recording = YamlEventRecorder.Record(yaml).ShouldNotBeNull();

        Render(YamlDocumentReader.Read(yaml, "f.yaml", recording)).ShouldBe(Render(YamlDocumentReader.Read(yaml, "f.yaml")));
    }

    [Test]
    public void Any_document_recorded_replays_to_what_its_text_parses_to()
    {
        var seeds = ChartDefaults().Select(c => File.ReadAllText((string)c.Arguments[0]!)).ToList();
        YamlFuzz
            .Document(seeds)
            .Where(yaml => yaml.Length < 20_000)
            .Sample(
                yaml =>
                {
                    var recording = YamlEventRecorder.Record(yaml);
                    return recording is null
                        || Render(YamlDocumentReader.Read(yaml, "f", recording)) == Render(YamlDocumentReader.Read(yaml, "f"));
                },
                iter: 2_000
            );
    }

    // What the runtime would read differently from the generator's plain YamlDotNet, or not at all: parsed at run time.
    [TestCase("key:\n\tvalue: 1\n")]
    [TestCase("a: \"tab\tinside\"\n")]
    [TestCase("\uFEFFa: 1\n")]
    [TestCase("a: [1, 2\n")]
    [TestCase("a: 'unterminated\n")]
    public void Text_the_runtime_must_parse_itself_is_not_recorded(string yaml) => YamlEventRecorder.Record(yaml).ShouldBeNull();

    [Test]
    public void A_recording_by_another_YamlDotNet_is_not_replayed()
    {
        var recording = YamlEventRecorder.Record("a: 2\n")!;
        var otherVersion = "0.0.1" + recording[recording.IndexOf('\n')..];

        RecordedYamlEvents.TryOpen(recording).ShouldNotBeNull();
        RecordedYamlEvents.TryOpen(otherVersion).ShouldBeNull();
        Render(YamlDocumentReader.Read("a: 1\n", null, otherVersion)).ShouldBe(Render(YamlDocumentReader.Read("a: 1\n")));
    }

    [Test]
    public void A_chart_judges_its_defaults_as_the_recording_has_them()
    {
        // The recording is of other text than the defaults (generated code never does this): the verdict follows it, so
        // the chart reads the recording, not the text.
        const string schema = """{"properties": {"a": {"type": "integer", "maximum": 1}}}""";
        var recorded = new HelmChart("c", schema, "a: 1\n", null, YamlEventRecorder.Record("a: 2\n"));
        var parsed = new HelmChart("c", schema, "a: 1\n", null, null);

        var empty = new ValuesFile("user.yaml", "{}\n");

        recorded.Check(empty).Errors.Select(e => (e.Path, e.Line, e.Source)).ShouldBe([("a", (int?)1, "c/values.yaml")]);
        parsed.Check(empty).Errors.ShouldBeEmpty();
    }

    // The whole document: every node's kind, value, plainness, tag, position, file, size and height, then the problems.
    private static string Render(YamlDocument document)
    {
        var text = new StringBuilder();
        if (document.Root is { } root)
        {
            Render(text, root, 0);
        }

        foreach (var problem in document.Problems)
        {
            text.Append($"problem {problem.Path} {problem.Line}:{problem.Column} {problem.Source}: {problem.Message}\n");
        }

        return text.ToString();
    }

    private static void Render(StringBuilder text, YamlSourceNode node, int depth)
    {
        text.Append(' ', depth * 2)
            .Append($"{node.GetType().Name} {node.Line}:{node.Column} {node.Source} size {node.Size} height {node.Height}");
        switch (node)
        {
            case YamlSourceScalar scalar:
                text.Append($" plain {scalar.IsPlain} tag {scalar.Tag} value [{scalar.Value}]\n");
                break;
            case YamlSourceSequence sequence:
                text.Append('\n');
                foreach (var item in sequence.Items)
                {
                    Render(text, item, depth + 1);
                }

                break;
            case YamlSourceMapping mapping:
                text.Append('\n');
                foreach (var (key, value) in mapping.Entries)
                {
                    Render(text, key, depth + 1);
                    Render(text, value, depth + 2);
                }

                break;
        }
    }
}
