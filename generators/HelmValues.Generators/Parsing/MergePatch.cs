using System.Collections.Generic;
using HelmValues.Generators.Json;

namespace HelmValues.Generators.Parsing;

/// <summary>
/// Applies an overlay to a schema as a JSON Merge Patch (RFC 7396): objects merge member by member,
/// <c>null</c> deletes a member, anything else replaces.
/// </summary>
/// <remarks>
/// We chose a standard patch format so that upgrading a chart means "drop in the new schema, review the
/// overlay", and so that reviewers need not learn a bespoke language. The merged nodes keep pointing into
/// their own file, so diagnostics land in the overlay when the overlay is at fault.
/// </remarks>
internal static class MergePatch
{
    public static JsonNode Apply(JsonNode target, JsonNode patch)
    {
        if (patch is not JsonObject patchObject)
        {
            return patch;
        }

        if (target is not JsonObject targetObject)
        {
            return RemoveNulls(patchObject);
        }

        var merged = new List<JsonProperty>(targetObject.Properties.Count + patchObject.Properties.Count);
        foreach (var property in targetObject.Properties)
        {
            var change = patchObject.Find(property.Name);
            if (change is null)
            {
                merged.Add(property);
            }
            else if (change.Value is not JsonNull)
            {
                merged.Add(new JsonProperty(property.Name, property.NameStart, property.NameEnd, Apply(property.Value, change.Value)));
            }
        }

        foreach (var property in patchObject.Properties)
        {
            if (targetObject.Find(property.Name) is null && property.Value is not JsonNull)
            {
                merged.Add(new JsonProperty(property.Name, property.NameStart, property.NameEnd, RemoveNulls(property.Value)));
            }
        }

        return new JsonObject(targetObject.Source, targetObject.Start, targetObject.End, merged);
    }

    // A member the patch adds is itself merged into nothing: its nulls mean "absent".
    private static JsonNode RemoveNulls(JsonNode node)
    {
        if (node is not JsonObject obj)
        {
            return node;
        }

        var kept = new List<JsonProperty>(obj.Properties.Count);
        foreach (var property in obj.Properties)
        {
            if (property.Value is not JsonNull)
            {
                kept.Add(new JsonProperty(property.Name, property.NameStart, property.NameEnd, RemoveNulls(property.Value)));
            }
        }

        return new JsonObject(obj.Source, obj.Start, obj.End, kept);
    }
}
