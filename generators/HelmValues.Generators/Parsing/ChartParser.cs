using System.Collections.Generic;
using System.Threading;
using HelmValues.Generators.Diagnostics;
using HelmValues.Generators.Json;
using HelmValues.Generators.Model;
using HelmValues.Generators.Naming;

namespace HelmValues.Generators.Parsing;

/// <summary>Text → <see cref="ChartSpec"/> + diagnostics for one chart: parse, apply the overlay, build types.</summary>
internal static class ChartParser
{
    public static ChartParseResult Parse(ChartInput input, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var schemaPath = input.Schema.Path;
        var schema = InputJson.Parse(input.Schema, diagnostics);
        var overlay = input.Overlay is null ? null : InputJson.Parse(input.Overlay, diagnostics);
        if (schema is null || (input.Overlay is not null && overlay is null))
        {
            return new ChartParseResult(schemaPath, null, diagnostics.ToEquatableArray());
        }

        var merged = overlay is null ? schema : MergePatch.Apply(schema, overlay);
        if (merged is not JsonObject root)
        {
            diagnostics.Add(
                DiagnosticInfo.At(
                    DiagnosticDescriptors.InvalidSchema,
                    merged,
                    schemaPath,
                    "#",
                    "the root of a values schema must be an object"
                )
            );
            return new ChartParseResult(schemaPath, null, diagnostics.ToEquatableArray());
        }

        var settings = ChartSettings.Read(root, schemaPath, diagnostics);
        settings.AddProjectRefs(input.Options.Refs);
        var chartName = input.Schema.ChartName;
        var chartPascal = IdentifierNames.ToPascalCase(chartName);
        var rootTypeName = settings.TypeName ?? chartPascal + "Values";
        var ns = settings.Namespace ?? (input.Options.ChartsNamespace ?? input.Options.RootNamespace) + "." + chartPascal;

        var refs = new RefResolver(settings, input.Documents, input.Definitions, input.DefinitionFiles);
        var builder = new ChartTypeBuilder(schemaPath, ns, refs, diagnostics);
        builder.BuildRoot(root, new SchemaDocument(root, schemaPath), rootTypeName, cancellationToken);

        // Helm checks values against the chart's own schema, not our overlay: that is what the runtime gets.
        string? bundleError = null;
        var schemaJson = schema is JsonObject own ? SchemaBundler.Bundle(own, schemaPath, refs, strict: false, out bundleError) : null;
        // With an overlay, also the strict form for editors (the same references, so it bundles when the other does).
        var strictJson = overlay is null || schemaJson is null ? null : SchemaBundler.Bundle(root, schemaPath, refs, strict: true, out _);
        if (schemaJson is null)
        {
            // The typed pass resolves the same references, so it has usually said why already.
            if (!diagnostics.Exists(d => d.Id == DiagnosticDescriptors.UnresolvableRef.Id))
            {
                diagnostics.Add(
                    DiagnosticInfo.At(
                        DiagnosticDescriptors.InvalidSchema,
                        schema,
                        schemaPath,
                        "#",
                        $"the schema cannot be made self-contained for the runtime check: {bundleError ?? "the root is not an object"}"
                    )
                );
            }

            return new ChartParseResult(schemaPath, null, diagnostics.ToEquatableArray());
        }

        var objects = new List<ObjectTypeSpec>(builder.Objects);
        objects.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        var enums = new List<EnumSpec>(builder.Enums);
        enums.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));

        // The chart's own settings silence its warnings, not other charts' (a project-wide NoWarn does that).
        diagnostics.RemoveAll(d => settings.NoWarn.Contains(d.Id));
        var spec = new ChartSpec
        {
            ChartName = chartName,
            Namespace = ns,
            RootTypeName = rootTypeName,
            RootSummary = settings.Summary,
            Objects = objects.ToEquatableArray(),
            Enums = enums.ToEquatableArray(),
            SchemaJson = schemaJson,
            StrictSchemaJson = strictJson,
            DefaultsYaml = input.Defaults?.Text,
            DefaultsEvents = input.Defaults?.Text is { } defaults ? YamlEventRecorder.Record(defaults) : null,
        };
        return new ChartParseResult(schemaPath, spec, diagnostics.ToEquatableArray());
    }
}
