using System;
using System.Globalization;
using System.IO;

namespace HelmValues.Yaml;

/// <summary>
/// The text of a scalar in the style <see cref="ScalarStyleChooser"/> chose for it: double-quoted with escapes, or a
/// literal block. Plain scalars need nothing: they are their text.
/// </summary>
internal static class YamlScalarText
{
    private const string Spaces = "                                                                ";

    /// <summary>
    /// Writes <paramref name="text"/> in double quotes. Printable characters, tabs and spaces are written as they are;
    /// the rest as escapes: the short ones (<c>\"</c>, <c>\\</c>, <c>\0</c>, <c>\a</c>, <c>\b</c>, <c>\n</c>, <c>\v</c>,
    /// <c>\f</c>, <c>\r</c>, <c>\e</c>, <c>\N</c>, <c>\L</c>, <c>\P</c>), then <c>\xXX</c>, <c>\uXXXX</c>, and
    /// <c>\UXXXXXXXX</c> for characters outside the BMP. The text has no unpaired surrogate.
    /// </summary>
    public static void WriteDoubleQuoted(TextWriter output, string text)
    {
        output.Write('"');
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsWrittenAsIs(c))
            {
                continue;
            }

            output.Write(text.AsSpan(start, i - start));
            output.Write('\\');
            if (ShortEscape(c) is { } letter)
            {
                output.Write(letter);
            }
            else if (char.IsHighSurrogate(c))
            {
                output.Write('U');
                output.Write(char.ConvertToUtf32(c, text[++i]).ToString("X8", CultureInfo.InvariantCulture));
            }
            else
            {
                output.Write(c <= '\u00FF' ? 'x' : 'u');
                output.Write(((int)c).ToString(c <= '\u00FF' ? "X2" : "X4", CultureInfo.InvariantCulture));
            }

            start = i + 1;
        }

        output.Write(text.AsSpan(start));
        output.Write('"');
    }

    /// <summary>
    /// Writes <paramref name="text"/> as a literal block: the header (<c>|</c>, an indentation indicator when the first
    /// line starts with a space or is empty, the chomping indicator), then each line indented by
    /// <paramref name="indentation"/> spaces; empty lines stay empty. The text has content, only <c>\n</c> line breaks
    /// and printable characters (what the chooser allows).
    /// </summary>
    public static void WriteLiteral(TextWriter output, string text, int indentation)
    {
        output.Write('|');
        if (text[0] is ' ' or '\n')
        {
            // Relative to the parent's indentation, which is the content's less one step.
            output.Write('2');
        }

        // Strip the final line break when there is none (-), keep all the final ones when there are several (+), clip to
        // one otherwise.
        if (text[^1] != '\n')
        {
            output.Write('-');
        }
        else if (text.Length >= 2 && text[^2] == '\n')
        {
            output.Write('+');
        }

        var rest = text.AsSpan();
        while (true)
        {
            output.Write('\n');
            var end = rest.IndexOf('\n');
            var line = end < 0 ? rest : rest[..end];
            if (!line.IsEmpty)
            {
                WriteIndentation(output, indentation);
                output.Write(line);
            }

            if (end < 0)
            {
                return;
            }

            rest = rest[(end + 1)..];
        }
    }

    /// <summary>Writes <paramref name="count"/> spaces.</summary>
    public static void WriteIndentation(TextWriter output, int count)
    {
        for (; count > Spaces.Length; count -= Spaces.Length)
        {
            output.Write(Spaces);
        }

        output.Write(Spaces.AsSpan(0, count));
    }

    // Printable characters that need no escape: what YAML 1.2 calls printable in the BMP, less the quote, the
    // backslash, and the line and paragraph separators (line breaks for YAML 1.1 readers).
    private static bool IsWrittenAsIs(char c) =>
        c is '\t' or (>= ' ' and <= '~') or (>= '\u00A0' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD')
        && c is not ('"' or '\\' or '\u2028' or '\u2029');

    private static char? ShortEscape(char c) =>
        c switch
        {
            '\0' => '0',
            '\a' => 'a',
            '\b' => 'b',
            '\n' => 'n',
            '\v' => 'v',
            '\f' => 'f',
            '\r' => 'r',
            '\x1B' => 'e',
            '"' => '"',
            '\\' => '\\',
            '\u0085' => 'N',
            '\u2028' => 'L',
            '\u2029' => 'P',
            _ => null,
        };
}
