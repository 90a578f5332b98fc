using System.IO.Compression;
using System.Text.Json;
using HelmValues.Testing;

namespace HelmValues.PackageTests;

/// <summary>
/// The template package: installed from its .nupkg into an isolated template cache, instantiated with every option, and the
/// single-file app it creates run with <c>dotnet run app.cs</c> against the packed HelmValues package, offline, into an empty
/// packages folder of its own.
/// </summary>
public class TemplateTests
{
    private static string _templatePackage = "";
    private static string _app = "";
    private static CommandResult _run = null!;

    private static string ScriptPackages => Path.Combine(PackedPackage.Root, "script-packages");

    [OneTimeSetUp]
    public void InstallInstantiateAndRun()
    {
        var feed = Path.Combine(PackedPackage.Root, "templates");
        DotNet
            .Run(
                Repository.Root,
                [
                    "pack",
                    Repository.PathOf("templates", "HelmValues.Templates", "HelmValues.Templates.csproj"),
                    "-o",
                    feed,
                    "--artifacts-path",
                    Path.Combine(PackedPackage.Root, "template-artifacts"),
                    "--disable-build-servers",
                    "-warnaserror",
                ]
            )
            .ShouldSucceed();
        _templatePackage = Path.Combine(feed, $"HelmValues.Templates.{PackedPackage.Version}.nupkg");

        var hive = Path.Combine(PackedPackage.Root, "template-hive");
        DotNet.Run(PackedPackage.Root, ["new", "install", _templatePackage, "--debug:custom-hive", hive]).ShouldSucceed();
        _app = Path.Combine(PackedPackage.Root, "script");
        DotNet
            .Run(
                PackedPackage.Root,
                [
                    "new",
                    "helmvalues-script",
                    "-o",
                    _app,
                    "--namespace",
                    "ci",
                    "--role-arn",
                    "arn:aws:iam::210987654321:role/ci-ecr",
                    "--region",
                    "eu-west-1",
                    "--registry-account",
                    "210987654321",
                    "--debug:custom-hive",
                    hive,
                ]
            )
            .ShouldSucceed();
        OfflineFeed.WriteNuGetConfig(_app, ScriptPackages);
        _run = DotNet.Run(_app, ["run", "app.cs"], OfflineFeed.Environment).ShouldSucceed();
    }

    [Test]
    public void The_template_creates_one_app_cs_with_the_options_and_the_package_version()
    {
        Directory.GetFiles(_app).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(["NuGet.config", "app.cs"]);
        var app = File.ReadAllText(Path.Combine(_app, "app.cs"));

        app.ShouldStartWith($"#:package HelmValues@{PackedPackage.Version}\n");
        app.ShouldContain("const string Namespace = \"ci\";");
        app.ShouldContain("IamRoleArn.Parse(\"arn:aws:iam::210987654321:role/ci-ecr\")");
        app.ShouldNotContain("HELMVALUES_");
    }

    [Test]
    public void The_first_run_restores_HelmValues_and_its_dependencies_and_nothing_else()
    {
        // Without `#:property PublishAot=false` this would hold the Native AOT compiler and runtime packs too (about 300 MB).
        Directory
            .GetDirectories(ScriptPackages)
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .ShouldBe(["fractions", "helmvalues", "kubernetesclient", "yamldotnet"]);
        Directory.GetDirectories(Path.Combine(ScriptPackages, "helmvalues")).Select(Path.GetFileName).ShouldBe([PackedPackage.Version]);
    }

    [Test]
    public void The_app_runs_without_profile_guided_tiering()
    {
        // What `dotnet run app.cs` ran with: the runtime configuration the SDK wrote when it built the app for that run (asking
        // for the file's path only evaluates the project, and builds nothing).
        var query = DotNet
            .Run(_app, ["build", "app.cs", "-getProperty:ProjectRuntimeConfigFilePath"], OfflineFeed.Environment)
            .ShouldSucceed();
        using var config = JsonDocument.Parse(File.ReadAllText(query.Output.Trim()));

        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        properties.TryGetProperty("System.Runtime.TieredPGO", out var tieredPgo).ShouldBeTrue(properties.ToString());
        tieredPgo.GetBoolean().ShouldBeFalse();
    }

    [Test]
    public void Dotnet_run_app_cs_writes_the_ecr_quickstart_for_the_options_given_and_lists_what_it_wrote()
    {
        var output = Path.Combine(_app, "out");

        _run.Output.ShouldStartWith("wrote   out/kubelet/credential-provider-config.yaml\n", customMessage: _run.Log);
        _run.Output.ShouldContain("wrote   out/values.yaml\n", customMessage: _run.Log);
        _run.Error.ShouldBeEmpty(_run.Log);
        File.ReadAllText(Path.Combine(output, "manifests", "serviceaccount-buildkite-agent.yaml"))
            .ShouldContain("eks.amazonaws.com/role-arn: arn:aws:iam::210987654321:role/ci-ecr");
        File.ReadAllText(Path.Combine(output, "manifests", "cronjob-ecr-credentials-refresh.yaml")).ShouldContain("namespace: ci");
        File.ReadAllText(Path.Combine(output, "manifests", "cronjob-ecr-credentials-refresh.yaml"))
            .ShouldContain("value: 210987654321.dkr.ecr.eu-west-1.amazonaws.com");
        File.ReadAllText(Path.Combine(output, "pipeline.yaml")).ShouldContain("region: eu-west-1");
        File.ReadAllText(Path.Combine(output, "values.yaml")).ShouldContain("serviceAccountName: buildkite-agent");
    }

    [Test]
    public void The_app_checks_its_committed_output_quietly_and_fails_with_a_diff_when_it_is_stale()
    {
        var upToDate = DotNet.Run(_app, ["run", "app.cs", "--", "--check", "out"], OfflineFeed.Environment).ShouldSucceed();
        upToDate.Output.ShouldBeEmpty(upToDate.Log);

        var values = Path.Combine(_app, "out", "values.yaml");
        var committed = File.ReadAllText(values);
        File.AppendAllText(values, "edited: true\n");
        var stale = DotNet.Run(_app, ["run", "app.cs", "--", "--check", "out"], OfflineFeed.Environment);
        File.WriteAllText(values, committed);

        stale.ExitCode.ShouldBe(1, stale.Log);
        stale.Output.ShouldContain("--- out/values.yaml (committed)\n+++ out/values.yaml (generated)\n");
        stale.Output.ShouldContain("\n-edited: true\n");
        stale.Error.ShouldBe("out is stale (1 file differs). Regenerate it with: dotnet run app.cs -- --out out\n");
    }

    [TestCase("--check")]
    [TestCase("--chek", "out")]
    [TestCase("--out", "out", "--force")]
    public void A_typo_in_a_ci_invocation_fails_with_the_usage(params string[] arguments)
    {
        var result = DotNet.Run(_app, ["run", "app.cs", "--", .. arguments], OfflineFeed.Environment);

        result.ExitCode.ShouldBe(2, result.Log);
        result.Error.ShouldContain("Usage: dotnet run app.cs -- [--out DIR | --check DIR] [--report FORMAT] | --help");
    }

    [Test]
    public void The_template_package_holds_the_template_its_readme_and_the_licence_only()
    {
        using var zip = ZipFile.OpenRead(_templatePackage);
        var files = zip
            .Entries.Select(e => e.FullName)
            .Where(n =>
                !n.StartsWith("_rels/", StringComparison.Ordinal)
                && !n.StartsWith("package/", StringComparison.Ordinal)
                && n != "[Content_Types].xml"
            );

        files
            .Order(StringComparer.Ordinal)
            .ShouldBe([
                "HelmValues.Templates.nuspec",
                "LICENSE",
                "README.md",
                "content/helmvalues-script/.template.config/dotnetcli.host.json",
                "content/helmvalues-script/.template.config/template.json",
                "content/helmvalues-script/app.cs",
            ]);
    }

    [Test]
    public void The_packed_app_cs_is_the_source_with_only_the_version_filled_in()
    {
        using var zip = ZipFile.OpenRead(_templatePackage);
        using var reader = new StreamReader(zip.GetEntry("content/helmvalues-script/app.cs")!.Open());
        var source = File.ReadAllText(Repository.PathOf("templates", "HelmValues.Templates", "content", "helmvalues-script", "app.cs"));

        reader.ReadToEnd().ShouldBe(source.Replace("HELMVALUES_PACKAGE_VERSION", PackedPackage.Version, StringComparison.Ordinal));
    }
}
