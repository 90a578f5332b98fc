namespace HelmValues.Generators.Model;

/// <summary>What a value is, in C# terms: a chart value, or a property of a Kubernetes definition.</summary>
internal enum TypeKind
{
    String,
    Boolean,
    Integer,
    Long,
    Number,

    /// <summary>A Go duration string in YAML, a <c>TimeSpan</c> in C# (<c>format: duration</c>).</summary>
    Duration,

    /// <summary>A scalar that may be a string or a number (<c>type: [string, number]</c>, <c>x-kubernetes-int-or-string</c>).</summary>
    StringOrNumber,

    /// <summary>No usable type, or free-form JSON: an untyped <c>YamlValue</c> in chart records, <c>object</c> in k8s.Models (RawExtension).</summary>
    Any,
    Enum,
    Object,

    /// <summary>An existing C# type, e.g. <c>global::k8s.Models.V1PodSpec</c> for a Kubernetes <c>$ref</c>.</summary>
    External,
    Array,
    Map,

    /// <summary>A Kubernetes time (<c>meta/v1 Time</c>): RFC 3339 in YAML, a <c>DateTime</c> in k8s.Models.</summary>
    Time,

    /// <summary>A Kubernetes resource quantity: <c>k8s.Models.ResourceQuantity</c>.</summary>
    Quantity,

    /// <summary>A Kubernetes int-or-string: <c>k8s.Models.IntOrString</c>.</summary>
    IntOrString,

    /// <summary>Base64 in YAML, <c>byte[]</c> in C# (<c>format: byte</c>, Secret <c>data</c>).</summary>
    Bytes,
}

/// <summary>The type of a value, with the constraints the schema puts on it.</summary>
/// <remarks>Cached by the incremental pipeline: keep it immutable and value-equal.</remarks>
/// <param name="Kind">What the value is.</param>
/// <param name="Name">
/// For <see cref="TypeKind.Enum"/> and <see cref="TypeKind.Object"/>: the generated type, fully qualified
/// (<c>global::HelmValues.AgentStackK8s.AgentConfig</c>), so a property named like a type never hides it.
/// For <see cref="TypeKind.External"/>: the fully qualified type, <c>global::k8s.Models.V1PodSpec</c>.
/// </param>
/// <param name="Element">The item type of an array, or the value type of a map.</param>
/// <param name="Constraints">Checks on the value itself.</param>
/// <param name="Builder">
/// For <see cref="TypeKind.External"/>: a generated builder for it, if there is one; its codec writes, reads and checks
/// the type. In a Kubernetes definition every object is External with a builder.
/// </param>
/// <param name="IsPatch">
/// For <see cref="TypeKind.External"/>: the value is a strategic-merge patch of the type (<c>x-helmvalues-patch</c>),
/// so its own required fields are not required, but required lists are written as <c>[]</c> for schemas that insist.
/// </param>
/// <param name="NonNullable">
/// In a Kubernetes definition: k8s.Models declares it as a non-nullable value type (a required int32 and the like).
/// </param>
internal sealed record TypeRef(
    TypeKind Kind,
    string Name = "",
    TypeRef? Element = null,
    ConstraintSpec? Constraints = null,
    string Builder = "",
    bool IsPatch = false,
    bool NonNullable = false
)
{
    public static readonly TypeRef Any = new(TypeKind.Any);

    /// <summary>
    /// In a Kubernetes definition: k8s.Models holds it as a C# value type (<c>bool</c>, <c>int</c>, <c>long</c>,
    /// <c>double</c>, <c>DateTime</c>), nullable unless <see cref="NonNullable"/>.
    /// </summary>
    public bool IsModelValueType => Kind is TypeKind.Boolean or TypeKind.Integer or TypeKind.Long or TypeKind.Number or TypeKind.Time;

    public bool IsValueType =>
        Kind
            is TypeKind.Boolean
                or TypeKind.Integer
                or TypeKind.Long
                or TypeKind.Number
                or TypeKind.Duration
                or TypeKind.StringOrNumber
                or TypeKind.Enum;
}
