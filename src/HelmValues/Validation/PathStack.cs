using System;

namespace HelmValues.Validation;

/// <summary>
/// The path of the value a depth-first walk is at, kept as a stack of segments that is pushed and popped as the walk
/// goes down and back up. A <see cref="ValuePath"/> is built only when asked for (to report a problem): most values
/// have none, and one path object per value visited was the largest allocation of validation.
/// </summary>
internal sealed class PathStack
{
    // A stack that grew past this depth is not kept for another walk (see ValidationContext.Finish).
    private const int MaxSpareDepth = 64;

    private ValuePath _root;
    private Segment[] _segments = new Segment[8];

    // _built[i] is the path of the first i + 1 segments once it was asked for; a push at depth i clears it. Made on the
    // first request: a walk that reports nothing needs none.
    private ValuePath?[]? _built;
    private int _depth;

    /// <summary>Starts at <paramref name="root"/>.</summary>
    public PathStack(ValuePath root) => _root = root;

    /// <summary>Starts at the document root.</summary>
    public PathStack()
        : this(ValuePath.Root) { }

    /// <summary>True when the walk is back at the root and the stack is small enough to keep for another walk.</summary>
    public bool IsReusable => _depth == 0 && _segments.Length <= MaxSpareDepth;

    /// <summary>This stack, emptied, for a new walk from <paramref name="root"/>: its arrays are kept, the paths it built are not.</summary>
    public PathStack Restart(ValuePath root)
    {
        _root = root;
        _depth = 0;
        if (_built is not null)
        {
            Array.Clear(_built);
        }

        return this;
    }

    /// <summary>Goes into the value under <paramref name="key"/>.</summary>
    public void Push(string key) => Push(new Segment(key, -1));

    /// <summary>Goes into the item at <paramref name="index"/>.</summary>
    public void Push(int index) => Push(new Segment(null, index));

    /// <summary>Goes back up one level.</summary>
    public void Pop() => _depth--;

    /// <summary>The current path.</summary>
    public ValuePath ToValuePath()
    {
        if (_depth == 0)
        {
            return _root;
        }

        _built ??= new ValuePath?[_segments.Length];
        var built = _depth;
        while (built > 0 && _built[built - 1] is null)
        {
            built--;
        }

        var path = built == 0 ? _root : _built[built - 1]!;
        for (var i = built; i < _depth; i++)
        {
            path = _segments[i].Key is { } key ? path.Key(key) : path.Index(_segments[i].Index);
            _built[i] = path;
        }

        return path;
    }

    /// <summary>The current path as users read it.</summary>
    public override string ToString() => ToValuePath().ToString();

    private void Push(Segment segment)
    {
        if (_depth == _segments.Length)
        {
            Array.Resize(ref _segments, _depth * 2);
            if (_built is not null)
            {
                Array.Resize(ref _built, _depth * 2);
            }
        }

        _segments[_depth] = segment;
        if (_built is not null)
        {
            _built[_depth] = null;
        }

        _depth++;
    }

    private readonly record struct Segment(string? Key, int Index);
}
