namespace HelmValues.Generators.Model;

/// <summary>The validation keywords of one schema node, carried into generated <c>Validate</c> code.</summary>
/// <remarks>Cached by the incremental pipeline: keep it immutable and value-equal. Numbers keep their JSON text.</remarks>
internal sealed record ConstraintSpec
{
    public string? Minimum { get; init; }

    public string? Maximum { get; init; }

    public string? ExclusiveMinimum { get; init; }

    public string? ExclusiveMaximum { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    public string? Pattern { get; init; }

    /// <summary>A format the generated code checks: only <c>quantity</c> (a Kubernetes resource quantity). Other formats are annotations.</summary>
    public string? Format { get; init; }

    public int? MinItems { get; init; }

    public int? MaxItems { get; init; }

    /// <summary>Sets of keys that may not all be present together (<c>not: {required: [...]}</c>).</summary>
    public EquatableArray<KeyGroup> ForbiddenKeyGroups { get; init; } = EquatableArray<KeyGroup>.Empty;

    public bool IsEmpty =>
        Minimum is null
        && Maximum is null
        && ExclusiveMinimum is null
        && ExclusiveMaximum is null
        && MinLength is null
        && MaxLength is null
        && Pattern is null
        && Format is null
        && MinItems is null
        && MaxItems is null
        && ForbiddenKeyGroups.Count == 0;
}

/// <summary>A group of keys, e.g. the keys of one <c>not: {required: [...]}</c>.</summary>
internal sealed record KeyGroup(EquatableArray<string> Keys);
