using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace HelmValues.Tests.Yaml;

/// <summary>Reads our output back with YamlDotNet's own parser, independently of the production reader.</summary>
internal static class YamlDotNetReadBack
{
    public static YamlNode Root(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        stream.Documents.Count.ShouldBe(1);
        return stream.Documents[0].RootNode;
    }

    public static string ScalarAt(string yaml, params string[] keys)
    {
        YamlNode node = Root(yaml);
        foreach (var key in keys)
        {
            node = ((YamlMappingNode)node).Children[new YamlScalarNode(key)];
        }

        return ((YamlScalarNode)node).Value!;
    }

    /// <summary>Every scalar in the text with the style it was written in.</summary>
    public static List<(string Value, ScalarStyle Style)> Scalars(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var scalars = new List<(string, ScalarStyle)>();
        while (parser.MoveNext())
        {
            if (parser.Current is Scalar scalar)
            {
                scalars.Add((scalar.Value, scalar.Style));
            }
        }

        return scalars;
    }
}
