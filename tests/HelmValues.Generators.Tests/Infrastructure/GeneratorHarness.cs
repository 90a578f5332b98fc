using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HelmValues.Generators.Tests.Infrastructure;

/// <summary>Runs <see cref="HelmValuesGenerator"/> the way the compiler does, on in-memory files.</summary>
internal static class GeneratorHarness
{
    public const string RootNamespace = "Fixtures";

    public static CSharpCompilation Compilation(params string[] sources) =>
        CSharpCompilation.Create(
            "Fixtures",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.CSharp12))),
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
        );

    /// <summary>A driver with step tracking on, holding the given AdditionalFiles.</summary>
    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, string rootNamespace = RootNamespace) =>
        CSharpGeneratorDriver.Create(
            [new HelmValuesGenerator().AsSourceGenerator()],
            files,
            new CSharpParseOptions(LanguageVersion.CSharp12),
            new TestAnalyzerConfigOptionsProvider(new Dictionary<string, string> { ["build_property.RootNamespace"] = rootNamespace }),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true)
        );

    public static GeneratorRunResult Run(params (string Path, string Text)[] files) =>
        Driver(files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)))
            .RunGenerators(Compilation("class Unrelated { }"))
            .GetRunResult()
            .Results.Single();

    public static ImmutableArray<Diagnostic> Diagnostics(GeneratorRunResult result) => result.Diagnostics;
}
