using System.Text.Json;
using HelmValues.Testing;
using HelmValues.Tests.Yaml;
using Json.Schema;

namespace HelmValues.Tests.Ci;

/// <summary>
/// The CI recipes of examples/ci: the Buildkite pipeline and the GitHub Actions workflow pass their published schemas, and the
/// script they both call checks and commits for real, in a temporary git repository, with the EcrQuickstart program.
/// </summary>
public class CiRecipeTests
{
    private static readonly string Script = Repository.PathOf("examples", "ci", "regenerate.sh");

    // The EcrQuickstart program this test project builds beside itself.
    private static readonly string App = "dotnet " + Path.Combine(AppContext.BaseDirectory, "EcrQuickstart.dll");

    private string _repository = "";

    [SetUp]
    public void CreateRepository()
    {
        _repository = Directory.CreateTempSubdirectory("helmvalues-ci-").FullName;
        Git("init", "--quiet", "--initial-branch=main");
        Git("config", "user.name", "CI");
        Git("config", "user.email", "ci@helmvalues.invalid");
        Git("commit", "--quiet", "--allow-empty", "-m", "Start");
    }

    [TearDown]
    public void DeleteRepository() => Directory.Delete(_repository, recursive: true);

    [TestCase("buildkite/pipeline.yml", "buildkite-pipeline.json")]
    [TestCase("github/helmvalues.yml", "github-workflow.json")]
    public void The_recipe_passes_its_published_schema(string recipe, string schema)
    {
        Problems(File.ReadAllText(Repository.PathOf("examples", "ci", recipe)), schema).ShouldBeEmpty();
    }

    [TestCase("steps:\n  - label: x\n    commandz: y\n", "buildkite-pipeline.json")]
    [TestCase("\"on\": push\njobs:\n  check:\n    runs-on: ubuntu-latest\n    stepz: []\n", "github-workflow.json")]
    public void The_schemas_refuse_a_broken_recipe(string recipe, string schema)
    {
        Problems(recipe, schema).ShouldNotBeEmpty();
    }

    [Test]
    public void The_script_is_committed_executable_as_the_recipes_call_it()
    {
        Command
            .Run("git", Repository.Root, ["ls-files", "--stage", "examples/ci/regenerate.sh"])
            .ShouldSucceed()
            .Output.ShouldStartWith("100755 ");
    }

    [Test]
    public void Commit_writes_the_output_and_commits_it_with_the_report_as_the_body()
    {
        var result = Regenerate("commit").ShouldSucceed();

        result.Output.ShouldStartWith("Committed ");
        Git("log", "-1", "--format=%s").Output.ShouldBe("Regenerate charts/ecr-quickstart\n");
        var body = Git("log", "-1", "--format=%b").Output;
        body.ShouldContain("**values.yaml**: added");
        body.ShouldContain("**ServiceAccount buildkite/buildkite-agent** (`manifests/serviceaccount-buildkite-agent.yaml`): added");
        Git("status", "--porcelain").Output.ShouldBeEmpty();
        Regenerate("check").ShouldSucceed().Output.ShouldBeEmpty();
    }

    [Test]
    public void Check_fails_on_stale_output_with_the_report_and_commit_fixes_it_once()
    {
        Regenerate("commit").ShouldSucceed();
        var values = Path.Combine(_repository, "charts", "ecr-quickstart", "values.yaml");
        File.WriteAllText(values, File.ReadAllText(values).Replace("queue: kubernetes", "queue: old-queue", StringComparison.Ordinal));
        Git("commit", "--quiet", "--all", "-m", "Someone edited the output by hand");

        var check = Regenerate("check");
        var commit = Regenerate("commit").ShouldSucceed();
        var again = Regenerate("commit").ShouldSucceed();

        check.ExitCode.ShouldBe(1, check.Log);
        check.Output.ShouldStartWith("values.yaml\n  config.queue: old-queue → kubernetes\n");
        check.Error.ShouldContain("charts/ecr-quickstart is stale (1 file differs)");
        commit.Output.ShouldStartWith("Committed ");
        Git("log", "-1", "--format=%b").Output.TrimEnd('\n').ShouldBe("**values.yaml**\n- `config.queue`: `old-queue` → `kubernetes`");
        again.Output.ShouldBe("charts/ecr-quickstart is up to date: nothing to commit.\n");
        Git("rev-list", "--count", "HEAD").Output.ShouldBe("4\n");
    }

    [Test]
    public void An_unknown_mode_is_a_usage_error()
    {
        var result = Regenerate("publish");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("usage:");
    }

    private CommandResult Regenerate(string mode) =>
        Command.Run(
            "bash",
            _repository,
            [Script, mode],
            new Dictionary<string, string?> { ["HELMVALUES_APP"] = App, ["HELMVALUES_OUTPUT"] = "charts/ecr-quickstart" }
        );

    private CommandResult Git(params string[] arguments) => Command.Run("git", _repository, arguments).ShouldSucceed();

    private static IReadOnlyList<string> Problems(string yaml, string schemaFile)
    {
        var schema = JsonSchema.FromText(
            File.ReadAllText(Repository.PathOf("tests", "HelmValues.Tests", "Fixtures", "Ci", schemaFile)),
            new BuildOptions { SchemaRegistry = new SchemaRegistry() }
        );
        var result = schema.Evaluate(
            JsonSerializer.SerializeToElement(YamlJson.ToJson(yaml)),
            new EvaluationOptions { OutputFormat = OutputFormat.List }
        );
        return result.IsValid
            ? []
            : (result.Details ?? [])
                .Where(d => d.Errors is { Count: > 0 })
                .Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}")
                .DefaultIfEmpty("invalid")
                .ToList();
    }
}
