using System.Runtime.CompilerServices;
using YamlDotNet.Core;

namespace HelmValues.Yaml;

/// <summary>
/// <see cref="ScalarStyleChooser.ForKey"/>, remembered by the key's identity. Keys are nearly always the same string
/// instances (the generated writers' property names, a recipe's literals), written for every document: a hit is a reference
/// comparison where the choice scans the key and resolves its YAML 1.1 type.
/// </summary>
/// <remarks>
/// A fixed table, one entry per slot, so it never grows: a key that is a new string each time (built at run time) only
/// replaces the entry of its slot. Entries are immutable and replaced whole, so threads need no lock.
/// </remarks>
internal static class KeyStyles
{
    private const int Slots = 1024;

    private static readonly Entry?[] Table = new Entry?[Slots];

    /// <summary>The style of <paramref name="key"/> as a mapping key.</summary>
    /// <exception cref="System.ArgumentException">The key has an unpaired UTF-16 surrogate.</exception>
    public static ScalarStyle For(string key)
    {
        var slot = RuntimeHelpers.GetHashCode(key) & (Slots - 1);
        if (Table[slot] is { } entry && ReferenceEquals(entry.Key, key))
        {
            return entry.Style;
        }

        var style = ScalarStyleChooser.ForKey(key);
        Table[slot] = new Entry(key, style);
        return style;
    }

    private sealed record Entry(string Key, ScalarStyle Style);
}
