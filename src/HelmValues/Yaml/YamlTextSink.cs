using System;
using System.Buffers;
using System.IO;
using YamlDotNet.Core;

namespace HelmValues.Yaml;

/// <summary>
/// Lays out what a <see cref="YamlWriter"/> writes as block YAML text: 2-space indentation, list items indented under
/// their key, <c>[]</c> and <c>{}</c> for empty collections, <c>---</c> between documents.
/// </summary>
/// <remarks>
/// <para>The layout, byte for byte what YamlDotNet's emitter writes with the settings this library used before it had a
/// writer of its own (a test in HelmValues.Tests replays random documents through that emitter and compares):</para>
/// <list type="bullet">
/// <item>A collection nested in another is indented one step deeper; a list or mapping that is a list item, or the value
/// of an explicit key, starts on the line of its <c>-</c> or <c>:</c> (<c>- a: 1</c>, <c>- - x</c>).</item>
/// <item>A key longer than <see cref="YamlWriter.MaxImplicitKeyLength"/> characters, or with a line break in it, is an
/// explicit key: <c>? key</c>, then <c>: value</c> on the next line.</item>
/// <item>A literal block's lines are indented one step deeper than the collection that holds it (two spaces at the root).</item>
/// <item>The first document has no <c>---</c>, unless its root is an empty string: <c>--- ""</c>.</item>
/// </list>
/// <para>A collection writes nothing until its first entry, so an empty one can still be written <c>{}</c> or <c>[]</c>.</para>
/// </remarks>
internal sealed class YamlTextSink(TextWriter output) : YamlSink
{
    private const int Step = 2;

    // The line breaks of YAML 1.1: a key with one in it, even escaped, is written as an explicit key.
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u0085\u2028\u2029");

    private Collection[] _open = new Collection[16];
    private int _depth;
    private Position _position = Position.LineStart;
    private bool _firstDocument = true;

    // Where the next thing written goes.
    private enum Position : byte
    {
        // At the start of an empty line: the start of the text, or after a document or a literal block.
        LineStart,

        // After a list item's "-" or an explicit key's ":": a collection's first entry goes on this line.
        AfterIndicator,

        // After anything else on a line.
        InLine,
    }

    // The indentation of the innermost collection's entries; 0 at a document's root.
    private int Indentation => _depth == 0 ? 0 : _open[_depth - 1].Indentation;

    public override void BeginDocument()
    {
        if (!_firstDocument)
        {
            output.Write("---");
            _position = Position.InLine;
        }
    }

    public override void EndDocument()
    {
        if (_position != Position.LineStart)
        {
            output.Write('\n');
            _position = Position.LineStart;
        }

        _firstDocument = false;
    }

    /// <summary>Starts a new stream after a complete document: the next document is a first one again (no <c>---</c>).</summary>
    public void StartStream() => _firstDocument = true;

    public override void BeginMapping() => Open(isMapping: true);

    public override void EndMapping() => Close("{}");

    public override void BeginSequence() => Open(isMapping: false);

    public override void EndSequence() => Close("[]");

    public override void WriteKey(string key, ScalarStyle style)
    {
        var indentation = StartEntry();
        if (key.Length <= YamlWriter.MaxImplicitKeyLength && !key.AsSpan().ContainsAny(LineBreaks))
        {
            WriteText(key, style);
            output.Write(':');
            _position = Position.InLine;
            return;
        }

        output.Write("? ");
        WriteText(key, style);
        WriteLineStart(indentation);
        output.Write(':');
        _position = Position.AfterIndicator;
    }

    public override void WriteScalar(string text, ScalarStyle style)
    {
        if (_depth == 0 && _firstDocument && text.Length == 0)
        {
            // Kept from YamlDotNet's emitter, for the same bytes: a document that is an empty scalar is marked, even the first.
            output.Write("---");
            _position = Position.InLine;
        }

        StartItem();
        WriteSeparator();

        if (style == ScalarStyle.Literal)
        {
            YamlScalarText.WriteLiteral(output, text, Indentation + Step);
            _position = text[^1] == '\n' ? Position.LineStart : Position.InLine;
            return;
        }

        WriteText(text, style);
        _position = Position.InLine;
    }

    public override void WritePlainScalar(ReadOnlySpan<char> text)
    {
        StartItem();
        WriteSeparator();
        output.Write(text);
        _position = Position.InLine;
    }

    private void Open(bool isMapping)
    {
        StartItem();
        if (_depth == _open.Length)
        {
            Array.Resize(ref _open, _open.Length * 2);
        }

        _open[_depth] = new Collection(isMapping, _depth == 0 ? 0 : Indentation + Step);
        _depth++;
    }

    private void Close(string empty)
    {
        if (_open[--_depth].IsEmpty)
        {
            WriteSeparator();
            output.Write(empty);
            _position = Position.InLine;
        }
    }

    // A value in a list is an item: it follows a "-".
    private void StartItem()
    {
        if (_depth > 0 && !_open[_depth - 1].IsMapping)
        {
            StartEntry();
            output.Write('-');
            _position = Position.AfterIndicator;
        }
    }

    // Goes to where the next entry of the innermost collection starts, and returns that collection's indentation.
    private int StartEntry()
    {
        ref var collection = ref _open[_depth - 1];
        collection.IsEmpty = false;
        switch (_position)
        {
            case Position.AfterIndicator:
                output.Write(' ');
                break;
            case Position.LineStart:
                YamlScalarText.WriteIndentation(output, collection.Indentation);
                break;
            default:
                WriteLineStart(collection.Indentation);
                break;
        }

        return collection.Indentation;
    }

    // The blank between an indicator ("-", ":", "---") and the value after it.
    private void WriteSeparator()
    {
        if (_position != Position.LineStart)
        {
            output.Write(' ');
        }
    }

    private void WriteLineStart(int indentation)
    {
        output.Write('\n');
        YamlScalarText.WriteIndentation(output, indentation);
    }

    private void WriteText(string text, ScalarStyle style)
    {
        if (style == ScalarStyle.DoubleQuoted)
        {
            YamlScalarText.WriteDoubleQuoted(output, text);
        }
        else
        {
            output.Write(text);
        }
    }

    private struct Collection(bool isMapping, int indentation)
    {
        public readonly bool IsMapping = isMapping;
        public readonly int Indentation = indentation;
        public bool IsEmpty = true;
    }
}
