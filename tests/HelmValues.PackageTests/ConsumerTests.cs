using System.Runtime.InteropServices;
using System.Text.Json;
using HelmValues.Testing;

namespace HelmValues.PackageTests;

/// <summary>
/// A console app that references the packed package, with a chart schema of its own (<c>Consumer/</c>), restored offline from the
/// temporary feed plus the global packages folder that <c>dotnet test Values.sln</c> has already filled, built with warnings as
/// errors, and run: the generator works from the package, not only from a project reference.
/// </summary>
public class ConsumerTests
{
    private static string _project = "";
    private static CommandResult _build = null!;
    private static CommandResult _run = null!;

    private static string ProjectDirectory => Path.GetDirectoryName(_project)!;

    [OneTimeSetUp]
    public void BuildAndRun()
    {
        var directory = Path.Combine(PackedPackage.Root, "consumer");
        CopyDirectory(Repository.PathOf("tests", "HelmValues.PackageTests", "Consumer"), directory);
        _project = ConsumerProject.Write(
            directory,
            "Consumer",
            Path.Combine(PackedPackage.Root, "packages"),
            item: """<HelmValuesRef Include="https://schemas.example.com/common/" MapTo="common.schema.json" />"""
        );
        // A stale file in bin/ that would break the build (HV0001) if bin/ were not excluded.
        Directory.CreateDirectory(Path.Combine(directory, "bin", "stale"));
        File.WriteAllText(Path.Combine(directory, "bin", "stale", "old.values.schema.json"), "{ not json");

        // NUGET_PACKAGES would override the NuGet.config's empty global packages folder; the restore must fill its own.
        var offline = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = null };
        _build = DotNet.Run(directory, ["build", _project, "--disable-build-servers", "-warnaserror"], offline).ShouldSucceed();
        _run = DotNet.Run(directory, [Path.Combine(directory, "bin", "Debug", "net10.0", "Consumer.dll")]).ShouldSucceed();
    }

    [Test]
    public void The_app_builds_with_no_warning()
    {
        _build.Output.ShouldContain("0 Warning(s)", customMessage: _build.Log);
    }

    [Test]
    public void Restore_took_the_package_just_packed_from_the_temporary_feed()
    {
        var assets = File.ReadAllText(Path.Combine(ProjectDirectory, "obj", "project.assets.json"));
        using var json = JsonDocument.Parse(assets);

        json.RootElement.GetProperty("libraries").TryGetProperty($"HelmValues/{PackedPackage.Version}", out _).ShouldBeTrue();
        var extracted = Path.Combine(
            PackedPackage.Root,
            "packages",
            "helmvalues",
            PackedPackage.Version,
            $"helmvalues.{PackedPackage.Version}.nupkg"
        );
        File.ReadAllBytes(extracted).ShouldBe(File.ReadAllBytes(PackedPackage.Nupkg));
    }

    [Test]
    public void The_app_writes_the_values_of_its_own_chart_with_kubernetes_types_and_a_mapped_remote_ref()
    {
        Section("values")
            .ShouldBe(
                """
                image:
                  pullPolicy: IfNotPresent
                  repository: registry.example.com/webshop
                  tag: "1.2.3"
                podLabels:
                  team: shop
                replicaCount: 2
                sidecar:
                  name: proxy
                  port: 8080
                tolerations:
                  - effect: NoSchedule
                    key: dedicated
                    operator: Equal
                    value: "on"

                """.ReplaceLineEndings("\n")
            );
    }

    [Test]
    public void The_chart_rules_come_with_the_types_closed_objects_the_overlay_enum_and_ranges()
    {
        Section("invalid")
            .ShouldBe(
                """
                image.pullPolicy (line 3, column 15): `Sometimes` is not allowed; expected one of Always, IfNotPresent, Never
                image.colour (line 4, column 3): unknown key `colour`
                replicaCount (line 1, column 15): must be at most 10 (is 11)

                """.ReplaceLineEndings("\n")
            );
    }

    [Test]
    public void The_app_uses_the_bundled_agent_stack_types()
    {
        Section("agent-stack-k8s")
            .ShouldBe(
                """
                agentStackSecret: buildkite-agent-token
                config:
                  queue: kubernetes

                """.ReplaceLineEndings("\n")
            );
    }

    [Test]
    public void On_linux_x64_the_app_loads_the_ready_to_run_library_and_elsewhere_the_portable_one()
    {
        var linuxX64 = OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture == Architecture.X64;

        Section("assembly").ShouldBe(linuxX64 ? "runtimes/linux-x64/lib/net10.0/HelmValues.dll\n" : "HelmValues.dll\n");
    }

    [Test]
    public void Only_schema_files_by_suffix_and_the_bundled_definitions_are_handed_to_the_generator()
    {
        var result = DotNet.Run(ProjectDirectory, ["msbuild", _project, "-getItem:AdditionalFiles"]).ShouldSucceed();
        using var json = JsonDocument.Parse(result.Output);

        var files = json
            .RootElement.GetProperty("Items")
            .GetProperty("AdditionalFiles")
            .EnumerateArray()
            .Select(f => Path.GetRelativePath(PackedPackage.Root, f.GetProperty("FullPath").GetString()!).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

        files.ShouldBe([
            "consumer/charts/webshop.values.overlay.json",
            "consumer/charts/webshop.values.schema.json",
            "consumer/schemas/common.schema.json",
            $"packages/helmvalues/{PackedPackage.Version}/buildTransitive/kubernetes-v1.35.0.definitions.json",
        ]);
    }

    [Test]
    public void HelmValuesRef_items_reach_the_generator_as_a_compiler_visible_property()
    {
        var editorConfig = File.ReadAllText(
            Path.Combine(ProjectDirectory, "obj", "Debug", "net10.0", "Consumer.GeneratedMSBuildEditorConfig.editorconfig")
        );

        editorConfig.ShouldContain("build_property.HelmValuesRefs = https://schemas.example.com/common/=common.schema.json\n");
        editorConfig.ShouldContain("build_property.HelmValuesNamespace = \n");
    }

    // The app prints its sections after "--- <name>" lines; the first, unnamed, is "values".
    private static string Section(string name)
    {
        var sections = new Dictionary<string, string>();
        var current = "values";
        var text = new System.Text.StringBuilder();
        foreach (var line in _run.Output.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.StartsWith("--- ", StringComparison.Ordinal))
            {
                sections[current] = text.ToString();
                current = line[4..];
                text.Clear();
            }
            else
            {
                text.Append(line).Append('\n');
            }
        }

        sections[current] = text.ToString().TrimEnd('\n') + "\n";
        return sections.TryGetValue(name, out var section) ? section : throw new InvalidOperationException(_run.Log);
    }

    // Folder sources only, so the restore is offline. HelmValues may come only from the temporary feed (package source mapping),
    // and everything lands in an empty global packages folder of its own: a HelmValues of the same version cached by an earlier
    // run or another project can never be picked up.
    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file).Replace('\\', '/');
            if (relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
