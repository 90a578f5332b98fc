using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HelmValues.Generators.Model;
using HelmValues.Generators.Naming;

namespace HelmValues.Generators.Emitting;

/// <summary>
/// Emits, into the builder of one Kubernetes definition, the codec of its <c>k8s.Models</c> type: writing it as YAML,
/// reading it strictly, and checking the definition's required fields and enums (which the model does not carry).
/// </summary>
/// <remarks>
/// This will produce code as follows:
/// <code>
/// public static void WriteYaml(YamlWriter writer, V1Container value, bool asPatch = false)
/// {
///     writer.BeginMapping();
///     if (value.Args is { } v0) { writer.WriteKey("args"); KubernetesYamlWriting.WriteList(writer, v0, static (w1, x1) =&gt; w1.WriteString(x1)); }
///     …
///     writer.EndMapping();
/// }
/// public static V1Container? ReadYaml(YamlReader reader, YamlSourceNode node) { … switch (entry.Key) { case "args": … } … }
/// public static void ValidateYaml(ValidationContext context, V1Container value, bool asPatch = false) { … }
/// </code>
/// Fields are written in ordinal order of their JSON names; a kind writes <c>apiVersion</c>, <c>kind</c> and
/// <c>metadata</c> first. Unset fields are not written.
/// </remarks>
internal static class KubernetesCodecEmitter
{
    private const string Writing = RuntimeNames.KubernetesYamlWriting;
    private const string Reading = RuntimeNames.KubernetesYamlReading;
    private const string Validating = RuntimeNames.KubernetesValidating;
    private const string Hidden =
        "[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]";

    private static readonly string[] HeaderKeys = { "apiVersion", "kind", "metadata" };

    /// <summary>The builders of the types whose values have something to check, themselves or inside them.</summary>
    public static HashSet<string> TypesWithRules(KubernetesSpec spec)
    {
        var withRules = new HashSet<string>(System.StringComparer.Ordinal);
        var changed = true;

        // Types refer to each other (JSONSchemaProps to itself): repeat until no type joins.
        while (changed)
        {
            changed = false;
            foreach (var type in spec.Types)
            {
                if (
                    !withRules.Contains(type.BuilderName)
                    && (
                        Required(type).Any()
                        || type.Properties.Any(p => (p.Enum.Count > 0 && !IsHeader(type, p)) || Checks(p.Type, withRules))
                    )
                )
                {
                    withRules.Add(type.BuilderName);
                    changed = true;
                }
            }
        }

        return withRules;
    }

    public static void Write(SourceWriter writer, KubeTypeSpec type, HashSet<string> withRules)
    {
        var ordered = Ordered(type).ToList();
        WriteWriter(writer, type, ordered);
        WriteReader(writer, type, ordered);
        WriteValidator(writer, type, ordered, withRules);
    }

    // A kind's header fields first, as kubectl and every manifest write them; the rest in ordinal order.
    private static IEnumerable<KubePropertySpec> Ordered(KubeTypeSpec type) =>
        type.Kind is null
            ? type.Properties
            : type.Properties.OrderBy(p => System.Array.IndexOf(HeaderKeys, p.JsonName) is var i and >= 0 ? i : HeaderKeys.Length);

    private static void WriteWriter(SourceWriter writer, KubeTypeSpec type, List<KubePropertySpec> properties)
    {
        writer.WriteLine();
        writer.WriteLine($"/// <summary>Writes <paramref name=\"value\"/> as YAML: unset fields are left out.</summary>");
        writer.WriteLine("/// <param name=\"writer\">The writer.</param>");
        writer.WriteLine("/// <param name=\"value\">The object.</param>");
        writer.WriteLine(
            "/// <param name=\"asPatch\">Write it as a strategic-merge patch: required lists left unset are written <c>[]</c>, so schemas that require them accept the patch.</param>"
        );
        writer.WriteLine(Hidden);
        writer.WriteLine($"public static void WriteYaml({RuntimeNames.YamlWriter} writer, {type.ClrType} value, bool asPatch = false)");
        using (writer.WriteBlock())
        {
            writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(writer);");
            writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(value);");
            writer.WriteLine("writer.BeginMapping();");
            for (var i = 0; i < properties.Count; i++)
            {
                var property = properties[i];
                var key = IdentifierNames.Literal(property.JsonName);
                var write = WriteExpression(property.Type, "writer", Local(i), 1);
                if (property.Type.NonNullable)
                {
                    writer.WriteLine($"writer.WriteKey({key});");
                    writer.WriteLine(WriteExpression(property.Type, "writer", $"value.{property.ClrName}", 1) + ";");
                    writer.WriteLine();
                    continue;
                }

                writer.WriteLine($"if (value.{property.ClrName} is {{ }} {Local(i)})");
                using (writer.WriteBlock())
                {
                    writer.WriteLine($"writer.WriteKey({key});");
                    writer.WriteLine(write + ";");
                }

                if (property.Required && property.Type.Kind == TypeKind.Array)
                {
                    writer.WriteLine("else if (asPatch)");
                    using (writer.WriteBlock())
                    {
                        writer.WriteLine($"writer.WriteKey({key});");
                        writer.WriteLine("writer.BeginSequence();");
                        writer.WriteLine("writer.EndSequence();");
                    }
                }

                writer.WriteLine();
            }

            writer.WriteLine("writer.EndMapping();");
        }
    }

    private static void WriteReader(SourceWriter writer, KubeTypeSpec type, List<KubePropertySpec> properties)
    {
        writer.WriteLine();
        writer.WriteLine(
            "/// <summary>Reads the object strictly: an unknown key is an error, as in the controller's decoder (which matches keys in any case).</summary>"
        );
        writer.WriteLine("/// <param name=\"reader\">Collects problems.</param>");
        writer.WriteLine("/// <param name=\"node\">The YAML node.</param>");
        writer.WriteLine(Hidden);
        writer.WriteLine($"public static {type.ClrType}? ReadYaml({RuntimeNames.YamlReader} reader, {RuntimeNames.YamlSourceNode} node)");
        using (writer.WriteBlock())
        {
            writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(reader);");
            writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(node);");
            writer.WriteLine($"var result = new {type.ClrType}();");
            writer.WriteLine("foreach (var entry in reader.ReadMapping(node, YamlKeys))");
            using (writer.WriteBlock())
            {
                writer.WriteLine("switch (entry.Key)");
                using (writer.WriteBlock())
                {
                    for (var i = 0; i < properties.Count; i++)
                    {
                        var property = properties[i];
                        writer.WriteLine($"case {IdentifierNames.Literal(property.JsonName)}:");
                        var read = ReadExpression(property.Type, "reader", "entry.Value", 1);
                        writer.WriteLine($"    if ({read} is {{ }} {Local(i)})");
                        writer.WriteLine("    {");
                        writer.WriteLine($"        result.{property.ClrName} = {Local(i)};");
                        writer.WriteLine("    }");
                        writer.WriteLine();
                        writer.WriteLine("    break;");
                    }
                }
            }

            writer.WriteLine();
            writer.WriteLine("return result;");
        }

        writer.WriteLine();
        writer.WriteLine("// The JSON names, matched in any case: k8s.Models objects in values reach the controller's encoding/json.");
        var keys = string.Join(", ", properties.Select(p => IdentifierNames.Literal(p.JsonName)));
        writer.WriteLine(
            $"private static readonly {RuntimeNames.YamlKeySet} YamlKeys = new(new string[] {{ {keys} }}, isClosed: true, removed: null, misplaced: null, keyCase: {RuntimeNames.YamlKeyCase}.Folded);"
        );
    }

    private static void WriteValidator(SourceWriter writer, KubeTypeSpec type, List<KubePropertySpec> properties, HashSet<string> withRules)
    {
        writer.WriteLine();
        writer.WriteLine(
            "/// <summary>Checks the definition's required fields and allowed values, here and in everything inside.</summary>"
        );
        writer.WriteLine("/// <param name=\"context\">Collects problems.</param>");
        writer.WriteLine("/// <param name=\"value\">The object.</param>");
        writer.WriteLine(
            "/// <param name=\"asPatch\">Check it as a strategic-merge patch: its own required fields may be left out (the patch changes only what it names).</param>"
        );
        writer.WriteLine(Hidden);
        writer.WriteLine(
            $"public static void ValidateYaml({RuntimeNames.ValidationContext} context, {type.ClrType} value, bool asPatch = false)"
        );
        using (writer.WriteBlock())
        {
            writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(context);");
            writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(value);");
            var required = Required(type).ToList();
            if (required.Count > 0)
            {
                writer.WriteLine("if (!asPatch)");
                using (writer.WriteBlock())
                {
                    for (var r = 0; r < required.Count; r++)
                    {
                        var property = required[r];
                        if (r > 0)
                        {
                            writer.WriteLine();
                        }

                        var unset = property.Type.Kind == TypeKind.String ? "is null or \"\"" : "is null";
                        writer.WriteLine($"if (value.{property.ClrName} {unset})");
                        using (writer.WriteBlock())
                        {
                            writer.WriteLine($"{Validating}.Required(context, {IdentifierNames.Literal(property.JsonName)});");
                        }
                    }
                }

                writer.WriteLine();
            }

            for (var i = 0; i < properties.Count; i++)
            {
                var property = properties[i];
                var key = IdentifierNames.Literal(property.JsonName);
                if (property.Enum.Count > 0 && property.Type.Kind == TypeKind.String && !IsHeader(type, property))
                {
                    var allowed = string.Join(" or ", property.Enum.Select(IdentifierNames.Literal));
                    writer.WriteLine($"if (value.{property.ClrName} is {{ }} {Local(i)} && {Local(i)} is not ({allowed}))");
                    using (writer.WriteBlock())
                    {
                        var message = IdentifierNames.Literal(string.Join(", ", property.Enum));
                        writer.WriteLine($"{Validating}.NotAllowed(context, {key}, {Local(i)}, {message});");
                    }

                    writer.WriteLine();
                }

                if (Checks(property.Type, withRules))
                {
                    writer.WriteLine(
                        $"context.ValidateProperty({key}, value.{property.ClrName}, {ValidateLambda(property.Type, withRules, 1)});"
                    );
                }
            }
        }
    }

    private static IEnumerable<KubePropertySpec> Required(KubeTypeSpec type) =>
        type.Properties.Where(p => p.Required && !p.Type.NonNullable && !IsHeader(type, p));

    // apiVersion and kind of a kind are fixed by its builder and checked against the kind by ManifestValidator.
    private static bool IsHeader(KubeTypeSpec type, KubePropertySpec property) =>
        type.Kind is not null && property.JsonName is "apiVersion" or "kind";

    // Whether a value of this type holds an object with rules: only those are walked when checking.
    private static bool Checks(TypeRef type, HashSet<string> withRules) =>
        type.Kind switch
        {
            TypeKind.External => withRules.Contains(type.Builder),
            TypeKind.Array or TypeKind.Map => Checks(type.Element!, withRules),
            _ => false,
        };

    private static string WriteExpression(TypeRef type, string writer, string value, int depth) =>
        ScalarSyntax.Write(type, writer, value)
        ?? type.Kind switch
        {
            TypeKind.Any => $"{Writing}.WriteRaw({writer}, {value})",
            TypeKind.External => $"{type.Builder}.WriteYaml({writer}, {value})",
            TypeKind.Array => $"{Writing}.WriteList({writer}, {value}, {WriteLambda(type.Element!, depth)})",
            TypeKind.Map => $"{Writing}.WriteMap({writer}, {value}, {WriteLambda(type.Element!, depth)})",
            _ => throw new System.ArgumentOutOfRangeException(nameof(type)),
        };

    // Items of value types are nullable in k8s.Models unless the list is required; null items are never passed.
    private static string WriteLambda(TypeRef element, int depth)
    {
        var w = "w" + depth.ToString(CultureInfo.InvariantCulture);
        var x = "x" + depth.ToString(CultureInfo.InvariantCulture);
        var item = element.IsModelValueType && !element.NonNullable ? x + ".GetValueOrDefault()" : x;
        return $"static ({w}, {x}) => {WriteExpression(element, w, item, depth + 1)}";
    }

    private static string ReadExpression(TypeRef type, string reader, string node, int depth) =>
        ScalarSyntax.Read(type, reader, node)
        ?? type.Kind switch
        {
            // As object, the model's type, so lists and maps of free-form values get the model's element type.
            TypeKind.Any => $"(object){reader}.ReadValue({node})",
            TypeKind.External => $"{type.Builder}.ReadYaml({reader}, {node})",
            TypeKind.Array => $"{Reading}.ReadList({reader}, {node}, {ReadLambda(type.Element!, depth)})",
            TypeKind.Map => $"{Reading}.ReadMap({reader}, {node}, {ReadLambda(type.Element!, depth)})",
            _ => throw new System.ArgumentOutOfRangeException(nameof(type)),
        };

    // A required list of value types holds non-nullable items: an item that failed is already an error, so default is fine.
    private static string ReadLambda(TypeRef element, int depth)
    {
        var r = "r" + depth.ToString(CultureInfo.InvariantCulture);
        var n = "n" + depth.ToString(CultureInfo.InvariantCulture);
        var read = ReadExpression(element, r, n, depth + 1);
        if (element.IsModelValueType && element.NonNullable)
        {
            read += $" ?? default({KubernetesTypeSyntax.ModelType(element, nullable: false)})";
        }

        return $"static ({r}, {n}) => {read}";
    }

    private static string ValidateLambda(TypeRef type, HashSet<string> withRules, int depth)
    {
        var c = "c" + depth.ToString(CultureInfo.InvariantCulture);
        var x = "x" + depth.ToString(CultureInfo.InvariantCulture);
        var body = type.Kind switch
        {
            TypeKind.External => $"{type.Builder}.ValidateYaml({c}, {x})",
            TypeKind.Array => $"{Validating}.ValidateList({c}, {x}, {ValidateLambda(type.Element!, withRules, depth + 1)})",
            TypeKind.Map => $"{Validating}.ValidateMap({c}, {x}, {ValidateLambda(type.Element!, withRules, depth + 1)})",
            _ => throw new System.ArgumentOutOfRangeException(nameof(type)),
        };
        return $"static ({c}, {x}) => {body}";
    }

    private static string Local(int index) => "v" + index.ToString(CultureInfo.InvariantCulture);
}
