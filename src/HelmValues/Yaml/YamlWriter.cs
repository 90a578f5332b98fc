using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Text;
using YamlDotNet.Core;

namespace HelmValues.Yaml;

/// <summary>
/// Writes YAML one value at a time, deterministically and safely for YAML 1.1 readers (go-yaml v2 in the controller
/// and Helm) as well as YAML 1.2 ones, straight to a <see cref="TextWriter"/>.
/// </summary>
/// <remarks>
/// <para>The output contract, locked by golden tests:</para>
/// <list type="bullet">
/// <item>2-space indentation, sequences indented under their key (<c>key:\n  - a</c>), no line folding, <c>\n</c> line
/// breaks, a final newline; no anchors, aliases, tags or comments.</item>
/// <item>A string is written plain only when YAML 1.1 and YAML 1.2 both read it back as that string: <c>on</c>,
/// <c>yes</c>, <c>~</c>, <c>0755</c>, <c>1e3</c>, <c>2001-12-14</c>, <c>1:20</c> are double-quoted. Multi-line
/// strings use a literal block (<c>|</c>, <c>|-</c>, <c>|+</c>) when one keeps them exactly, double quotes otherwise.
/// Printable Unicode is written as is; control characters and characters outside the BMP are escaped.</item>
/// <item>Empty lists and mappings are written <c>[]</c> and <c>{}</c>.</item>
/// <item>Several documents are separated by <c>---</c> lines; a single document has neither <c>---</c> nor <c>...</c>
/// (except a document that is only an empty string: <c>--- ""</c>).</item>
/// <item>A key longer than 1024 characters, or with a line break, is written as an explicit key (<c>? key</c>, then
/// <c>: value</c> on the next line); a list or mapping inside a list starts on the line of its <c>-</c>
/// (<c>- name: a</c>).</item>
/// </list>
/// <para>
/// The bytes are those YamlDotNet's emitter wrote when this writer was built on it (2-space indentation, indented
/// sequences, no width limit, LF), which a property test checks on random documents.
/// </para>
/// <para>
/// Calls must nest properly: a value after each <see cref="WriteKey"/>, one root value per document; a misplaced call
/// throws <see cref="InvalidOperationException"/> instead of writing broken YAML. Disposing the writer ends the stream
/// and flushes the <see cref="TextWriter"/>, but does not close it. Write UTF-8 (or UTF-16) output.
/// </para>
/// <para>Not thread-safe; create one writer per output.</para>
/// </remarks>
/// <example>
/// <code>
/// var yaml = YamlWriter.Serialize(w =>
/// {
///     w.BeginMapping();
///     w.WriteProperty("queue", "kubernetes");
///     w.WriteProperty("debug", "on");
///     w.WriteKey("tags");
///     w.WriteSequence(["arch=arm64"], static (w, t) => w.WriteString(t));
///     w.EndMapping();
/// });
/// // queue: kubernetes
/// // debug: "on"
/// // tags:
/// //   - arch=arm64
/// </code>
/// </example>
public sealed partial class YamlWriter : IDisposable
{
    /// <summary>
    /// The longest implicit key that YAML readers accept (YAML 1.2 section 7.4, go-yaml's scanner): 1024 characters.
    /// Longer keys are written as explicit keys.
    /// </summary>
    internal const int MaxImplicitKeyLength = 1024;

    // A file's text is built by a writer and buffer kept per thread and reused: a new buffer per file was a quarter of what
    // writing a fleet allocated, and a new writer (its stacks and its sink's) 1.7 KB per stack. A buffer that grew past this
    // size is dropped rather than kept for the thread's lifetime.
    private const int MaxSpareCapacity = 256 * 1024;

    [ThreadStatic]
    private static TextBuffer? _spare;

    private readonly TextWriter _output;
    private readonly YamlSink _sink;
    private Frame[] _frames = new Frame[16];
    private int _depth = -1;
    private bool _streamEnded;

    /// <summary>Creates a writer that writes to <paramref name="output"/>.</summary>
    public YamlWriter(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _sink = new YamlTextSink(output);
    }

    private YamlWriter(TextWriter output, YamlSink sink)
    {
        _output = output;
        _sink = sink;
    }

    /// <summary>
    /// Creates a writer that hands what it writes to <paramref name="sink"/> (a <see cref="YamlTreeBuilder"/>) instead of text.
    /// </summary>
    internal YamlWriter(YamlSink sink)
    {
        _output = TextWriter.Null;
        _sink = sink;
    }

    /// <summary>The tree a reader would make of what <paramref name="write"/> writes, without writing text.</summary>
    internal static YamlSourceNode WriteTree<TState>(TState state, Action<YamlWriter, TState> write)
    {
        var tree = new YamlTreeBuilder();
        using (var writer = new YamlWriter(tree))
        {
            writer.BeginDocument();
            write(writer, state);
            writer.EndDocument();
        }

        return tree.Root ?? throw new InvalidOperationException("The writer wrote no document.");
    }

    private enum Frame : byte
    {
        DocumentRoot,
        DocumentDone,
        MappingKey,
        MappingValue,
        Sequence,
    }

    /// <summary>Writes one document with <paramref name="write"/> and returns its text.</summary>
    /// <example>
    /// <code>
    /// YamlWriter.Serialize(w => w.WriteString("yes")); // "\"yes\"\n"
    /// </code>
    /// </example>
    public static string Serialize(Action<YamlWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        return Serialize("", write, static (writer, write) => write(writer));
    }

    /// <summary>
    /// Writes one document after <paramref name="prefix"/> (a comment line, or nothing) and returns the whole text: one
    /// string, with no copy to put a header in front, and no closure (<paramref name="state"/> is what it would capture).
    /// </summary>
    internal static string Serialize<TState>(string prefix, TState state, Action<YamlWriter, TState> write) =>
        Serialize(prefix, state, write, null, static text => text.ToString());

    /// <summary>
    /// <see cref="Serialize{TState}(string, TState, Action{YamlWriter, TState})"/>, as UTF-8 (no byte order mark): what a
    /// file holds, in half the memory of its string, which is never made.
    /// </summary>
    internal static byte[] SerializeUtf8<TState>(string prefix, TState state, Action<YamlWriter, TState> write) =>
        Serialize(prefix, state, write, null, static text => Utf8Text.Encode(text));

    /// <summary>
    /// <see cref="SerializeUtf8{TState}(string, TState, Action{YamlWriter, TState})"/>, handing what is written to
    /// <paramref name="alongside"/> too, in the same walk (see <see cref="YamlTeeSink"/>).
    /// </summary>
    internal static byte[] SerializeUtf8<TState>(string prefix, TState state, Action<YamlWriter, TState> write, YamlSink alongside) =>
        Serialize(prefix, state, write, alongside, static text => Utf8Text.Encode(text));

    private static TResult Serialize<TState, TResult>(
        string prefix,
        TState state,
        Action<YamlWriter, TState> write,
        YamlSink? alongside,
        Func<StringBuilder, TResult> result
    )
    {
        // Taken, not shared: a write callback that serializes something itself gets a buffer of its own. A write that throws
        // leaves its writer mid-document, so only a finished one goes back.
        var buffer = _spare ?? new TextBuffer();
        _spare = null;
        var writer = buffer.WriterFor(alongside);
        buffer.Text.Write(prefix);
        writer.BeginDocument();
        write(writer, state);
        writer.EndDocument();
        var text = result(buffer.Text.GetStringBuilder());
        _spare = buffer.Restart() ? buffer : null;
        return text;
    }

    /// <summary>Starts a document. Every document after the first is preceded by a <c>---</c> line.</summary>
    public void BeginDocument()
    {
        if (_depth >= 0 || _streamEnded)
        {
            throw new InvalidOperationException(_streamEnded ? "The writer is disposed." : "A document is already open.");
        }

        _sink.BeginDocument();
        Push(Frame.DocumentRoot);
    }

    /// <summary>Ends the document; its text, final newline included, is then written to the output.</summary>
    public void EndDocument()
    {
        if (_depth != 0 || _frames[0] != Frame.DocumentDone)
        {
            throw new InvalidOperationException(
                _depth < 0 ? "No document is open." : "The document is incomplete: write one root value and close every mapping and list."
            );
        }

        _sink.EndDocument();
        _depth = -1;
    }

    /// <summary>Flushes the underlying <see cref="TextWriter"/>.</summary>
    public void Flush() => _output.Flush();

    /// <summary>Ends the YAML stream and flushes the output. The <see cref="TextWriter"/> stays open.</summary>
    public void Dispose()
    {
        _streamEnded = true;
        _output.Flush();
    }

    /// <summary>Starts a mapping (as the root, a list item, or the value of a key).</summary>
    public void BeginMapping()
    {
        BeforeValue();
        _sink.BeginMapping();
        Push(Frame.MappingKey);
    }

    /// <summary>Ends the current mapping. A mapping without entries is written <c>{}</c>.</summary>
    public void EndMapping()
    {
        if (_depth < 0 || _frames[_depth] != Frame.MappingKey)
        {
            throw new InvalidOperationException(
                _depth >= 0 && _frames[_depth] == Frame.MappingValue ? "The last key has no value." : "No mapping is open."
            );
        }

        _sink.EndMapping();
        _depth--;
    }

    /// <summary>Starts a list (as the root, a list item, or the value of a key).</summary>
    public void BeginSequence()
    {
        BeforeValue();
        _sink.BeginSequence();
        Push(Frame.Sequence);
    }

    /// <summary>Ends the current list. A list without items is written <c>[]</c>.</summary>
    public void EndSequence()
    {
        if (_depth < 0 || _frames[_depth] != Frame.Sequence)
        {
            throw new InvalidOperationException("No list is open.");
        }

        _sink.EndSequence();
        _depth--;
    }

    /// <summary>Writes a mapping key; the next call writes its value. Keys are quoted like string values, never block scalars.</summary>
    /// <exception cref="ArgumentException">The key cannot be written as YAML (an unpaired surrogate, or too long once escaped).</exception>
    public void WriteKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_depth < 0 || _frames[_depth] != Frame.MappingKey)
        {
            throw new InvalidOperationException(
                _depth >= 0 && _frames[_depth] == Frame.MappingValue
                    ? "The previous key has no value yet."
                    : "Keys can only be written inside a mapping."
            );
        }

        var style = KeyStyles.For(key);
        if (
            style == ScalarStyle.DoubleQuoted
            && key.Length <= MaxImplicitKeyLength
            && ScalarStyleChooser.DoubleQuotedLength(key) > MaxImplicitKeyLength
        )
        {
            // It would be written as an implicit key (the length that makes a key explicit is its own, not its quoted
            // text's), which YAML readers refuse past 1024 characters.
            throw new ArgumentException(
                "The key is longer than 1024 characters once quoted and escaped; YAML readers refuse such keys.",
                nameof(key)
            );
        }

        _sink.WriteKey(key, style);
        _frames[_depth] = Frame.MappingValue;
    }

    /// <summary>Writes a string: plain when that is safe, otherwise as a literal block or double-quoted.</summary>
    /// <exception cref="ArgumentException">The string has an unpaired UTF-16 surrogate.</exception>
    public void WriteString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var style = ScalarStyleChooser.ForValue(value);
        BeforeValue();
        _sink.WriteScalar(value, style);
    }

    /// <summary>
    /// Writes <paramref name="value"/> as <see cref="WriteString"/> writes it as a string, but without that string when it is
    /// plain (<see cref="ScalarStyleChooser.IsPlainString"/>): the sink takes it from the caller's buffer.
    /// </summary>
    internal void WriteChars(ReadOnlySpan<char> value)
    {
        if (ScalarStyleChooser.IsPlainString(value))
        {
            BeforeValue();
            _sink.WritePlainScalar(value);
        }
        else
        {
            WriteString(value.ToString());
        }
    }

    /// <summary>
    /// Writes <paramref name="bytes"/> as base64 text, as <see cref="WriteString"/> writes <c>Convert.ToBase64String(bytes)</c>,
    /// from a pooled buffer (<see cref="WriteChars"/>): Secret data is written for every Secret of every stack.
    /// </summary>
    internal void WriteBase64(byte[] bytes)
    {
        var chars = ArrayPool<char>.Shared.Rent((bytes.Length + 2) / 3 * 4);
        try
        {
            Convert.TryToBase64Chars(bytes, chars, out var written);
            WriteChars(chars.AsSpan(0, written));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Writes <c>true</c> or <c>false</c>.</summary>
    public void WriteBoolean(bool value) => WritePlain(value ? "true" : "false");

    /// <summary>Writes an integer in decimal.</summary>
    public void WriteInteger(long value) => WritePlain(YamlNumberFormat.FormatInteger(value));

    /// <summary>
    /// Writes a float so that it stays a float with the same value: <c>1.0</c>, <c>0.5</c>, <c>1.0e+20</c>, <c>.inf</c>,
    /// <c>-.inf</c>, <c>.nan</c> (shortest round-trip digits, invariant culture).
    /// </summary>
    public void WriteNumber(double value) => WritePlain(YamlNumberFormat.FormatDouble(value));

    /// <summary>Writes <c>null</c>.</summary>
    public void WriteNull() => WritePlain("null");

    /// <summary>Writes a Go duration string such as <c>1h30m</c> (see <see cref="GoDuration.Format"/>).</summary>
    public void WriteDuration(TimeSpan value) => WriteString(GoDuration.Format(value));

    /// <summary>Writes an untyped value; plain scalars loaded from a file are written exactly as they were.</summary>
    public void WriteValue(YamlValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        switch (value.Kind)
        {
            case YamlValueKind.Scalar when value.IsString:
                WriteString(value.Text!);
                break;
            case YamlValueKind.Scalar:
                WritePlain(value.Text!);
                break;
            case YamlValueKind.Sequence:
                BeginSequence();
                foreach (var item in value.Items)
                {
                    WriteValue(item);
                }

                EndSequence();
                break;
            default:
                BeginMapping();
                foreach (var entry in value.Entries)
                {
                    WriteKey(entry.Key);
                    WriteValue(entry.Value);
                }

                EndMapping();
                break;
        }
    }

    // Numbers, booleans, null and loaded plain scalars: the caller guarantees a valid plain text.
    private void WritePlain(string text)
    {
        BeforeValue();
        _sink.WriteScalar(text, ScalarStyle.Plain);
    }

    private void BeforeValue()
    {
        if (_depth < 0)
        {
            throw new InvalidOperationException(_streamEnded ? "The writer is disposed." : "Call BeginDocument before writing values.");
        }

        switch (_frames[_depth])
        {
            case Frame.DocumentRoot:
                _frames[_depth] = Frame.DocumentDone;
                break;
            case Frame.MappingValue:
                _frames[_depth] = Frame.MappingKey;
                break;
            case Frame.Sequence:
                break;
            case Frame.MappingKey:
                throw new InvalidOperationException("Write a key before each value in a mapping.");
            default:
                throw new InvalidOperationException("A document has exactly one root value.");
        }
    }

    private void Push(Frame frame)
    {
        if (++_depth == _frames.Length)
        {
            Array.Resize(ref _frames, _frames.Length * 2);
        }

        _frames[_depth] = frame;
    }

    // The reusable writer of Serialize: a writer, its text sink and the buffer they write to.
    private sealed class TextBuffer
    {
        private readonly YamlTextSink _sink;
        private readonly YamlWriter _writer;

        // The writer to the text and a second sink, made the first time one is asked for.
        private YamlTeeSink? _tee;
        private YamlWriter? _teeWriter;

        public TextBuffer()
        {
            Text = new StringWriter(new StringBuilder(1024), CultureInfo.InvariantCulture);
            _sink = new YamlTextSink(Text);
            _writer = new YamlWriter(Text, _sink);
        }

        public StringWriter Text { get; }

        /// <summary>The writer for one document: to the text, and to <paramref name="alongside"/> too when there is one.</summary>
        public YamlWriter WriterFor(YamlSink? alongside)
        {
            if (alongside is null)
            {
                return _writer;
            }

            _tee ??= new YamlTeeSink(_sink);
            _teeWriter ??= new YamlWriter(Text, _tee);
            _tee.Alongside = alongside;
            return _teeWriter;
        }

        /// <summary>Empties the buffer for the next document; false when it grew too large to keep.</summary>
        public bool Restart()
        {
            _sink.StartStream();
            if (_tee is not null)
            {
                _tee.Alongside = null;
            }

            return Text.GetStringBuilder().Clear().Capacity <= MaxSpareCapacity;
        }
    }
}
