using System;
using System.Collections.Generic;
using System.Linq;
using HelmValues.Validation;
using HelmValues.Yaml;

namespace HelmValues.Output;

/// <summary>
/// The differences between two YAML documents as key paths: keys in ordinal order, list items by index (what a reviewer reads as
/// "the first imagePullSecret"), scalars by their text and whether they are quoted (<c>"1"</c> and <c>1</c> differ for Helm).
/// </summary>
internal sealed class YamlChanges
{
    private static readonly string[] SecretWords = ["token", "password", "passwd", "secret", "credential"];

    private readonly string _file;
    private readonly string _subject;
    private readonly bool _isSecretObject;
    private readonly List<OutputChange> _changes;

    private YamlChanges(string file, string subject, bool isSecretObject, List<OutputChange> changes)
    {
        _file = file;
        _subject = subject;
        _isSecretObject = isSecretObject;
        _changes = changes;
    }

    /// <summary>
    /// Adds to <paramref name="changes"/> every difference between <paramref name="before"/> and <paramref name="after"/>, the
    /// documents of <paramref name="file"/>, which holds <paramref name="subject"/>. When <paramref name="isSecretObject"/>, the
    /// document is a Kubernetes Secret: its <c>data</c> and <c>stringData</c> are never shown.
    /// </summary>
    public static void Compare(
        string file,
        string subject,
        bool isSecretObject,
        YamlSourceNode before,
        YamlSourceNode after,
        List<OutputChange> changes
    ) => new YamlChanges(file, subject, isSecretObject, changes).Node(ValuePath.Root, 0, hidden: false, before, after);

    private void Node(ValuePath path, int depth, bool hidden, YamlSourceNode before, YamlSourceNode after)
    {
        switch (before, after)
        {
            case (YamlSourceMapping a, YamlSourceMapping b):
                Mapping(path, depth, hidden, a, b);
                break;
            case (YamlSourceSequence a, YamlSourceSequence b):
                Sequence(path, depth, hidden, a, b);
                break;
            case (YamlSourceScalar a, YamlSourceScalar b) when SameScalar(a, b):
                break;
            default:
                Add(path, OutputChangeKind.Changed, hidden, before, after);
                break;
        }
    }

    private void Mapping(ValuePath path, int depth, bool hidden, YamlSourceMapping before, YamlSourceMapping after)
    {
        var old = before.Entries.ToDictionary(e => e.Key.Value, e => e.Value, StringComparer.Ordinal);
        var current = after.Entries.ToDictionary(e => e.Key.Value, e => e.Value, StringComparer.Ordinal);
        foreach (var key in old.Keys.Union(current.Keys).Order(StringComparer.Ordinal))
        {
            var keyPath = path.Key(key);
            var keyHidden = hidden || IsSecretKey(depth, key);
            switch (old.TryGetValue(key, out var a), current.TryGetValue(key, out var b))
            {
                case (true, true):
                    Node(keyPath, depth + 1, keyHidden, a!, b!);
                    break;
                case (true, false):
                    Add(keyPath, OutputChangeKind.Removed, keyHidden, a, null);
                    break;
                default:
                    Add(keyPath, OutputChangeKind.Added, keyHidden, null, b);
                    break;
            }
        }
    }

    private void Sequence(ValuePath path, int depth, bool hidden, YamlSourceSequence before, YamlSourceSequence after)
    {
        for (var i = 0; i < Math.Max(before.Items.Count, after.Items.Count); i++)
        {
            if (i >= after.Items.Count)
            {
                Add(path.Index(i), OutputChangeKind.Removed, hidden, before.Items[i], null);
            }
            else if (i >= before.Items.Count)
            {
                Add(path.Index(i), OutputChangeKind.Added, hidden, null, after.Items[i]);
            }
            else
            {
                Node(path.Index(i), depth + 1, hidden, before.Items[i], after.Items[i]);
            }
        }
    }

    private void Add(ValuePath path, OutputChangeKind kind, bool hidden, YamlSourceNode? before, YamlSourceNode? after) =>
        _changes.Add(
            new OutputChange(_file, _subject, path.ToString(), kind, hidden ? null : Show(before), hidden ? null : Show(after), hidden)
        );

    // A Secret's data and stringData, and any key named like a secret (agentToken, graphql-token, password), at any depth.
    private bool IsSecretKey(int depth, string key) =>
        (_isSecretObject && depth == 0 && key is "data" or "stringData")
        || SecretWords.Any(word => key.Contains(word, StringComparison.OrdinalIgnoreCase));

    private static bool SameScalar(YamlSourceScalar a, YamlSourceScalar b) =>
        a.Value == b.Value && a.IsExplicitString == b.IsExplicitString && a.Tag == b.Tag;

    // A scalar as it reads in YAML (a quoted string keeps its quotes, so "1" and 1 look different); null for a mapping or list.
    private static string? Show(YamlSourceNode? node) =>
        node is YamlSourceScalar scalar
            ? (scalar.IsExplicitString ? "\"" + scalar.Value.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"" : scalar.Value)
            : null;
}
