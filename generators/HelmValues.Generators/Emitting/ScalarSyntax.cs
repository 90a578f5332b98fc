using HelmValues.Generators.Model;

namespace HelmValues.Generators.Emitting;

/// <summary>
/// How a scalar is written and read, the same in chart records and Kubernetes codecs: the collections and objects around
/// it differ (records hold read-only lists, k8s.Models mutable ones with null items), the scalars do not.
/// </summary>
internal static class ScalarSyntax
{
    /// <summary>A call writing <paramref name="value"/>, or null when <paramref name="type"/> is not a shared scalar.</summary>
    public static string? Write(TypeRef type, string writer, string value) =>
        type.Kind switch
        {
            TypeKind.String => $"{writer}.WriteString({value})",
            TypeKind.Boolean => $"{writer}.WriteBoolean({value})",
            TypeKind.Integer or TypeKind.Long => $"{writer}.WriteInteger({value})",
            TypeKind.Number => $"{writer}.WriteNumber({value})",
            TypeKind.Time => $"{RuntimeNames.KubernetesYamlWriting}.WriteTime({writer}, {value})",
            TypeKind.Quantity => $"{RuntimeNames.KubernetesYamlWriting}.WriteQuantity({writer}, {value})",
            TypeKind.IntOrString => $"{RuntimeNames.KubernetesYamlWriting}.WriteIntOrString({writer}, {value})",
            TypeKind.Bytes => $"{RuntimeNames.KubernetesYamlWriting}.WriteBytes({writer}, {value})",
            _ => null,
        };

    /// <summary>A call reading a value from <paramref name="node"/>, or null when <paramref name="type"/> is not a shared scalar.</summary>
    public static string? Read(TypeRef type, string reader, string node) =>
        type.Kind switch
        {
            TypeKind.String => $"{reader}.ReadString({node})",
            TypeKind.Boolean => $"{reader}.ReadBoolean({node})",
            TypeKind.Integer => $"{reader}.ReadInt32({node})",
            TypeKind.Long => $"{reader}.ReadInt64({node})",
            TypeKind.Number => $"{reader}.ReadDouble({node})",
            TypeKind.Time => $"{RuntimeNames.KubernetesYamlReading}.ReadTime({reader}, {node})",
            TypeKind.Quantity => $"{RuntimeNames.KubernetesYamlReading}.ReadQuantity({reader}, {node})",
            TypeKind.IntOrString => $"{RuntimeNames.KubernetesYamlReading}.ReadIntOrString({reader}, {node})",
            TypeKind.Bytes => $"{RuntimeNames.KubernetesYamlReading}.ReadBytes({reader}, {node})",
            _ => null,
        };
}
