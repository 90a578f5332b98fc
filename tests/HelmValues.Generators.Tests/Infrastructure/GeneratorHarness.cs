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

    /// <summary>A driver with step tracking on, holding the given AdditionalFiles and MSBuild properties (<c>RootNamespace</c> and <paramref name="properties"/>).</summary>
    public static GeneratorDriver Driver(
        IEnumerable<AdditionalText> files,
        string rootNamespace = RootNamespace,
        IReadOnlyDictionary<string, string>? properties = null
    ) =>
        CSharpGeneratorDriver.Create(
            [new HelmValuesGenerator().AsSourceGenerator()],
            files,
            new CSharpParseOptions(LanguageVersion.CSharp12),
            new TestAnalyzerConfigOptionsProvider(GlobalOptions(rootNamespace, properties)),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true)
        );

    public static GeneratorRunResult Run(params (string Path, string Text)[] files) => Run(new Dictionary<string, string>(), files);

    /// <summary>Runs the generator with MSBuild properties, named as in the project file (<c>HelmValuesRefs</c>).</summary>
    public static GeneratorRunResult Run(IReadOnlyDictionary<string, string> properties, params (string Path, string Text)[] files) =>
        Driver(files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)), RootNamespace, properties)
            .RunGenerators(Compilation("class Unrelated { }"))
            .GetRunResult()
            .Results.Single();

    // The compiler sees MSBuild properties (CompilerVisibleProperty items) as build_property.<Name>.
    private static Dictionary<string, string> GlobalOptions(string rootNamespace, IReadOnlyDictionary<string, string>? properties)
    {
        var options = new Dictionary<string, string> { ["build_property.RootNamespace"] = rootNamespace };
        foreach (var (name, value) in properties ?? new Dictionary<string, string>())
        {
            options["build_property." + name] = value;
        }

        return options;
    }

    public static ImmutableArray<Diagnostic> Diagnostics(GeneratorRunResult result) => result.Diagnostics;
}
