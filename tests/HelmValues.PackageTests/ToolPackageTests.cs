using System.Text.Json;
using System.Text.RegularExpressions;
using HelmValues.Testing;

namespace HelmValues.PackageTests;

/// <summary>
/// The <c>helmvalues</c> tool as users get it: packed, installed with <c>dotnet tool install</c> from that package alone,
/// and run on the README's examples.
/// </summary>
public partial class ToolPackageTests
{
    private static string _root = "";
    private static string _helmvalues = "";

    [OneTimeSetUp]
    public void PackAndInstall()
    {
        _root = Path.Combine(PackedPackage.Root, "tool");
        var feed = Path.Combine(_root, "feed");
        DotNet
            .Run(
                Repository.Root,
                [
                    "pack",
                    Repository.PathOf("tools", "HelmValues.Tool", "HelmValues.Tool.csproj"),
                    "-c",
                    "Release",
                    "-o",
                    feed,
                    "--artifacts-path",
                    Path.Combine(_root, "artifacts"),
                    "--disable-build-servers",
                    "-warnaserror",
                ]
            )
            .ShouldSucceed();
        var package = Path.GetFileName(Directory.GetFiles(feed, "HelmValues.Tool.*.nupkg").ShouldHaveSingleItem());
        var version = package["HelmValues.Tool.".Length..^".nupkg".Length];

        // A tool package carries everything it runs on: its one source is the folder it was packed into.
        OfflineFeed.WriteSingleSourceConfig(Path.Combine(_root, "NuGet.config"), "helmvalues", feed);
        var tools = Path.Combine(_root, "bin");
        DotNet
            .Run(
                _root,
                [
                    "tool",
                    "install",
                    "HelmValues.Tool",
                    "--tool-path",
                    tools,
                    "--version",
                    version,
                    "--configfile",
                    Path.Combine(_root, "NuGet.config"),
                ],
                new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Path.Combine(_root, "packages") }
            )
            .ShouldSucceed();
        _helmvalues = Path.Combine(tools, OperatingSystem.IsWindows() ? "helmvalues.exe" : "helmvalues");
    }

    [Test]
    public void The_readmes_clean_example_lints_clean_and_its_broken_one_gives_the_documented_errors()
    {
        var (clean, broken, expected) = ReadmeExamples();
        var directory = Directory.CreateDirectory(Path.Combine(_root, "readme")).FullName;

        File.WriteAllText(Path.Combine(directory, "values.yaml"), clean);
        Helmvalues(directory, "lint", "-f", "values.yaml").ShouldSucceed();

        File.WriteAllText(Path.Combine(directory, "values.yaml"), broken);
        var result = Helmvalues(directory, "lint", "-f", "values.yaml");
        result.ExitCode.ShouldBe(1, result.Log);
        result.Output.ShouldBe(expected);
    }

    [Test]
    public void The_installed_tool_exports_a_schema_and_explains_a_key()
    {
        Helmvalues(_root, "schema", "-o", "values.schema.json").ShouldSucceed();
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(_root, "values.schema.json")));
        schema.RootElement.GetProperty("properties").GetProperty("config").GetProperty("additionalProperties").GetBoolean().ShouldBeFalse();

        Helmvalues(_root, "explain", "config.pod-pending-timeout").ShouldSucceed().Output.ShouldContain("default: 15m");
    }

    [Test]
    public void A_usage_error_exits_2()
    {
        Helmvalues(_root, "lint").ExitCode.ShouldBe(2);
    }

    private static CommandResult Helmvalues(string directory, params string[] arguments) =>
        Command.Run(_helmvalues, directory, arguments, new Dictionary<string, string?> { ["NO_COLOR"] = "1" });

    // The README's section for people who never write C#: its two values files and the errors it promises.
    private static (string Clean, string Broken, string Expected) ReadmeExamples()
    {
        var readme = File.ReadAllText(Repository.PathOf("README.md"));
        var start = readme.IndexOf("## Checking values files without C#", StringComparison.Ordinal);
        var section = readme[start..readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal)];
        var yaml = FencedBlock().Matches(section).Where(m => m.Groups[1].Value == "yaml").Select(m => m.Groups[2].Value).ToList();
        var text = FencedBlock().Matches(section).Single(m => m.Groups[1].Value == "text").Groups[2].Value;
        return (yaml[0], yaml[1], text);
    }

    [GeneratedRegex("```(yaml|text)\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex FencedBlock();
}
