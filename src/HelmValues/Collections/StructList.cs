using System;

namespace HelmValues.Collections;

/// <summary>
/// A list of the library's own structs, for code that runs at start and for every file written. <c>List&lt;T&gt;</c> of a
/// struct from this assembly is compiled by the JIT when first used (ReadyToRun cannot hold framework code instantiated
/// over our types), then compiled again once hot; this type is the library's, so ReadyToRun compiles it with the library.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class StructList<T>
    where T : struct
{
    private T[] _items;

    /// <summary>An empty list with room for <paramref name="capacity"/> items.</summary>
    public StructList(int capacity) => _items = new T[Math.Max(capacity, 1)];

    /// <summary>How many items the list holds.</summary>
    public int Count { get; private set; }

    /// <summary>The item at <paramref name="index"/>, which can be replaced.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative, or not below <see cref="Count"/>.</exception>
    public ref T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return ref _items[index];
        }
    }

    /// <summary>Adds <paramref name="item"/> at the end.</summary>
    public void Add(T item)
    {
        if (Count == _items.Length)
        {
            // Array.Copy, not Array.Resize: a generic method of the framework, compiled by the JIT for our struct.
            var larger = new T[_items.Length * 2];
            Array.Copy(_items, larger, Count);
            _items = larger;
        }

        _items[Count++] = item;
    }

    /// <summary>Removes the last item and returns it: with <see cref="Add"/>, a stack.</summary>
    /// <exception cref="InvalidOperationException">The list is empty.</exception>
    public T Pop() => Count > 0 ? _items[--Count] : throw new InvalidOperationException("The list is empty.");

    /// <summary>Removes every item.</summary>
    public void Clear() => Count = 0;
}
