using System;
using System.Buffers;
using System.Collections.Generic;

namespace HelmValues.Kubernetes;

/// <summary>
/// The entries of a k8s.Models map (labels, annotations, data…) in ordinal order of key, in pooled arrays: writing or
/// checking a map allocates no list, copy or comparer. Dispose it to return the arrays.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal readonly struct SortedMapEntries<T> : IDisposable
{
    private readonly string[] _keys;
    private readonly T[] _values;

    public SortedMapEntries(IDictionary<string, T> map)
    {
        _keys = ArrayPool<string>.Shared.Rent(map.Count);
        _values = ArrayPool<T>.Shared.Rent(map.Count);
        foreach (var entry in MapEntries.Of(map))
        {
            _keys[Count] = entry.Key;
            _values[Count] = entry.Value;
            Count++;
        }

        Array.Sort(_keys, _values, 0, Count, StringComparer.Ordinal);
    }

    public int Count { get; }

    public string Key(int index) => _keys[index];

    public T Value(int index) => _values[index];

    public void Dispose()
    {
        ArrayPool<string>.Shared.Return(_keys, clearArray: true);
        ArrayPool<T>.Shared.Return(_values, clearArray: true);
    }
}
