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
    public static string ModelType(TypeRef type, bool nullable = true) =>
        type.Kind switch
        {
            TypeKind.String => "string",
            TypeKind.Boolean => Nullable("bool", NullableValue(type, nullable)),
            TypeKind.Integer => Nullable("int", NullableValue(type, nullable)),
            TypeKind.Long => Nullable("long", NullableValue(type, nullable)),
            TypeKind.Number => Nullable("double", NullableValue(type, nullable)),
            TypeKind.Time => Nullable("global::System.DateTime", NullableValue(type, nullable)),
            TypeKind.Quantity or TypeKind.IntOrString or TypeKind.External => type.Name,
            TypeKind.Bytes => "byte[]",
            TypeKind.Any => "object",
            // KubernetesClient declares value-type items nullable (IList<long?> SupplementalGroups).
            TypeKind.Array => $"{Collections}IList<{ModelType(type.Element!)}>",
            TypeKind.Map => $"{Collections}IDictionary<string, {ModelType(type.Element!)}>",
            _ => throw new System.ArgumentOutOfRangeException(nameof(type)),
        };

    /// <summary>The type of the value a builder method takes (non-nullable element types).</summary>
    public static string ParameterType(TypeRef type) => ModelType(type, nullable: false);

    /// <summary>The type the builder stores: builders for objects, read-only lists and maps for collections.</summary>
    public static string FieldType(TypeRef type) =>
        type.Kind switch
        {
            TypeKind.External => type.Builder,
            TypeKind.Array => $"{Collections}IReadOnlyList<{ElementFieldType(type.Element!)}>",
            TypeKind.Map => $"{Collections}IReadOnlyDictionary<string, {ElementFieldType(type.Element!)}>",
            _ => ModelType(type, nullable: false),
        };

    // Items are stored with the model's item type, so a list converts without unwrapping nullable value types.
    private static string ElementFieldType(TypeRef type) =>
        type.Kind is TypeKind.External or TypeKind.Array or TypeKind.Map ? FieldType(type) : ModelType(type);

    /// <summary>An expression converting a non-null model value into what the builder stores.</summary>
    public static string ToField(TypeRef type, string value, int depth) =>
        type.Kind switch
        {
            TypeKind.External => $"{type.Builder}.From({value})",
            TypeKind.Array => $"{Build}.ToList({value}, {Lambda(type.Element!, depth, ToField)})",
            TypeKind.Map => $"{Build}.ToMap({value}, {Lambda(type.Element!, depth, ToField)})",
            _ => Copy(type, value),
        };

    /// <summary>An expression converting a non-null stored value into a fresh model value.</summary>
    public static string ToModel(TypeRef type, string value, int depth) =>
        type.Kind switch
        {
            TypeKind.External => $"{value}.Build()",
            TypeKind.Array => $"{Build}.ToModelList({value}, {Lambda(type.Element!, depth, ToModel)})",
            TypeKind.Map => $"{Build}.ToModelMap({value}, {Lambda(type.Element!, depth, ToModel)})",
            _ => Copy(type, value),
        };

    /// <summary>Whether stored values of this type hold nothing mutable, so the conversion is the identity.</summary>
    public static bool IsPlainValue(TypeRef type) =>
        type.Kind is TypeKind.String or TypeKind.Boolean or TypeKind.Integer or TypeKind.Long or TypeKind.Number or TypeKind.Time;

    // Quantity, IntOrString and byte[] are mutable classes in k8s.Models: copy them on the way in and out.
    private static string Copy(TypeRef type, string value) =>
        type.Kind switch
        {
            TypeKind.Quantity => $"{Build}.Copy({value})",
            TypeKind.IntOrString => $"{Build}.Copy({value})",
            TypeKind.Bytes => $"{Build}.Copy({value})",
            _ => value,
        };

    private static string Lambda(TypeRef element, int depth, System.Func<TypeRef, string, int, string> convert)
    {
        var x = "x" + depth.ToString(CultureInfo.InvariantCulture);
        return $"static {x} => {convert(element, x, depth + 1)}";
    }

    private static string Nullable(string type, bool nullable) => nullable ? type + "?" : type;

    private static bool NullableValue(TypeRef type, bool nullable) => nullable && !type.NonNullable;
}
