using System;
using System.Collections.Generic;
using System.Linq;
using HelmValues.Generators.Model;

namespace HelmValues.Generators.Parsing;

/// <summary>
/// How Kubernetes definition names map to the types of the KubernetesClient package (<c>k8s.Models</c>).
/// </summary>
/// <remarks>
/// KubernetesClient names a type <c>{Version}{Kind}</c> (<c>io.k8s.api.core.v1.PodSpec</c> → <c>V1PodSpec</c>).
/// When two API groups define the same version and kind, both get the group in front
/// (<c>io.k8s.api.rbac.v1.Subject</c> → <c>Rbacv1Subject</c>). A few apimachinery types map to
/// dedicated or built-in types. A test checks these rules against the real assembly.
/// </remarks>
internal static class KubernetesTypes
{
    private const string Models = "global::k8s.Models.";

    private static readonly Dictionary<string, string> Special = new(StringComparer.Ordinal)
    {
        ["io.k8s.apimachinery.pkg.api.resource.Quantity"] = Models + "ResourceQuantity",
        ["io.k8s.apimachinery.pkg.util.intstr.IntOrString"] = Models + "IntOrString",
        ["io.k8s.apimachinery.pkg.apis.meta.v1.Time"] = "global::System.DateTime",
        ["io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime"] = "global::System.DateTime",
        ["io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1"] = "object",
        ["io.k8s.apimachinery.pkg.runtime.RawExtension"] = "object",
        ["io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSON"] = "object",
        ["io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrArray"] = "object",
        ["io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrBool"] = "object",
        ["io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrStringArray"] = "object",
        ["io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceSubresourceStatus"] = "object",
    };

    /// <summary>The C# type of every definition name, fully qualified.</summary>
    public static Dictionary<string, string> ClrTypes(IReadOnlyCollection<string> definitionNames)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in definitionNames)
        {
            if (!Special.ContainsKey(name))
            {
                var key = VersionKind(name);
                counts[key] = counts.TryGetValue(key, out var count) ? count + 1 : 1;
            }
        }

        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in definitionNames)
        {
            if (Special.TryGetValue(name, out var special))
            {
                types[name] = special;
                continue;
            }

            var versionKind = VersionKind(name);
            types[name] =
                Models + (counts[versionKind] > 1 ? Capitalize(Segment(name, 3)) + Segment(name, 2) + Segment(name, 1) : versionKind);
        }

        return types;
    }

    /// <summary>
    /// The k8s.Models property name for a JSON name: capitalised, and <c>…Property</c> when the name is a C# keyword
    /// in any casing (KubernetesClient turns <c>readOnly</c> into <c>ReadOnlyProperty</c>, <c>$ref</c> into <c>RefProperty</c>); dashed names are joined
    /// (<c>x-kubernetes-list-type</c> → <c>XKubernetesListType</c>).
    /// </summary>
    public static string PropertyName(string jsonName) =>
        jsonName.Replace("$", "") is var name && CSharpKeywords.Contains(name.ToLowerInvariant())
            ? Capitalize(name) + "Property"
            : string.Concat(name.Split('-').Select(Capitalize));

    /// <summary>The type a chart property gets when its schema is a Kubernetes definition.</summary>
    public static TypeRef ChartTypeFor(DefinitionEntry entry) =>
        entry.ClrType switch
        {
            "global::System.DateTime" => new TypeRef(TypeKind.String),
            "object" => TypeRef.Any,
            Models + "ResourceQuantity" => new TypeRef(TypeKind.Quantity, entry.ClrType),
            Models + "IntOrString" => new TypeRef(TypeKind.IntOrString, entry.ClrType),
            _ => new TypeRef(TypeKind.External, entry.ClrType, Builder: entry.Builder),
        };

    private static string VersionKind(string name) => Capitalize(Segment(name, 2)) + Segment(name, 1);

    // Segment(name, 1) is the last dotted part (the kind), 2 the version, 3 the API group.
    private static string Segment(string name, int fromEnd)
    {
        var parts = name.Split('.');
        return parts.Length >= fromEnd ? parts[parts.Length - fromEnd] : "";
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    private static readonly HashSet<string> CSharpKeywords = new(StringComparer.Ordinal)
    {
        "abstract",
        "as",
        "base",
        "bool",
        "break",
        "byte",
        "case",
        "catch",
        "char",
        "checked",
        "class",
        "const",
        "continue",
        "decimal",
        "default",
        "delegate",
        "do",
        "double",
        "else",
        "enum",
        "event",
        "explicit",
        "extern",
        "false",
        "finally",
        "fixed",
        "float",
        "for",
        "foreach",
        "goto",
        "if",
        "implicit",
        "in",
        "int",
        "interface",
        "internal",
        "is",
        "lock",
        "long",
        "namespace",
        "new",
        "null",
        "object",
        "operator",
        "out",
        "override",
        "params",
        "private",
        "protected",
        "public",
        "readonly",
        "ref",
        "return",
        "sbyte",
        "sealed",
        "short",
        "sizeof",
        "stackalloc",
        "static",
        "string",
        "struct",
        "switch",
        "this",
        "throw",
        "true",
        "try",
        "typeof",
        "uint",
        "ulong",
        "unchecked",
        "unsafe",
        "ushort",
        "using",
        "virtual",
        "void",
        "volatile",
        "while",
    };
}
