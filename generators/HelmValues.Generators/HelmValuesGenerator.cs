using System;
using System.Linq;
using HelmValues.Generators.Diagnostics;
using HelmValues.Generators.Emitting;
using HelmValues.Generators.Model;
using HelmValues.Generators.Parsing;
using Microsoft.CodeAnalysis;

namespace HelmValues.Generators;

/// <summary>
/// Generates typed records and builders from Helm chart values schemas (<c>*.values.schema.json</c>, with an
/// optional <c>*.values.overlay.json</c>) and builders for Kubernetes kinds (<c>*.definitions.json</c> +
/// <c>*.kinds.json</c>), all given as AdditionalFiles.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class HelmValuesGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var optionsResult = context
            .AnalyzerConfigOptionsProvider.Select(static (provider, _) => ReadOptions(provider))
            .WithTrackingName(TrackingNames.ReadOptions);
        var options = optionsResult.Select(static (r, _) => r.Options);
        var files = context
            .AdditionalTextsProvider.Where(static file => InputFile.KindOf(file.Path) is not null)
            .Select(static (file, ct) => new InputFile(file.Path, InputFile.KindOf(file.Path)!.Value, file.GetText(ct)?.ToString() ?? ""))
            .WithTrackingName(TrackingNames.ReadInputFiles);

        var definitions = files
            .Where(static f => f.Kind == InputKind.Definitions)
            .Combine(Collected(files.Where(static f => f.Kind == InputKind.Kinds)))
            .Select(static (pair, ct) => DefinitionsParser.Parse(pair.Left, pair.Right, ct))
            .WithTrackingName(TrackingNames.ParseDefinitions);
        var definitionIndexes = definitions.Select(static (r, _) => r.Index).Collect().Select(static (all, _) => all.ToEquatableArray());

        var shared = Collected(files.Where(static f => f.Kind is InputKind.Overlay or InputKind.Defaults))
            .Combine(Collected(files.Where(static f => f.Kind == InputKind.SchemaDocument)))
            .Combine(definitionIndexes)
            .Combine(Collected(files.Where(static f => f.Kind == InputKind.Definitions)))
            .Combine(options)
            .Select(
                static (input, _) =>
                    new SharedChartInputs(
                        input.Left.Left.Left.Left,
                        input.Left.Left.Left.Right,
                        input.Left.Left.Right,
                        input.Left.Right,
                        input.Right
                    )
            );
        var charts = files
            .Where(static f => f.Kind == InputKind.ChartSchema)
            .Combine(shared)
            .Select(static (input, _) => ToChartInput(input.Left, input.Right))
            .Select(static (input, ct) => ChartParser.Parse(input, ct))
            .WithTrackingName(TrackingNames.ParseCharts);
        var duplicates = charts
            .Select(static (r, _) => (r.SchemaPath, Key: r.Spec is null ? "" : r.Spec.Namespace + "." + r.Spec.RootTypeName))
            .Collect()
            .Select(static (all, _) => DuplicateCharts.Find(all))
            .WithTrackingName(TrackingNames.FindDuplicateCharts);

        context.RegisterSourceOutput(
            charts
                .Combine(duplicates)
                .Select(static (pair, _) => pair.Right.Skipped.Contains(pair.Left.SchemaPath) ? null : pair.Left.Spec),
            ChartEmitter.Emit
        );
        context.RegisterSourceOutput(charts.Select(static (r, _) => r.Diagnostics), DiagnosticReporter.Report);
        context.RegisterSourceOutput(duplicates.Select(static (d, _) => d.Diagnostics), DiagnosticReporter.Report);
        context.RegisterSourceOutput(definitions.Select(static (r, _) => r.Kubernetes), KubernetesEmitter.Emit);
        context.RegisterSourceOutput(definitions.Select(static (r, _) => r.Diagnostics), DiagnosticReporter.Report);

        var orphanOverlays = Collected(files.Where(static f => f.Kind == InputKind.Overlay))
            .Combine(Collected(files.Where(static f => f.Kind == InputKind.ChartSchema)))
            .Select(static (pair, _) => OrphanOverlays.Find(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.FindOrphanOverlays);
        context.RegisterSourceOutput(orphanOverlays, DiagnosticReporter.Report);
        context.RegisterSourceOutput(optionsResult.Select(static (r, _) => r.Diagnostics), DiagnosticReporter.Report);
    }

    // Sorted by path so the collected array, and so the cache, does not depend on the order MSBuild lists files in.
    private static IncrementalValueProvider<EquatableArray<InputFile>> Collected(IncrementalValuesProvider<InputFile> files) =>
        files.Collect().Select(static (all, _) => all.OrderBy(f => f.Path, StringComparer.Ordinal).ToEquatableArray());

    private static ChartInput ToChartInput(InputFile schema, SharedChartInputs shared) =>
        new(
            schema,
            Companion(shared.Companions, InputKind.Overlay, schema),
            Companion(shared.Companions, InputKind.Defaults, schema),
            shared.Documents,
            shared.Definitions,
            shared.DefinitionFiles,
            shared.Options
        );

    // The overlay or defaults file named after the chart: agent-stack-k8s.values.overlay.json, agent-stack-k8s.values.yaml.
    private static InputFile? Companion(EquatableArray<InputFile> companions, InputKind kind, InputFile schema)
    {
        foreach (var candidate in companions)
        {
            if (candidate.Kind == kind && string.Equals(candidate.ChartName, schema.ChartName, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        return null;
    }

    // What every chart shares: companions, schema documents, Kubernetes definitions and options, combined once.
    private sealed record SharedChartInputs(
        EquatableArray<InputFile> Companions,
        EquatableArray<InputFile> Documents,
        EquatableArray<DefinitionsIndex> Definitions,
        EquatableArray<InputFile> DefinitionFiles,
        GeneratorOptions Options
    );

    private static OptionsResult ReadOptions(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider provider)
    {
        var global = provider.GlobalOptions;
        global.TryGetValue("build_property.RootNamespace", out var rootNamespace);
        global.TryGetValue("build_property.HelmValuesNamespace", out var chartsNamespace);
        global.TryGetValue("build_property." + OptionsReader.RefsProperty, out var refs);
        return OptionsReader.Read(rootNamespace, chartsNamespace, refs);
    }
}
