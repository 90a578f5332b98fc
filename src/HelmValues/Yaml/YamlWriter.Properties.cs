using System;
using System.Collections.Generic;

namespace HelmValues.Yaml;

// The shortcuts generated builders call: a property is skipped when its value is null.
public sealed partial class YamlWriter
{
    /// <summary>
    /// Writes <c>key: null</c> when the value is not set (<paramref name="isUnset"/>) and <paramref name="nullKeys"/>
    /// lists the key: a null that deletes the chart's default (see <see cref="Collections.NullKeys"/>).
    /// </summary>
    /// <param name="nullKeys">The mapping's null keys.</param>
    /// <param name="key">The key.</param>
    /// <param name="isUnset">Whether the property has no value.</param>
    public void WriteListedNull(IReadOnlyList<string> nullKeys, string key, bool isUnset)
    {
        ArgumentNullException.ThrowIfNull(nullKeys);
        if (isUnset && nullKeys.Count > 0 && Collections.NullKeys.Contains(nullKeys, key))
        {
            WriteKey(key);
            WriteNull();
        }
    }

    /// <summary>
    /// Writes <c>key: null</c> for each of <paramref name="nullKeys"/> that is not a declared key of the mapping
    /// (those are written in their place by <see cref="WriteListedNull"/>).
    /// </summary>
    /// <param name="nullKeys">The mapping's null keys.</param>
    /// <param name="declared">The mapping's declared keys.</param>
    public void WriteListedNulls(IReadOnlyList<string> nullKeys, YamlKeySet declared) => WriteListedNulls<object>(nullKeys, declared, null);

    /// <summary>
    /// Writes <c>key: null</c> for each of <paramref name="nullKeys"/> that is not a declared key of the mapping
    /// (those are written in their place by <see cref="WriteListedNull"/>) and has no entry in <paramref name="entries"/>.
    /// </summary>
    /// <param name="nullKeys">The mapping's null keys.</param>
    /// <param name="declared">The mapping's declared keys.</param>
    /// <param name="entries">The mapping's other entries, or null.</param>
    public void WriteListedNulls<T>(IReadOnlyList<string> nullKeys, YamlKeySet declared, IReadOnlyDictionary<string, T>? entries)
    {
        ArgumentNullException.ThrowIfNull(nullKeys);
        ArgumentNullException.ThrowIfNull(declared);
        foreach (var key in nullKeys)
        {
            if (!declared.Contains(key) && entries?.ContainsKey(key) != true)
            {
                WriteKey(key);
                WriteNull();
            }
        }
    }

    /// <summary>Writes <c>key: value</c>, or nothing when <paramref name="value"/> is null.</summary>
    public void WriteProperty(string key, string? value)
    {
        if (value is not null)
        {
            WriteKey(key);
            WriteString(value);
        }
    }

    /// <summary>Writes <c>key: true|false</c>, or nothing when <paramref name="value"/> is null.</summary>
    public void WriteProperty(string key, bool? value)
    {
        if (value is { } v)
        {
            WriteKey(key);
            WriteBoolean(v);
        }
    }

    /// <summary>Writes <c>key: 123</c>, or nothing when <paramref name="value"/> is null.</summary>
    public void WriteProperty(string key, int? value)
    {
        if (value is { } v)
        {
            WriteKey(key);
            WriteInteger(v);
        }
    }

    /// <summary>Writes <c>key: 123</c>, or nothing when <paramref name="value"/> is null.</summary>
    public void WriteProperty(string key, long? value)
    {
        if (value is { } v)
        {
            WriteKey(key);
            WriteInteger(v);
        }
    }

    /// <summary>Writes <c>key: 1.5</c> (see <see cref="WriteNumber"/>), or nothing when <paramref name="value"/> is null.</summary>
    public void WriteProperty(string key, double? value)
    {
        if (value is { } v)
        {
            WriteKey(key);
            WriteNumber(v);
        }
    }

    /// <summary>Writes <c>key: 1h30m</c> (a Go duration), or nothing when <paramref name="value"/> is null.</summary>
    public void WriteDurationProperty(string key, TimeSpan? value)
    {
        if (value is { } v)
        {
            WriteKey(key);
            WriteDuration(v);
        }
    }

    /// <summary>Writes the key, then the value with <paramref name="write"/>; nothing when <paramref name="value"/> is null.</summary>
    /// <example>
    /// <code>
    /// w.WriteProperty("metadata", spec.Metadata, static (w, m) => m.WriteTo(w));
    /// </code>
    /// </example>
    public void WriteProperty<T>(string key, T? value, Action<YamlWriter, T> write)
        where T : class
    {
        if (value is not null)
        {
            ArgumentNullException.ThrowIfNull(write);
            WriteKey(key);
            write(this, value);
        }
    }

    /// <summary>Writes the key, then the value with <paramref name="write"/>; nothing when <paramref name="value"/> is null.</summary>
    public void WriteValueProperty<T>(string key, T? value, Action<YamlWriter, T> write)
        where T : struct
    {
        if (value is { } v)
        {
            ArgumentNullException.ThrowIfNull(write);
            WriteKey(key);
            write(this, v);
        }
    }

    /// <summary>Writes a list, one item per call of <paramref name="writeItem"/>; an empty list is written <c>[]</c>.</summary>
    public void WriteSequence<T>(IEnumerable<T> items, Action<YamlWriter, T> writeItem)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(writeItem);
        BeginSequence();
        switch (items)
        {
            // Indexing avoids a boxed enumerator on the hot path.
            case IReadOnlyList<T> list:
                for (var i = 0; i < list.Count; i++)
                {
                    writeItem(this, list[i]);
                }

                break;
            default:
                foreach (var item in items)
                {
                    writeItem(this, item);
                }

                break;
        }

        EndSequence();
    }

    /// <summary>
    /// Writes a mapping with string keys, always in ordinal key order (<see cref="StringComparer.Ordinal"/>) whatever
    /// the order of <paramref name="entries"/>, so output is the same on every run. An empty map is written <c>{}</c>.
    /// </summary>
    /// <exception cref="ArgumentException">Two entries have the same key.</exception>
    public void WriteMap<T>(IEnumerable<KeyValuePair<string, T>> entries, Action<YamlWriter, T> writeValue)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(writeValue);
        var sorted = SortByKey(entries);
        BeginMapping();
        foreach (var entry in sorted)
        {
            WriteKey(entry.Key);
            writeValue(this, entry.Value);
        }

        EndMapping();
    }

    private static KeyValuePair<string, T>[] SortByKey<T>(IEnumerable<KeyValuePair<string, T>> entries)
    {
        KeyValuePair<string, T>[] array;
        if (entries is ICollection<KeyValuePair<string, T>> collection)
        {
            array = new KeyValuePair<string, T>[collection.Count];
            collection.CopyTo(array, 0);
        }
        else
        {
            array = new List<KeyValuePair<string, T>>(entries).ToArray();
        }

        var ordered = true;
        for (var i = 1; i < array.Length && ordered; i++)
        {
            ordered = string.CompareOrdinal(array[i - 1].Key, array[i].Key) < 0;
        }

        if (!ordered)
        {
            Array.Sort(array, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
            for (var i = 1; i < array.Length; i++)
            {
                if (string.Equals(array[i - 1].Key, array[i].Key, StringComparison.Ordinal))
                {
                    throw new ArgumentException($"The key \"{array[i].Key}\" appears twice.", nameof(entries));
                }
            }
        }

        return array;
    }
}
