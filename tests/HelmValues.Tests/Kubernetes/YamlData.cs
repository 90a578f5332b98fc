using YamlDotNet.RepresentationModel;

namespace HelmValues.Tests.Kubernetes;

/// <summary>
/// What a YAML stream says, independently of how it is laid out: one <c>[document] path = value</c> line per scalar
/// (and per empty list or map), sorted, read with YamlDotNet's own parser.
/// </summary>
internal static class YamlData
{
    public static List<string> Of(string yaml, params string[] ignoredPaths)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var lines = new List<string>();
        for (var i = 0; i < stream.Documents.Count; i++)
        {
            Flatten(stream.Documents[i].RootNode, $"[{i}] ", lines, ignoredPaths);
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static void Flatten(YamlNode node, string path, List<string> lines, string[] ignoredPaths)
    {
        if (ignoredPaths.Any(p => path.EndsWith(" " + p, StringComparison.Ordinal)))
        {
            return;
        }

        switch (node)
        {
            case YamlMappingNode { Children.Count: 0 }:
                lines.Add(path + " = {}");
                break;
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    var name = ((YamlScalarNode)key).Value!;
                    Flatten(value, path.EndsWith(' ') ? path + name : path + "." + name, lines, ignoredPaths);
                }

                break;
            case YamlSequenceNode { Children.Count: 0 }:
                lines.Add(path + " = []");
                break;
            case YamlSequenceNode sequence:
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    Flatten(sequence.Children[i], $"{path}[{i}]", lines, ignoredPaths);
                }

                break;
            case YamlScalarNode scalar:
                lines.Add($"{path} = {scalar.Value}");
                break;
        }
    }
}
