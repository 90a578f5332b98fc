using System.Collections.Generic;

namespace HelmValues.Generators.Json;

/// <summary>A parsed JSON value that remembers where it came from, so diagnostics can point at it.</summary>
/// <remarks>Lives only inside one pipeline step: never cache it (it is not value-equal).</remarks>
internal abstract class JsonNode
{
    protected JsonNode(JsonSource source, int start, int end)
    {
        Source = source;
        Start = start;
        End = end;
    }

    public JsonSource Source { get; }

    public int Start { get; }

    public int End { get; }
}

/// <summary>The text a node was parsed from (an overlay's nodes point into the overlay file).</summary>
internal sealed class JsonSource
{
    private int[]? _lineStarts;

    public JsonSource(string path, string text)
    {
        Path = path;
        Text = text;
    }

    public string Path { get; }

    public string Text { get; }

    /// <summary>The 0-based line and character of an offset.</summary>
    public (int Line, int Character) Position(int offset)
    {
        _lineStarts ??= ComputeLineStarts(Text);
        var low = 0;
        var high = _lineStarts.Length - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (_lineStarts[mid] <= offset)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return (low, offset - _lineStarts[low]);
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }
}

internal sealed class JsonObject : JsonNode
{
    public JsonObject(JsonSource source, int start, int end, IReadOnlyList<JsonProperty> properties)
        : base(source, start, end) => Properties = properties;

    /// <summary>Members in document order.</summary>
    public IReadOnlyList<JsonProperty> Properties { get; }

    public JsonNode? this[string name]
    {
        get
        {
            foreach (var property in Properties)
            {
                if (property.Name == name)
                {
                    return property.Value;
                }
            }

            return null;
        }
    }

    public JsonProperty? Find(string name)
    {
        foreach (var property in Properties)
        {
            if (property.Name == name)
            {
                return property;
            }
        }

        return null;
    }
}

/// <summary>An object member; <see cref="NameStart"/> is where its key is, for diagnostics about the key.</summary>
internal sealed class JsonProperty
{
    public JsonProperty(string name, int nameStart, int nameEnd, JsonNode value)
    {
        Name = name;
        NameStart = nameStart;
        NameEnd = nameEnd;
        Value = value;
    }

    public string Name { get; }

    public int NameStart { get; }

    public int NameEnd { get; }

    public JsonNode Value { get; }
}

internal sealed class JsonArray : JsonNode
{
    public JsonArray(JsonSource source, int start, int end, IReadOnlyList<JsonNode> items)
        : base(source, start, end) => Items = items;

    public IReadOnlyList<JsonNode> Items { get; }
}

internal sealed class JsonString : JsonNode
{
    public JsonString(JsonSource source, int start, int end, string value)
        : base(source, start, end) => Value = value;

    public string Value { get; }
}

/// <summary>A number, kept as its JSON text so nothing is lost to floating point.</summary>
internal sealed class JsonNumber : JsonNode
{
    public JsonNumber(JsonSource source, int start, int end, string text)
        : base(source, start, end) => Text = text;

    public string Text { get; }
}

internal sealed class JsonBoolean : JsonNode
{
    public JsonBoolean(JsonSource source, int start, int end, bool value)
        : base(source, start, end) => Value = value;

    public bool Value { get; }
}

internal sealed class JsonNull : JsonNode
{
    public JsonNull(JsonSource source, int start, int end)
        : base(source, start, end) { }
}
