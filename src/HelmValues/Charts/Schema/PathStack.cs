using System;
using HelmValues.Validation;

namespace HelmValues.Charts;

/// <summary>
/// The path of the value a depth-first walk is at, kept as a stack of segments that is pushed and popped as the walk
/// goes down and back up. A <see cref="ValuePath"/> is built only when a problem is reported: most values have none,
/// and one path object per value visited was the largest allocation of Helm's check.
/// </summary>
internal sealed class PathStack
{
    private Segment[] _segments = new Segment[8];

    /// <summary>How many segments the path has; 0 at the root.</summary>
    public int Depth { get; private set; }

    /// <summary>Goes into the value under <paramref name="key"/>.</summary>
    public void Push(string key) => Push(new Segment(key, -1));

    /// <summary>Goes into the item at <paramref name="index"/>.</summary>
    public void Push(int index) => Push(new Segment(null, index));

    /// <summary>Goes back up one level.</summary>
    public void Pop() => _segments[--Depth] = default;

    /// <summary>The current path.</summary>
    public ValuePath ToValuePath()
    {
        var path = ValuePath.Root;
        for (var i = 0; i < Depth; i++)
        {
            path = _segments[i].Key is { } key ? path.Key(key) : path.Index(_segments[i].Index);
        }

        return path;
    }

    /// <summary>The current path as users read it.</summary>
    public override string ToString() => ToValuePath().ToString();

    private void Push(Segment segment)
    {
        if (Depth == _segments.Length)
        {
            Array.Resize(ref _segments, Depth * 2);
        }

        _segments[Depth++] = segment;
    }

    private readonly record struct Segment(string? Key, int Index);
}
