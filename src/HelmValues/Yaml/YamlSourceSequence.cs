using System.Collections.Generic;

namespace HelmValues.Yaml;

/// <summary>A sequence (a YAML list).</summary>
public sealed class YamlSourceSequence : YamlSourceNode
{
    internal YamlSourceSequence(IReadOnlyList<YamlSourceNode> items, int line, int column, int size, int height)
        : base(line, column, size, height)
    {
        Items = items;
    }

    /// <summary>The items in document order.</summary>
    public IReadOnlyList<YamlSourceNode> Items { get; }

    internal override string Describe() => "a list";
}
