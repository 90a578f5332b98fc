using System;
using System.Collections.Generic;
using HelmValues.Yaml;

namespace HelmValues.Charts;

/// <summary>
/// How Helm combines values before it checks them against the chart's schema: the user's files, in order
/// (<c>helm install -f a.yaml -f b.yaml</c>), then the chart's defaults (<c>values.yaml</c>) underneath.
/// </summary>
/// <remarks>
/// <para>
/// The rules, as Helm 3.20 applies them (<c>pkg/cli/values</c> <c>mergeMaps</c>, then <c>chartutil.CoalesceValues</c>):
/// </para>
/// <list type="number">
/// <item>Between the user's files, a later file wins. Two mappings at the same key merge, key by key, all the way
/// down; anything else (a scalar, a list, a null) replaces what was there. Lists are never merged.</item>
/// <item>Over the chart's defaults, the user's values win in the same way, with one difference: a user's
/// <c>null</c> deletes the key, so the default is gone too. A <c>null</c> for a key the defaults do not have stays
/// a <c>null</c>, and the schema check sees it.</item>
/// <item>Where one side has a mapping and the other a scalar, the user's value is kept (Helm prints a warning).</item>
/// </list>
/// <para>
/// The trees are not changed: merged mappings are new nodes, every other node is shared, so each keeps the file
/// (<see cref="YamlNode.Source"/>), line and column it came from and errors point there.
/// </para>
/// </remarks>
internal static class HelmCoalescing
{
    /// <summary>Merges the user's files in order, as <c>helm -f</c> does. Null entries are kept: they still mean "delete".</summary>
    /// <param name="layers">The root of each file, first to last; at least one.</param>
    public static YamlNode MergeLayers(IReadOnlyList<YamlNode> layers)
    {
        ArgumentOutOfRangeException.ThrowIfZero(layers.Count);
        var merged = layers[0];
        for (var i = 1; i < layers.Count; i++)
        {
            merged = Merge(merged, layers[i], deleteNulls: false);
        }

        return merged;
    }

    /// <summary>The values Helm validates and renders: <paramref name="user"/> over the chart's <paramref name="defaults"/>.</summary>
    /// <param name="defaults">The chart's <c>values.yaml</c>, or null when the chart has none.</param>
    /// <param name="user">The user's values (already merged with <see cref="MergeLayers"/>).</param>
    public static YamlNode Coalesce(YamlNode? defaults, YamlNode user) =>
        defaults is null ? user : Merge(defaults, user, deleteNulls: true);

    // `over` wins. Only mapping-over-mapping builds a new node; every other case returns one side unchanged.
    private static YamlNode Merge(YamlNode under, YamlNode over, bool deleteNulls)
    {
        if (under is not YamlMappingNode underMapping || over is not YamlMappingNode overMapping)
        {
            return over;
        }

        var overEntries = new Dictionary<string, KeyValuePair<YamlScalarNode, YamlNode>>(overMapping.Entries.Count, StringComparer.Ordinal);
        foreach (var entry in overMapping.Entries)
        {
            overEntries.Add(entry.Key.Value, entry);
        }

        var entries = new List<KeyValuePair<YamlScalarNode, YamlNode>>(underMapping.Entries.Count + overMapping.Entries.Count);
        var underKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in underMapping.Entries)
        {
            underKeys.Add(entry.Key.Value);
            if (!overEntries.TryGetValue(entry.Key.Value, out var overEntry))
            {
                entries.Add(entry);
            }
            else if (!(deleteNulls && overEntry.Value is YamlScalarNode { IsNull: true }))
            {
                // The key node of the file that wins, so an error about the key points at the user's line.
                entries.Add(new(overEntry.Key, Merge(entry.Value, overEntry.Value, deleteNulls)));
            }
        }

        foreach (var entry in overMapping.Entries)
        {
            if (!underKeys.Contains(entry.Key.Value))
            {
                entries.Add(entry);
            }
        }

        return Mapping(entries, overMapping);
    }

    private static YamlMappingNode Mapping(List<KeyValuePair<YamlScalarNode, YamlNode>> entries, YamlMappingNode position)
    {
        var size = 1;
        var height = 0;
        foreach (var entry in entries)
        {
            size += entry.Key.Size + entry.Value.Size;
            height = Math.Max(height, entry.Value.Height);
        }

        return new YamlMappingNode(entries, position.Line, position.Column, size, height + 1) { Source = position.Source };
    }
}
