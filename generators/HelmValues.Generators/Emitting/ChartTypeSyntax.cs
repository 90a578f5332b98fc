using System.Globalization;
using HelmValues.Generators.Model;

namespace HelmValues.Generators.Emitting;

/// <summary>C# type names and the lambdas generated code passes to the runtime, one per <see cref="TypeRef"/> shape.</summary>
/// <remarks>
/// Nested collections compose: a list of maps of strings writes as
/// <c>static (w1, v1) =&gt; w1.WriteSequence(v1, static (w2, v2) =&gt; w2.WriteMap(v2, static (w3, v3) =&gt; w3.WriteString(v3)))</c>.
/// Parameters are numbered by depth so nested lambdas never shadow each other.
/// </remarks>
internal static class ChartTypeSyntax
{
    public static string TypeName(TypeRef type) =>
        type.Kind switch
        {
            TypeKind.String => "string",
            TypeKind.Boolean => "bool",
            TypeKind.Integer => "int",
            TypeKind.Long => "long",
            TypeKind.Number => "double",
            TypeKind.Duration => "global::System.TimeSpan",
            TypeKind.StringOrNumber => RuntimeNames.StringOrNumber,
            TypeKind.Any => RuntimeNames.YamlValue,
            TypeKind.Array => $"global::System.Collections.Generic.IReadOnlyList<{TypeName(type.Element!)}>",
            TypeKind.Map => $"global::System.Collections.Generic.IReadOnlyDictionary<string, {TypeName(type.Element!)}>",
            _ => type.Name,
        };

    /// <summary>
    /// An expression making the record's own copy of a non-null collection: a <c>ValueList</c> or <c>ValueMap</c> (compared
    /// by value), with nested collections converted too. Null when <paramref name="type"/> is not a collection.
    /// </summary>
    public static string? ToValueCollection(TypeRef type, string value, int depth)
    {
        var x = "x" + depth.ToString(CultureInfo.InvariantCulture);
        switch (type.Kind)
        {
            case TypeKind.Array:
                var item = ToValueCollection(type.Element!, x, depth + 1);
                return item is null
                    ? $"{RuntimeNames.ValueList}.From({value})"
                    : $"{RuntimeNames.ValueList}.From(global::System.Linq.Enumerable.Select({value}, static {x} => {item}))";
            case TypeKind.Map:
                var entry = ToValueCollection(type.Element!, x + ".Value", depth + 1);
                return entry is null
                    ? $"{RuntimeNames.ValueMap}.From({value})"
                    : $"{RuntimeNames.ValueMap}.From(global::System.Linq.Enumerable.Select({value}, static {x} => new global::System.Collections.Generic.KeyValuePair<string, {TypeName(type.Element!)}>({x}.Key, {entry})))";
            default:
                return null;
        }
    }

    /// <summary>
    /// An expression copying a non-null <c>k8s.Models</c> value the caller passed, the way the Kubernetes builders do
    /// (their <c>From(value).Build()</c> makes a fresh object graph), so a later change to the caller's object never
    /// reaches built values. Other values are immutable and returned as they are.
    /// </summary>
    public static string Copy(TypeRef type, string value) =>
        type switch
        {
            { Kind: TypeKind.External, Builder.Length: > 0 } => $"{type.Builder}.From({value}).Build()",
            { Kind: TypeKind.Quantity or TypeKind.IntOrString } => $"{RuntimeNames.KubernetesBuild}.Copy({value})",
            _ => value,
        };

    /// <summary>A lambda writing one value of <paramref name="type"/>: <c>static (w1, v1) =&gt; w1.WriteString(v1)</c>.</summary>
    public static string WriteLambda(TypeRef type, int depth)
    {
        var w = "w" + depth.ToString(CultureInfo.InvariantCulture);
        var v = "v" + depth.ToString(CultureInfo.InvariantCulture);
        var body =
            ScalarSyntax.Write(type, w, v)
            ?? type.Kind switch
            {
                TypeKind.Duration => $"{w}.WriteDuration({v})",
                TypeKind.StringOrNumber => $"{w}.WriteStringOrNumber({v})",
                TypeKind.Any => $"{w}.WriteValue({v})",
                TypeKind.Enum => $"{w}.WriteString({type.Name}Yaml.ToYamlString({v}))",
                TypeKind.Object => $"{v}.WriteYaml({w})",
                TypeKind.External => $"{KubernetesCodec(type)}.{(type.Builder.Length > 0 ? "WriteYaml" : "Write")}({w}, {v}{Patch(type)})",
                TypeKind.Array => $"{w}.WriteSequence({v}, {WriteLambda(type.Element!, depth + 1)})",
                TypeKind.Map => $"{w}.WriteMap({v}, {WriteLambda(type.Element!, depth + 1)})",
                _ => throw new System.ArgumentOutOfRangeException(nameof(type)),
            };
        return $"static ({w}, {v}) => {body}";
    }

    /// <summary>
    /// Where the codec of a <c>k8s.Models</c> type is: on its builder when this compilation generated one (a direct call),
    /// otherwise in the runtime's registry, which every assembly that generated codecs fills when it loads.
    /// </summary>
    public static string KubernetesCodec(TypeRef type) => type.Builder.Length > 0 ? type.Builder : RuntimeNames.KubernetesCodecs;

    /// <summary>The argument that makes a codec write or check a strategic-merge patch, or nothing.</summary>
    public static string Patch(TypeRef type) => type.IsPatch ? ", asPatch: true" : "";

    /// <summary>An expression reading one value of <paramref name="type"/> from <paramref name="node"/>.</summary>
    public static string ReadExpression(TypeRef type, string reader, string node, int depth) =>
        ScalarSyntax.Read(type, reader, node)
        ?? type.Kind switch
        {
            TypeKind.Duration => $"{reader}.ReadDuration({node})",
            TypeKind.StringOrNumber => $"{reader}.ReadStringOrNumber({node})",
            TypeKind.Any => $"{reader}.ReadValue({node})",
            TypeKind.Enum => $"{reader}.ReadEnum({node}, {type.Name}Yaml.Members)",
            TypeKind.Object => $"{type.Name}.ReadYaml({reader}, {node})",
            TypeKind.External when type.Builder.Length > 0 => $"{type.Builder}.ReadYaml({reader}, {node})",
            TypeKind.External => $"{RuntimeNames.KubernetesCodecs}.Read<{type.Name}>({reader}, {node})",
            TypeKind.Array => $"{reader}.ReadSequence({node}, {ReadLambda(type.Element!, depth + 1)})",
            TypeKind.Map => $"{reader}.ReadMap({node}, {ReadLambda(type.Element!, depth + 1)})",
            _ => throw new System.ArgumentOutOfRangeException(nameof(type)),
        };

    // Items of value types come back nullable from the reader; a failed item is already an error, so default is fine.
    private static string ReadLambda(TypeRef type, int depth)
    {
        var r = "r" + depth.ToString(CultureInfo.InvariantCulture);
        var n = "n" + depth.ToString(CultureInfo.InvariantCulture);
        var read = ReadExpression(type, r, n, depth);
        if (type.IsValueType)
        {
            read += $" ?? default({TypeName(type)})";
        }

        return $"static ({r}, {n}) => {read}";
    }
}
