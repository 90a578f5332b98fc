using HelmValues.AgentStackK8s;
using HelmValues.Testing;
using HelmValues.Validation;
using YamlDotNet.RepresentationModel;

namespace HelmValues.Tests.AgentStackK8s;

/// <summary>
/// The controller corpus (<c>Fixtures/ControllerCorpus/cases.yaml</c>): values files whose fate was read from the
/// controller's source, the chart and Kubernetes, each naming the component that decides. Load's verdict must be
/// theirs, except in the known gaps the file lists, which must stay open until the file says otherwise.
/// </summary>
public class ControllerCorpusTests
{
    private static readonly string[] Verdicts = ["accepted", "refused", "accepted-with-warning"];
    private static readonly string[] Deciders = ["helm", "chart-template", "controller", "kubernetes", "agent", "none"];
    private const string GapMark = "[known-gap]";

    private static readonly string CasesPath = Repository.PathOf("tests", "HelmValues.Tests", "Fixtures", "ControllerCorpus", "cases.yaml");

    private static IReadOnlyList<CorpusCase> Corpus { get; } = CorpusCase.ReadAll(CasesPath);

    private static IEnumerable<CorpusCase> Agreed => Corpus.Where(c => c.Gap is null);

    private static IEnumerable<CorpusCase> KnownGaps => Corpus.Where(c => c.Gap is not null);

    [TestCaseSource(nameof(Agreed))]
    public void Load_gives_the_verdict_the_source_gives(CorpusCase corpusCase)
    {
        var library = LibraryVerdict(corpusCase.Values);

        Agrees(corpusCase.Verdict, library)
            .ShouldBeTrue($"expected {corpusCase.Verdict} ({corpusCase.Decides}: {corpusCase.Why}); Load says {library}");
    }

    [TestCaseSource(nameof(KnownGaps))]
    public void A_known_gap_is_still_open(CorpusCase corpusCase)
    {
        var library = LibraryVerdict(corpusCase.Values);

        library.ShouldBe(corpusCase.Library, $"the gap ({corpusCase.Gap}) has moved: update the case in cases.yaml");
        Agrees(corpusCase.Verdict, library).ShouldBeFalse("the gap is closed: drop its gap field and [known-gap] mark");
    }

    [Test]
    public void The_known_gaps_are_exactly_the_cases_where_load_disagrees()
    {
        var disagreeing = Corpus.Where(c => !Agrees(c.Verdict, LibraryVerdict(c.Values))).Select(c => c.Name);

        disagreeing.ShouldBe(KnownGaps.Select(c => c.Name), ignoreOrder: true);
        KnownGaps.Count().ShouldBe(Corpus.Count(c => c.Name.StartsWith(GapMark, StringComparison.Ordinal)));
        // The count a reader sees first, in the file's header comment.
        File.ReadLines(CasesPath)
            .TakeWhile(line => line.StartsWith('#'))
            .ShouldContain($"# {Corpus.Count} cases, {KnownGaps.Count()} known gaps.");
    }

    [Test]
    public void Every_case_is_complete_and_consistent()
    {
        Corpus.Count.ShouldBeGreaterThanOrEqualTo(60);
        Corpus.Select(c => c.Name).ShouldBeUnique();
        foreach (var c in Corpus)
        {
            Verdicts.ShouldContain(c.Verdict, c.Name);
            Deciders.ShouldContain(c.Decides, c.Name);
            Verdicts.ShouldContain(c.Library, c.Name);
            c.Why.ShouldNotBeNullOrWhiteSpace(c.Name);
            c.Values.ShouldNotBeNullOrWhiteSpace(c.Name);
            // The mark, the gap field and the recorded library verdict tell the same story.
            c.Name.StartsWith(GapMark, StringComparison.Ordinal).ShouldBe(c.Gap is not null, c.Name);
            Agrees(c.Verdict, c.Library).ShouldBe(c.Gap is null, c.Name);
            // The chart's templates and the agent only ever refuse; an accepted case cannot name them.
            (c.Verdict != "refused" && c.Decides is "chart-template" or "agent").ShouldBeFalse(c.Name);
        }
    }

    /// <summary>accepted, accepted-with-warning or refused, as the corpus spells verdicts.</summary>
    private static string LibraryVerdict(string values)
    {
        var result = AgentStackK8sValues.Load(values);
        return !result.Succeeded ? "refused"
            : result.Problems.Any(e => e.Severity == ValidationSeverity.Warning) ? "accepted-with-warning"
            : "accepted";
    }

    // accepted asks only for no error; accepted-with-warning also asks for at least one warning.
    private static bool Agrees(string verdict, string library) =>
        verdict switch
        {
            "refused" => library == "refused",
            "accepted" => library is "accepted" or "accepted-with-warning",
            _ => library == "accepted-with-warning",
        };

    /// <summary>One entry of cases.yaml.</summary>
    public sealed record CorpusCase(string Name, string Values, string Verdict, string Decides, string Why, string Library, string? Gap)
    {
        public override string ToString() => Name;

        public static IReadOnlyList<CorpusCase> ReadAll(string path)
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(path))
            {
                stream.Load(reader);
            }

            var cases = (YamlSequenceNode)stream.Documents[0].RootNode;
            return cases.Children.Select(node => Read((YamlMappingNode)node)).ToList();
        }

        private static CorpusCase Read(YamlMappingNode node)
        {
            var fields = node.Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => ((YamlScalarNode)e.Value).Value ?? "");
            string Field(string key) =>
                fields.TryGetValue(key, out var value)
                    ? value
                    : throw new FormatException($"a case has no {key}: {string.Join(", ", fields.Keys)}");
            return new CorpusCase(
                Field("name"),
                Field("values"),
                Field("verdict"),
                Field("decides"),
                Field("why"),
                Field("library"),
                fields.GetValueOrDefault("gap")
            );
        }
    }
}
