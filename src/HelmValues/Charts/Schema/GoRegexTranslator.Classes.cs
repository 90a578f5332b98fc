using System;
using System.Collections.Generic;

namespace HelmValues.Charts;

/// <summary>Bracketed classes: <c>[a-z]</c>, <c>[^...]</c>, <c>[[:alpha:]]</c>.</summary>
internal sealed partial class GoRegexTranslator
{
    // POSIX classes as Go defines them (ASCII only).
    private static readonly Dictionary<string, CodePointSet> Posix = new(StringComparer.Ordinal)
    {
        ["alnum"] = new CodePointSet().Add('0', '9').Add('A', 'Z').Add('a', 'z'),
        ["alpha"] = new CodePointSet().Add('A', 'Z').Add('a', 'z'),
        ["ascii"] = CodePointSet.Of(0, 0x7F),
        ["blank"] = new CodePointSet().Add('\t', '\t').Add(' ', ' '),
        ["cntrl"] = new CodePointSet().Add(0, 0x1F).Add(0x7F, 0x7F),
        ["digit"] = CodePointSet.Of('0', '9'),
        ["graph"] = CodePointSet.Of('!', '~'),
        ["lower"] = CodePointSet.Of('a', 'z'),
        ["print"] = CodePointSet.Of(' ', '~'),
        ["punct"] = new CodePointSet().Add('!', '/').Add(':', '@').Add('[', '`').Add('{', '~'),
        ["space"] = new CodePointSet().Add('\t', '\r').Add(' ', ' '),
        ["upper"] = CodePointSet.Of('A', 'Z'),
        ["word"] = new CodePointSet().Add('0', '9').Add('A', 'Z').Add('_', '_').Add('a', 'z'),
        ["xdigit"] = new CodePointSet().Add('0', '9').Add('A', 'F').Add('a', 'f'),
    };

    // [...] as Go's parseClass reads it: ']' or '-' first is literal; [:alpha:]; \p{..}; \d; ranges.
    private CodePointSet Class()
    {
        var start = _position;
        _position++;
        var set = new CodePointSet();
        var negate = false;
        if (Peek() == '^')
        {
            negate = true;
            _position++;
        }

        var first = true;
        while (AtEnd || Peek() != ']' || first)
        {
            if (AtEnd)
            {
                throw new RegexSyntaxException($"missing closing ]: `{Text(start, _pattern.Length)}`");
            }

            first = false;
            if (Peek() == '[' && Peek(1) == ':' && NamedClass() is { } named)
            {
                set.Add(named);
                continue;
            }

            if (UnicodeClass() is { } unicode)
            {
                set.Add(unicode);
                continue;
            }

            if (PerlClass() is { } perl)
            {
                set.Add(perl);
                continue;
            }

            var rangeStart = _position;
            var low = ClassCharacter();
            var high = low;
            if (Peek() == '-' && Peek(1) != ']' && Peek(1) != -1)
            {
                _position++;
                high = ClassCharacter();
                if (high < low)
                {
                    throw new RegexSyntaxException($"invalid character class range: `{Text(rangeStart, _position)}`");
                }
            }

            set.Add(low, high);
        }

        _position++;
        if (_foldCase)
        {
            set = set.Fold();
        }

        // Perl flags include ClassNL: a negated class matches newlines too.
        return negate ? set.Negate() : set;
    }

    private int ClassCharacter()
    {
        if (AtEnd)
        {
            throw new RegexSyntaxException("missing closing ]");
        }

        return Peek() == '\\' ? EscapedCharacter() : _pattern[_position++];
    }

    // [:alpha:] or [:^alpha:]; null when there is no ":]" ahead ('[' is then a literal).
    private CodePointSet? NamedClass()
    {
        var end = -1;
        for (var i = _position + 2; i + 1 < _pattern.Length; i++)
        {
            if (_pattern[i] == ':' && _pattern[i + 1] == ']')
            {
                end = i;
                break;
            }
        }

        if (end < 0)
        {
            return null;
        }

        var name = Text(_position + 2, end);
        var negate = name.StartsWith('^');
        if (!Posix.TryGetValue(negate ? name[1..] : name, out var set))
        {
            throw new RegexSyntaxException($"invalid character class range: `{Text(_position, end + 2)}`");
        }

        _position = end + 2;
        var result = new CodePointSet().Add(set);
        if (_foldCase)
        {
            result = result.Fold();
        }

        return negate ? result.Negate() : result;
    }
}
