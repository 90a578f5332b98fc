using System;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace HelmValues.Generators.Parsing;

/// <summary>
/// Records YamlDotNet's parsing events for a chart's <c>values.yaml</c>, which the generated chart hands to the runtime's
/// <c>HelmChart</c>: its first validation replays them (<c>RecordedYamlEvents</c>, whose remarks give the format) instead
/// of running YamlDotNet's scanner and parser for the first time in the app.
/// </summary>
/// <remarks>
/// Records only text the runtime would parse to the same events with the same YamlDotNet: none with a tab (the runtime's
/// scanner refuses some tabs in indentation) or a byte-order mark (the runtime drops it first), and none YamlDotNet
/// fails on (the runtime reports the problem from the text). Those defaults are parsed at run time, as before.
/// </remarks>
internal static class YamlEventRecorder
{
    /// <summary>The recording, or null when the runtime should parse the text itself.</summary>
    /// <param name="yaml">The chart's defaults.</param>
    public static string? Record(string yaml)
    {
        if (yaml.IndexOf('\t') >= 0 || (yaml.Length > 0 && yaml[0] == '\uFEFF'))
        {
            return null;
        }

        var recording = new StringBuilder(yaml.Length * 2);
        recording.Append(Version).Append('\n');
        try
        {
            var parser = new Parser(new Scanner(new StringReader(yaml), skipComments: true));
            while (parser.MoveNext())
            {
                Append(recording, parser.Current!);
            }
        }
        catch (Exception)
        {
            // A YamlException, or another one YamlDotNet throws on some broken text (the runtime reports both as problems).
            return null;
        }

        return recording.ToString();
    }

    // The version of the YamlDotNet that parsed, which the runtime compares with its own.
    private static string Version { get; } =
        typeof(Parser).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";

    private static void Append(StringBuilder recording, ParsingEvent parsingEvent)
    {
        var kind = parsingEvent switch
        {
            StreamStart => 'S',
            StreamEnd => 's',
            DocumentStart => 'D',
            DocumentEnd => 'd',
            MappingStart => 'M',
            MappingEnd => 'm',
            SequenceStart => 'Q',
            SequenceEnd => 'q',
            Scalar => 'V',
            AnchorAlias => 'A',
            _ => throw new InvalidOperationException(
                $"YamlDotNet gave an event the recording has no kind for: {parsingEvent.GetType().Name}"
            ),
        };
        recording.Append(kind);
        Number(recording, parsingEvent.Start.Line);
        Number(recording, parsingEvent.Start.Column);
        switch (parsingEvent)
        {
            case Scalar scalar:
                Node(recording, scalar);
                recording.Append((char)('0' + (int)scalar.Style));
                Text(recording, scalar.Value);
                break;
            case NodeEvent node:
                Node(recording, node);
                break;
            case AnchorAlias alias:
                Text(recording, alias.Value.Value);
                break;
        }
    }

    private static void Node(StringBuilder recording, NodeEvent node)
    {
        Text(recording, node.Anchor.IsEmpty ? "" : node.Anchor.Value);
        Text(recording, node.Tag.IsEmpty ? "" : node.Tag.Value);
    }

    private static void Number(StringBuilder recording, long number) =>
        recording.Append(number.ToString(CultureInfo.InvariantCulture)).Append(',');

    private static void Text(StringBuilder recording, string text) =>
        recording.Append(text.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(text);
}
