using System;
using System.Collections.Generic;
using HelmValues.Yaml;

namespace HelmValues.Charts;

/// <summary>What a <see cref="HelmJson"/> value is.</summary>
/// <remarks>A byte, so that <see cref="HelmJson.MemoSlot"/> fits in the padding of a value and costs no memory.</remarks>
internal enum HelmJsonKind : byte
{
    /// <summary>JSON <c>null</c>.</summary>
    Null,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A number (Helm holds every number as a float64).</summary>
    Number,

    /// <summary>A string.</summary>
    String,

    /// <summary>A JSON array (a YAML list).</summary>
    Array,

    /// <summary>A JSON object (a YAML mapping).</summary>
    Object,

    /// <summary>
    /// A YAML value Helm cannot turn into JSON (<c>.inf</c>, <c>.nan</c>, a null key): Helm refuses the whole file.
    /// Reported once when the tree is read; the schema keywords pass over it.
    /// </summary>
    NotJson,
}

/// <summary>One property of a <see cref="HelmJson"/> object.</summary>
/// <param name="Name">The key, as the JSON string Helm makes of it.</param>
/// <param name="Value">The value.</param>
/// <param name="KeyNode">The YAML key, for positions; null for values from the schema text.</param>
internal readonly record struct HelmJsonProperty(string Name, HelmJson Value, YamlSourceScalar? KeyNode);

/// <summary>
/// A JSON value as Helm's schema validator sees it: the values file after Helm's YAML-to-JSON conversion, or an
/// <c>enum</c>/<c>const</c> value from the schema text. Immutable.
/// </summary>
internal sealed class HelmJson
{
    // Objects with more properties than this get a dictionary for lookups; smaller ones are scanned, which is as fast
    // at this size and spares a dictionary for each of the many objects of every values file checked.
    private const int IndexThreshold = 32;

    private static readonly HelmJson[] NoItems = [];
    private static readonly HelmJsonProperty[] NoProperties = [];

    private readonly Dictionary<string, int>? _index;

    // What the kind holds, in one field: a string (String, NotJson), a boxed JsonDecimal (Number), HelmJson[] (Array) or
    // HelmJsonProperty[] (Object). A field each made every value of every values file checked nearly twice as large.
    private readonly object? _payload;

    private HelmJson(HelmJsonKind kind, YamlSourceNode? node, bool boolean = false, object? payload = null)
    {
        Kind = kind;
        Node = node;
        Boolean = boolean;
        _payload = payload;
        if (payload is HelmJsonProperty[] { Length: > IndexThreshold } properties)
        {
            _index = new Dictionary<string, int>(properties.Length, StringComparer.Ordinal);
            for (var i = 0; i < properties.Length; i++)
            {
                _index[properties[i].Name] = i;
            }
        }
    }

    /// <summary>The kind of value.</summary>
    public HelmJsonKind Kind { get; }

    /// <summary>The YAML node the value comes from (for its line and column); null for schema values and an empty document.</summary>
    public YamlSourceNode? Node { get; }

    /// <summary>The value of a boolean.</summary>
    public bool Boolean { get; }

    /// <summary>
    /// 0 for a value made for one validation; for a node of a tree that many validations share (a chart's defaults), its
    /// number in that tree's <see cref="SchemaMemo"/>, set once by <see cref="SchemaMemo.ForSharedTree"/> before the tree
    /// is shared.
    /// </summary>
    public int MemoSlot { get; set; }

    /// <summary>The value of a number.</summary>
    public JsonDecimal Number => _payload is JsonDecimal number ? number : default;

    /// <summary>The value of a string; for <see cref="HelmJsonKind.NotJson"/>, why Helm cannot hold it.</summary>
    public string? Text => _payload as string;

    // Arrays, as the schema's lists are: the evaluator walks them for every value of every validation, where an interface
    // would dispatch each step, and a span of a struct from here would cost a call (ReadyToRun code cannot inline making one).
    // They are the value's own: read them, never write them.

    /// <summary>The items of an array.</summary>
    public HelmJson[] Items => _payload as HelmJson[] ?? NoItems;

    /// <summary>The properties of an object, in document order, each name once.</summary>
    public HelmJsonProperty[] Properties => _payload as HelmJsonProperty[] ?? NoProperties;

    /// <summary>JSON null.</summary>
    public static HelmJson Null(YamlSourceNode? node) => new(HelmJsonKind.Null, node);

    /// <summary>A boolean.</summary>
    public static HelmJson FromBoolean(bool value, YamlSourceNode? node) => new(HelmJsonKind.Boolean, node, boolean: value);

    /// <summary>A number.</summary>
    public static HelmJson FromNumber(JsonDecimal value, YamlSourceNode? node) => new(HelmJsonKind.Number, node, payload: value);

    /// <summary>A string.</summary>
    public static HelmJson FromString(string value, YamlSourceNode? node) => new(HelmJsonKind.String, node, payload: value);

    /// <summary>An array.</summary>
    public static HelmJson FromItems(HelmJson[] items, YamlSourceNode? node) => new(HelmJsonKind.Array, node, payload: items);

    /// <summary>An object; <paramref name="properties"/> must have distinct names.</summary>
    public static HelmJson FromProperties(HelmJsonProperty[] properties, YamlSourceNode? node) =>
        new(HelmJsonKind.Object, node, payload: properties);

    /// <summary>A value Helm cannot hold, with the reason.</summary>
    public static HelmJson NotJson(string reason, YamlSourceNode? node) => new(HelmJsonKind.NotJson, node, payload: reason);

    /// <summary>The value of the property <paramref name="name"/>, or null when the object has none.</summary>
    public HelmJson? Property(string name)
    {
        if (_payload is not HelmJsonProperty[] properties)
        {
            return null;
        }

        if (_index is not null)
        {
            return _index.TryGetValue(name, out var i) ? properties[i].Value : null;
        }

        for (var i = 0; i < properties.Length; i++)
        {
            if (properties[i].Name == name)
            {
                return properties[i].Value;
            }
        }

        return null;
    }

    /// <summary>True when the object has the property <paramref name="name"/>.</summary>
    public bool HasProperty(string name) => Property(name) is not null;
}
