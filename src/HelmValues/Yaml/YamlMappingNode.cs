using System.Collections.Generic;

namespace HelmValues.Yaml;

/// <summary>A mapping, with its entries in document order (merge keys already applied).</summary>
public sealed class YamlMappingNode : YamlNode
{
    internal YamlMappingNode(IReadOnlyList<KeyValuePair<YamlScalarNode, YamlNode>> entries, int line, int column, int size, int height)
        : base(line, column, size, height)
    {
        Entries = entries;
    }

    /// <summary>The entries in document order; keys are unique scalars.</summary>
    public IReadOnlyList<KeyValuePair<YamlScalarNode, YamlNode>> Entries { get; }

    internal override string Describe() => "a mapping";
}
