using System.Globalization;
using HelmValues.Generators.Model;

namespace HelmValues.Generators.Emitting;

/// <summary>
/// The C# a Kubernetes builder needs per property shape: the model's type, the builder's field type, and the
/// conversions between them.
/// </summary>
/// <remarks>
/// Builders store nested objects as builders and collections as immutable lists, so they never share a
/// mutable <c>k8s.Models</c> object: <c>From</c> copies a model in, <c>Build</c> copies a fresh model out.
/// </remarks>
internal static class KubernetesTypeSyntax
{
    private const string Collections = "global::System.Collections.Generic.";
    private const string Build = "global::HelmValues.Kubernetes.KubernetesBuild";

    /// <summary>The type k8s.Models uses (<c>IList&lt;V1EnvVar&gt;</c>, <c>int?</c>).</summary>
    public static string ModelType(KubeTypeRef type, bool nullable = true) =>
        type.Kind switch
        {
            KubeTypeKind.String => "string",
            KubeTypeKind.Boolean => Nullable("bool", NullableValue(type, nullable)),
            KubeTypeKind.Int32 => Nullable("int", NullableValue(type, nullable)),
            KubeTypeKind.Int64 => Nullable("long", NullableValue(type, nullable)),
            KubeTypeKind.Double => Nullable("double", NullableValue(type, nullable)),
            KubeTypeKind.DateTime => Nullable("global::System.DateTime", NullableValue(type, nullable)),
            KubeTypeKind.Quantity or KubeTypeKind.IntOrString or KubeTypeKind.Object => type.ClrType,
            KubeTypeKind.Bytes => "byte[]",
            KubeTypeKind.Raw => "object",
            // KubernetesClient declares value-type items nullable (IList<long?> SupplementalGroups).
            KubeTypeKind.Array => $"{Collections}IList<{ModelType(type.Element!)}>",
            KubeTypeKind.Map => $"{Collections}IDictionary<string, {ModelType(type.Element!)}>",
            _ => throw new System.ArgumentOutOfRangeException(nameof(type)),
        };

    /// <summary>The type of the value a builder method takes (non-nullable element types).</summary>
    public static string ParameterType(KubeTypeRef type) => ModelType(type, nullable: false);

    /// <summary>The type the builder stores: builders for objects, read-only lists and maps for collections.</summary>
    public static string FieldType(KubeTypeRef type) =>
        type.Kind switch
        {
            KubeTypeKind.Object => type.Builder,
            KubeTypeKind.Array => $"{Collections}IReadOnlyList<{ElementFieldType(type.Element!)}>",
            KubeTypeKind.Map => $"{Collections}IReadOnlyDictionary<string, {ElementFieldType(type.Element!)}>",
            _ => ModelType(type, nullable: false),
        };

    // Items are stored with the model's item type, so a list converts without unwrapping nullable value types.
    private static string ElementFieldType(KubeTypeRef type) =>
        type.Kind is KubeTypeKind.Object or KubeTypeKind.Array or KubeTypeKind.Map ? FieldType(type) : ModelType(type);

    /// <summary>An expression converting a non-null model value into what the builder stores.</summary>
    public static string ToField(KubeTypeRef type, string value, int depth) =>
        type.Kind switch
        {
            KubeTypeKind.Object => $"{type.Builder}.From({value})",
            KubeTypeKind.Array => $"{Build}.ToList({value}, {Lambda(type.Element!, depth, ToField)})",
            KubeTypeKind.Map => $"{Build}.ToMap({value}, {Lambda(type.Element!, depth, ToField)})",
            _ => Copy(type, value),
        };

    /// <summary>An expression converting a non-null stored value into a fresh model value.</summary>
    public static string ToModel(KubeTypeRef type, string value, int depth) =>
        type.Kind switch
        {
            KubeTypeKind.Object => $"{value}.Build()",
            KubeTypeKind.Array => $"{Build}.ToModelList({value}, {Lambda(type.Element!, depth, ToModel)})",
            KubeTypeKind.Map => $"{Build}.ToModelMap({value}, {Lambda(type.Element!, depth, ToModel)})",
            _ => Copy(type, value),
        };

    /// <summary>Whether stored values of this type hold nothing mutable, so the conversion is the identity.</summary>
    public static bool IsPlainValue(KubeTypeRef type) =>
        type.Kind
            is KubeTypeKind.String
                or KubeTypeKind.Boolean
                or KubeTypeKind.Int32
                or KubeTypeKind.Int64
                or KubeTypeKind.Double
                or KubeTypeKind.DateTime;

    // Quantity, IntOrString and byte[] are mutable classes in k8s.Models: copy them on the way in and out.
    private static string Copy(KubeTypeRef type, string value) =>
        type.Kind switch
        {
            KubeTypeKind.Quantity => $"{Build}.Copy({value})",
            KubeTypeKind.IntOrString => $"{Build}.Copy({value})",
            KubeTypeKind.Bytes => $"{Build}.Copy({value})",
            _ => value,
        };

    private static string Lambda(KubeTypeRef element, int depth, System.Func<KubeTypeRef, string, int, string> convert)
    {
        var x = "x" + depth.ToString(CultureInfo.InvariantCulture);
        return $"static {x} => {convert(element, x, depth + 1)}";
    }

    private static string Nullable(string type, bool nullable) => nullable ? type + "?" : type;

    private static bool NullableValue(KubeTypeRef type, bool nullable) => nullable && !type.NonNullable;
}
