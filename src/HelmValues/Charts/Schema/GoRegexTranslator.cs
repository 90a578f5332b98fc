using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace HelmValues.Charts;

/// <summary>
/// Reads a regular expression in Go's RE2 syntax (<c>regexp.Compile</c>, Perl flags) and writes a .NET pattern with
/// the same meaning, or says why Go refuses it.
/// </summary>
/// <remarks>
/// <para>
/// JSON Schema specifies ECMA-262 regexes, but Helm's validator compiles <c>pattern</c> and <c>patternProperties</c>
/// with Go's <c>regexp</c> (santhosh-tekuri/jsonschema v6's default engine). For Helm's verdict the Go meaning is the
/// one that counts: lookarounds and backreferences are errors, <c>\d</c>, <c>\w</c>, <c>\s</c> and <c>\b</c> are ASCII,
/// <c>$</c> matches only at the very end (not before a final newline), <c>.</c> and classes match whole code points.
/// </para>
/// <para>
/// Everything is written explicitly (ranges of code points, <c>\A</c>, <c>\z</c>), so no .NET option changes the
/// meaning; <c>(?i)</c> is applied here with Unicode simple folding. Captures become non-capturing groups and
/// laziness is dropped: whether a string matches does not depend on either.
/// </para>
/// <para>Unicode scripts (<c>\p{Greek}</c>) are refused: .NET has no script data.</para>
/// </remarks>
internal sealed partial class GoRegexTranslator
{
    // Go's limits: repeat counts (and nested repeat products) up to 1000, nesting up to 1000.
    private const int MaxRepeat = 1000;
    private const int MaxNesting = 1000;

    private readonly int[] _pattern;
    private int _position;
    private int _nesting;
    private bool _foldCase;
    private bool _multiLine;
    private bool _dotAll;

    private GoRegexTranslator(int[] pattern)
    {
        _pattern = pattern;
    }

    // Sets with more ranges than this (Unicode categories) make .NET's non-backtracking engine slow to build (seconds).
    private const int LargeSet = 64;

    /// <summary>
    /// True when the translation suits .NET's backtracking engine better: it uses <c>\b</c>/<c>\B</c> (lookarounds, which the
    /// non-backtracking engine lacks) or large Unicode classes.
    /// </summary>
    public bool NeedsBacktracking { get; private set; }

    /// <summary>
    /// Translates <paramref name="pattern"/>. Returns the .NET pattern, or null with Go's reason in
    /// <paramref name="error"/> (<c>invalid escape sequence: `\u`</c>).
    /// </summary>
    public static string? Translate(string pattern, out bool needsBacktracking, out string? error)
    {
        needsBacktracking = false;
        var codePoints = new List<int>(pattern.Length);
        for (var i = 0; i < pattern.Length; i++)
        {
            if (char.IsHighSurrogate(pattern[i]) && i + 1 < pattern.Length && char.IsLowSurrogate(pattern[i + 1]))
            {
                codePoints.Add(char.ConvertToUtf32(pattern[i], pattern[i + 1]));
                i++;
            }
            else if (char.IsSurrogate(pattern[i]))
            {
                // Go reads the pattern as UTF-8, which cannot hold half a surrogate pair.
                error = "invalid UTF-8";
                return null;
            }
            else
            {
                codePoints.Add(pattern[i]);
            }
        }

        var translator = new GoRegexTranslator([.. codePoints]);
        try
        {
            var term = translator.Alternation();
            if (translator._position < translator._pattern.Length)
            {
                // Only an unmatched ')' stops the top-level alternation early.
                throw new RegexSyntaxException("unexpected )");
            }

            needsBacktracking = translator.NeedsBacktracking;
            error = null;
            return term.Pattern;
        }
        catch (RegexSyntaxException exception)
        {
            error = exception.Message;
            return null;
        }
    }

    private bool AtEnd => _position >= _pattern.Length;

    private int Peek(int ahead = 0) => _position + ahead < _pattern.Length ? _pattern[_position + ahead] : -1;

    private Term Alternation()
    {
        var branches = new List<Term> { Concatenation() };
        while (Peek() == '|')
        {
            _position++;
            branches.Add(Concatenation());
        }

        if (branches.Count == 1)
        {
            return branches[0];
        }

        var pattern = new StringBuilder("(?:");
        var weight = 0L;
        for (var i = 0; i < branches.Count; i++)
        {
            pattern.Append(i == 0 ? "" : "|").Append(branches[i].Pattern);
            weight = Math.Max(weight, branches[i].RepeatWeight);
        }

        return new Term(pattern.Append(')').ToString(), weight);
    }

    private Term Concatenation()
    {
        var terms = new List<Term>();
        var lastWasRepeat = false;
        while (!AtEnd && Peek() is not ('|' or ')'))
        {
            var c = Peek();
            if (c is '*' or '+' or '?')
            {
                _position++;
                Repeat(
                    terms,
                    c == '*' ? 0
                        : c == '+' ? 1
                        : 0,
                    c == '?' ? 1 : -1,
                    isCounted: false,
                    lastWasRepeat,
                    ((char)c).ToString()
                );
                lastWasRepeat = true;
                continue;
            }

            if (c == '{' && TryReadCount(out var min, out var max, out var text))
            {
                if (min < 0 || min > MaxRepeat || max > MaxRepeat || (max >= 0 && min > max))
                {
                    throw new RegexSyntaxException($"invalid repeat count: `{text}`");
                }

                Repeat(terms, min, max, isCounted: true, lastWasRepeat, text);
                lastWasRepeat = true;
                continue;
            }

            lastWasRepeat = false;
            if (c == '\\' && Peek(1) == 'Q')
            {
                QuotedLiterals(terms);
            }
            else if (Atom() is { } atom)
            {
                terms.Add(atom);
            }
        }

        var pattern = new StringBuilder();
        var weight = 0L;
        foreach (var term in terms)
        {
            pattern.Append(term.Pattern);
            weight = Math.Max(weight, term.RepeatWeight);
        }

        return new Term(pattern.ToString(), weight);
    }

    private void Repeat(List<Term> terms, int min, int max, bool isCounted, bool lastWasRepeat, string op)
    {
        // A lazy marker belongs to the operator; Go refuses a second operator right after (a**, a*+).
        if (Peek() == '?')
        {
            _position++;
            op += "?";
        }

        if (lastWasRepeat)
        {
            throw new RegexSyntaxException($"invalid nested repetition operator: `{op}`");
        }

        if (terms.Count == 0)
        {
            throw new RegexSyntaxException($"missing argument to repetition operator: `{op}`");
        }

        var sub = terms[^1];
        var weight = sub.RepeatWeight;
        if (isCounted)
        {
            // Go's repeatIsValid: along any path, the product of counted repeats stays within 1000 ({0} resets it).
            var count =
                max == 0 ? 0
                : max < 0 ? min
                : max;
            weight =
                max == 0 ? 0
                : count == 0 ? sub.RepeatWeight
                : Math.Min(count * Math.Max(1, sub.RepeatWeight), long.MaxValue / 2000);
            if ((min >= 2 || max >= 2) && weight > MaxRepeat)
            {
                throw new RegexSyntaxException($"invalid repeat count: `{op}`");
            }
        }

        var quantifier = (min, max) switch
        {
            (0, -1) when !isCounted => "*",
            (1, -1) when !isCounted => "+",
            (0, 1) when !isCounted => "?",
            (_, -1) => $"{{{min},}}",
            _ when min == max => $"{{{min}}}",
            _ => $"{{{min},{max}}}",
        };
        terms[^1] = new Term($"(?:{sub.Pattern}){quantifier}", weight);
    }

    // {n}, {n,} or {n,m} at the current position, as Go's parseRepeat reads it; anything else makes '{' a literal.
    private bool TryReadCount(out int min, out int max, out string text)
    {
        min = max = 0;
        text = "";
        var i = _position + 1;
        if (!ReadInt(ref i, out min))
        {
            return false;
        }

        if (i >= _pattern.Length)
        {
            return false;
        }

        if (_pattern[i] != ',')
        {
            max = min;
        }
        else
        {
            i++;
            if (i >= _pattern.Length)
            {
                return false;
            }

            if (_pattern[i] == '}')
            {
                max = -1;
            }
            else if (!ReadInt(ref i, out max))
            {
                return false;
            }
            else if (max < 0)
            {
                min = -1;
            }
        }

        if (i >= _pattern.Length || _pattern[i] != '}')
        {
            return false;
        }

        text = Text(_position, i + 1);
        _position = i + 1;
        return true;
    }

    // Decimal digits without a leading zero; -1 for a number of 10^8 or more (Go's overflow guard).
    private bool ReadInt(ref int i, out int value)
    {
        value = 0;
        if (i >= _pattern.Length || _pattern[i] is < '0' or > '9')
        {
            return false;
        }

        if (_pattern[i] == '0' && i + 1 < _pattern.Length && _pattern[i + 1] is >= '0' and <= '9')
        {
            return false;
        }

        while (i < _pattern.Length && _pattern[i] is >= '0' and <= '9')
        {
            if (value >= 0)
            {
                value = value >= 100_000_000 ? -1 : value * 10 + (_pattern[i] - '0');
            }

            i++;
        }

        return true;
    }

    private Term? Atom()
    {
        var c = _pattern[_position];
        switch (c)
        {
            case '(':
                return Group();
            case '[':
                return Set(Class());
            case '.':
                _position++;
                return Set(_dotAll ? CodePointSet.Of(0, CodePointSet.MaxCodePoint) : CodePointSet.Of('\n').Negate());
            case '^':
                _position++;
                return new Term(_multiLine ? "(?m:^)" : @"\A", 0);
            case '$':
                _position++;
                return new Term(_multiLine ? "(?m:$)" : @"\z", 0);
            case '\\':
                return Escape();
            default:
                _position++;
                return Literal(c);
        }
    }

    private Term? Group()
    {
        var start = _position;
        _position++;
        var savedFlags = (_foldCase, _multiLine, _dotAll);
        if (Peek() == '?')
        {
            if (Peek(1) == 'P' && Peek(2) == '<' || Peek(1) == '<')
            {
                NamedCapture(start);
            }
            else if (FlagsEndGroup(start))
            {
                // (?i) sets flags for the rest of the enclosing group and adds nothing.
                return null;
            }
        }

        if (++_nesting > MaxNesting)
        {
            throw new RegexSyntaxException("expression nests too deeply");
        }

        var body = Alternation();
        if (Peek() != ')')
        {
            throw new RegexSyntaxException($"missing closing ): `{Text(start, _pattern.Length)}`");
        }

        _position++;
        _nesting--;
        (_foldCase, _multiLine, _dotAll) = savedFlags;
        return body with { Pattern = $"(?:{body.Pattern})" };
    }

    private void NamedCapture(int start)
    {
        var nameStart = _position + (Peek(1) == 'P' ? 3 : 2);
        var end = nameStart;
        while (end < _pattern.Length && _pattern[end] != '>')
        {
            end++;
        }

        if (end >= _pattern.Length)
        {
            throw new RegexSyntaxException($"invalid named capture: `{Text(start, _pattern.Length)}`");
        }

        var name = Text(nameStart, end);
        if (name.Length == 0 || !name.All(static c => c == '_' || char.IsAsciiLetterOrDigit(c)))
        {
            throw new RegexSyntaxException($"invalid named capture: `{Text(start, end + 1)}`");
        }

        _position = end + 1;
    }

    // Reads (?flags) or (?flags: after the '('. True for (?flags), which ends here; false for (?flags: (a group follows).
    private bool FlagsEndGroup(int start)
    {
        _position++;
        var (fold, multi, dotAll) = (_foldCase, _multiLine, _dotAll);
        var negate = false;
        var sawFlag = false;
        while (!AtEnd)
        {
            var c = _pattern[_position++];
            switch (c)
            {
                case 'i':
                    fold = !negate;
                    sawFlag = true;
                    continue;
                case 'm':
                    multi = !negate;
                    sawFlag = true;
                    continue;
                case 's':
                    dotAll = !negate;
                    sawFlag = true;
                    continue;
                case 'U':
                    // Ungreedy changes which match is found, never whether one is.
                    sawFlag = true;
                    continue;
                case '-' when !negate:
                    negate = true;
                    sawFlag = false;
                    continue;
                case ':' or ')' when !negate || sawFlag:
                    if (c == ':')
                    {
                        // The flags hold inside the group only; Group() restores the outer ones.
                        (_foldCase, _multiLine, _dotAll) = (fold, multi, dotAll);
                        return false;
                    }

                    (_foldCase, _multiLine, _dotAll) = (fold, multi, dotAll);
                    return true;
            }

            break;
        }

        throw new RegexSyntaxException($"invalid or unsupported Perl syntax: `{Text(start, Math.Min(_position, _pattern.Length))}`");
    }

    private Term Literal(int codePoint)
    {
        if (_foldCase)
        {
            var orbit = CodePointSet.Of(codePoint).Fold();
            if (orbit.Ranges.Count > 1 || orbit.Ranges[0].Low != orbit.Ranges[0].High)
            {
                return Set(orbit);
            }
        }

        return Set(CodePointSet.Of(codePoint));
    }

    private Term Set(CodePointSet set)
    {
        NeedsBacktracking |= set.Ranges.Count > LargeSet;
        var pattern = new StringBuilder();
        if (set.Ranges is [var (low, high)] && low == high && low is not (>= 0xD800 and <= 0xDFFF))
        {
            // One code point: its UTF-16 units, escaped.
            foreach (var unit in char.ConvertFromUtf32(low))
            {
                pattern.Append("\\u").Append(((int)unit).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }

            return new Term(pattern.Length > 6 ? $"(?:{pattern})" : pattern.ToString(), 0);
        }

        set.AppendPattern(pattern);
        return new Term(pattern.ToString(), 0);
    }

    private string Text(int start, int end)
    {
        var builder = new StringBuilder();
        for (var i = start; i < end && i < _pattern.Length; i++)
        {
            builder.Append(char.ConvertFromUtf32(_pattern[i]));
        }

        return builder.ToString();
    }

    // A translated piece; RepeatWeight is the largest product of counted repeats inside it (Go's repeatIsValid).
    private readonly record struct Term(string Pattern, long RepeatWeight);

    private sealed class RegexSyntaxException(string message) : Exception(message);
}
