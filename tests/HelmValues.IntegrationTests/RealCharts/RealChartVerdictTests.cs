using System.Text;
using System.Text.Json.Nodes;
using HelmValues.Charts;
using HelmValues.Testing;

namespace HelmValues.IntegrationTests.RealCharts;

/// <summary>
/// Differential tests on real charts: the generated <c>Load</c> must accept exactly what Helm accepts (the oracle:
/// Helm's coalescing, then JsonSchema.Net on the chart's own schema), and what it accepts must write back to values
/// that Helm coalesces to the same data.
/// </summary>
public class RealChartVerdictTests
{
    private const int MutationsPerChart = 150;

    private static readonly JsonNode?[] Replacements =
    [
        null,
        JsonValue.Create("x"),
        JsonValue.Create(""),
        JsonValue.Create(7),
        JsonValue.Create(-1),
        JsonValue.Create(1.5),
        JsonValue.Create(true),
        new JsonArray(),
        new JsonArray(JsonValue.Create("x")),
        new JsonArray((JsonNode?)null),
        new JsonObject(),
        new JsonObject { ["zzUnknownKey"] = 1 },
    ];

    private static IEnumerable<RealChart> Charts() => RealChart.All;

    private static IEnumerable<TestCaseData> CiFiles() =>
        RealChart.All.SelectMany(chart => chart.CiFiles.Select(file => new TestCaseData(chart, Path.GetFileName(file))));

    [TestCaseSource(nameof(Charts))]
    public void The_charts_defaults_alone_get_helms_verdict(RealChart chart) => Check(chart, "empty", "{}").ShouldBeNull();

    [TestCaseSource(nameof(CiFiles))]
    public void Each_ci_values_file_gets_helms_verdict(RealChart chart, string file) =>
        Check(chart, file, File.ReadAllText(Path.Combine(chart.Directory, "ci", file))).ShouldBeNull();

    [TestCaseSource(nameof(Charts))]
    public void Seeded_mutations_get_helms_verdict_and_write_back_to_the_same_values(RealChart chart)
    {
        var random = new Random(20261202 + chart.Name.Length);
        var bases = new List<JsonNode?> { new JsonObject() };
        bases.AddRange(chart.CiFiles.Select(file => HelmYamlJson.FromYaml(File.ReadAllText(file))));
        var disagreements = new List<string>();
        var accepted = 0;
        for (var i = 0; i < MutationsPerChart; i++)
        {
            var user = Mutate(chart, bases[random.Next(bases.Count)], random, out var description);
            var problem = Check(chart, $"mutation {i} ({description})", user.ToJsonString());
            if (problem is not null)
            {
                disagreements.Add(problem);
            }
            else if (chart.HelmVerdict(user.ToJsonString()).Valid)
            {
                accepted++;
            }
        }

        disagreements.ShouldBeEmpty(string.Join("\n\n", disagreements));
        // Mutations that all fail, or all pass, would test little: both verdicts must be common.
        accepted.ShouldBeInRange(MutationsPerChart / 10, MutationsPerChart * 9 / 10);
    }

    /// <summary>Null when HelmValues and the oracle agree and an accepted file writes back faithfully; else why not.</summary>
    private static string? Check(RealChart chart, string name, string yaml)
    {
        var helm = chart.HelmVerdict(yaml);
        var ours = chart.Load(new ValuesFile(name, yaml));
        if (ours.Succeeded != helm.Valid)
        {
            return $"{chart} {name}: Helm {(helm.Valid ? "accepts" : "refuses")}, HelmValues {(ours.Succeeded ? "accepts" : "refuses")}\n"
                + $"input: {yaml}\nHelm: {helm.Failures}\nHelmValues: {string.Join("\n  ", ours.Errors)}";
        }

        if (ours.Succeeded)
        {
            var expected = HelmOracle.Coalesce(chart.Defaults, HelmYamlJson.FromYaml(yaml));
            var actual = HelmOracle.Coalesce(chart.Defaults, HelmYamlJson.FromYaml(ours.Written!));
            if (!JsonNode.DeepEquals(expected, actual))
            {
                return $"{chart} {name}: the values written back mean something else to Helm\ninput: {yaml}\nwritten: {ours.Written}";
            }
        }

        return null;
    }

    // One change at a random place of the coalesced values, made in the user's file the way a user would make it.
    private static JsonObject Mutate(RealChart chart, JsonNode? baseFile, Random random, out string description)
    {
        var user = (JsonObject)(baseFile?.DeepClone() ?? new JsonObject());
        var coalesced = HelmOracle.Coalesce(chart.Defaults, user);
        var path = new List<object>();
        JsonNode? at = coalesced;
        while (path.Count == 0 || random.NextDouble() > 0.3)
        {
            if (at is JsonObject obj && obj.Count > 0)
            {
                var key = obj.ElementAt(random.Next(obj.Count)).Key;
                path.Add(key);
                at = obj[key];
            }
            else if (at is JsonArray array && array.Count > 0 && path.Count > 0)
            {
                var index = random.Next(array.Count);
                path.Add(index);
                at = array[index];
            }
            else
            {
                break;
            }
        }

        if (path.Count == 0)
        {
            path.Add("zzUnknownKey");
        }

        var replacement = Replacements[random.Next(Replacements.Length)]?.DeepClone();
        Set(user, coalesced, path, replacement);
        description = $"{Describe(path)} = {replacement?.ToJsonString() ?? "null"}";
        return user;
    }

    // Objects on the way are created in the user's file; a list on the way is copied whole (Helm replaces lists).
    private static void Set(JsonObject user, JsonNode? coalesced, List<object> path, JsonNode? value)
    {
        JsonNode container = user;
        for (var i = 0; i < path.Count - 1; i++)
        {
            coalesced = path[i] is string k ? coalesced?[k] : coalesced?[(int)path[i]];
            var next = path[i] switch
            {
                string key when container is JsonObject obj => obj[key] is JsonObject or JsonArray ? obj[key] : obj[key] = Copy(coalesced),
                int index when container is JsonArray array => array[index],
                _ => null,
            };
            if (next is null)
            {
                return;
            }

            container = next;
        }

        switch (path[^1], container)
        {
            case (string key, JsonObject obj):
                obj[key] = value;
                break;
            case (int index, JsonArray array):
                array[index] = value;
                break;
        }
    }

    private static JsonNode Copy(JsonNode? coalesced) => coalesced is JsonArray array ? array.DeepClone() : new JsonObject();

    private static string Describe(List<object> path)
    {
        var text = new StringBuilder();
        foreach (var segment in path)
        {
            text.Append(segment is int index ? $"[{index}]" : $".{segment}");
        }

        return text.ToString();
    }
}
