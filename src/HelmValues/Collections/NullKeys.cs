using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace HelmValues.Collections;

/// <summary>
/// The keys of one mapping that are written as <c>null</c>. In Helm a user's <c>key: null</c> deletes the chart's
/// default for that key, so "null" is a value of its own, apart from "not set" (the default applies).
/// </summary>
/// <remarks>Generated records keep these in <c>NullKeys</c>: sorted (ordinal), each once, compared by value.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class NullKeys
{
    /// <summary>No keys.</summary>
    public static ValueList<string> None { get; } = new([]);

    /// <summary>The keys, sorted and each once.</summary>
    /// <param name="keys">The keys, in any order, or null for none.</param>
    public static ValueList<string> From(IEnumerable<string>? keys)
    {
        if (keys is null)
        {
            return None;
        }

        if (keys is ValueList<string> list && IsSortedSet(list))
        {
            return list;
        }

        var set = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            set.Add(key ?? throw new ArgumentException("A key cannot be null.", nameof(keys)));
        }

        var array = new string[set.Count];
        set.CopyTo(array);
        return new ValueList<string>(array);
    }

    /// <summary><paramref name="keys"/> with <paramref name="key"/> added.</summary>
    public static ValueList<string> With(IReadOnlyList<string> keys, string key) => Contains(keys, key) ? From(keys) : From([.. keys, key]);

    /// <summary><paramref name="keys"/> without <paramref name="key"/>.</summary>
    public static ValueList<string> Without(IReadOnlyList<string> keys, string key)
    {
        if (!Contains(keys, key))
        {
            return From(keys);
        }

        var rest = new List<string>(keys.Count);
        foreach (var other in keys)
        {
            if (other != key)
            {
                rest.Add(other);
            }
        }

        return From(rest);
    }

    /// <summary>Whether <paramref name="keys"/> (as made by <see cref="From"/>) holds <paramref name="key"/>.</summary>
    public static bool Contains(IReadOnlyList<string> keys, string key)
    {
        // Records hold a handful of null keys at most: a scan beats a set.
        foreach (var other in keys)
        {
            if (other == key)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSortedSet(ValueList<string> list)
    {
        for (var i = 1; i < list.Count; i++)
        {
            if (string.CompareOrdinal(list[i - 1], list[i]) >= 0)
            {
                return false;
            }
        }

        return true;
    }
}
