namespace HelmValues.Yaml;

/// <summary>How a reader of the values matches keys that differ from the known ones only in letter case.</summary>
/// <remarks>
/// Helm's templates match keys exactly. The agent-stack-k8s controller decodes its config with Go's encoding/json, which
/// matches field names regardless of case: a nested <c>HOOKS-PATH</c> sets <c>hooks-path</c>. At the top of its config it
/// then copies only the keys spelled exactly, so there another case decodes but has no effect.
/// </remarks>
public enum YamlKeyCase
{
    /// <summary>Keys match exactly; another case is an unknown key (Helm's templates).</summary>
    Exact,

    /// <summary>Another case is read as the known key, with a warning to write it as known (encoding/json).</summary>
    Folded,

    /// <summary>Another case is accepted, with a warning that it has no effect, and not read (the controller's config).</summary>
    FoldedThenIgnored,
}
