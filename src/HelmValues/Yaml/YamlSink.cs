using System;
using YamlDotNet.Core;

namespace HelmValues.Yaml;

/// <summary>
/// Where a <see cref="YamlWriter"/> sends what it writes, once it has checked that the calls nest and chosen each
/// scalar's style: YAML text (<see cref="YamlTextSink"/>) or the tree a reader would make of it (<see cref="YamlTreeBuilder"/>).
/// </summary>
/// <remarks>
/// <para>
/// Calls arrive well nested: one root value per document, a key before each value of a mapping. A key's style is
/// <see cref="ScalarStyle.Plain"/> or <see cref="ScalarStyle.DoubleQuoted"/>; a value's may also be
/// <see cref="ScalarStyle.Literal"/>, for text whose only line breaks are <c>\n</c> and whose characters are printable.
/// </para>
/// <para>
/// An abstract class rather than an interface: every value written goes through here, to several kinds of sink in one run
/// (the JSON Helm's verdict reads, the text, and <see cref="YamlTeeSink"/> feeding both), and a virtual call costs less than
/// an interface call that sees them all.
/// </para>
/// </remarks>
internal abstract class YamlSink
{
    /// <summary>Starts a document.</summary>
    public abstract void BeginDocument();

    /// <summary>Ends the document.</summary>
    public abstract void EndDocument();

    /// <summary>Starts a mapping.</summary>
    public abstract void BeginMapping();

    /// <summary>Ends the mapping; it may have no entries.</summary>
    public abstract void EndMapping();

    /// <summary>Starts a list.</summary>
    public abstract void BeginSequence();

    /// <summary>Ends the list; it may have no items.</summary>
    public abstract void EndSequence();

    /// <summary>A mapping key, in <paramref name="style"/>.</summary>
    public abstract void WriteKey(string key, ScalarStyle style);

    /// <summary>A scalar value, in <paramref name="style"/>.</summary>
    public abstract void WriteScalar(string text, ScalarStyle style);

    /// <summary>
    /// A non-empty scalar value in <see cref="ScalarStyle.Plain"/> style, from a buffer: a sink that writes text needs no string
    /// of it (see <see cref="YamlWriter.WriteBase64"/>).
    /// </summary>
    public virtual void WritePlainScalar(ReadOnlySpan<char> text) => WriteScalar(text.ToString(), ScalarStyle.Plain);
}
