using System.Text;
using HelmValues.Yaml;

namespace HelmValues.Tests.Yaml;

/// <summary>Parsed YAML trees as one line of flow YAML, for assertions that read like the documents they test.</summary>
internal static class YamlTrees
{
    /// <summary>Keys in the tree's order; a quoted or block scalar in single quotes, a plain one as written.</summary>
    public static string Flow(YamlSourceNode node)
    {
        var text = new StringBuilder();
        Append(text, node);
        return text.ToString();
    }

    private static void Append(StringBuilder text, YamlSourceNode node)
    {
        switch (node)
        {
            case YamlSourceMapping mapping:
                text.Append('{').AppendJoin(", ", mapping.Entries.Select(e => $"{Flow(e.Key)}: {Flow(e.Value)}")).Append('}');
                break;
            case YamlSourceSequence sequence:
                text.Append('[').AppendJoin(", ", sequence.Items.Select(Flow)).Append(']');
                break;
            case YamlSourceScalar scalar:
                text.Append(scalar.IsPlain ? scalar.Value : $"'{scalar.Value}'");
                break;
        }
    }
}
