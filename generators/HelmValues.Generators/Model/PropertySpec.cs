namespace HelmValues.Generators.Model;

/// <summary>One property of a generated record.</summary>
/// <remarks>Cached by the incremental pipeline: keep it immutable and value-equal.</remarks>
internal sealed record PropertySpec
{
    /// <summary>The YAML key, exactly as the chart spells it (<c>pod-spec-patch</c>).</summary>
    public required string Key { get; init; }

    /// <summary>The C# property name (<c>PodSpecPatch</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The name used by builder methods that add one item or entry (<c>AddTag</c>, <c>WithLabel</c>).</summary>
    public required string ItemName { get; init; }

    public required TypeRef Type { get; init; }

    public string? Summary { get; init; }

    /// <summary>The schema's default as JSON text, for docs (Helm never applies schema defaults).</summary>
    public string? DefaultJson { get; init; }

    public bool Required { get; init; }

    /// <summary>Set when the schema marks the property deprecated: becomes <c>[Obsolete]</c> and a warning when set.</summary>
    public string? Deprecated { get; init; }

    /// <summary>Set when the key is reserved (someone else sets it): a warning when set.</summary>
    public string? Reserved { get; init; }
}
