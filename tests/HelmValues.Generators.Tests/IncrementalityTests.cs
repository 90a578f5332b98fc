using System.Collections;
using System.Reflection;
using HelmValues.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HelmValues.Generators.Tests;

/// <summary>The pipeline caches what it should: checked step by step, by kind of edit.</summary>
public class IncrementalityTests
{
    private static readonly string[] OurSteps =
    [
        TrackingNames.ReadInputFiles,
        TrackingNames.ParseDefinitions,
        TrackingNames.ParseCharts,
        TrackingNames.FindDuplicateCharts,
        TrackingNames.FindOrphanOverlays,
    ];

    [Test]
    public void An_unrelated_csharp_edit_leaves_every_step_cached()
    {
        var (driver, compilation) = FirstRun(Fixtures.Shop);
        var edited = compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("internal sealed class Another { }", GeneratorHarness.ParseOptions)
        );

        var result = Rerun(driver, edited);

        foreach (var step in OurSteps)
        {
            Reasons(result, step).ShouldAllBe(r => r == IncrementalStepRunReason.Cached, step);
        }

        result
            .TrackedOutputSteps.SelectMany(s => s.Value)
            .SelectMany(s => s.Outputs)
            .ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Cached);
    }

    [Test]
    public void Changing_one_schema_reparses_only_that_chart()
    {
        var other = ("/fixtures/other.values.schema.json", """{ "properties": { "size": { "type": "integer" } } }""");
        var files = Fixtures.Shop.Append(other).Select(f => (AdditionalText)new InMemoryAdditionalText(f.Item1, f.Item2)).ToList();
        var (driver, compilation) = FirstRun(files);
        var changed = new InMemoryAdditionalText(
            other.Item1,
            """{ "properties": { "size": { "type": "integer" }, "color": { "type": "string" } } }"""
        );

        var result = Rerun(driver.ReplaceAdditionalText(files.Single(f => f.Path == other.Item1), changed), compilation);

        var charts = result
            .TrackedSteps[TrackingNames.ParseCharts]
            .Select(s => (Path: ((Model.ChartParseResult)s.Outputs[0].Value).SchemaPath, s.Outputs[0].Reason))
            .ToList();
        charts.ShouldContain((other.Item1, IncrementalStepRunReason.Modified));
        charts.ShouldContain(("/fixtures/shop.values.schema.json", IncrementalStepRunReason.Cached));
        Reasons(result, TrackingNames.ParseDefinitions).ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
        var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        outputs.ShouldContain(IncrementalStepRunReason.Modified);
        outputs.Count(r => r == IncrementalStepRunReason.Modified).ShouldBe(1, "only the changed chart's source output runs again");
    }

    [Test]
    public void A_whitespace_only_schema_edit_stops_at_unchanged()
    {
        var files = Files(Fixtures.Shop);
        var (driver, compilation) = FirstRun(files);
        var schema = files.Single(f => f.Path.EndsWith(".values.schema.json", StringComparison.Ordinal));
        var reformatted = new InMemoryAdditionalText(schema.Path, schema.GetText()!.ToString().Replace("\n", "\n\n  "));

        var result = Rerun(driver.ReplaceAdditionalText(schema, reformatted), compilation);

        Reasons(result, TrackingNames.ReadInputFiles).ShouldContain(IncrementalStepRunReason.Modified);
        Reasons(result, TrackingNames.ParseCharts).ShouldBe([IncrementalStepRunReason.Unchanged]);
        result
            .TrackedOutputSteps.SelectMany(s => s.Value)
            .SelectMany(s => s.Outputs)
            .ShouldAllBe(o => o.Reason != IncrementalStepRunReason.Modified);
    }

    [Test]
    public void The_same_input_twice_is_cached_and_the_cached_model_holds_no_roslyn_objects()
    {
        var (driver, compilation) = FirstRun(Fixtures.Shop);

        var result = Rerun(driver, compilation);

        foreach (var step in OurSteps)
        {
            Reasons(result, step).ShouldAllBe(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged, step);
        }

        foreach (var step in result.TrackedSteps.Where(s => OurSteps.Contains(s.Key)).SelectMany(s => s.Value))
        {
            foreach (var output in step.Outputs)
            {
                AssertObjectGraph(output.Value, new HashSet<object>(ReferenceEqualityComparer.Instance), step.Name ?? "?");
            }
        }
    }

    [Test]
    public void The_whole_chart_and_definitions_rerun_fully_cached_after_an_unrelated_edit()
    {
        var (driver, compilation) = FirstRun(Files(Fixtures.AgentStack), GeneratorHarness.ProductCompilation());

        var edited = compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("internal sealed class Edit { }", GeneratorHarness.ParseOptions)
        );
        var result = Rerun(driver, edited);

        result.Diagnostics.ShouldBeEmpty();
        foreach (var step in OurSteps)
        {
            Reasons(result, step).ShouldAllBe(r => r == IncrementalStepRunReason.Cached, step);
        }
    }

    [Test]
    public void Editing_an_overlay_reparses_its_chart_only()
    {
        var result = RerunWithEdit(
            ".values.overlay.json",
            t => t.Replace("\"x-helmvalues-removed\": {", "\"x-helmvalues-removed\": { \"legacy\": \"gone\",")
        );

        ChartReasons(result)
            .ShouldBe([("/fixtures/other.values.schema.json", Cached), ("/fixtures/shop.values.schema.json", Modified)], ignoreOrder: true);
        Reasons(result, TrackingNames.ParseDefinitions).ShouldAllBe(r => r == Cached);
    }

    [Test]
    public void A_whitespace_only_overlay_edit_stops_at_unchanged()
    {
        var result = RerunWithEdit(".values.overlay.json", t => t.Replace("\n", "\n\n  "));

        ChartReasons(result).ShouldContain(("/fixtures/shop.values.schema.json", Unchanged));
        AllOutputs(result).ShouldAllBe(r => r != Modified);
    }

    [Test]
    public void Editing_a_kinds_file_rebuilds_the_kubernetes_builders_and_no_chart_that_does_not_change()
    {
        var result = RerunWithEdit(".kinds.json", t => t.Replace(", \"io.k8s.api.core.v1.ContainerPort\"", ""));

        Reasons(result, TrackingNames.ParseDefinitions).ShouldBe([Modified]);
        ChartReasons(result).Select(c => c.Reason).ShouldAllBe(r => r == Unchanged || r == Cached);
        result.GeneratedSources.Select(s => s.HintName).ShouldNotContain("Fixtures.Kubernetes.ContainerPortBuilder.g.cs");
    }

    [Test]
    public void A_whitespace_only_kinds_edit_stops_at_unchanged()
    {
        var result = RerunWithEdit(".kinds.json", t => t.Replace("\n", "\n\n  "));

        Reasons(result, TrackingNames.ParseDefinitions).ShouldBe([Unchanged]);
        AllOutputs(result).ShouldAllBe(r => r != Modified);
    }

    [Test]
    public void Changing_an_MSBuild_option_reparses_the_charts_and_not_the_definitions()
    {
        var result = RerunWithProperties(new Dictionary<string, string> { ["HelmValuesNamespace"] = "Acme.Charts" });

        Reasons(result, TrackingNames.ReadOptions).ShouldBe([Modified]);
        ChartReasons(result).Select(c => c.Reason).ShouldAllBe(r => r == Modified);
        Reasons(result, TrackingNames.ParseDefinitions).ShouldAllBe(r => r == Cached);
        result.GeneratedSources.Select(s => s.HintName).ShouldContain("Acme.Charts.Shop.ShopValues.g.cs");
    }

    [Test]
    public void An_MSBuild_property_the_generator_does_not_read_stops_at_reading_the_options()
    {
        var result = RerunWithProperties(new Dictionary<string, string> { ["SomethingElse"] = "1" });

        Reasons(result, TrackingNames.ReadOptions).ShouldBe([Unchanged]);
        foreach (var step in OurSteps)
        {
            Reasons(result, step).ShouldAllBe(r => r == Cached || r == Unchanged, step);
        }

        AllOutputs(result).ShouldAllBe(r => r != Modified);
    }

    private const IncrementalStepRunReason Cached = IncrementalStepRunReason.Cached;
    private const IncrementalStepRunReason Unchanged = IncrementalStepRunReason.Unchanged;
    private const IncrementalStepRunReason Modified = IncrementalStepRunReason.Modified;

    // The shop chart with its overlay, the mini definitions and kinds, and a second chart that no edit touches.
    private static (List<AdditionalText> Files, GeneratorDriver Driver, Compilation Compilation) ShopAndOther()
    {
        var files = Files([
            .. Fixtures.Shop,
            ("/fixtures/other.values.schema.json", """{ "properties": { "size": { "type": "integer" } } }"""),
        ]);
        var (driver, compilation) = FirstRun(files);
        return (files, driver, compilation);
    }

    // The first run of ShopAndOther, then a run with the one file whose name ends in `suffix` edited.
    private static GeneratorRunResult RerunWithEdit(string suffix, Func<string, string> edit)
    {
        var (files, driver, compilation) = ShopAndOther();
        var file = files.Single(f => f.Path.EndsWith(suffix, StringComparison.Ordinal));
        var text = file.GetText()!.ToString();
        var edited = edit(text);
        edited.ShouldNotBe(text, "the edit must change the file");
        return Rerun(driver.ReplaceAdditionalText(file, new InMemoryAdditionalText(file.Path, edited)), compilation);
    }

    // The first run of ShopAndOther, then a run with these MSBuild properties instead.
    private static GeneratorRunResult RerunWithProperties(IReadOnlyDictionary<string, string> properties)
    {
        var (_, driver, compilation) = ShopAndOther();
        var options = new TestAnalyzerConfigOptionsProvider(GeneratorHarness.GlobalOptions(GeneratorHarness.RootNamespace, properties));
        return Rerun(driver.WithUpdatedAnalyzerConfigOptions(options), compilation);
    }

    private static GeneratorRunResult Rerun(GeneratorDriver driver, Compilation compilation) =>
        GeneratorHarness.RunAndCompile(driver, compilation).GetRunResult().Results.Single();

    private static List<(string Path, IncrementalStepRunReason Reason)> ChartReasons(GeneratorRunResult result) =>
        result
            .TrackedSteps[TrackingNames.ParseCharts]
            .Select(s => (((Model.ChartParseResult)s.Outputs[0].Value).SchemaPath, s.Outputs[0].Reason))
            .ToList();

    private static IEnumerable<IncrementalStepRunReason> AllOutputs(GeneratorRunResult result) =>
        result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason);

    private static (GeneratorDriver Driver, Compilation Compilation) FirstRun((string Path, string Text)[] files) => FirstRun(Files(files));

    private static (GeneratorDriver Driver, Compilation Compilation) FirstRun(
        IEnumerable<AdditionalText> files,
        Compilation? compilation = null
    )
    {
        compilation ??= GeneratorHarness.Compilation(GeneratorHarness.UnrelatedSource);
        var driver = GeneratorHarness.RunAndCompile(GeneratorHarness.Driver(files), compilation);
        return (driver, compilation);
    }

    private static List<AdditionalText> Files((string Path, string Text)[] files) =>
        files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToList();

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);

    // What the pipeline caches must be plain data: a Compilation, symbol, syntax node, Location or AdditionalText
    // would keep old compilations alive and break value equality.
    private static void AssertObjectGraph(object? value, HashSet<object> visited, string step)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !visited.Add(value))
        {
            return;
        }

        var type = value.GetType();
        (value is Compilation or ISymbol or SyntaxNode or Location or AdditionalText).ShouldBeFalse($"{step} caches a {type.Name}");
        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertObjectGraph(item, visited, step);
            }

            return;
        }

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertObjectGraph(field.GetValue(value), visited, step);
        }
    }
}
