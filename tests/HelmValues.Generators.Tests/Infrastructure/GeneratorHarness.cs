using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HelmValues.Generators.Tests.Infrastructure;

/// <summary>Runs <see cref="HelmValuesGenerator"/> the way the compiler does, on in-memory files.</summary>
internal static class GeneratorHarness
{
    public const string RootNamespace = "Fixtures";

    /// <summary>
    /// The oldest language version the generated code supports (README: C# 11), with XML doc comments checked as
    /// <c>GenerateDocumentationFile</c> does.
    /// </summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp11, DocumentationMode.Diagnose);

    /// <summary>A user's project: the real references, nullable enabled, every warning wave on.</summary>
    public static CSharpCompilation Compilation(params string[] sources) =>
        CSharpCompilation.Create(
            "Fixtures",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
            CompileReferences.All,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                // Not generalDiagnosticOption: Error, which would also turn the generator's own warnings into errors; the
                // output compilation fails the test on any diagnostic anyway (GeneratedCode.ShouldCompile).
                warningLevel: 9999
            )
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
            ParseOptions,
            new TestAnalyzerConfigOptionsProvider(GlobalOptions(rootNamespace, properties)),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true)
        );

    public static GeneratorRunResult Run(params (string Path, string Text)[] files) => Run(new Dictionary<string, string>(), files);

    /// <summary>Runs the generator with MSBuild properties, named as in the project file (<c>HelmValuesRefs</c>).</summary>
    /// <remarks>Every run compiles what it generated against the real references and fails on any compiler diagnostic.</remarks>
    public static GeneratorRunResult Run(IReadOnlyDictionary<string, string> properties, params (string Path, string Text)[] files) =>
        RunAndCompile(Driver(Texts(files), RootNamespace, properties), Compilation(UnrelatedSource)).GetRunResult().Results.Single();

    /// <summary>
    /// A compilation for the product's own schemas (agent-stack-k8s and the Kubernetes kinds). HelmValues.dll already holds
    /// the types they generate, in the same namespaces, so the compiler's warning that source types hide imported ones
    /// (CS0436) is expected here and only here; everything else still fails the test. Compiled outside HelmValues, the
    /// generated code may use only the runtime's public API, as a user's chart does.
    /// </summary>
    public static CSharpCompilation ProductCompilation() =>
        Compilation(UnrelatedSource)
            .WithOptions(
                Compilation()
                    .Options.WithSpecificDiagnosticOptions(
                        new Dictionary<string, ReportDiagnostic> { ["CS0436"] = ReportDiagnostic.Suppress }
                    )
            );

    /// <summary>
    /// The generator's output for the product's own schemas, compiled (see <see cref="ProductCompilation"/>). It is the
    /// largest input, so it runs and compiles once per test run and the tests that read it share the result.
    /// </summary>
    public static GeneratorRunResult Product => LazyProduct.Value;

    private static readonly Lazy<GeneratorRunResult> LazyProduct = new(() =>
        RunAndCompile(Driver(Texts(Fixtures.AgentStack)), ProductCompilation()).GetRunResult().Results.Single()
    );

    /// <summary>
    /// Runs the generator without compiling its output: only for a test that then requires the output to equal, byte for
    /// byte, that of a run that was compiled (the same bytes compile the same way).
    /// </summary>
    public static GeneratorRunResult RunUncompiled(Compilation compilation, params (string Path, string Text)[] files) =>
        Driver(Texts(files)).RunGenerators(compilation).GetRunResult().Results.Single();

    private static IEnumerable<AdditionalText> Texts((string Path, string Text)[] files) =>
        files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text));

    /// <summary>A C# file of the user's project that has nothing to do with the generator.</summary>
    public const string UnrelatedSource = "internal sealed class Unrelated { }";

    /// <summary>Runs the generator and checks that the compilation with its output builds cleanly.</summary>
    public static GeneratorDriver RunAndCompile(GeneratorDriver driver, Compilation compilation)
    {
        var next = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        GeneratedCode.ShouldCompile(output);
        return next;
    }

    // The compiler sees MSBuild properties (CompilerVisibleProperty items) as build_property.<Name>.
    public static Dictionary<string, string> GlobalOptions(string rootNamespace, IReadOnlyDictionary<string, string>? properties)
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
