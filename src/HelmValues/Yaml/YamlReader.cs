using System;
using System.Collections.Generic;
using HelmValues.Validation;

namespace HelmValues.Yaml;

/// <summary>
/// The context generated readers work in: it knows the path of the value being read, reads typed scalars the way the
/// controller (go-yaml v2) does, and collects every problem instead of stopping at the first.
/// </summary>
/// <remarks>
/// <para>
/// Every <c>Read</c> method returns null both for an absent value (YAML <c>null</c>, <c>~</c> or nothing after the
/// key) and for a wrong one; a wrong one also adds an error with its path, line and column. Warnings flag values that
/// go-yaml v2 accepts but a YAML 1.2 reader would read differently (<c>yes</c>, <c>0755</c>).
/// </para>
/// <para>Not thread-safe: one reader per load.</para>
/// </remarks>
/// <example>
/// <code>
/// var result = YamlReader.Load(yaml, static (r, node) =>
/// {
///     string? queue = null;
///     TimeSpan? ttl = null;
///     foreach (var (key, value) in r.ReadMapping(node, ConfigKeys))
///     {
///         switch (key)
///         {
///             case "queue": queue = r.ReadString(value); break;
///             case "job-ttl": ttl = r.ReadDuration(value); break;
///         }
///     }
///     return new Config(queue, ttl);
/// });
/// // job-ttl: 300  →  "job-ttl (line 2, column 10): expected a Go duration string such as "300s", ..."
/// </code>
/// </example>
public sealed partial class YamlReader
{
    /// <summary>How many problems are listed; later ones are counted in <see cref="HasErrors"/> but not kept.</summary>
    public const int MaxErrors = 100;

    private const string NullItem =
        "a list item must not be null: go-yaml v2 reads it as an empty value and Helm's schema check refuses it; remove it, or write \"\" for an empty string";

    private const string NullEntry =
        "a null entry in this map cannot be kept in its typed value (HelmValues cannot say \"null\" there), so writing it back would lose it: remove the key, or delete the chart's default another way";

    private readonly List<ValidationError> _errors = [];
    private ValuePath _path = ValuePath.Root;
    private YamlSourceNode? _current;
    private int _errorCount;

    /// <summary>The path of the value being read, e.g. <c>config.tags[2]</c>.</summary>
    public ValuePath Path => _path;

    /// <summary>Every error and warning so far, in the order found.</summary>
    public IReadOnlyList<ValidationError> Problems => _errors;

    /// <summary>True when at least one problem of severity <see cref="ValidationSeverity.Error"/> was found.</summary>
    public bool HasErrors => _errorCount > 0;

    /// <summary>
    /// Parses <paramref name="yaml"/> (one document, with the limits of a values file) and reads its root with
    /// <paramref name="readRoot"/>. Never throws for bad input.
    /// </summary>
    /// <returns>The value, or null when there is any error; and every error and warning.</returns>
    public static ValuesLoadResult<T> Load<T>(string yaml, Func<YamlReader, YamlSourceNode, T?> readRoot)
    {
        var reader = new YamlReader();
        var value = reader.ReadDocument(yaml, readRoot);
        return new ValuesLoadResult<T>(reader.HasErrors ? default : value, reader._errors.ToArray());
    }

    private T? ReadDocument<T>(string yaml, Func<YamlReader, YamlSourceNode, T?> readRoot)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(readRoot);
        var document = YamlDocumentReader.Read(yaml);
        foreach (var error in document.Problems)
        {
            Add(error);
        }

        if (document.Root is not { } root)
        {
            return default;
        }

        Enter(ValuePath.Root, root);
        return readRoot(this, root);
    }

    /// <summary>Adds an error at the current path and node (the value being read).</summary>
    public void AddError(string message) => Report(_current, message, ValidationSeverity.Error);

    /// <summary>Adds a warning at the current path and node (the value being read).</summary>
    public void AddWarning(string message) => Report(_current, message, ValidationSeverity.Warning);

    /// <summary>
    /// Reads a list: each item with <paramref name="readItem"/>, the path extended with <c>[i]</c>. A null item is an
    /// error (go-yaml v2 would decode it as the empty value of the item type, and Helm's schema check refuses it).
    /// Items whose reading added an error are left out.
    /// </summary>
    /// <returns>The items; null when the node is null or not a list (an error).</returns>
    public IReadOnlyList<T>? ReadSequence<T>(YamlSourceNode node, Func<YamlReader, YamlSourceNode, T?> readItem)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(readItem);
        if (IsNull(node))
        {
            return null;
        }

        if (node is not YamlSourceSequence sequence)
        {
            Report(node, $"expected a list, but found {node.Describe()}", ValidationSeverity.Error);
            return null;
        }

        var items = new List<T>(sequence.Items.Count);
        var (parentPath, parentNode) = (_path, _current);
        try
        {
            for (var i = 0; i < sequence.Items.Count; i++)
            {
                var item = sequence.Items[i];
                Enter(parentPath.Index(i), item);
                if (IsNull(item))
                {
                    // An untyped list keeps the null, and Helm's schema check judges it; in a typed list it is not
                    // left out silently: the controller would see an empty value, and Helm's check refuses it.
                    if (typeof(T) == typeof(YamlValue))
                    {
                        items.Add((T)(object)YamlValue.Null);
                    }
                    else
                    {
                        Report(item, NullItem, ValidationSeverity.Error);
                    }

                    continue;
                }

                var errorsBefore = _errorCount;
                var value = readItem(this, item);
                if (value is not null && _errorCount == errorsBefore)
                {
                    items.Add(value);
                }
            }
        }
        finally
        {
            (_path, _current) = (parentPath, parentNode);
        }

        return items;
    }

    /// <summary>
    /// Reads a mapping with free-form string keys (labels, annotations): each value with <paramref name="readValue"/>,
    /// the path extended with the key. Entries whose reading added an error are left out; a null entry that the value
    /// type cannot hold is an error (it means something to Helm, so it is not dropped).
    /// </summary>
    /// <returns>The entries (ordinal keys); null when the node is null or not a mapping (an error).</returns>
    public IReadOnlyDictionary<string, T>? ReadMap<T>(YamlSourceNode node, Func<YamlReader, YamlSourceNode, T?> readValue)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(readValue);
        if (IsNull(node))
        {
            return null;
        }

        if (node is not YamlSourceMapping mapping)
        {
            Report(node, $"expected a mapping, but found {node.Describe()}", ValidationSeverity.Error);
            return null;
        }

        var map = new Dictionary<string, T>(mapping.Entries.Count, StringComparer.Ordinal);
        var (parentPath, parentNode) = (_path, _current);
        try
        {
            foreach (var entry in mapping.Entries)
            {
                Enter(parentPath.Key(entry.Key.Value), entry.Value);
                if (!CheckKey(entry.Key))
                {
                    continue;
                }

                var errorsBefore = _errorCount;
                var value = readValue(this, entry.Value);
                if (value is not null && _errorCount == errorsBefore)
                {
                    map[entry.Key.Value] = value;
                }
                else if (value is null && IsNull(entry.Value))
                {
                    // Never dropped silently: to Helm the null deletes the chart's default entry, or is judged by the schema.
                    Report(entry.Value, NullEntry, ValidationSeverity.Error);
                }
            }
        }
        finally
        {
            (_path, _current) = (parentPath, parentNode);
        }

        return map;
    }

    /// <summary>
    /// Walks a mapping with a known set of keys, yielding each entry the caller should read, with <see cref="Path"/>
    /// set to that key while the caller reads it. Reports the other keys itself: a removed or misplaced key gets its
    /// own explanation; in a closed set an unknown key is an error that suggests the closest known key; in an open
    /// set unknown keys are yielded too, so the caller can keep them.
    /// </summary>
    /// <remarks>Iterate to the end: the checks run as the entries are enumerated.</remarks>
    /// <returns>Nothing when the node is null; nothing, and an error, when it is not a mapping.</returns>
    public IEnumerable<KeyValuePair<string, YamlSourceNode>> ReadMapping(YamlSourceNode node, YamlKeySet keys)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(keys);
        if (IsNull(node))
        {
            return [];
        }

        if (node is not YamlSourceMapping mapping)
        {
            Report(node, $"expected a mapping, but found {node.Describe()}", ValidationSeverity.Error);
            return [];
        }

        return Walk(mapping, keys);
    }

    private IEnumerable<KeyValuePair<string, YamlSourceNode>> Walk(YamlSourceMapping mapping, YamlKeySet keys)
    {
        var (parentPath, parentNode) = (_path, _current);
        try
        {
            foreach (var entry in mapping.Entries)
            {
                var key = entry.Key.Value;
                Enter(parentPath.Key(key), entry.Value);
                if (!CheckKey(entry.Key))
                {
                    continue;
                }

                if (!keys.Contains(key) && keys.Folded(key) is { } known && !HasKey(mapping, known))
                {
                    if (ReadFolded(entry.Key, known, keys.KeyCase))
                    {
                        yield return new KeyValuePair<string, YamlSourceNode>(known, entry.Value);
                    }

                    continue;
                }

                if (!IsAllowed(entry.Key, keys))
                {
                    continue;
                }

                yield return new KeyValuePair<string, YamlSourceNode>(key, entry.Value);
            }
        }
        finally
        {
            (_path, _current) = (parentPath, parentNode);
        }
    }

    // A known key in another case: read as the known key, or (at the top of the controller's config) without effect.
    private bool ReadFolded(YamlSourceScalar keyNode, string known, YamlKeyCase keyCase)
    {
        var takesEffect = keyCase == YamlKeyCase.Folded;
        Report(
            keyNode,
            takesEffect
                ? $"`{keyNode.Value}` is read as `{known}` (the controller matches keys regardless of case): write `{known}`"
                : $"`{keyNode.Value}` has no effect: the controller decodes it as `{known}` but applies only `{known}` written so; write `{known}`",
            ValidationSeverity.Warning
        );
        return takesEffect;
    }

    private static bool HasKey(YamlSourceMapping mapping, string key)
    {
        foreach (var entry in mapping.Entries)
        {
            if (entry.Key.Value == key)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsAllowed(YamlSourceScalar keyNode, YamlKeySet keys)
    {
        var key = keyNode.Value;
        if (keys.Contains(key))
        {
            return true;
        }

        if (keys.Removed.TryGetValue(key, out var removed))
        {
            Report(keyNode, $"`{key}` {removed}", ValidationSeverity.Error);
            return false;
        }

        // Where the reader ignores what it does not know, nothing fails: the key only has no effect.
        var severity = keys.UnknownKeysIgnored ? ValidationSeverity.Warning : ValidationSeverity.Error;
        if (keys.Misplaced.TryGetValue(key, out var misplaced))
        {
            Report(keyNode, $"`{key}` {misplaced}", severity);
            return false;
        }

        if (!keys.IsClosed)
        {
            return true;
        }

        var suggestion = Suggest(key, keys.Known);
        var unknown = keys.UnknownKeysIgnored ? $"unknown key `{key}`: no template reads it, so it has no effect" : $"unknown key `{key}`";
        Report(keyNode, suggestion is null ? unknown : $"{unknown}; did you mean `{suggestion}`?", severity);
        return false;
    }

    // go-yaml v2 reads a plain key like any other scalar, and the controller then sees `on:` as "true".
    private bool CheckKey(YamlSourceScalar key)
    {
        if (key.IsExplicitString)
        {
            return true;
        }

        var kind = Yaml11Scalars.ResolveGoYamlV2(key.Value);
        if (kind == YamlScalarKind.String)
        {
            return true;
        }

        Report(key, $"YAML 1.1 reads the key `{key.Value}` as {Describe(kind)}, not a string: quote it", ValidationSeverity.Error);
        return false;
    }

    // Past the error cap the message is not kept, so the suggestion would be work for nothing.
    private string? Suggest(string text, IReadOnlyList<string> known) =>
        _errors.Count >= MaxErrors ? null : KeySuggestion.Closest(text, known);

    /// <summary>
    /// Whether <paramref name="node"/> is a null as go-yaml v2 and Helm read it (<c>null</c>, <c>~</c>, nothing): for a
    /// key, a null deletes the chart's default, so generated readers keep it in <c>NullKeys</c>.
    /// </summary>
    public static bool IsNull(YamlSourceNode node) => node is YamlSourceScalar { IsNull: true };

    private void Report(YamlSourceNode? node, string message, ValidationSeverity severity)
    {
        // Past the cap (and its note) only the count matters: rendering the path would be work for nothing.
        if (_errors.Count > MaxErrors)
        {
            _errorCount += severity == ValidationSeverity.Error ? 1 : 0;
            return;
        }

        Add(new ValidationError(_path.ToString(), message, severity, node?.Line, node?.Column, node?.Source));
    }

    // Past MaxErrors, problems are counted but no longer kept: a hostile file cannot flood the caller.
    private void Add(ValidationError error)
    {
        if (error.Severity == ValidationSeverity.Error)
        {
            _errorCount++;
        }

        if (_errors.Count < MaxErrors)
        {
            _errors.Add(error);
        }
        else if (_errors.Count == MaxErrors)
        {
            _errors.Add(new ValidationError("", $"more problems were found; only the first {MaxErrors} are listed"));
        }
    }

    private static string Describe(YamlScalarKind kind) =>
        kind switch
        {
            YamlScalarKind.Null => "null",
            YamlScalarKind.Boolean => "a boolean",
            YamlScalarKind.Integer => "an integer",
            YamlScalarKind.Float => "a float",
            YamlScalarKind.Timestamp => "a timestamp",
            YamlScalarKind.Other => "a YAML merge key",
            _ => "a string",
        };
}
