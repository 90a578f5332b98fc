using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace HelmValues.Yaml;

/// <summary>
/// The keys a mapping may hold, for <see cref="YamlReader.ReadMapping"/>: the known keys, whether others are
/// refused, and keys that get a specific explanation.
/// </summary>
/// <remarks>Create one instance per schema object and keep it in a static field: lookups are hashed.</remarks>
/// <example>
/// <code>
/// static readonly YamlKeySet ConfigKeys = new(
///     ["queue", "tags", "job-ttl", "workspace-volume"],
///     isClosed: true,
///     removed: new Dictionary&lt;string, string&gt; { ["org"] = "was removed in controller v0.33.0" },
///     misplaced: new Dictionary&lt;string, string&gt; { ["image"] = "belongs at the top level, next to `config`" });
/// // config.org: `org` was removed in controller v0.33.0
/// </code>
/// </example>
public sealed class YamlKeySet
{
    private static readonly IReadOnlyDictionary<string, string> NoReasons = new ReadOnlyDictionary<string, string>(
        new Dictionary<string, string>()
    );

    private readonly HashSet<string> _known;

    /// <summary>Creates a key set.</summary>
    /// <param name="known">The keys the mapping may hold, with their exact spelling.</param>
    /// <param name="isClosed">When true, any other key is an error; when false, other keys are passed to the caller.</param>
    /// <param name="removed">
    /// Keys that were removed, each with the rest of the sentence that explains it: <c>["org"] = "was removed in
    /// controller v0.33.0"</c> reports "`org` was removed in controller v0.33.0". Reported even when the set is open.
    /// </param>
    /// <param name="misplaced">
    /// Keys that belong elsewhere, each with the rest of the sentence: <c>["default-metadata"] = "belongs under
    /// `config`"</c> reports "`default-metadata` belongs under `config`". Reported even when the set is open.
    /// </param>
    /// <param name="keyCase">How a known key written in another letter case is matched (see <see cref="YamlKeyCase"/>).</param>
    /// <param name="unknownKeysIgnored">
    /// When true (with <paramref name="isClosed"/>), the reader of the values ignores keys it does not know, as Helm's
    /// templates do at a chart's root: an unknown or misplaced key is a warning that it has no effect, and is not read.
    /// </param>
    public YamlKeySet(
        IEnumerable<string> known,
        bool isClosed = true,
        IReadOnlyDictionary<string, string>? removed = null,
        IReadOnlyDictionary<string, string>? misplaced = null,
        YamlKeyCase keyCase = YamlKeyCase.Exact,
        bool unknownKeysIgnored = false
    )
    {
        ArgumentNullException.ThrowIfNull(known);
        var keys = new List<string>(known);
        Known = keys.AsReadOnly();
        _known = new HashSet<string>(keys, StringComparer.Ordinal);
        IsClosed = isClosed;
        Removed = removed is null
            ? NoReasons
            : new ReadOnlyDictionary<string, string>(new Dictionary<string, string>(removed, StringComparer.Ordinal));
        Misplaced = misplaced is null
            ? NoReasons
            : new ReadOnlyDictionary<string, string>(new Dictionary<string, string>(misplaced, StringComparer.Ordinal));
        KeyCase = keyCase;
        UnknownKeysIgnored = unknownKeysIgnored;
    }

    /// <summary>The known keys, in the order given.</summary>
    public IReadOnlyList<string> Known { get; }

    /// <summary>True when keys outside <see cref="Known"/> are errors (the controller decodes its config strictly).</summary>
    public bool IsClosed { get; }

    /// <summary>
    /// True when the reader of the values ignores keys it does not know (Helm's templates at a chart's root), so that an
    /// unknown or misplaced key is a warning rather than an error.
    /// </summary>
    public bool UnknownKeysIgnored { get; }

    /// <summary>Removed keys and why (the end of a sentence that starts with the key).</summary>
    public IReadOnlyDictionary<string, string> Removed { get; }

    /// <summary>Misplaced keys and where they belong (the end of a sentence that starts with the key).</summary>
    public IReadOnlyDictionary<string, string> Misplaced { get; }

    /// <summary>True when <paramref name="key"/> is a known key (ordinal comparison).</summary>
    public bool Contains(string key) => _known.Contains(key);

    /// <summary>How keys in another letter case are matched.</summary>
    public YamlKeyCase KeyCase { get; }

    /// <summary>
    /// The known key that <paramref name="key"/> spells in another letter case, when <see cref="KeyCase"/> folds case
    /// and exactly one does; otherwise null.
    /// </summary>
    public string? Folded(string key)
    {
        if (KeyCase == YamlKeyCase.Exact)
        {
            return null;
        }

        string? match = null;
        foreach (var known in Known)
        {
            if (string.Equals(known, key, StringComparison.OrdinalIgnoreCase))
            {
                if (match is not null)
                {
                    return null;
                }

                match = known;
            }
        }

        return match;
    }
}
