using System.Collections.Generic;
using HelmValues.Generators.Diagnostics;
using HelmValues.Generators.Json;
using HelmValues.Generators.Model;

namespace HelmValues.Generators.Parsing;

/// <summary>
/// A <c>*.kinds.json</c> file: which Kubernetes kinds get builders, and what to leave out.
/// <code>
/// {
///   "definitions": "kubernetes-v1.35.0.definitions.json",
///   "namespace": "HelmValues.Kubernetes",
///   "kinds": ["io.k8s.api.core.v1.ServiceAccount", "io.k8s.api.core.v1.PodSpec"],
///   "exclude": { "io.k8s.api.core.v1.PodSpec": { "workloadRef": "why it is left out" } }
/// }
/// </code>
/// </summary>
internal sealed class KindsSettings
{
    public string Definitions { get; private set; } = "";

    public string Namespace { get; private set; } = "";

    public List<(string Name, JsonNode Node)> Kinds { get; } = new();

    /// <summary>Definition name → property names left out of its builder.</summary>
    public Dictionary<string, HashSet<string>> Exclude { get; } = new(System.StringComparer.Ordinal);

    public static KindsSettings? Read(InputFile file, List<DiagnosticInfo> diagnostics)
    {
        var parsed = InputJson.Parse(file, diagnostics);
        if (parsed is null)
        {
            return null;
        }

        if (parsed is not JsonObject root)
        {
            diagnostics.Add(Invalid(file, parsed, "#", "a kinds file must be an object"));
            return null;
        }

        var settings = new KindsSettings();
        foreach (var property in root.Properties)
        {
            var pointer = "#/" + property.Name;
            switch (property.Name)
            {
                case "definitions" when property.Value is JsonString text:
                    settings.Definitions = text.Value;
                    break;
                case "namespace" when property.Value is JsonString text && Naming.IdentifierNames.IsNamespace(text.Value):
                    settings.Namespace = text.Value;
                    break;
                case "namespace":
                    diagnostics.Add(
                        Invalid(file, property.Value, pointer, "namespace must be a C# namespace (identifiers joined by dots)")
                    );
                    return null;
                case "kinds" when property.Value is JsonArray kinds:
                    foreach (var kind in kinds.Items)
                    {
                        if (kind is JsonString name)
                        {
                            settings.Kinds.Add((name.Value, kind));
                        }
                        else
                        {
                            diagnostics.Add(Invalid(file, kind, pointer, "kinds must be definition names"));
                        }
                    }

                    break;
                case "exclude" when property.Value is JsonObject exclude:
                    foreach (var definition in exclude.Properties)
                    {
                        if (definition.Value is not JsonObject properties)
                        {
                            diagnostics.Add(Invalid(file, definition.Value, pointer, "exclude entries must map property names to reasons"));
                            continue;
                        }

                        var names = new HashSet<string>(System.StringComparer.Ordinal);
                        foreach (var excluded in properties.Properties)
                        {
                            names.Add(excluded.Name);
                        }

                        settings.Exclude[definition.Name] = names;
                    }

                    break;
                case "$comment":
                    break;
                default:
                    diagnostics.Add(
                        Invalid(
                            file,
                            property.Value,
                            pointer,
                            $"unexpected '{property.Name}' (expected definitions, namespace, kinds and exclude)"
                        )
                    );
                    break;
            }
        }

        if (settings.Definitions.Length == 0 || settings.Namespace.Length == 0)
        {
            diagnostics.Add(Invalid(file, root, "#", "'definitions' (a file name) and 'namespace' are required"));
            return null;
        }

        return settings;
    }

    private static DiagnosticInfo Invalid(InputFile file, JsonNode node, string pointer, string message) =>
        DiagnosticInfo.At(DiagnosticDescriptors.InvalidKubernetesSettings, node, file.Path, pointer, message);
}
