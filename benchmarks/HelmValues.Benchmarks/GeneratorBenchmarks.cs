using System;
using System.IO;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using HelmValues.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace HelmValues.Benchmarks;

/// <summary>
/// The generator over what src/HelmValues gives it: the whole agent-stack-k8s chart schema with our overlay, the Kubernetes
/// v1.35.0 definitions (1.4 MB) and the kinds to build (ServiceAccount, Secret, ConfigMap, Role, RoleBinding, CronJob, PodSpec,
/// Toleration and their closure). A cold run, and a re-run after an edit to unrelated C#, which must be fully cached.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    private AdditionalText[] _files = [];
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private GeneratorDriver _warm = null!;

    /// <summary>Reads the bundled schemas and runs the generator once, so the re-run starts warm.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var schemas = Path.Combine(RepositoryRoot.Path, "src", "HelmValues", "Schemas");
        _files = Directory.GetFiles(schemas, "*.json").Order(StringComparer.Ordinal).Select(f => (AdditionalText)new FileText(f)).ToArray();
        _compilation = CSharpCompilation.Create(
            "Benchmark",
            [CSharpSyntaxTree.ParseText("class Program { }", ParseOptions)],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
        );
        _edited = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }", ParseOptions));
        _warm = Driver(trackSteps: true).RunGenerators(_compilation);

        // The numbers only mean something if the run is clean and the re-run really is cached.
        var first = _warm.GetRunResult().Results.Single();
        if (!first.Diagnostics.IsEmpty || first.GeneratedSources.Length < 100)
        {
            throw new InvalidOperationException(
                $"unexpected generator result: {first.Diagnostics.Length} diagnostics, {first.GeneratedSources.Length} files"
            );
        }

        var rerun = _warm.RunGenerators(_edited).GetRunResult().Results.Single();
        var notCached = rerun
            .TrackedSteps.SelectMany(s => s.Value)
            .SelectMany(s => s.Outputs)
            .Count(o => o.Reason != IncrementalStepRunReason.Cached);
        if (notCached > 0)
        {
            throw new InvalidOperationException($"{notCached} step outputs were not cached after an unrelated edit");
        }
    }

    /// <summary>A new driver over the inputs: everything parsed and emitted (about 150 files, 1 MB of C#).</summary>
    [Benchmark(Baseline = true)]
    public GeneratorDriver ColdRun() => Driver(trackSteps: false).RunGenerators(_compilation);

    /// <summary>The warm driver after an unrelated C# edit: every step cached, nothing emitted again.</summary>
    [Benchmark]
    public GeneratorDriver RerunAfterUnrelatedEdit() => _warm.RunGenerators(_edited);

    private GeneratorDriver Driver(bool trackSteps) =>
        CSharpGeneratorDriver.Create(
            [new HelmValuesGenerator().AsSourceGenerator()],
            _files,
            ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackSteps)
        );

    /// <summary>An AdditionalFiles item read from disk once.</summary>
    private sealed class FileText(string path) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(File.ReadAllText(path));

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
