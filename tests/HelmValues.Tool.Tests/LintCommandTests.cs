using System.Text.Json;

namespace HelmValues.Tool.Tests;

/// <summary><c>helmvalues lint</c>: the library's verdict, with positions, in the formats editors and CI systems read.</summary>
public class LintCommandTests
{
    private static readonly string Good = ToolRun.File("lint", "good.yaml");
    private static readonly string Bad = ToolRun.File("lint", "bad.yaml");

    [Test]
    public void A_good_file_exits_0_and_prints_nothing_on_standard_output()
    {
        var run = ToolRun.Of("lint", "-f", Good);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldBe("0 error(s), 0 warning(s) in 1 file(s)\n");
    }

    [Test]
    public void A_bad_file_exits_1_with_every_error_at_its_line_and_column()
    {
        var run = ToolRun.Of("lint", "-f", Bad);

        run.ExitCode.ShouldBe(1);
        run.Lines.ShouldBe([
            $"{Bad}(3,3): error HV1001: config.max-inflight: unknown key `max-inflight`; did you mean `max-in-flight`?",
            $"{Bad}(4,12): error HV1001: config.job-ttl: expected a Go duration string such as \"300s\" or \"300m\", but found the number 300, which the controller reads as 300 nanoseconds",
            $"{Bad}(5,30): error HV1001: config.default-image-pull-policy: `Sometimes` is not allowed; expected one of Always, IfNotPresent, Never, \"\" (empty)",
            $"{Bad}(7,5): error HV1002: config.pod-spec-patch.containers: is required (chart schema: required)",
        ]);
    }

    [Test]
    public void The_errors_are_the_ones_the_library_gives()
    {
        var library = AgentStackK8s
            .AgentStackK8sValues.Load(new Charts.ValuesFile(Bad, File.ReadAllText(Bad)))
            .Problems.Select(e => $"{e.Path}: {e.Message}");

        ToolRun
            .Of("lint", "-f", Bad)
            .Lines.Select(l => l[(l.IndexOf(": ", l.IndexOf("HV100", StringComparison.Ordinal), StringComparison.Ordinal) + 2)..])
            .ShouldBe(library);
    }

    [Test]
    public void Files_layer_like_helm_f_and_each_error_names_its_file()
    {
        var prod = ToolRun.File("lint", "prod.yaml");

        var run = ToolRun.Of("lint", "-f", Good, "-f", prod);

        run.ExitCode.ShouldBe(1);
        run.Lines.ShouldHaveSingleItem().ShouldStartWith($"{prod}(3,14): error HV1001: config.log-level:");
    }

    [Test]
    public void A_dash_reads_standard_input()
    {
        var run = ToolRun.WithInput("config:\n  max-inflight: 1\n", "lint", "-f", "-");

        run.ExitCode.ShouldBe(1);
        run.Lines.ShouldHaveSingleItem().ShouldStartWith("<stdin>(2,3): error HV1001: config.max-inflight:");
    }

    [Test]
    public void The_github_format_writes_workflow_annotations()
    {
        var run = ToolRun.Of("lint", "-f", Bad, "--format", "github");

        run.Lines[0]
            .ShouldBe(
                $"::error file={Bad},line=3,col=3,title=HV1001 config.max-inflight::unknown key `max-inflight`; did you mean `max-in-flight`?"
            );
        run.Lines.Count.ShouldBe(4);
    }

    [Test]
    public void The_json_format_is_one_document_with_every_field()
    {
        var run = ToolRun.Of("lint", "-f", Bad, "--format", "json");

        using var document = JsonDocument.Parse(run.Out);
        var problems = document.RootElement.GetProperty("problems").EnumerateArray().ToList();
        problems.Count.ShouldBe(4);
        var last = problems[^1];
        last.GetProperty("file").GetString().ShouldBe(Bad);
        last.GetProperty("line").GetInt32().ShouldBe(7);
        last.GetProperty("column").GetInt32().ShouldBe(5);
        last.GetProperty("severity").GetString().ShouldBe("error");
        last.GetProperty("code").GetString().ShouldBe("HV1002");
        last.GetProperty("schemaKeyword").GetString().ShouldBe("required");
        last.GetProperty("path").GetString().ShouldBe("config.pod-spec-patch.containers");
    }

    [Test]
    public void Any_chart_can_be_linted_with_its_schema_and_defaults()
    {
        var schema = ToolRun.File("chart", "values.schema.json");
        var defaults = ToolRun.File("chart", "values.yaml");

        ToolRun.WithInput("image:\n  tag: '2'\n", "lint", "-f", "-", "--schema", schema, "--defaults", defaults).ExitCode.ShouldBe(0);
        var run = ToolRun.WithInput("replicas: 0\n", "lint", "-f", "-", "--schema", schema);
        run.ExitCode.ShouldBe(1);
        run.Lines.ShouldBe(
            [
                "<stdin>(1,1): error HV1002: image: is required (chart schema: required)",
                "<stdin>(1,11): error HV1002: replicas: must be at least 1 (is 0) (chart schema: minimum)",
            ],
            ignoreOrder: true
        );
    }

    [TestCase(new[] { "lint" }, "Option '--file' is required.")]
    [TestCase(new[] { "lint", "-f", "/no/such/file.yaml" }, "cannot read /no/such/file.yaml")]
    [TestCase(
        new[] { "lint", "-f", "x.yaml", "--chart", "agent-stack-k8s", "--schema", "s.json" },
        "give either --chart or --schema, not both"
    )]
    [TestCase(new[] { "lint", "-f", "x.yaml", "--chart", "nginx" }, "no bundled chart 'nginx'")]
    [TestCase(new[] { "lint", "-f", "x.yaml", "--format", "xml" }, "xml")]
    [TestCase(new string[0], "Required command was not provided")]
    public void Usage_errors_exit_2_with_the_reason_on_standard_error(string[] args, string reason)
    {
        var run = ToolRun.Of(args);

        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldContain(reason);
    }

    [TestCase("lint")]
    [TestCase("schema")]
    [TestCase("explain")]
    public void Every_command_has_help(string command)
    {
        var run = ToolRun.Of(command, "--help");

        run.ExitCode.ShouldBe(0);
        run.Out.ShouldContain("Usage:");
    }
}
