namespace HelmValues.Generators.Model;

/// <summary>Everything generated for one chart's values schema.</summary>
/// <remarks>
/// Cached by the incremental pipeline: keep it immutable and value-equal.
/// Only strings, enums, bools and EquatableArray&lt;T&gt; of such records. No ISymbol, SyntaxNode,
/// Location, AdditionalText, JSON nodes or ImmutableArray.
/// </remarks>
internal sealed record ChartSpec
{
    /// <summary>The chart name from the file name: <c>agent-stack-k8s</c> for <c>agent-stack-k8s.values.schema.json</c>.</summary>
    public required string ChartName { get; init; }

    public required string Namespace { get; init; }

    /// <summary>The root record, e.g. <c>AgentStackK8sValues</c>.</summary>
    public required string RootTypeName { get; init; }

    /// <summary>The first line of the root record's documentation (<c>x-helmvalues.summary</c>), or null for the chart's default.</summary>
    public string? RootSummary { get; init; }

    /// <summary>Records in ordinal order of name; the root is one of them.</summary>
    public required EquatableArray<ObjectTypeSpec> Objects { get; init; }

    public required EquatableArray<EnumSpec> Enums { get; init; }

    /// <summary>The chart's own values schema, self-contained (see <c>SchemaBundler</c>), as the runtime checks values.</summary>
    public required string SchemaJson { get; init; }

    /// <summary>The schema with the overlay merged in, self-contained and strict (see <c>SchemaBundler</c>), or null without an overlay.</summary>
    public string? StrictSchemaJson { get; init; }

    /// <summary>The chart's <c>values.yaml</c>, or null when the project gives none.</summary>
    public string? DefaultsYaml { get; init; }

    /// <summary>YamlDotNet's parsing events for <see cref="DefaultsYaml"/> (see <c>YamlEventRecorder</c>), or null: the runtime parses it.</summary>
    public string? DefaultsEvents { get; init; }
}
