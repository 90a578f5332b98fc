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
/// (<see cref="YamlSourceNode.Source"/>), line and column it came from and errors point there.
/// </para>
/// </remarks>
internal static class HelmCoalescing
{
    /// <summary>Merges the user's files in order, as <c>helm -f</c> does. Null entries are kept: they still mean "delete".</summary>
    /// <param name="layers">The root of each file, first to last; at least one.</param>
    public static YamlSourceNode MergeLayers(IReadOnlyList<YamlSourceNode> layers)
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
    public static YamlSourceNode Coalesce(YamlSourceNode? defaults, YamlSourceNode user) =>
        defaults is null ? user : Merge(defaults, user, deleteNulls: true);

    /// <summary>
    /// <see cref="Coalesce(YamlSourceNode?, YamlSourceNode)"/> on values already converted to JSON, for built values (which
    /// never were a tree): the same rules and the same order of properties, when every key of <paramref name="defaults"/>
    /// became the JSON key of its own text (so that matching JSON keys is matching the keys' text, as the tree does).
    /// </summary>
    /// <param name="defaults">The chart's defaults as JSON, or null when the chart has none.</param>
    /// <param name="user">The user's values as JSON, with distinct keys in each object.</param>
    public static HelmJson Coalesce(HelmJson? defaults, HelmJson user) => defaults is null ? user : Merge(defaults, user);

    // `over` wins and its nulls delete; only object-over-object builds a new value, sized exactly (two passes, no list).
    private static HelmJson Merge(HelmJson under, HelmJson over)
    {
        if (under.Kind != HelmJsonKind.Object || over.Kind != HelmJsonKind.Object)
        {
            return over;
        }

        var underProperties = under.Properties;
        var overProperties = over.Properties;
        var count = 0;
        for (var i = 0; i < underProperties.Length; i++)
        {
            count += over.Property(underProperties[i].Name) is { Kind: HelmJsonKind.Null } ? 0 : 1;
        }

        for (var i = 0; i < overProperties.Length; i++)
        {
            count += under.HasProperty(overProperties[i].Name) ? 0 : 1;
        }

        var properties = new HelmJsonProperty[count];
        var next = 0;
        for (var i = 0; i < underProperties.Length; i++)
        {
            var (name, value, _) = underProperties[i];
            if (over.Property(name) is not { } overValue)
            {
                properties[next++] = underProperties[i];
            }
            else if (overValue.Kind != HelmJsonKind.Null)
            {
                properties[next++] = new(name, Merge(value, overValue), null);
            }
        }

        for (var i = 0; i < overProperties.Length; i++)
        {
            if (!under.HasProperty(overProperties[i].Name))
            {
                properties[next++] = overProperties[i];
            }
        }

        return HelmJson.FromProperties(properties, null);
    }

    // Mappings with more keys than this look keys up in a dictionary; smaller ones (nearly all) scan, which allocates nothing.
    private const int ScanThreshold = 32;

    // `over` wins. Only mapping-over-mapping builds a new node; every other case returns one side unchanged.
    private static YamlSourceNode Merge(YamlSourceNode under, YamlSourceNode over, bool deleteNulls)
    {
        if (under is not YamlSourceMapping underMapping || over is not YamlSourceMapping overMapping)
        {
            return over;
        }

        var underEntries = underMapping.Entries;
        var overEntries = overMapping.Entries;
        var overIndex = overEntries.Count > ScanThreshold ? Index(overEntries) : null;
        var underIndex = underEntries.Count > ScanThreshold ? Index(underEntries) : null;
        var entries = new List<KeyValuePair<YamlSourceScalar, YamlSourceNode>>(underEntries.Count + overEntries.Count);
        for (var i = 0; i < underEntries.Count; i++)
        {
            var entry = underEntries[i];
            var found = Find(overEntries, overIndex, entry.Key.Value);
            if (found < 0)
            {
                entries.Add(entry);
            }
            else if (!(deleteNulls && overEntries[found].Value is YamlSourceScalar { IsNull: true }))
            {
                // The key node of the file that wins, so an error about the key points at the user's line.
                entries.Add(new(overEntries[found].Key, Merge(entry.Value, overEntries[found].Value, deleteNulls)));
            }
        }

        for (var i = 0; i < overEntries.Count; i++)
        {
            if (Find(underEntries, underIndex, overEntries[i].Key.Value) < 0)
            {
                entries.Add(overEntries[i]);
            }
        }

        return Mapping(entries, overMapping);
    }

    // The position of the entry with the key `key` (keys of a mapping are distinct), or -1.
    private static int Find(
        IReadOnlyList<KeyValuePair<YamlSourceScalar, YamlSourceNode>> entries,
        Dictionary<string, int>? index,
        string key
    )
    {
        if (index is not null)
        {
            return index.TryGetValue(key, out var position) ? position : -1;
        }

        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Key.Value == key)
            {
                return i;
            }
        }

        return -1;
    }

    private static Dictionary<string, int> Index(IReadOnlyList<KeyValuePair<YamlSourceScalar, YamlSourceNode>> entries)
    {
        var index = new Dictionary<string, int>(entries.Count, StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            index.Add(entries[i].Key.Value, i);
        }

        return index;
    }

    private static YamlSourceMapping Mapping(List<KeyValuePair<YamlSourceScalar, YamlSourceNode>> entries, YamlSourceMapping position)
    {
        var size = 1;
        var height = 0;
        foreach (var entry in entries)
        {
            size += entry.Key.Size + entry.Value.Size;
            height = Math.Max(height, entry.Value.Height);
        }

        return new YamlSourceMapping(entries, position.Line, position.Column, size, height + 1) { Source = position.Source };
    }
}
