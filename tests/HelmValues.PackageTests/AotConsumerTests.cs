using System.Runtime.InteropServices;
using HelmValues.Testing;

namespace HelmValues.PackageTests;

/// <summary>
/// The package in a Native AOT app (<c>AotConsumer/</c>): published with <c>PublishAot</c> from the packed package, offline, with
/// warnings as errors (so any trim or AOT warning the library causes fails it), then run next to the same app on the JIT. A fleet's
/// renderer published this way has no JIT and no tiering to warm up (see README, "Many stacks at once").
/// </summary>
[TestFixture]
public class AotConsumerTests
{
    private static string _directory = "";
    private static CommandResult _publish = null!;
    private static CommandResult _native = null!;
    private static CommandResult _jit = null!;

    private static string NativeOutput => Path.Combine(_directory, "out-native");

    private static string JitOutput => Path.Combine(_directory, "out-jit");

    [OneTimeSetUp]
    public void PublishAndRun()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture != Architecture.X64)
        {
            Assert.Ignore("The AOT compiler this repository restores is the linux-x64 one (benchmarks/HelmValues.Fleet).");
        }

        _directory = Path.Combine(PackedPackage.Root, "aot-consumer");
        Directory.CreateDirectory(_directory);
        File.Copy(
            Repository.PathOf("tests", "HelmValues.PackageTests", "AotConsumer", "Program.cs"),
            Path.Combine(_directory, "Program.cs")
        );
        var project = ConsumerProject.Write(
            _directory,
            "AotConsumer",
            Path.Combine(PackedPackage.Root, "aot-packages"),
            property: "<PublishAot>true</PublishAot>"
        );

        var offline = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = null };
        var published = Path.Combine(_directory, "published");
        _publish = DotNet
            .Run(_directory, ["publish", project, "-c", "Release", "-r", "linux-x64", "-o", published, "--disable-build-servers"], offline)
            .ShouldSucceed();
        _native = Command.Run(Path.Combine(published, "AotConsumer"), _directory, [NativeOutput]).ShouldSucceed();

        // Without PublishAot, whose feature switches (no dynamic code, no reflection-based JSON) apply to a JIT build as well.
        DotNet
            .Run(_directory, ["build", project, "-c", "Release", "-p:PublishAot=false", "--disable-build-servers"], offline)
            .ShouldSucceed();
        _jit = DotNet
            .Run(_directory, [Path.Combine(_directory, "bin", "Release", "net10.0", "AotConsumer.dll"), JitOutput])
            .ShouldSucceed();
    }

    [Test]
    public void The_app_publishes_as_native_code_with_no_trim_or_aot_warning()
    {
        // A publish prints no summary; each warning is a line "<file>(<line>): warning IL…".
        _publish.Output.ShouldContain("Generating native code", customMessage: _publish.Log);
        _publish.Output.ShouldNotContain(": warning ", customMessage: _publish.Log);
        _native.Output.ShouldContain("dynamic code: False", customMessage: _native.Log);
        _jit.Output.ShouldContain("dynamic code: True", customMessage: _jit.Log);
    }

    [Test]
    public void Native_and_jit_write_the_same_bytes()
    {
        _native.Output.ShouldContain("stacks written: 15 files, 0 failures", customMessage: _native.Log);
        var native = Files(NativeOutput);
        var jit = Files(JitOutput);

        native.Keys.ShouldBe(jit.Keys);
        native.Keys.ShouldContain("team-b/values.yaml");
        foreach (var (path, bytes) in native)
        {
            bytes.ShouldBe(jit[path], path);
        }
    }

    [Test]
    public void A_controller_env_override_is_checked_without_reflection()
    {
        // The JSON quoting of the override once went through JsonSerializer, which throws where reflection is off (Native
        // AOT, and `dotnet run app.cs`, whose apps are PublishAot by default).
        foreach (var run in new[] { _native, _jit })
        {
            run.Output.ShouldContain(
                "controllerEnv: controllerEnv[0].value (line 3, column 30): LOG_LEVEL overrides config.log-level: `verbose` is not allowed",
                customMessage: run.Log
            );
        }
    }

    [Test]
    public void A_free_form_field_holding_a_plain_object_is_refused_clearly_without_reflection_and_written_with_it()
    {
        _native.Output.ShouldContain(
            "free-form object refused: A free-form Kubernetes field holds a System.Collections.Generic.Dictionary`2[System.String,System.Int32], which only reflection can serialize",
            customMessage: _native.Log
        );
        _jit.Output.ShouldContain("free-form object: a: 1\n", customMessage: _jit.Log);
    }

    private static SortedDictionary<string, byte[]> Files(string root) =>
        new(
            Directory
                .EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
                .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes),
            StringComparer.Ordinal
        );
}
