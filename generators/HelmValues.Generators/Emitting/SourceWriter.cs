using System;
using System.Text;

namespace HelmValues.Generators.Emitting;

/// <summary>An indented text writer for generated C#: LF newlines, four-space indents, nothing culture-dependent.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public void WriteLine(string line = "")
    {
        if (line.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
            _builder.Append(line);
        }

        _builder.Append('\n');
    }

    /// <summary>Writes <c>{</c>, indents, and writes <c>}</c> (plus <paramref name="suffix"/>) when disposed.</summary>
    public Block WriteBlock(string suffix = "")
    {
        WriteLine("{");
        _indent++;
        return new Block(this, suffix);
    }

    /// <summary>Writes an XML doc comment, one <c>///</c> line per line of text, with XML escaped.</summary>
    public void WriteDoc(string element, string? text, string attributes = "")
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var lines = text!.Replace("\r\n", "\n").Split('\n');
        if (lines.Length == 1)
        {
            WriteLine($"/// <{element}{attributes}>{Escape(lines[0].Trim())}</{element}>");
            return;
        }

        WriteLine($"/// <{element}{attributes}>");
        foreach (var line in lines)
        {
            WriteLine(("/// " + Escape(line.TrimEnd())).TrimEnd());
        }

        WriteLine($"/// </{element}>");
    }

    /// <summary>Writes a raw (already XML) doc line.</summary>
    public void WriteDocLine(string xml) => WriteLine("/// " + xml);

    /// <summary>
    /// Text for an XML doc comment line: XML escaped, and characters XML or a <c>///</c> line cannot hold (control
    /// characters, and U+0085, U+2028 and U+2029, which end a line in C#) written as <c>\uXXXX</c>, so a key such as
    /// <c>"a\nb"</c> stays on its comment line.
    /// </summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                default:
                    Naming.IdentifierNames.AppendSourceSafe(builder, c);
                    break;
            }
        }

        return builder.ToString();
    }

    public override string ToString() => _builder.ToString();

    public readonly struct Block : IDisposable
    {
        private readonly SourceWriter _writer;
        private readonly string _suffix;

        public Block(SourceWriter writer, string suffix)
        {
            _writer = writer;
            _suffix = suffix;
        }

        public void Dispose()
        {
            _writer._indent--;
            _writer.WriteLine("}" + _suffix);
        }
    }
}
