using System.Buffers;
using System.Text;
using HelmValues.Yaml;
using YamlDotNet.Core;

namespace HelmValues.Tests.Yaml;

/// <summary>
/// The rules of <see cref="ScalarStyleChooser"/> written out one at a time, character by character, with no shortcut:
/// the oracle that the chooser's run-skipping scan is compared with (<see cref="ScalarStyleChooserPropertyTests"/>).
/// Keep it slow and obvious; a rule changed in the chooser must be changed here too, in its own words.
/// </summary>
internal static class ScalarStyleReference
{
    private const string LeadingIndicators = "-?:,[]{}#&*!|>'\"%@`";

    /// <summary>The style the chooser must pick, or null where it must throw (an unpaired surrogate).</summary>
    public static ScalarStyle? Choose(string value, bool isKey)
    {
        if (HasUnpairedSurrogate(value))
        {
            return null;
        }

        if (IsPlainSafe(value, isKey) && Yaml11Scalars.Resolve(value) == YamlScalarKind.String)
        {
            return ScalarStyle.Plain;
        }

        return !isKey && IsLiteralSafe(value) ? ScalarStyle.Literal : ScalarStyle.DoubleQuoted;
    }

    /// <summary>What <see cref="ScalarStyleChooser.IsValidPlain"/> must answer.</summary>
    public static bool IsValidPlain(string text)
    {
        if (text.Length == 0 || text.StartsWith("---", StringComparison.Ordinal) || text.StartsWith("...", StringComparison.Ordinal))
        {
            return false;
        }

        var first = text[0];
        var indicatorBeforeNonBlank = first is '-' or '?' or ':' && text.Length > 1 && !IsBlank(text[1]);
        if (LeadingIndicators.Contains(first) && !indicatorBeforeNonBlank)
        {
            return false;
        }

        if (IsBlank(first) || IsBlank(text[^1]) || text[^1] == ':')
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c != '\t' && !IsPrintable(c)) || (c == ':' && IsBlankAt(text, i + 1)) || (c == '#' && IsBlankAt(text, i - 1)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The reference's own list of printable characters, from the chooser's comment rather than its code.</summary>
    public static bool IsPrintable(char c) =>
        !(
            c < ' '
            || c is >= '\u007F' and <= '\u009F'
            || char.IsSurrogate(c)
            || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF'
        );

    // .NET's own UTF-16 decoder, rather than a loop over surrogates like the chooser's.
    private static bool HasUnpairedSurrogate(string value)
    {
        for (var rest = value.AsSpan(); !rest.IsEmpty; )
        {
            if (Rune.DecodeFromUtf16(rest, out _, out var consumed) != OperationStatus.Done)
            {
                return true;
            }

            rest = rest[consumed..];
        }

        return false;
    }

    // Plain: no indicator, blank or "..." at the start, no blank or ':' at the end, only printable BMP characters (so
    // no tab, no line break, nothing outside the BMP), no ": ", no " #", and in a key no " *".
    private static bool IsPlainSafe(string value, bool isKey)
    {
        if (
            value.Length == 0
            || LeadingIndicators.Contains(value[0])
            || IsBlank(value[0])
            || IsBlank(value[^1])
            || value[^1] == ':'
            || value.StartsWith("...", StringComparison.Ordinal)
        )
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (
                !IsPrintable(c)
                || (c == ':' && IsBlankAt(value, i + 1))
                || (c == '#' && IsBlankAt(value, i - 1))
                || (isKey && c == '*' && IsBlankAt(value, i - 1))
            )
            {
                return false;
            }
        }

        return true;
    }

    // Literal: at least one '\n' and one character that is not a blank or a '\n'; no tab first; no blank last or
    // before a '\n'; otherwise only blanks, '\n', printable characters and (paired) surrogates.
    private static bool IsLiteralSafe(string value)
    {
        if (value.Length == 0 || value[0] == '\t' || IsBlank(value[^1]) || !value.Contains('\n'))
        {
            return false;
        }

        var hasContent = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\n')
            {
                if (IsBlankAt(value, i - 1))
                {
                    return false;
                }
            }
            else if (!IsBlank(c))
            {
                hasContent = true;
                if (!char.IsSurrogate(c) && !IsPrintable(c))
                {
                    return false;
                }
            }
        }

        return hasContent;
    }

    private static bool IsBlankAt(string text, int index) => index >= 0 && index < text.Length && IsBlank(text[index]);

    private static bool IsBlank(char c) => c is ' ' or '\t';
}
