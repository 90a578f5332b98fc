using System;
using System.Text;

namespace HelmValues.Validation;

/// <summary>
/// Builds the user-facing path of a value (<c>config.tags[2]</c>), one segment at a time.
/// </summary>
/// <remarks>
/// A persistent linked list: pushing a segment allocates one node and never changes the parent,
/// so a path can be captured by an error while the walk goes on.
/// </remarks>
public sealed class ValuePath
{
    /// <summary>The empty path: the document root.</summary>
    public static readonly ValuePath Root = new(null, null, -1);

    private readonly ValuePath? _parent;
    private readonly string? _key;
    private readonly int _index;

    private ValuePath(ValuePath? parent, string? key, int index)
    {
        _parent = parent;
        _key = key;
        _index = index;
    }

    /// <summary>The path of the value under <paramref name="key"/> in this mapping.</summary>
    public ValuePath Key(string key) => new(this, key ?? throw new ArgumentNullException(nameof(key)), -1);

    /// <summary>The path of the item at <paramref name="index"/> in this sequence.</summary>
    public ValuePath Index(int index) => new(this, null, index);

    /// <summary>The path as users see it, e.g. <c>config.pod-spec-patch.containers[0].args</c>.</summary>
    public override string ToString()
    {
        if (_parent is null)
        {
            return "";
        }

        var builder = new StringBuilder();
        Append(builder);
        return builder.ToString();
    }

    private void Append(StringBuilder builder)
    {
        if (_parent is null)
        {
            return;
        }

        _parent.Append(builder);
        if (_key is null)
        {
            builder.Append('[').Append(_index).Append(']');
        }
        else if (IsPlainSegment(_key))
        {
            if (builder.Length > 0)
            {
                builder.Append('.');
            }

            builder.Append(_key);
        }
        else
        {
            builder.Append("[\"").Append(_key.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append("\"]");
        }
    }

    // Keys such as `pod-spec-patch` or `hooksVolume` read naturally after a dot; keys with dots, slashes,
    // brackets or spaces (annotation keys) are quoted so the path stays unambiguous.
    private static bool IsPlainSegment(string key)
    {
        if (key.Length == 0)
        {
            return false;
        }

        foreach (var c in key)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
