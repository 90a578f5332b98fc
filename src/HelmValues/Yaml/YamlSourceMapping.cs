using System.Collections.Generic;

namespace HelmValues.Yaml;

/// <summary>A mapping, with its entries in document order (merge keys already applied).</summary>
public sealed class YamlSourceMapping : YamlSourceNode
{
    internal YamlSourceMapping(
        IReadOnlyList<KeyValuePair<YamlSourceScalar, YamlSourceNode>> entries,
        int line,
        int column,
        int size,
        int height
    )
        : base(line, column, size, height)
    {
        Entries = entries;
    }

    /// <summary>The entries in document order; keys are unique scalars.</summary>
    public IReadOnlyList<KeyValuePair<YamlSourceScalar, YamlSourceNode>> Entries { get; }

    internal override string Describe() => "a mapping";
}
