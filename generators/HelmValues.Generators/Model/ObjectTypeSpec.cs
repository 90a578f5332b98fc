namespace HelmValues.Generators.Model;

/// <summary>A generated record and its builder, reader, writer and validator.</summary>
/// <remarks>Cached by the incremental pipeline: keep it immutable and value-equal.</remarks>
internal sealed record ObjectTypeSpec
{
    public required string Name { get; init; }

    public string? Summary { get; init; }

    /// <summary>The JSON pointer of the schema node, for docs and messages.</summary>
    public required string SchemaPath { get; init; }

    /// <summary>Properties in ordinal order of their YAML key, which is also the order they are written in.</summary>
    public required EquatableArray<PropertySpec> Properties { get; init; }

    /// <summary>Unknown keys are errors (<c>additionalProperties: false</c>).</summary>
    public bool IsClosed { get; init; }

    /// <summary>
    /// For open objects: the type of the keys the schema does not name (untyped when the schema says nothing).
    /// Null for closed objects.
    /// </summary>
    public TypeRef? AdditionalProperties { get; init; }

    /// <summary>The C# name of the property that holds additional properties.</summary>
    public string AdditionalPropertiesName { get; init; } = "AdditionalProperties";

    /// <summary>Keys that used to exist, with the reason they are refused (<c>x-helmvalues-removed</c>).</summary>
    public EquatableArray<KeyNote> Removed { get; init; } = EquatableArray<KeyNote>.Empty;

    /// <summary>Keys that belong elsewhere, with where (<c>x-helmvalues-misplaced</c>).</summary>
    public EquatableArray<KeyNote> Misplaced { get; init; } = EquatableArray<KeyNote>.Empty;

    public ConstraintSpec? Constraints { get; init; }

    /// <summary>The <c>YamlKeyCase</c> member for keys in another letter case (<c>x-helmvalues-key-case</c>), or null for exact.</summary>
    public string? KeyCase { get; init; }

    /// <summary>
    /// The reader of the values ignores keys it does not know (<c>x-helmvalues-unknown-keys: ignored</c>, Helm's templates
    /// at a chart's root): unknown and misplaced keys are warnings that they have no effect.
    /// </summary>
    public bool UnknownKeysIgnored { get; init; }
}

/// <summary>A key and a sentence about it.</summary>
internal sealed record KeyNote(string Key, string Note);
