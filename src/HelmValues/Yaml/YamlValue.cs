using System;
using System.Collections.Generic;

namespace HelmValues.Yaml;

/// <summary>
/// An untyped YAML value, for the parts of a schema that say nothing about their type: a scalar, a list or a mapping.
/// Immutable, with value equality.
/// </summary>
/// <remarks>
/// <para>
/// A scalar remembers whether it is a string or a plain scalar whose type YAML infers. A plain <c>on</c> loaded from a
/// file is written back as plain <c>on</c> (a boolean to YAML 1.1), and a quoted <c>"on"</c> is written back quoted:
/// nothing changes meaning on a round trip.
/// </para>
/// <para>Mapping entries are kept in ordinal key order, the order in which they are written.</para>
/// </remarks>
/// <example>
/// <code>
/// var value = YamlValue.Mapping([new("replicas", 2), new("name", "web"), new("debug", "on")]);
/// // debug: "on"
/// // name: web
/// // replicas: 2
/// </code>
/// </example>
public sealed class YamlValue : IEquatable<YamlValue>
{
    private static readonly YamlValue[] NoItems = [];
    private static readonly KeyValuePair<string, YamlValue>[] NoEntries = [];
    private static readonly YamlValue True = new(YamlValueKind.Scalar, "true", false, NoItems, NoEntries);
    private static readonly YamlValue False = new(YamlValueKind.Scalar, "false", false, NoItems, NoEntries);

    private readonly YamlValue[] _items;
    private readonly KeyValuePair<string, YamlValue>[] _entries;

    private YamlValue(YamlValueKind kind, string? text, bool isString, YamlValue[] items, KeyValuePair<string, YamlValue>[] entries)
    {
        Kind = kind;
        Text = text;
        IsString = isString;
        _items = items;
        _entries = entries;
    }

    /// <summary>The null scalar, written as <c>null</c>.</summary>
    public static YamlValue Null { get; } = new(YamlValueKind.Scalar, "null", false, NoItems, NoEntries);

    /// <summary>Whether this is a scalar, a list or a mapping.</summary>
    public YamlValueKind Kind { get; }

    /// <summary>The text of a scalar (<c>web</c>, <c>2</c>, <c>1.5</c>, <c>true</c>, <c>null</c>); null for a list or mapping.</summary>
    public string? Text { get; }

    /// <summary>
    /// For a scalar: true when it is a string (written quoted whenever YAML would read it as something else),
    /// false when it is a plain scalar whose type YAML infers (a number, boolean, null, or a plain form loaded from a file).
    /// </summary>
    public bool IsString { get; }

    /// <summary>True for the plain scalars that YAML reads as null: <c>null</c>, <c>~</c>, <c>Null</c>, <c>NULL</c>.</summary>
    public bool IsNull => Kind == YamlValueKind.Scalar && !IsString && Yaml11Scalars.ResolveGoYamlV2(Text!) == YamlScalarKind.Null;

    /// <summary>The items of a list; empty for other kinds.</summary>
    public IReadOnlyList<YamlValue> Items => _items;

    /// <summary>The entries of a mapping in ordinal key order; empty for other kinds.</summary>
    public IReadOnlyList<KeyValuePair<string, YamlValue>> Entries => _entries;

    /// <summary>A string scalar.</summary>
    public static YamlValue String(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new YamlValue(YamlValueKind.Scalar, value, true, NoItems, NoEntries);
    }

    /// <summary>An integer scalar, written in decimal.</summary>
    public static YamlValue Integer(long value) => Plain(YamlNumberFormat.FormatInteger(value));

    /// <summary>A float scalar, written so that it stays a float (<c>1.0</c>, <c>1.0e+20</c>, <c>.inf</c>).</summary>
    public static YamlValue Number(double value) => Plain(YamlNumberFormat.FormatDouble(value));

    /// <summary>A boolean scalar: <c>true</c> or <c>false</c>.</summary>
    public static YamlValue Boolean(bool value) => value ? True : False;

    /// <summary>A list of values.</summary>
    public static YamlValue Sequence(IEnumerable<YamlValue> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = new List<YamlValue>(items);
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentException($"Item {i} is null; use YamlValue.Null for a YAML null.", nameof(items));
            }
        }

        return new YamlValue(YamlValueKind.Sequence, null, false, list.Count == 0 ? NoItems : list.ToArray(), NoEntries);
    }

    /// <summary>A mapping. Entries are sorted by key (ordinal); keys must be unique.</summary>
    /// <exception cref="ArgumentException">Two entries have the same key, or a value is null.</exception>
    public static YamlValue Mapping(IEnumerable<KeyValuePair<string, YamlValue>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = new List<KeyValuePair<string, YamlValue>>(entries);
        var array = list.ToArray();
        Array.Sort(array, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        for (var i = 0; i < array.Length; i++)
        {
            if (array[i].Key is null || array[i].Value is null)
            {
                throw new ArgumentException("Mapping keys and values cannot be null; use YamlValue.Null for a YAML null.", nameof(entries));
            }

            if (i > 0 && string.Equals(array[i - 1].Key, array[i].Key, StringComparison.Ordinal))
            {
                throw new ArgumentException($"The key \"{array[i].Key}\" appears twice.", nameof(entries));
            }
        }

        return new YamlValue(YamlValueKind.Mapping, null, false, NoItems, array.Length == 0 ? NoEntries : array);
    }

    /// <summary>A plain scalar taken as it was written in a document (<c>on</c>, <c>0755</c>, <c>1e3</c>, <c>~</c>).</summary>
    internal static YamlValue Plain(string text)
    {
        if (!ScalarStyleChooser.IsValidPlain(text))
        {
            throw new ArgumentException($"\"{text}\" cannot be written as a plain scalar.", nameof(text));
        }

        return new YamlValue(YamlValueKind.Scalar, text, false, NoItems, NoEntries);
    }

    /// <summary>A string scalar.</summary>
    public static implicit operator YamlValue(string? value) => value is null ? Null : String(value);

    /// <summary>An integer scalar.</summary>
    public static implicit operator YamlValue(long value) => Integer(value);

    /// <summary>An integer scalar.</summary>
    public static implicit operator YamlValue(int value) => Integer(value);

    /// <summary>A float scalar.</summary>
    public static implicit operator YamlValue(double value) => Number(value);

    /// <summary>A boolean scalar.</summary>
    public static implicit operator YamlValue(bool value) => Boolean(value);

    /// <summary>Compares by value: same kind, same scalar text and string-ness, equal items, equal entries.</summary>
    public static bool operator ==(YamlValue? left, YamlValue? right) => left is null ? right is null : left.Equals(right);

    /// <summary>The opposite of <see cref="op_Equality"/>.</summary>
    public static bool operator !=(YamlValue? left, YamlValue? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(YamlValue? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.Kind != Kind)
        {
            return false;
        }

        switch (Kind)
        {
            case YamlValueKind.Scalar:
                return IsString == other.IsString && string.Equals(Text, other.Text, StringComparison.Ordinal);
            case YamlValueKind.Sequence:
                return _items.AsSpan().SequenceEqual(other._items);
            default:
                if (_entries.Length != other._entries.Length)
                {
                    return false;
                }

                for (var i = 0; i < _entries.Length; i++)
                {
                    if (
                        !string.Equals(_entries[i].Key, other._entries[i].Key, StringComparison.Ordinal)
                        || !_entries[i].Value.Equals(other._entries[i].Value)
                    )
                    {
                        return false;
                    }
                }

                return true;
        }
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as YamlValue);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Kind);
        hash.Add(IsString);
        hash.Add(Text, StringComparer.Ordinal);
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        foreach (var entry in _entries)
        {
            hash.Add(entry.Key, StringComparer.Ordinal);
            hash.Add(entry.Value);
        }

        return hash.ToHashCode();
    }

    /// <summary>The value as a YAML document, without the final newline.</summary>
    public override string ToString() => YamlWriter.Serialize(w => w.WriteValue(this)).TrimEnd('\n');
}
