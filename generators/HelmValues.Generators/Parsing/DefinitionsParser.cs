using System;
using System.Collections.Generic;
using System.Threading;
using HelmValues.Generators.Diagnostics;
using HelmValues.Generators.Json;
using HelmValues.Generators.Model;
using HelmValues.Generators.Naming;

namespace HelmValues.Generators.Parsing;

/// <summary>
/// Reads a Kubernetes definitions file: an index of every definition (for chart refs), and, when a kinds file
/// names it, the builder specs for the chosen kinds and everything they contain.
/// </summary>
internal static class DefinitionsParser
{
    private const string ObjectMeta = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";
    private const string Quantity = "io.k8s.apimachinery.pkg.api.resource.Quantity";
    private const string IntOrString = "io.k8s.apimachinery.pkg.util.intstr.IntOrString";

    public static DefinitionsResult Parse(InputFile file, EquatableArray<InputFile> kindsFiles, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var root = InputJson.Parse(file, diagnostics);
        if (root is null)
        {
            return Empty(file, diagnostics);
        }

        if ((root as JsonObject)?["definitions"] is not JsonObject definitions)
        {
            diagnostics.Add(
                DiagnosticInfo.At(
                    DiagnosticDescriptors.InvalidSchema,
                    root,
                    file.Path,
                    "#",
                    "a definitions file must have a 'definitions' object"
                )
            );
            return Empty(file, diagnostics);
        }

        var names = new List<string>(definitions.Properties.Count);
        foreach (var definition in definitions.Properties)
        {
            names.Add(definition.Name);
        }

        var clrTypes = KubernetesTypes.ClrTypes(names);
        var settings = SettingsFor(file, kindsFiles, diagnostics);
        var builders = new Dictionary<string, string>(StringComparer.Ordinal);
        KubernetesSpec? spec = null;
        if (settings is not null)
        {
            spec = new ClosureBuilder(file, definitions, clrTypes, settings, diagnostics).Build(cancellationToken);
            foreach (var type in spec.Types)
            {
                builders[type.DefinitionName] = "global::" + spec.Namespace + "." + type.BuilderName;
            }
        }

        names.Sort(StringComparer.Ordinal);
        var entries = new List<DefinitionEntry>(names.Count);
        foreach (var name in names)
        {
            entries.Add(new DefinitionEntry(name, clrTypes[name], builders.TryGetValue(name, out var builder) ? builder : ""));
        }

        return new DefinitionsResult(new DefinitionsIndex(file.FileName, entries.ToEquatableArray()), spec, diagnostics.ToEquatableArray());
    }

    private static KindsSettings? SettingsFor(InputFile file, EquatableArray<InputFile> kindsFiles, List<DiagnosticInfo> diagnostics)
    {
        KindsSettings? found = null;
        foreach (var kindsFile in kindsFiles)
        {
            var settings = KindsSettings.Read(kindsFile, diagnostics);
            if (settings is null || !string.Equals(settings.Definitions, file.FileName, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (found is not null)
            {
                diagnostics.Add(
                    DiagnosticInfo.AtFile(
                        DiagnosticDescriptors.InvalidKubernetesSettings,
                        kindsFile.Path,
                        kindsFile.Path,
                        "#",
                        $"another kinds file already names '{file.FileName}'"
                    )
                );
                continue;
            }

            found = settings;
        }

        return found;
    }

    private static DefinitionsResult Empty(InputFile file, List<DiagnosticInfo> diagnostics) =>
        new(new DefinitionsIndex(file.FileName, EquatableArray<DefinitionEntry>.Empty), null, diagnostics.ToEquatableArray());

    /// <summary>Collects the chosen kinds and every definition they reach, breadth first.</summary>
    private sealed class ClosureBuilder
    {
        private readonly InputFile _file;
        private readonly JsonObject _definitions;
        private readonly Dictionary<string, string> _clrTypes;
        private readonly KindsSettings _settings;
        private readonly List<DiagnosticInfo> _diagnostics;

        public ClosureBuilder(
            InputFile file,
            JsonObject definitions,
            Dictionary<string, string> clrTypes,
            KindsSettings settings,
            List<DiagnosticInfo> diagnostics
        )
        {
            _file = file;
            _definitions = definitions;
            _clrTypes = clrTypes;
            _settings = settings;
            _diagnostics = diagnostics;
        }

        public KubernetesSpec Build(CancellationToken cancellationToken)
        {
            var closure = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var queue = new Queue<string>();
            foreach (var (name, node) in _settings.Kinds)
            {
                if (_definitions[name] is null)
                {
                    _diagnostics.Add(
                        DiagnosticInfo.At(
                            DiagnosticDescriptors.InvalidKubernetesSettings,
                            node,
                            node.Source.Path,
                            "#/kinds",
                            $"no definition '{name}' in {_file.FileName}"
                        )
                    );
                }
                else if (seen.Add(name))
                {
                    queue.Enqueue(name);
                }
            }

            while (queue.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var name = queue.Dequeue();
                closure.Add(name);
                foreach (var property in BuiltProperties(name))
                {
                    foreach (var reference in References(property.Value))
                    {
                        if (IsObjectDefinition(reference) && seen.Add(reference))
                        {
                            queue.Enqueue(reference);
                        }
                    }
                }
            }

            var builderNames = BuilderNames(closure);
            var types = new List<KubeTypeSpec>(closure.Count);
            foreach (var name in closure)
            {
                types.Add(TypeSpec(name, builderNames));
            }

            types.Sort((a, b) => string.CompareOrdinal(a.BuilderName, b.BuilderName));
            return new KubernetesSpec(_settings.Namespace, types.ToEquatableArray());
        }

        private KubeTypeSpec TypeSpec(string name, Dictionary<string, string> builderNames)
        {
            var definition = (JsonObject)_definitions[name]!;
            var required = new HashSet<string>(StringComparer.Ordinal);
            if (definition["required"] is JsonArray requiredNames)
            {
                foreach (var item in requiredNames.Items)
                {
                    if (item is JsonString text)
                    {
                        required.Add(text.Value);
                    }
                }
            }

            var properties = new List<KubePropertySpec>();
            foreach (var property in BuiltProperties(name))
            {
                var type = TypeOf(property.Value, builderNames);
                var isRequired = required.Contains(property.Name);
                if (isRequired)
                {
                    type = NonNullableWhenRequired(type);
                }

                var member = IdentifierNames.ToPascalCase(property.Name);
                properties.Add(
                    new KubePropertySpec
                    {
                        JsonName = property.Name,
                        ClrName = KubernetesTypes.PropertyName(property.Name),
                        MemberName = member,
                        ItemName = type.Kind is TypeKind.Array or TypeKind.Map ? IdentifierNames.Singularize(member) : member,
                        Type = type,
                        Required = isRequired,
                        Enum = EnumValues(property.Value),
                        Summary = Description(property.Value),
                    }
                );
            }

            properties.Sort((a, b) => string.CompareOrdinal(a.JsonName, b.JsonName));
            var (apiVersion, kind) = GroupVersionKind(definition);
            return new KubeTypeSpec
            {
                DefinitionName = name,
                ClrType = _clrTypes[name],
                BuilderName = builderNames[name],
                Summary = Description(definition),
                ApiVersion = apiVersion,
                Kind = kind,
                HasObjectMeta =
                    (definition["properties"] as JsonObject)?["metadata"] is JsonObject metadata
                    && metadata["$ref"] is JsonString { Value: "#/definitions/" + ObjectMeta },
                Properties = properties.ToEquatableArray(),
            };
        }

        private TypeRef TypeOf(JsonNode node, Dictionary<string, string> builderNames)
        {
            if (node is not JsonObject schema)
            {
                return TypeRef.Any;
            }

            if (schema["$ref"] is JsonString reference)
            {
                var name = DefinitionName(reference.Value);
                return name switch
                {
                    Quantity => new TypeRef(TypeKind.Quantity, _clrTypes[name]),
                    IntOrString => new TypeRef(TypeKind.IntOrString, _clrTypes[name]),
                    _ when _clrTypes.TryGetValue(name, out var clr) && clr == "global::System.DateTime" => new TypeRef(TypeKind.Time, clr),
                    _ when builderNames.TryGetValue(name, out var builder) => new TypeRef(
                        TypeKind.External,
                        _clrTypes[name],
                        Builder: builder
                    ),
                    _ => TypeRef.Any,
                };
            }

            var type = (schema["type"] as JsonString)?.Value;
            var format = (schema["format"] as JsonString)?.Value;
            switch (type)
            {
                case "string":
                    return new TypeRef(format == "byte" ? TypeKind.Bytes : TypeKind.String);
                case "integer":
                    return new TypeRef(format == "int64" ? TypeKind.Long : TypeKind.Integer);
                case "number":
                    return new TypeRef(TypeKind.Number);
                case "boolean":
                    return new TypeRef(TypeKind.Boolean);
                case "array" when schema["items"] is { } items:
                    return new TypeRef(TypeKind.Array, Element: TypeOf(items, builderNames));
                case "object" when schema["additionalProperties"] is JsonObject values:
                    return new TypeRef(TypeKind.Map, Element: TypeOf(values, builderNames));
                default:
                    return TypeRef.Any;
            }
        }

        // KubernetesClient declares required value types non-nullable (V1ContainerPort.ContainerPort is int), and the
        // value-type items of a required list too (IList<int> for a required list, IList<int?> otherwise).
        private static TypeRef NonNullableWhenRequired(TypeRef type)
        {
            if (type.IsModelValueType)
            {
                return type with { NonNullable = true };
            }

            return type.Kind is TypeKind.Array or TypeKind.Map && type.Element!.IsModelValueType
                ? type with
                {
                    Element = type.Element with { NonNullable = true },
                }
                : type;
        }

        // The builder's simple name is the kind's; two kinds with one name (Subject in rbac and flowcontrol) use the model type's name.
        private Dictionary<string, string> BuilderNames(List<string> closure)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var name in closure)
            {
                var kind = Kind(name);
                counts[kind] = counts.TryGetValue(kind, out var count) ? count + 1 : 1;
            }

            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var name in closure)
            {
                var kind = Kind(name);
                names[name] = (counts[kind] > 1 ? _clrTypes[name].Substring("global::k8s.Models.".Length) : kind) + "Builder";
            }

            return names;
        }

        // Status is written by the API server, never by users of a builder.
        private IEnumerable<JsonProperty> BuiltProperties(string name)
        {
            var definition = (JsonObject)_definitions[name]!;
            if (definition["properties"] is not JsonObject properties)
            {
                yield break;
            }

            _settings.Exclude.TryGetValue(name, out var excluded);
            var isKind = definition["x-kubernetes-group-version-kind"] is not null;
            foreach (var property in properties.Properties)
            {
                if ((isKind && property.Name == "status") || (excluded?.Contains(property.Name) ?? false))
                {
                    continue;
                }

                yield return property;
            }
        }

        private bool IsObjectDefinition(string name) =>
            _clrTypes.TryGetValue(name, out var clr)
            && clr.StartsWith("global::k8s.Models.", StringComparison.Ordinal)
            && name is not (Quantity or IntOrString);

        private static IEnumerable<string> References(JsonNode node)
        {
            if (node is not JsonObject schema)
            {
                yield break;
            }

            if (schema["$ref"] is JsonString reference)
            {
                yield return DefinitionName(reference.Value);
            }

            foreach (var child in new[] { schema["items"], schema["additionalProperties"] })
            {
                if (child is not null)
                {
                    foreach (var nested in References(child))
                    {
                        yield return nested;
                    }
                }
            }
        }

        private static string DefinitionName(string reference) =>
            reference.StartsWith("#/definitions/", StringComparison.Ordinal) ? reference.Substring("#/definitions/".Length) : reference;

        private static string Kind(string name) => name.Substring(name.LastIndexOf('.') + 1);

        private static (string? ApiVersion, string? Kind) GroupVersionKind(JsonObject definition)
        {
            if (
                definition["x-kubernetes-group-version-kind"] is not JsonArray { Items.Count: 1 } gvks
                || gvks.Items[0] is not JsonObject gvk
            )
            {
                return (null, null);
            }

            var group = (gvk["group"] as JsonString)?.Value ?? "";
            var version = (gvk["version"] as JsonString)?.Value ?? "";
            return (group.Length == 0 ? version : group + "/" + version, (gvk["kind"] as JsonString)?.Value);
        }

        private static EquatableArray<string> EnumValues(JsonNode node)
        {
            if ((node as JsonObject)?["enum"] is not JsonArray values)
            {
                return EquatableArray<string>.Empty;
            }

            var list = new List<string>();
            foreach (var value in values.Items)
            {
                if (value is JsonString text)
                {
                    list.Add(text.Value);
                }
            }

            return list.ToEquatableArray();
        }

        private static string? Description(JsonNode node) => ((node as JsonObject)?["description"] as JsonString)?.Value;
    }
}
