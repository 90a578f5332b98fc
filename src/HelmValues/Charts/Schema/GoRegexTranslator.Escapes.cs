using System;
using System.Collections.Generic;

namespace HelmValues.Charts;

/// <summary>Escapes: <c>\A</c>, <c>\z</c>, <c>\b</c>, <c>\Q...\E</c>, Unicode and Perl classes, and escaped characters.</summary>
internal sealed partial class GoRegexTranslator
{
    // Go's Perl classes, ASCII only.
    private static readonly CodePointSet Digits = CodePointSet.Of('0', '9');
    private static readonly CodePointSet Spaces = new CodePointSet().Add('\t', '\n').Add('\f', '\r').Add(' ', ' ');
    private static readonly CodePointSet WordCharacters = new CodePointSet().Add('0', '9').Add('A', 'Z').Add('_', '_').Add('a', 'z');

    private Term? Escape()
    {
        switch (Peek(1))
        {
            case 'A':
                _position += 2;
                return new Term(@"\A", 0);
            case 'z':
                _position += 2;
                return new Term(@"\z", 0);
            case 'b':
                _position += 2;
                NeedsBacktracking = true;
                return new Term(@"(?:(?<=[0-9A-Za-z_])(?![0-9A-Za-z_])|(?<![0-9A-Za-z_])(?=[0-9A-Za-z_]))", 0);
            case 'B':
                _position += 2;
                NeedsBacktracking = true;
                return new Term(@"(?:(?<=[0-9A-Za-z_])(?=[0-9A-Za-z_])|(?<![0-9A-Za-z_])(?![0-9A-Za-z_]))", 0);
            case 'C':
                throw new RegexSyntaxException(@"invalid escape sequence: `\C`");
        }

        if (UnicodeClass() is { } unicode)
        {
            return Set(unicode);
        }

        if (PerlClass() is { } perl)
        {
            return Set(perl);
        }

        return Literal(EscapedCharacter());
    }

    // \Q...\E: everything up to \E (or the end) is literal. Each character is its own term, as in Go, so a
    // following * applies to the last one only.
    private void QuotedLiterals(List<Term> terms)
    {
        _position += 2;
        while (!AtEnd && !(Peek() == '\\' && Peek(1) == 'E'))
        {
            terms.Add(Literal(_pattern[_position++]));
        }

        if (!AtEnd)
        {
            _position += 2;
        }
    }

    // \pL, \p{Lu}, \p{^Lu}, \PL: Go's Unicode classes.
    private CodePointSet? UnicodeClass()
    {
        if (Peek() != '\\' || Peek(1) is not ('p' or 'P'))
        {
            return null;
        }

        var start = _position;
        var negate = Peek(1) == 'P';
        _position += 2;
        if (AtEnd)
        {
            throw new RegexSyntaxException($"invalid character class range: `{Text(start, _position)}`");
        }

        string name;
        if (Peek() == '{')
        {
            var end = _position;
            while (end < _pattern.Length && _pattern[end] != '}')
            {
                end++;
            }

            if (end >= _pattern.Length)
            {
                throw new RegexSyntaxException($"invalid character class range: `{Text(start, _pattern.Length)}`");
            }

            name = Text(_position + 1, end);
            _position = end + 1;
            if (name.StartsWith('^'))
            {
                negate = !negate;
                name = name[1..];
            }
        }
        else
        {
            name = char.ConvertFromUtf32(_pattern[_position++]);
        }

        if (!UnicodeTables.TryGetClass(name, out var set))
        {
            throw new RegexSyntaxException(
                $"unsupported character class `{Text(start, _position)}`: only Unicode categories (L, Lu, N, ...) and Any are supported, not scripts"
            );
        }

        if (_foldCase)
        {
            set = set.Fold();
        }

        return negate ? set.Negate() : set;
    }

    // \d \D \s \S \w \W, ASCII only in Go.
    private CodePointSet? PerlClass()
    {
        if (Peek() != '\\')
        {
            return null;
        }

        CodePointSet? set = Peek(1) switch
        {
            'd' => Digits,
            'D' => new CodePointSet().Add(Digits).Negate(),
            's' => Spaces,
            'S' => new CodePointSet().Add(Spaces).Negate(),
            'w' => WordCharacters,
            'W' => new CodePointSet().Add(WordCharacters).Negate(),
            _ => null,
        };
        if (set is not null)
        {
            _position += 2;
        }

        return set;
    }

    // One escaped character (Go's parseEscape): punctuation, octal, \x.., \x{...}, \a \f \n \r \t \v.
    private int EscapedCharacter()
    {
        var start = _position;
        _position++;
        if (AtEnd)
        {
            throw new RegexSyntaxException(@"trailing backslash at end of expression");
        }

        var c = _pattern[_position++];
        if (c < 0x80 && !char.IsAsciiLetterOrDigit((char)c))
        {
            return c;
        }

        switch (c)
        {
            case >= '1' and <= '7' when Peek() is >= '0' and <= '7':
            case '0':
                var value = c - '0';
                for (var i = 1; i < 3 && Peek() is >= '0' and <= '7'; i++)
                {
                    value = value * 8 + (_pattern[_position++] - '0');
                }

                return value;
            case 'x':
                if (Hex() is { } hex)
                {
                    return hex;
                }

                break;
            case 'a':
                return 7;
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'v':
                return '\v';
        }

        throw new RegexSyntaxException($"invalid escape sequence: `{Text(start, Math.Min(_position, _pattern.Length))}`");
    }

    private int? Hex()
    {
        if (Peek() == '{')
        {
            _position++;
            var value = 0;
            var digits = 0;
            while (!AtEnd && Peek() != '}')
            {
                var digit = HexValue(_pattern[_position++]);
                if (digit < 0)
                {
                    return null;
                }

                value = value * 16 + digit;
                digits++;
                if (value > CodePointSet.MaxCodePoint)
                {
                    return null;
                }
            }

            if (AtEnd || digits == 0)
            {
                return null;
            }

            _position++;
            return value;
        }

        var high = HexValue(Peek());
        var low = HexValue(Peek(1));
        if (high < 0 || low < 0)
        {
            return null;
        }

        _position += 2;
        return high * 16 + low;
    }

    private static int HexValue(int c) =>
        c switch
        {
            >= '0' and <= '9' => c - '0',
            >= 'a' and <= 'f' => c - 'a' + 10,
            >= 'A' and <= 'F' => c - 'A' + 10,
            _ => -1,
        };
}
