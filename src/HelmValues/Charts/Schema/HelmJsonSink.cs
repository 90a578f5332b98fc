using System;
using System.Collections.Generic;
using HelmValues.Collections;
using HelmValues.Yaml;
using YamlDotNet.Core;

namespace HelmValues.Charts;

/// <summary>
/// Takes what a <see cref="YamlWriter"/> writes and builds the JSON value Helm would make of the text, without the text and
/// without a YAML tree: what Helm's check of built values needs, for one <see cref="HelmJson"/> per value written.
/// </summary>
/// <remarks>
/// <para>
/// Values have no node (they were never text, so errors have no position), and scalars and keys convert as
/// <see cref="YamlToHelmJson"/> converts untagged ones. Only values that convert cleanly are built here: a value or key Helm
/// cannot hold, or two keys of a mapping that become one JSON key, make <see cref="TryWrite"/> fail, and the caller takes the
/// tree path, whose conversion reports such problems at their place and in its order. So does a key whose JSON key is not
/// its own text, which coalescing matches by its text.
/// </para>
/// <para>
/// One sink per thread is reused (taken, not shared, so a nested write gets its own): its buffers hold the values of the
/// open mappings and lists, and only the finished values are allocated.
/// </para>
/// </remarks>
internal sealed class HelmJsonSink : YamlSink
{
    // Mappings with more keys than this find a repeated key with a set rather than a scan.
    private const int ScanThreshold = 32;

    [ThreadStatic]
    private static HelmJsonSink? _spare;

    // The values of the open containers, innermost last, and each open mapping's keys (one per value).
    private readonly List<HelmJson> _values = [];
    private readonly List<string> _keys = [];
    private readonly StructList<OpenContainer> _open = new(8);
    private HelmJson? _root;
    private YamlWriter? _writer;
    private bool _failed;

    /// <summary>
    /// The JSON value of what <paramref name="write"/> writes, or false when it writes something Helm cannot hold as JSON,
    /// a key that does not become the JSON key of its text, or a mapping with a key twice.
    /// </summary>
    public static bool TryWrite<TState>(TState state, Action<YamlWriter, TState> write, out HelmJson json)
    {
        var sink = Take();
        try
        {
            // The sink's writer is reused too, once it finished a document: one that threw half-way is left mid-document.
            var writer = sink._writer ?? new YamlWriter(sink);
            sink._writer = null;
            writer.BeginDocument();
            write(writer, state);
            writer.EndDocument();
            sink._writer = writer;
            return sink.Finish(out json);
        }
        finally
        {
            sink.Return();
        }
    }

    /// <summary>
    /// <see cref="TryWrite{TState}"/> and, in the same walk, the text of what <paramref name="write"/> writes after
    /// <paramref name="prefix"/>, as <see cref="YamlWriter.SerializeUtf8{TState}(string, TState, Action{YamlWriter, TState})"/>
    /// writes it: <paramref name="text"/> is set whatever the JSON value.
    /// </summary>
    public static bool TryWriteWithText<TState>(
        string prefix,
        TState state,
        Action<YamlWriter, TState> write,
        out HelmJson json,
        out byte[] text
    )
    {
        var sink = Take();
        try
        {
            text = YamlWriter.SerializeUtf8(prefix, state, write, sink);
            return sink.Finish(out json);
        }
        finally
        {
            sink.Return();
        }
    }

    private static HelmJsonSink Take()
    {
        var sink = _spare ?? new HelmJsonSink();
        _spare = null;
        return sink;
    }

    private bool Finish(out HelmJson json)
    {
        json = _root!;
        return !_failed;
    }

    // The buffers are empty again unless the write threw half-way; then they are cleared.
    private void Return()
    {
        _values.Clear();
        _keys.Clear();
        _open.Clear();
        _root = null;
        _failed = false;
        _spare = this;
    }

    public override void BeginDocument() { }

    public override void EndDocument() { }

    public override void BeginMapping() => _open.Add(new OpenContainer(_values.Count, _keys.Count));

    public override void EndMapping()
    {
        var (start, keyStart) = _open.Pop();
        var properties = _values.Count == start ? [] : new HelmJsonProperty[_values.Count - start];
        for (var i = 0; i < properties.Length; i++)
        {
            properties[i] = new HelmJsonProperty(_keys[keyStart + i], _values[start + i], null);
        }

        _failed |= HasRepeatedName(properties);
        _values.RemoveRange(start, properties.Length);
        _keys.RemoveRange(keyStart, properties.Length);
        Add(HelmJson.FromProperties(properties, null));
    }

    public override void BeginSequence() => _open.Add(new OpenContainer(_values.Count, _keys.Count));

    public override void EndSequence()
    {
        var (start, _) = _open.Pop();
        var items = _values.Count == start ? [] : new HelmJson[_values.Count - start];
        _values.CopyTo(start, items, 0, items.Length);
        _values.RemoveRange(start, items.Length);
        Add(HelmJson.FromItems(items, null));
    }

    public override void WriteKey(string key, ScalarStyle style)
    {
        // A key whose JSON key is not its text (a plain `on` is "true") coalesces by its text in the tree: leave it to the tree.
        _failed |= YamlToHelmJson.WrittenKey(key, style == ScalarStyle.Plain) != key;
        _keys.Add(key);
    }

    public override void WriteScalar(string text, ScalarStyle style)
    {
        var value = YamlToHelmJson.WrittenScalar(text, style == ScalarStyle.Plain);
        _failed |= value.Kind == HelmJsonKind.NotJson;
        Add(value);
    }

    private void Add(HelmJson value)
    {
        if (_open.Count == 0)
        {
            _root = value;
        }
        else
        {
            _values.Add(value);
        }
    }

    private static bool HasRepeatedName(HelmJsonProperty[] properties)
    {
        if (properties.Length > ScanThreshold)
        {
            var seen = new HashSet<string>(properties.Length, StringComparer.Ordinal);
            foreach (var property in properties)
            {
                if (!seen.Add(property.Name))
                {
                    return true;
                }
            }

            return false;
        }

        for (var i = 1; i < properties.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (properties[i].Name == properties[j].Name)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Where an open container's values and keys start in _values and _keys.
    private readonly record struct OpenContainer(int Values, int Keys);
}
