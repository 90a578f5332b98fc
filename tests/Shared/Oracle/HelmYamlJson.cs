using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace HelmValues.Testing;

/// <summary>
/// YAML as the JSON Helm makes of it (sigs.k8s.io/yaml over go-yaml v2), for test oracles: read with YamlDotNet's
/// representation model and typed by go-yaml v2's published rules, sharing no code with the library.
/// </summary>
internal static partial class HelmYamlJson
{
    /// <summary>The document as JSON; an empty document is <c>{}</c>.</summary>
    public static JsonNode? FromYaml(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? new JsonObject() : ToJson(stream.Documents[0].RootNode) ?? new JsonObject();
    }

    private static JsonNode? ToJson(YamlNode node) =>
        node switch
        {
            YamlMappingNode mapping => new JsonObject(
                mapping.Children.Select(e => KeyValuePair.Create(((YamlScalarNode)e.Key).Value ?? "", ToJson(e.Value)))
            ),
            YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToJson).ToArray()),
            YamlScalarNode scalar => Scalar(scalar),
            _ => throw new FormatException($"unexpected YAML node {node.NodeType}"),
        };

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style != YamlDotNet.Core.ScalarStyle.Plain || scalar.Tag == "tag:yaml.org,2002:str")
        {
            return JsonValue.Create(text);
        }

        if (Null().IsMatch(text))
        {
            return null;
        }

        if (Bool().IsMatch(text))
        {
            return JsonValue.Create(text[0] is 'y' or 'Y' or 't' or 'T' || text is "on" or "On" or "ON");
        }

        var digits = text.Replace("_", "");
        if (Decimal().IsMatch(digits))
        {
            return JsonValue.Create(double.Parse(digits, CultureInfo.InvariantCulture));
        }

        return Float().IsMatch(digits) ? JsonValue.Create(double.Parse(digits, CultureInfo.InvariantCulture)) : JsonValue.Create(text);
    }

    [GeneratedRegex("^(~|null|Null|NULL|)$")]
    private static partial Regex Null();

    [GeneratedRegex("^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$")]
    private static partial Regex Bool();

    [GeneratedRegex("^[-+]?(0|[1-9][0-9]*)$")]
    private static partial Regex Decimal();

    [GeneratedRegex(@"^[-+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
