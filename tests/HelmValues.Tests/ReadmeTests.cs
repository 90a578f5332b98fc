using System.Text.RegularExpressions;
using EcrQuickstart;
using HelmValues.Output;
using HelmValues.Testing;
using HelmValues.Yaml;

namespace HelmValues.Tests;

/// <summary>The README's snippets come from compiled, tested code, so they cannot drift from what the library does.</summary>
public partial class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Repository.PathOf("README.md"));

    private static IEnumerable<string> ExampleFiles =>
        Directory
            .GetFiles(Repository.PathOf("examples"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal));

    [Test]
    public void Every_region_of_the_examples_is_in_the_readme_verbatim()
    {
        var regions = ExampleFiles
            .SelectMany(f => Region().Matches(File.ReadAllText(f)).Select(m => Dedent(m.Groups["body"].Value)))
            .ToList();

        regions.ShouldNotBeEmpty();
        regions.ShouldAllBe(region => Readme.Contains(region, StringComparison.Ordinal));
    }

    [Test]
    public void The_values_yaml_shown_is_what_the_values_example_writes()
    {
        Readme.ShouldContain("```yaml\n" + ValuesExample.Create().ToYaml() + "```");
    }

    [TestCase("manifests/serviceaccount-buildkite-agent.yaml")]
    [TestCase("manifests/role-ecr-credentials-refresh.yaml")]
    [TestCase("kubelet/credential-provider-config.yaml")]
    public void The_quickstart_files_shown_are_what_the_quickstart_writes(string path)
    {
        var file = QuickstartStack.Create().ToOutput().Files.Single(f => f.Path == path);

        Readme.ShouldContain("```yaml\n" + file.Content.Split('\n', 2)[1]);
    }

    [Test]
    public void The_sample_change_report_is_what_the_library_reports()
    {
        // The committed output of an older C#: another queue and role, and no kubelet configuration yet.
        var committed = Directory.CreateTempSubdirectory("helmvalues-readme-report-").FullName;
        try
        {
            var output = QuickstartStack.Create().ToOutput();
            OutputWriter.Write(output, committed);
            Edit(Path.Combine(committed, "values.yaml"), "queue: kubernetes", "queue: linux-small");
            Edit(
                Path.Combine(committed, "manifests", "serviceaccount-buildkite-agent.yaml"),
                "role/buildkite-agent-ecr-role",
                "role/buildkite-agent-old"
            );
            File.Delete(Path.Combine(committed, "kubelet", "credential-provider-config.yaml"));

            var report = ChangeReport.Compare(output, committed).Format(ChangeReportFormat.Markdown);

            Readme.ShouldContain("```markdown\nRegenerate charts/ecr-quickstart\n\n" + report + "```");
        }
        finally
        {
            Directory.Delete(committed, recursive: true);
        }
    }

    private static void Edit(string file, string from, string to) =>
        File.WriteAllText(file, File.ReadAllText(file).Replace(from, to, StringComparison.Ordinal));

    [Test]
    public void Every_diagnostic_id_has_a_row_with_the_anchor_its_help_link_opens()
    {
        var releases = File.ReadAllText(Repository.PathOf("generators", "HelmValues.Generators", "AnalyzerReleases.Unshipped.md"));
        var ids = Regex.Matches(releases, @"^(HV\d{4}) \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();

        ids.Count.ShouldBeGreaterThan(9);
        ids.ShouldAllBe(id => Readme.Contains($"| <a id=\"{id.ToLowerInvariant()}\"></a>{id} |", StringComparison.Ordinal));
    }

    [Test]
    public void The_fresh_clone_commands_come_first()
    {
        var first = Readme.IndexOf("```sh\n", StringComparison.Ordinal);

        Readme[first..].ShouldStartWith("```sh\ndotnet run --project examples/EcrQuickstart");
        Readme[first..].Split('\n')[2].ShouldStartWith("dotnet test Values.sln");
    }

    [Test]
    public void The_limits_table_states_the_limits_the_code_enforces()
    {
        var table = Readme[Readme.IndexOf("### Limits", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n\n", table.IndexOf("| size |", StringComparison.Ordinal), StringComparison.Ordinal)];

        table.ShouldContain($"| size | {YamlDocumentReader.MaxInputBytes / (1024 * 1024)} MiB of UTF-8 |");
        table.ShouldContain($"| depth | {YamlDocumentReader.MaxDepth} nested");
        table.ShouldContain(
            $"| nodes | {YamlDocumentReader.MaxNodes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)}, aliases expanded |"
        );
        table.ShouldContain($"| errors | {YamlReader.MaxErrors} listed; the parser stops at {YamlDocumentReader.MaxErrors} |");
        table.ShouldContain($"suggestions for keys up to {KeySuggestion.MaxKeyLength} |");
    }

    private static string Dedent(string body)
    {
        var lines = body.Trim('\n').Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join("\n", lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }

    [GeneratedRegex(@"#region \w+\n(?<body>.*?)\n\s*#endregion", RegexOptions.Singleline)]
    private static partial Regex Region();
}
