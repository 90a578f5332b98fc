using System;
using System.Collections.Generic;
using HelmValues.Generators.Diagnostics;
using HelmValues.Generators.Json;
using HelmValues.Generators.Model;
using HelmValues.Generators.Naming;

namespace HelmValues.Generators.Parsing;

/// <summary>
/// Generation settings from the schema root's <c>x-helmvalues</c> object (usually written in the overlay):
/// <code>
/// "x-helmvalues": {
///   "namespace": "HelmValues.AgentStackK8s",
///   "typeName": "AgentStackK8sValues",
///   "refs": { "https://example.com/v1.35.0/_definitions.json": "kubernetes", "https://example.com/common.json": "common.schema.json" },
///   "noWarn": ["HV0005"],
///   "summary": "The ExternalSecret custom resource (external-secrets.io/v1)."
/// }
/// </code>
/// The project's <c>HelmValuesRef</c> items add to <c>refs</c> (<see cref="AddProjectRefs"/>).
/// </summary>
internal sealed class ChartSettings
{
    /// <summary>The ref target meaning "the Kubernetes definitions file(s)".</summary>
    public const string KubernetesTarget = "kubernetes";

    public string? Namespace { get; private set; }

    public string? TypeName { get; private set; }

    /// <summary>The first line of the root record's documentation, for a schema that is not a chart's values (a CRD's).</summary>
    public string? Summary { get; private set; }

    /// <summary>URL prefix → <see cref="KubernetesTarget"/> or the file name of a schema document.</summary>
    public List<KeyValuePair<string, string>> Refs { get; } = new();

    /// <summary>Warnings this chart silences (<c>noWarn</c>), each with its reason in the project's history, not here.</summary>
    public HashSet<string> NoWarn { get; } = new(StringComparer.Ordinal);

    public static ChartSettings Read(JsonObject root, string schemaPath, List<DiagnosticInfo> diagnostics)
    {
        var settings = new ChartSettings();
        if (root[SchemaKeywords.Settings] is not { } node)
        {
            return settings;
        }

        if (node is not JsonObject obj)
        {
            diagnostics.Add(Invalid(node, schemaPath, "x-helmvalues must be an object"));
            return settings;
        }

        foreach (var property in obj.Properties)
        {
            switch (property.Name)
            {
                case "namespace":
                    settings.Namespace = ReadName(property, schemaPath, diagnostics, IdentifierNames.IsNamespace, "a C# namespace");
                    break;
                case "typeName":
                    settings.TypeName = ReadName(
                        property,
                        schemaPath,
                        diagnostics,
                        IdentifierNames.IsTypeOrMemberName,
                        "a C# type name that starts with an upper-case letter A-Z and has only ASCII letters, digits and underscores"
                    );
                    break;
                case "refs" when property.Value is JsonObject refs:
                    foreach (var entry in refs.Properties)
                    {
                        if (entry.Value is JsonString target)
                        {
                            settings.Refs.Add(new KeyValuePair<string, string>(entry.Name, target.Value));
                        }
                        else
                        {
                            diagnostics.Add(Invalid(entry.Value, schemaPath, $"x-helmvalues.refs['{entry.Name}'] must be a string"));
                        }
                    }

                    break;
                case "noWarn":
                    ReadNoWarn(settings, property.Value, schemaPath, diagnostics);
                    break;
                case "summary" when property.Value is JsonString { Value.Length: > 0 } summary:
                    settings.Summary = summary.Value;
                    break;
                case "summary":
                    diagnostics.Add(Invalid(property.Value, schemaPath, "x-helmvalues.summary must be a non-empty string"));
                    break;
                default:
                    diagnostics.Add(
                        Invalid(
                            property.Value,
                            schemaPath,
                            $"unknown setting x-helmvalues.{property.Name} (known: namespace, typeName, refs, noWarn, summary)"
                        )
                    );
                    break;
            }
        }

        settings.SortRefs();
        return settings;
    }

    /// <summary>
    /// Adds the project's ref mappings (<c>HelmValuesRef</c> items) under the overlay's: for the same prefix the
    /// overlay's target wins; otherwise the longest matching prefix wins, wherever it was written.
    /// </summary>
    public void AddProjectRefs(EquatableArray<RefMapping> refs)
    {
        var overlayPrefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mapping in Refs)
        {
            overlayPrefixes.Add(mapping.Key);
        }

        foreach (var mapping in refs)
        {
            if (!overlayPrefixes.Contains(mapping.Prefix))
            {
                Refs.Add(new KeyValuePair<string, string>(mapping.Prefix, mapping.Target));
            }
        }

        SortRefs();
    }

    // Longest prefix wins, whatever order the file lists them in.
    private void SortRefs() =>
        Refs.Sort((a, b) => b.Key.Length != a.Key.Length ? b.Key.Length - a.Key.Length : string.CompareOrdinal(a.Key, b.Key));

    // A name that would not compile is refused here, with the rule, rather than left to fail in generated code.
    private static string? ReadName(
        JsonProperty property,
        string schemaPath,
        List<DiagnosticInfo> diagnostics,
        Func<string, bool> isValid,
        string what
    )
    {
        if (property.Value is JsonString text && isValid(text.Value))
        {
            return text.Value;
        }

        diagnostics.Add(Invalid(property.Value, schemaPath, $"x-helmvalues.{property.Name} must be {what}; the default is used instead"));
        return null;
    }

    private static void ReadNoWarn(ChartSettings settings, JsonNode node, string schemaPath, List<DiagnosticInfo> diagnostics)
    {
        if (node is not JsonArray ids)
        {
            diagnostics.Add(Invalid(node, schemaPath, "x-helmvalues.noWarn must be an array of diagnostic IDs such as \"HV0005\""));
            return;
        }

        foreach (var id in ids.Items)
        {
            if (id is JsonString text && DiagnosticReporter.CanSilence(text.Value))
            {
                settings.NoWarn.Add(text.Value);
            }
            else
            {
                diagnostics.Add(
                    Invalid(
                        id,
                        schemaPath,
                        "x-helmvalues.noWarn lists warnings and infos of HelmValues (HV0004, HV0005, HV0007); errors cannot be silenced"
                    )
                );
            }
        }
    }

    private static DiagnosticInfo Invalid(JsonNode node, string schemaPath, string message) =>
        DiagnosticInfo.At(DiagnosticDescriptors.InvalidSchema, node, schemaPath, "#/x-helmvalues", message);
}
