using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;

namespace HelmValues.Collections;

/// <summary>An immutable list compared by its items, so records holding lists compare by value.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] _items;

    internal ValueList(T[] items) => _items = items;

    /// <inheritdoc/>
    public int Count => _items.Length;

    /// <inheritdoc/>
    public T this[int index] => _items[index];

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(ValueList<T>? other) => other is not null && _items.SequenceEqual(other._items);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}

/// <summary>Creates <see cref="ValueList{T}"/> instances; used by generated builders.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ValueList
{
    /// <summary>A list holding a copy of <paramref name="items"/> (a <see cref="ValueList{T}"/> is immutable, so it is returned as it is).</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items, in order.</param>
    public static ValueList<T> From<T>(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items is ValueList<T> list)
        {
            return list;
        }

        var array = items.ToArray();
        foreach (var item in array)
        {
            if (item is null)
            {
                throw new ArgumentException("A list cannot hold null items.", nameof(items));
            }
        }

        return new ValueList<T>(array);
    }

    /// <summary>A new list: <paramref name="list"/> (or nothing) followed by <paramref name="item"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="list">The items so far, or null.</param>
    /// <param name="item">The item to append.</param>
    public static ValueList<T> Append<T>(IReadOnlyList<T>? list, T item)
    {
        if (item is null)
        {
            throw new ArgumentNullException(nameof(item));
        }

        var array = new T[(list?.Count ?? 0) + 1];
        for (var i = 0; i < array.Length - 1; i++)
        {
            array[i] = list![i];
        }

        array[^1] = item;
        return new ValueList<T>(array);
    }
}
