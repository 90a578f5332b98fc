using System;
using System.Globalization;
using System.Reflection;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace HelmValues.Yaml;

/// <summary>
/// YamlDotNet's parsing events for a chart's defaults, recorded by the generator when it compiled the chart (its
/// <c>YamlEventRecorder</c>) and replayed here instead of parsing the text again: <see cref="YamlDocumentReader"/> makes
/// the same tree of them, without the scanner and parser, whose first run costs an app's start some tens of milliseconds
/// (YamlDotNet is not precompiled).
/// </summary>
/// <remarks>
/// <para>
/// The recording is <c>version</c>, a line break, then one record per event: a letter for its kind, its start line and
/// column each ended by a comma, then for node events the anchor and the tag, for scalars the style (a digit, YamlDotNet's
/// <see cref="ScalarStyle"/>) and the value, for aliases the anchor's name. Each string is its length in UTF-16 code units,
/// a colon, and its characters. Kinds: <c>S</c>/<c>s</c> stream start and end, <c>D</c>/<c>d</c> document, <c>M</c>/<c>m</c>
/// mapping, <c>Q</c>/<c>q</c> sequence, <c>V</c> scalar, <c>A</c> alias.
/// </para>
/// <para>
/// Only what the reader reads is kept: start positions (the end is the start, the index 0), and no document directives. A
/// recording made by another version of YamlDotNet than the one loaded is not used (<see cref="TryOpen"/>), so the defaults
/// are always read as the app's YamlDotNet reads them.
/// </para>
/// </remarks>
internal sealed class RecordedYamlEvents : IParser
{
    private readonly string _recording;
    private int _position;

    private RecordedYamlEvents(string recording, int start)
    {
        _recording = recording;
        _position = start;
    }

    /// <summary>The version of the YamlDotNet loaded, as recordings name theirs.</summary>
    public static string LoadedVersion { get; } =
        typeof(Parser).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";

    /// <inheritdoc/>
    public ParsingEvent? Current { get; private set; }

    /// <summary>A parser replaying <paramref name="recording"/>, or null when another YamlDotNet made it.</summary>
    /// <param name="recording">The generator's recording.</param>
    public static RecordedYamlEvents? TryOpen(string recording)
    {
        var header = recording.IndexOf('\n', StringComparison.Ordinal);
        return header > 0 && recording.AsSpan(0, header).SequenceEqual(LoadedVersion)
            ? new RecordedYamlEvents(recording, header + 1)
            : null;
    }

    /// <inheritdoc/>
    public bool MoveNext()
    {
        if (_position == _recording.Length)
        {
            Current = null;
            return false;
        }

        var kind = _recording[_position++];
        var start = new Mark(0, Number(), Number());
        Current = kind switch
        {
            'S' => new StreamStart(start, start),
            's' => new StreamEnd(start, start),
            'D' => new DocumentStart(null, null, isImplicit: true, start, start),
            'd' => new DocumentEnd(isImplicit: true, start, start),
            'M' => new MappingStart(Anchor(), Tag(), isImplicit: true, MappingStyle.Any, start, start),
            'm' => new MappingEnd(start, start),
            'Q' => new SequenceStart(Anchor(), Tag(), isImplicit: true, SequenceStyle.Any, start, start),
            'q' => new SequenceEnd(start, start),
            'V' => Scalar(start),
            'A' => new AnchorAlias(new AnchorName(Text()), start, start),
            _ => throw new FormatException($"a recording of YAML events has an unknown event '{kind}' at {_position - 1}"),
        };
        return true;
    }

    private Scalar Scalar(Mark start)
    {
        var anchor = Anchor();
        var tag = Tag();
        var style = (ScalarStyle)(_recording[_position++] - '0');
        var plain = style == ScalarStyle.Plain;
        return new Scalar(
            anchor,
            tag,
            Text(),
            style,
            isPlainImplicit: tag.IsEmpty && plain,
            isQuotedImplicit: tag.IsEmpty && !plain,
            start,
            start
        );
    }

    // default, not AnchorName.Empty: the first use of AnchorName's statics builds its compiled Regex, tens of milliseconds of
    // an app's start (the parser pays them, and replaying is to spare them). A document with anchors pays them here too.
    private AnchorName Anchor() => Text() is { Length: > 0 } name ? new AnchorName(name) : default;

    private TagName Tag() => Text() is { Length: > 0 } name ? new TagName(name) : default;

    private string Text()
    {
        var length = Number(':');
        var text = _recording.Substring(_position, length);
        _position += length;
        return text;
    }

    private int Number(char end = ',')
    {
        var stop = _recording.IndexOf(end, _position);
        var number = int.Parse(_recording.AsSpan(_position, stop - _position), NumberStyles.None, CultureInfo.InvariantCulture);
        _position = stop + 1;
        return number;
    }
}
