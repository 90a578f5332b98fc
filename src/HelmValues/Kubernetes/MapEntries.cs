using System;
using System.Collections.Generic;

namespace HelmValues.Kubernetes;

/// <summary>
/// The entries of a k8s.Models map (labels, annotations, data…), or none for a null map, to <c>foreach</c> over: a
/// <see cref="Dictionary{TKey, TValue}"/> (every map the models and builders make) is enumerated with its own enumerator, not
/// one boxed through <see cref="IDictionary{TKey, TValue}"/>, which is an allocation per map a stack writes or checks.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal readonly struct MapEntries<T>(IDictionary<string, T>? map)
{
    public Enumerator GetEnumerator() => new(map);

    public struct Enumerator : IDisposable
    {
        private readonly IEnumerator<KeyValuePair<string, T>>? _other;
        private readonly bool _isDictionary;
        private Dictionary<string, T>.Enumerator _dictionary;

        public Enumerator(IDictionary<string, T>? map)
        {
            if (map is Dictionary<string, T> dictionary)
            {
                _dictionary = dictionary.GetEnumerator();
                _isDictionary = true;
            }
            else if (map is { Count: > 0 })
            {
                _other = map.GetEnumerator();
            }
        }

        public readonly KeyValuePair<string, T> Current => _isDictionary ? _dictionary.Current : _other!.Current;

        public bool MoveNext() => _isDictionary ? _dictionary.MoveNext() : _other?.MoveNext() == true;

        public readonly void Dispose() => _other?.Dispose();
    }
}

/// <summary>Creates <see cref="MapEntries{T}"/>.</summary>
internal static class MapEntries
{
    public static MapEntries<T> Of<T>(IDictionary<string, T>? map) => new(map);
}
