using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace HelmValues.Yaml;

/// <summary>
/// The scalar events of mapping keys, reused: YamlDotNet's emitter takes one event object per scalar, an event per
/// scalar was the largest allocation of writing a file, and nearly every key of a run is the very same string each time
/// (the keys of generated code, Kubernetes field names). Events are immutable.
/// </summary>
/// <remarks>
/// Keys only: values can be secrets, which a cache would keep alive. Kept per thread and looked up by the string's
/// identity (not its content, which would cost a hash of the text), so a key built anew each time simply misses.
/// Bounded: the cache is emptied when it is full.
/// </remarks>
internal static class ScalarEventCache
{
    private const int Capacity = 1024;

    [ThreadStatic]
    private static Dictionary<Key, Scalar>? _events;

    /// <summary>An event for <paramref name="text"/> written in <paramref name="style"/>, resolved implicitly.</summary>
    public static Scalar Get(string text, ScalarStyle style)
    {
        var events = _events ??= new Dictionary<Key, Scalar>(KeyComparer.Instance);
        var key = new Key(text, style);
        if (events.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (events.Count == Capacity)
        {
            events.Clear();
        }

        var scalar = new Scalar(AnchorName.Empty, TagName.Empty, text, style, isPlainImplicit: true, isQuotedImplicit: true);
        events.Add(key, scalar);
        return scalar;
    }

    private readonly record struct Key(string Text, ScalarStyle Style);

    private sealed class KeyComparer : IEqualityComparer<Key>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals(Key x, Key y) => ReferenceEquals(x.Text, y.Text) && x.Style == y.Style;

        public int GetHashCode(Key key) => HashCode.Combine(RuntimeHelpers.GetHashCode(key.Text), key.Style);
    }
}
