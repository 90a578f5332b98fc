using System;
using HelmValues.Generators.Diagnostics;

namespace HelmValues.Generators.Model;

/// <summary>Which role an AdditionalFiles item plays, decided by its file-name suffix.</summary>
internal enum InputKind
{
    /// <summary><c>&lt;chart&gt;.values.schema.json</c>: a chart's values schema; types are generated for it.</summary>
    ChartSchema,

    /// <summary><c>&lt;chart&gt;.values.overlay.json</c>: a merge patch applied to the chart schema of the same name.</summary>
    Overlay,

    /// <summary><c>*.definitions.json</c>: Kubernetes definitions (<c>{"definitions": {...}}</c>), for refs and builders.</summary>
    Definitions,

    /// <summary><c>*.kinds.json</c>: which Kubernetes kinds get builders, from which definitions file.</summary>
    Kinds,

    /// <summary>Any other <c>*.schema.json</c>: a schema document that <c>$ref</c>s may point into.</summary>
    SchemaDocument,

    /// <summary><c>&lt;chart&gt;.values.yaml</c>: the chart's default values, which Helm coalesces under the user's.</summary>
    Defaults,
}

/// <summary>The text of one AdditionalFiles item we read.</summary>
/// <remarks>Cached by the incremental pipeline: keep it immutable and value-equal.</remarks>
internal sealed record InputFile(string Path, InputKind Kind, string Text)
{
    public const string ChartSchemaSuffix = ".values.schema.json";
    public const string OverlaySuffix = ".values.overlay.json";
    public const string DefinitionsSuffix = ".definitions.json";
    public const string KindsSuffix = ".kinds.json";
    public const string SchemaDocumentSuffix = ".schema.json";
    public const string DefaultsSuffix = ".values.yaml";

    public string FileName => System.IO.Path.GetFileName(Path);

    /// <summary>The kind of a path, or null when the generator ignores it (never every <c>.json</c>).</summary>
    public static InputKind? KindOf(string path)
    {
        if (path.EndsWith(ChartSchemaSuffix, StringComparison.OrdinalIgnoreCase))
        {
            return InputKind.ChartSchema;
        }

        if (path.EndsWith(OverlaySuffix, StringComparison.OrdinalIgnoreCase))
        {
            return InputKind.Overlay;
        }

        if (path.EndsWith(DefinitionsSuffix, StringComparison.OrdinalIgnoreCase))
        {
            return InputKind.Definitions;
        }

        if (path.EndsWith(KindsSuffix, StringComparison.OrdinalIgnoreCase))
        {
            return InputKind.Kinds;
        }

        if (path.EndsWith(SchemaDocumentSuffix, StringComparison.OrdinalIgnoreCase))
        {
            return InputKind.SchemaDocument;
        }

        if (path.EndsWith(DefaultsSuffix, StringComparison.OrdinalIgnoreCase))
        {
            return InputKind.Defaults;
        }

        return null;
    }

    /// <summary>The chart name of a schema, overlay or defaults file: <c>agent-stack-k8s</c>.</summary>
    public string ChartName
    {
        get
        {
            var name = System.IO.Path.GetFileName(Path);
            var suffix = Kind switch
            {
                InputKind.Overlay => OverlaySuffix,
                InputKind.Defaults => DefaultsSuffix,
                _ => ChartSchemaSuffix,
            };
            return name.Substring(0, name.Length - suffix.Length);
        }
    }
}

/// <summary>MSBuild properties the generator reads (<c>build_property.*</c>).</summary>
/// <remarks>Cached by the incremental pipeline: keep it immutable and value-equal.</remarks>
/// <param name="RootNamespace"><c>RootNamespace</c>: the default parent namespace of chart types.</param>
/// <param name="ChartsNamespace"><c>HelmValuesNamespace</c>: replaces <paramref name="RootNamespace"/> for chart types.</param>
/// <param name="Refs"><c>HelmValuesRefs</c>, made from the project's <c>HelmValuesRef</c> items: remote ref URL prefixes mapped
/// for every chart; an overlay's <c>x-helmvalues.refs</c> entry for the same prefix wins.</param>
internal sealed record GeneratorOptions(string RootNamespace, string? ChartsNamespace, EquatableArray<RefMapping> Refs)
{
    public static readonly GeneratorOptions Default = new("HelmValues", null, EquatableArray<RefMapping>.Empty);
}

/// <summary>A ref URL prefix and where it leads: <c>kubernetes</c> or the file name of a schema document.</summary>
/// <remarks>Cached by the incremental pipeline: keep it immutable and value-equal.</remarks>
internal sealed record RefMapping(string Prefix, string Target);

/// <summary>The options, and the problems found reading them.</summary>
/// <remarks>Cached by the incremental pipeline: keep it immutable and value-equal.</remarks>
internal sealed record OptionsResult(GeneratorOptions Options, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>Everything one chart's types depend on.</summary>
/// <remarks>Cached by the incremental pipeline: keep it immutable and value-equal.</remarks>
internal sealed record ChartInput(
    InputFile Schema,
    InputFile? Overlay,
    InputFile? Defaults,
    EquatableArray<InputFile> Documents,
    EquatableArray<DefinitionsIndex> Definitions,
    EquatableArray<InputFile> DefinitionFiles,
    GeneratorOptions Options
);
