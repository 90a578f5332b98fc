using System;
using YamlDotNet.Core;

namespace HelmValues.Yaml;

/// <summary>
/// Hands everything a <see cref="YamlWriter"/> writes to two sinks: the text of a document and, in the same walk, the value
/// that Helm's verdict reads (see <see cref="YamlWriter.SerializeUtf8{TState}(string, TState, Action{YamlWriter, TState}, YamlSink)"/>).
/// </summary>
/// <remarks>
/// Writing values walks the typed records and chooses each scalar's style; the walk costs as much as either sink, so a file
/// that is both judged and written is walked once rather than twice.
/// </remarks>
internal sealed class YamlTeeSink(YamlSink first) : YamlSink
{
    /// <summary>The second sink, for one document at a time; null between documents.</summary>
    public YamlSink? Alongside { get; set; }

    private YamlSink Second => Alongside ?? throw new InvalidOperationException("The tee has no second sink.");

    public override void BeginDocument()
    {
        first.BeginDocument();
        Second.BeginDocument();
    }

    public override void EndDocument()
    {
        first.EndDocument();
        Second.EndDocument();
    }

    public override void BeginMapping()
    {
        first.BeginMapping();
        Second.BeginMapping();
    }

    public override void EndMapping()
    {
        first.EndMapping();
        Second.EndMapping();
    }

    public override void BeginSequence()
    {
        first.BeginSequence();
        Second.BeginSequence();
    }

    public override void EndSequence()
    {
        first.EndSequence();
        Second.EndSequence();
    }

    public override void WriteKey(string key, ScalarStyle style)
    {
        first.WriteKey(key, style);
        Second.WriteKey(key, style);
    }

    public override void WriteScalar(string text, ScalarStyle style)
    {
        first.WriteScalar(text, style);
        Second.WriteScalar(text, style);
    }

    public override void WritePlainScalar(ReadOnlySpan<char> value)
    {
        first.WritePlainScalar(value);
        Second.WritePlainScalar(value);
    }
}
