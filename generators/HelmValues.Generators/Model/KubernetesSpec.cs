namespace HelmValues.Generators.Model;

/// <summary>Builders to generate for Kubernetes definitions (the chosen kinds and everything they contain).</summary>
/// <remarks>Cached by the incremental pipeline: keep it immutable and value-equal.</remarks>
internal sealed record KubernetesSpec(string Namespace, EquatableArray<KubeTypeSpec> Types);

/// <summary>One Kubernetes definition, e.g. <c>io.k8s.api.core.v1.Container</c> built as <c>k8s.Models.V1Container</c>.</summary>
/// <remarks>Cached by the incremental pipeline: keep it immutable and value-equal.</remarks>
internal sealed record KubeTypeSpec
{
    public required string DefinitionName { get; init; }

    /// <summary>The fully qualified model type: <c>global::k8s.Models.V1Container</c>.</summary>
    public required string ClrType { get; init; }

    /// <summary>The builder's simple name: <c>ContainerBuilder</c>.</summary>
    public required string BuilderName { get; init; }

    public string? Summary { get; init; }

    /// <summary>For kinds: the <c>apiVersion</c> the builder always sets (<c>v1</c>, <c>batch/v1</c>).</summary>
    public string? ApiVersion { get; init; }

    /// <summary>For kinds: the <c>kind</c> the builder always sets.</summary>
    public string? Kind { get; init; }

    /// <summary>The definition has <c>metadata</c> of type ObjectMeta: the builder gets the metadata shortcuts.</summary>
    public bool HasObjectMeta { get; init; }

    public required EquatableArray<KubePropertySpec> Properties { get; init; }
}

/// <summary>One property of a Kubernetes definition.</summary>
/// <remarks>Cached by the incremental pipeline: keep it immutable and value-equal.</remarks>
internal sealed record KubePropertySpec
{
    /// <summary>The JSON/YAML name: <c>imagePullSecrets</c>.</summary>
    public required string JsonName { get; init; }

    /// <summary>The k8s.Models property: <c>ImagePullSecrets</c> (<c>NamespaceProperty</c> for <c>namespace</c>).</summary>
    public required string ClrName { get; init; }

    /// <summary>The builder member name: <c>ImagePullSecrets</c> (<c>Namespace</c> for <c>namespace</c>).</summary>
    public required string MemberName { get; init; }

    /// <summary>The name for one item or entry: <c>ImagePullSecret</c>.</summary>
    public required string ItemName { get; init; }

    public required TypeRef Type { get; init; }

    public bool Required { get; init; }

    /// <summary>The values the definition allows, if it lists them.</summary>
    public EquatableArray<string> Enum { get; init; } = EquatableArray<string>.Empty;

    public string? Summary { get; init; }
}

/// <summary>All definition names of a Kubernetes definitions file, with their C# types, for resolving chart refs.</summary>
/// <remarks>Cached by the incremental pipeline: keep it immutable and value-equal.</remarks>
internal sealed record DefinitionsIndex(string FileName, EquatableArray<DefinitionEntry> Entries);

/// <summary>A definition name, the model type it maps to, and the builder generated for it (or empty).</summary>
internal sealed record DefinitionEntry(string Name, string ClrType, string Builder);
