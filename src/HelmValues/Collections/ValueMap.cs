using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace HelmValues.Collections;

/// <summary>
/// An immutable map with keys in ordinal order, compared by its entries, so records holding maps compare by
/// value and maps always enumerate (and so are written) in the same order.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
public sealed class ValueMap<T> : IReadOnlyDictionary<string, T>, IEquatable<ValueMap<T>>
{
    private readonly KeyValuePair<string, T>[] _entries;

    internal ValueMap(KeyValuePair<string, T>[] sortedEntries) => _entries = sortedEntries;

    /// <inheritdoc/>
    public int Count => _entries.Length;

    /// <inheritdoc/>
    public IEnumerable<string> Keys => _entries.Select(e => e.Key);

    /// <inheritdoc/>
    public IEnumerable<T> Values => _entries.Select(e => e.Value);

    /// <inheritdoc/>
    public T this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <inheritdoc/>
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc/>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out T value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _entries[index].Value : default;
        return index >= 0;
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, T>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, T>>)_entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(ValueMap<T>? other) =>
        other is not null
        && _entries.Length == other._entries.Length
        && _entries
            .Zip(other._entries)
            .All(p => p.First.Key == p.Second.Key && EqualityComparer<T>.Default.Equals(p.First.Value, p.Second.Value));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ValueMap<T>);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var entry in _entries)
        {
            hash.Add(entry.Key, StringComparer.Ordinal);
            hash.Add(entry.Value);
        }

        return hash.ToHashCode();
    }

    internal int IndexOf(string key) => Search(key) is var index and >= 0 ? index : -1;

    /// <summary>The index of <paramref name="key"/>, or the bitwise complement of where it would go (as <see cref="Array.BinarySearch(Array, object)"/>).</summary>
    internal int Search(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var low = 0;
        var high = _entries.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            var comparison = string.CompareOrdinal(_entries[mid].Key, key);
            if (comparison == 0)
            {
                return mid;
            }

            if (comparison < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return ~low;
    }

    internal KeyValuePair<string, T>[] Entries => _entries;
}

/// <summary>Creates <see cref="ValueMap{T}"/> instances; used by generated builders.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ValueMap
{
    /// <summary>
    /// A map holding a copy of <paramref name="entries"/>; a later entry replaces an earlier one with the same key (a
    /// <see cref="ValueMap{T}"/> is immutable, so it is returned as it is).
    /// </summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="entries">The entries.</param>
    public static ValueMap<T> From<T>(IEnumerable<KeyValuePair<string, T>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries is ValueMap<T> map)
        {
            return map;
        }

        // Builders mostly pass entries already in ordinal order: those need no sorting, only the copy.
        var array = entries.ToArray();
        var sorted = true;
        for (var i = 0; i < array.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(array[i].Key, nameof(entries));
            if (array[i].Value is null)
            {
                throw NullValue(array[i].Key);
            }

            sorted &= i == 0 || string.CompareOrdinal(array[i - 1].Key, array[i].Key) < 0;
        }

        if (sorted)
        {
            return new ValueMap<T>(array);
        }

        var byKey = new SortedDictionary<string, T>(StringComparer.Ordinal);
        foreach (var entry in array)
        {
            byKey[entry.Key] = entry.Value;
        }

        return new ValueMap<T>(byKey.ToArray());
    }

    /// <summary>A new map: <paramref name="map"/> (or nothing) with <paramref name="key"/> set to <paramref name="value"/>.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="map">The entries so far, or null.</param>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    public static ValueMap<T> Set<T>(IReadOnlyDictionary<string, T>? map, string key, T value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (map is not (null or ValueMap<T>))
        {
            return From(map.Where(e => e.Key != key).Append(new(key, value)));
        }

        if (value is null)
        {
            throw NullValue(key);
        }

        // One new array: the entries with the key replaced or inserted in its place.
        var current = (ValueMap<T>?)map;
        var entries = current?.Entries ?? [];
        var index = current?.Search(key) ?? ~0;
        if (index >= 0)
        {
            var replaced = (KeyValuePair<string, T>[])entries.Clone();
            replaced[index] = new(key, value);
            return new ValueMap<T>(replaced);
        }

        index = ~index;
        var inserted = new KeyValuePair<string, T>[entries.Length + 1];
        entries.AsSpan(0, index).CopyTo(inserted);
        inserted[index] = new(key, value);
        entries.AsSpan(index).CopyTo(inserted.AsSpan(index + 1));
        return new ValueMap<T>(inserted);
    }

    private static ArgumentException NullValue(string key) => new($"The value of '{key}' is null; leave the key out instead.", "entries");
}
