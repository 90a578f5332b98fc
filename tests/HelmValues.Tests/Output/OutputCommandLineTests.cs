using HelmValues.Output;
using HelmValues.Validation;

namespace HelmValues.Tests.Output;

/// <summary>
/// The one command line of every program that writes output (EcrQuickstart, the template's app.cs, the examples): a typo fails,
/// a stale directory fails with a diff and the command that fixes it, and success is quiet.
/// </summary>
public class OutputCommandLineTests
{
    private string _directory = "";

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("helmvalues-cli-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    private static OutputSet Set(string values = "a: 1\n") =>
        new([new OutputFile("values.yaml", values), new OutputFile("manifests/sa.yaml", "kind: ServiceAccount\n")])
        {
            SetupCommands = ["kubectl create secret generic token --from-literal=TOKEN='<TOKEN>'"],
        };

    private (int ExitCode, string Out, string Error, int Calls) Run(Func<OutputSet> output, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var calls = 0;
        var exitCode = new OutputCommandLine("dotnet run app.cs --") { Out = stdout, Error = stderr }.Run(
            args,
            () =>
            {
                calls++;
                return output();
            }
        );
        return (exitCode, stdout.ToString(), stderr.ToString(), calls);
    }

    private (int ExitCode, string Out, string Error, int Calls) Run(params string[] args) => Run(() => Set(), args);

    [TestCase("--chek", "out", "unknown argument `--chek`")]
    [TestCase("out", null, "unknown argument `out`")]
    [TestCase("--check", null, "--check needs a value: --check DIR")]
    [TestCase("--out", null, "--out needs a value: --out DIR")]
    [TestCase("--check", "--out", "--check needs a value: --check DIR")]
    [TestCase("--report", null, "--report needs a value: --report FORMAT")]
    [TestCase("--report", "html", "--report takes one of text, markdown or json, once, not `html`")]
    [TestCase("--report", "1", "--report takes one of text, markdown or json, once, not `1`")]
    public void A_command_line_it_does_not_understand_prints_the_usage_and_exits_2_without_producing_anything(
        string first,
        string? second,
        string message
    )
    {
        var (exitCode, stdout, stderr, calls) = Run(second is null ? [first] : [first, second]);

        exitCode.ShouldBe(OutputCommandLine.UsageError);
        stderr.ShouldStartWith($"error: {message}\n\nUsage: dotnet run app.cs -- [--out DIR | --check DIR] [--report FORMAT] | --help\n");
        stdout.ShouldBeEmpty();
        calls.ShouldBe(0);
    }

    [Test]
    public void Extra_or_conflicting_arguments_are_a_usage_error()
    {
        Run("--check", "out", "now").Error.ShouldStartWith("error: unknown argument `now`\n");
        Run("--check", "out", "--out", "out").Error.ShouldStartWith("error: give one of --out DIR and --check DIR\n");
        Run("--report", "json", "--report", "text").Error.ShouldStartWith("error: --report takes one of text, markdown or json, once");
        Run("--help", "me").Error.ShouldStartWith("error: --help takes no other argument\n");
    }

    [Test]
    public void Help_prints_the_usage_to_stdout_and_exits_0()
    {
        var (exitCode, stdout, stderr, calls) = Run("--help");

        exitCode.ShouldBe(OutputCommandLine.Success);
        stdout.ShouldBe(
            """
            Usage: dotnet run app.cs -- [--out DIR | --check DIR] [--report FORMAT] | --help

              (no option)       write the files to out
              --out DIR         write the files to DIR
              --check DIR       write nothing; fail when DIR is not what this program writes, showing what changed and a diff
              --report FORMAT   print only the change report, as text, markdown or json (with --out: what the write changed)
              --help            show this help

            Exit codes: 0 done, 1 invalid values or a stale directory, 2 a command line this program does not understand.

            """.ReplaceLineEndings("\n")
        );
        stderr.ShouldBeEmpty();
        calls.ShouldBe(0);
    }

    [Test]
    public void A_write_lists_what_it_changed_and_the_setup_commands_and_a_second_write_prints_nothing()
    {
        var out1 = Run("--out", _directory);
        var out2 = Run("--out", _directory);

        out1.ExitCode.ShouldBe(OutputCommandLine.Success);
        out1.Out.ShouldBe(
            $"""
            wrote   {_directory}/manifests/sa.yaml
            wrote   {_directory}/values.yaml
            Create these in the cluster first (the files reference them):
              kubectl create secret generic token --from-literal=TOKEN='<TOKEN>'

            """.ReplaceLineEndings("\n")
        );
        out2.ShouldBe((OutputCommandLine.Success, "", "", 1));
        File.ReadAllText(Path.Combine(_directory, "values.yaml")).ShouldBe("a: 1\n");
    }

    [Test]
    public void With_no_option_it_writes_the_default_directory()
    {
        var stdout = new StringWriter();
        var cli = new OutputCommandLine("app") { DefaultDirectory = Path.Combine(_directory, "default"), Out = stdout };

        cli.Run([], () => Set()).ShouldBe(OutputCommandLine.Success);

        File.Exists(Path.Combine(_directory, "default", "values.yaml")).ShouldBeTrue();
    }

    [Test]
    public void A_check_of_an_up_to_date_directory_prints_nothing_and_exits_0()
    {
        Run("--out", _directory);

        Run("--check", _directory).ShouldBe((OutputCommandLine.Success, "", "", 1));
    }

    [Test]
    public void A_stale_directory_fails_with_what_changed_a_diff_of_each_file_and_the_command_that_regenerates_it()
    {
        Run("--out", _directory);
        File.Delete(Path.Combine(_directory, "manifests", "sa.yaml"));

        var (exitCode, stdout, stderr, _) = Run(() => Set("a: 2\n"), "--check", _directory);

        exitCode.ShouldBe(OutputCommandLine.Failure);
        stdout.ShouldBe(
            $"""
            manifests/sa.yaml: added
            values.yaml
              a: 1 → 2

            --- /dev/null
            +++ {_directory}/manifests/sa.yaml (generated)
            @@ -0,0 +1 @@
            +kind: ServiceAccount
            --- {_directory}/values.yaml (committed)
            +++ {_directory}/values.yaml (generated)
            @@ -1 +1 @@
            -a: 1
            +a: 2

            """.ReplaceLineEndings("\n")
        );
        stderr.ShouldBe($"{_directory} is stale (2 files differ). Regenerate it with: dotnet run app.cs -- --out {_directory}\n");
    }

    [Test]
    public void The_regenerate_command_quotes_a_directory_the_shell_would_split()
    {
        var directory = Path.Combine(_directory, "my charts");

        Run("--check", directory).Error.ShouldEndWith($"Regenerate it with: dotnet run app.cs -- --out '{directory}'\n");
    }

    [Test]
    public void Invalid_values_fail_with_every_error_and_write_nothing()
    {
        var problems = new[]
        {
            new ValidationError("config.queue", "must not be empty"),
            new ValidationError("config.job-ttl", "is long", ValidationSeverity.Warning),
        };

        var (exitCode, stdout, stderr, _) = Run(() => throw new ValidationException(problems), "--out", _directory);

        exitCode.ShouldBe(OutputCommandLine.Failure);
        stdout.ShouldBeEmpty();
        stderr.ShouldBe("1 error:\n  config.queue: must not be empty\n1 warning:\n  config.job-ttl: is long\n");
        Directory.EnumerateFileSystemEntries(_directory).ShouldBeEmpty();
    }

    [Test]
    public void A_value_that_does_not_parse_fails_with_its_message()
    {
        var (exitCode, _, stderr, _) = Run(
            () => throw new FormatException("`arn:aws:iam::1:role/x` is not an IAM role ARN"),
            "--check",
            _directory
        );

        exitCode.ShouldBe(OutputCommandLine.Failure);
        stderr.ShouldBe("error: `arn:aws:iam::1:role/x` is not an IAM role ARN\n");
    }

    [Test]
    public void Secrets_refused_by_the_output_policy_fail_with_the_command_that_creates_them()
    {
        var secret = new OutputSet([new OutputFile("manifests/secret-x.yaml", "kind: Secret\n", "kubectl create secret generic x")]);

        var (exitCode, _, stderr, _) = Run(() => secret, "--out", _directory);

        exitCode.ShouldBe(OutputCommandLine.Failure);
        stderr.ShouldStartWith("1 error:\n  manifests/secret-x.yaml: holds Secret values");
        stderr.ShouldContain("kubectl create secret generic x");
    }

    [Test]
    public void A_check_with_a_report_format_prints_only_the_report()
    {
        Run("--out", _directory);

        var (exitCode, stdout, stderr, _) = Run(() => Set("a: 2\n"), "--check", _directory, "--report", "markdown");

        exitCode.ShouldBe(OutputCommandLine.Failure);
        stdout.ShouldBe("**values.yaml**\n- `a`: `1` → `2`\n");
        stderr.ShouldStartWith($"{_directory} is stale (1 file differs).");
    }

    [Test]
    public void A_write_with_a_report_format_prints_what_the_write_changed_and_nothing_else()
    {
        Run("--out", _directory);

        var changed = Run(() => Set("a: 2\n"), "--report", "text", "--out", _directory);
        var unchanged = Run(() => Set("a: 2\n"), "--out", _directory, "--report", "text");

        changed.ShouldBe((OutputCommandLine.Success, "values.yaml\n  a: 1 → 2\n", "", 1));
        unchanged.ShouldBe((OutputCommandLine.Success, "", "", 1));
        File.ReadAllText(Path.Combine(_directory, "values.yaml")).ShouldBe("a: 2\n");
    }
}
