using System;
using System.Buffers;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace HelmValues.Kubernetes;

/// <summary>
/// The entries of a k8s.Models map (labels, annotations, data…) in ordinal order of key, in pooled arrays: writing a map
/// allocates no list, copy or comparer. Dispose it to return the arrays.
/// </summary>
internal readonly struct SortedMapEntries : IDisposable
{
    private readonly string[] _keys;
    private readonly object?[] _values;

    public SortedMapEntries(IEnumerable map)
    {
        // k8s.Models maps are Dictionary<string, T>, which is also a non-generic IDictionary: no reflection needed.
        var dictionary = map as IDictionary ?? Reflected(map);
        _keys = ArrayPool<string>.Shared.Rent(dictionary.Count);
        _values = ArrayPool<object?>.Shared.Rent(dictionary.Count);
        var enumerator = dictionary.GetEnumerator();
        while (enumerator.MoveNext())
        {
            _keys[Count] = (string)enumerator.Key;
            _values[Count] = enumerator.Value;
            Count++;
        }

        Array.Sort(_keys, _values, 0, Count, StringComparer.Ordinal);
    }

    public int Count { get; }

    public string Key(int index) => _keys[index];

    public object? Value(int index) => _values[index];

    public void Dispose()
    {
        ArrayPool<string>.Shared.Return(_keys, clearArray: true);
        ArrayPool<object?>.Shared.Return(_values, clearArray: true);
    }

    // Any other IEnumerable of KeyValuePair<string, T>: read through reflection, once.
    private static Dictionary<string, object?> Reflected(IEnumerable map) =>
        map.Cast<object>()
            .ToDictionary(
                entry => (string)entry.GetType().GetProperty("Key")!.GetValue(entry)!,
                entry => entry.GetType().GetProperty("Value")!.GetValue(entry),
                StringComparer.Ordinal
            );
}
