using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace HelmValues.Generators.Json;

/// <summary>
/// A small strict JSON (RFC 8259) parser that keeps source positions.
/// </summary>
/// <remarks>
/// Written for the generator so the analyzer package carries no System.Text.Json closure (host-loading
/// problems: roslyn#41785, #52017). It parses the 1.4 MB Kubernetes definitions in a few milliseconds.
/// </remarks>
internal sealed class JsonParser
{
    private const int MaxDepth = 256;

    private readonly JsonSource _source;
    private readonly string _text;
    private int _position;
    private int _depth;

    private JsonParser(JsonSource source)
    {
        _source = source;
        _text = source.Text;
    }

    /// <summary>Parses a whole document, or returns the offset and reason of the first error.</summary>
    public static JsonParseResult Parse(string path, string text)
    {
        var parser = new JsonParser(new JsonSource(path, text));
        try
        {
            parser.SkipWhitespace();
            var root = parser.ParseValue();
            parser.SkipWhitespace();
            if (parser._position < text.Length)
            {
                throw new JsonSyntaxException(parser._position, "unexpected text after the end of the document");
            }

            return new JsonParseResult(root, parser._source, null, 0);
        }
        catch (JsonSyntaxException e)
        {
            return new JsonParseResult(null, parser._source, e.Message, e.Offset);
        }
    }

    private JsonNode ParseValue()
    {
        if (_position >= _text.Length)
        {
            throw new JsonSyntaxException(_position, "unexpected end of the document");
        }

        var c = _text[_position];
        switch (c)
        {
            case '{':
                return ParseObject();
            case '[':
                return ParseArray();
            case '"':
                var start = _position;
                var value = ParseString();
                return new JsonString(_source, start, _position, value);
            case 't':
                return ParseLiteral("true", s => new JsonBoolean(_source, s, s + 4, true));
            case 'f':
                return ParseLiteral("false", s => new JsonBoolean(_source, s, s + 5, false));
            case 'n':
                return ParseLiteral("null", s => new JsonNull(_source, s, s + 4));
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return ParseNumber();
                }

                throw new JsonSyntaxException(_position, $"unexpected character '{c}'");
        }
    }

    private JsonNode ParseObject()
    {
        var start = _position;
        Enter();
        _position++;
        var properties = new List<JsonProperty>();
        var names = new HashSet<string>();
        SkipWhitespace();
        if (Peek() == '}')
        {
            _position++;
            _depth--;
            return new JsonObject(_source, start, _position, properties);
        }

        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"')
            {
                throw new JsonSyntaxException(_position, "expected a property name in double quotes");
            }

            var nameStart = _position;
            var name = ParseString();
            var nameEnd = _position;
            if (!names.Add(name))
            {
                throw new JsonSyntaxException(nameStart, $"duplicate property name \"{name}\"");
            }

            SkipWhitespace();
            Expect(':');
            SkipWhitespace();
            var value = ParseValue();
            properties.Add(new JsonProperty(name, nameStart, nameEnd, value));
            SkipWhitespace();
            var next = Peek();
            _position++;
            if (next == '}')
            {
                _depth--;
                return new JsonObject(_source, start, _position, properties);
            }

            if (next != ',')
            {
                throw new JsonSyntaxException(_position - 1, "expected ',' or '}'");
            }
        }
    }

    private JsonNode ParseArray()
    {
        var start = _position;
        Enter();
        _position++;
        var items = new List<JsonNode>();
        SkipWhitespace();
        if (Peek() == ']')
        {
            _position++;
            _depth--;
            return new JsonArray(_source, start, _position, items);
        }

        while (true)
        {
            SkipWhitespace();
            items.Add(ParseValue());
            SkipWhitespace();
            var next = Peek();
            _position++;
            if (next == ']')
            {
                _depth--;
                return new JsonArray(_source, start, _position, items);
            }

            if (next != ',')
            {
                throw new JsonSyntaxException(_position - 1, "expected ',' or ']'");
            }
        }
    }

    private string ParseString()
    {
        _position++;
        var runStart = _position;
        StringBuilder? builder = null;
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw new JsonSyntaxException(_position, "unterminated string");
            }

            var c = _text[_position];
            if (c == '"')
            {
                var value = builder is null
                    ? _text.Substring(runStart, _position - runStart)
                    : builder.Append(_text, runStart, _position - runStart).ToString();
                _position++;
                return value;
            }

            if (c < ' ')
            {
                throw new JsonSyntaxException(_position, "control character in string");
            }

            if (c != '\\')
            {
                _position++;
                continue;
            }

            builder ??= new StringBuilder();
            builder.Append(_text, runStart, _position - runStart);
            _position++;
            builder.Append(ParseEscape());
            runStart = _position;
        }
    }

    private char ParseEscape()
    {
        var c = Peek();
        _position++;
        switch (c)
        {
            case '"':
                return '"';
            case '\\':
                return '\\';
            case '/':
                return '/';
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                if (
                    _position + 4 > _text.Length
                    || !int.TryParse(
                        _text.Substring(_position, 4),
                        NumberStyles.AllowHexSpecifier,
                        CultureInfo.InvariantCulture,
                        out var code
                    )
                )
                {
                    throw new JsonSyntaxException(_position, "invalid \\u escape");
                }

                _position += 4;
                return (char)code;
            default:
                throw new JsonSyntaxException(_position - 1, $"invalid escape '\\{c}'");
        }
    }

    private JsonNode ParseNumber()
    {
        var start = _position;
        if (Peek() == '-')
        {
            _position++;
        }

        if (Peek() == '0')
        {
            _position++;
        }
        else
        {
            ReadDigits("a digit");
        }

        if (Peek() == '.')
        {
            _position++;
            ReadDigits("a digit after '.'");
        }

        if (Peek() is 'e' or 'E')
        {
            _position++;
            if (Peek() is '+' or '-')
            {
                _position++;
            }

            ReadDigits("a digit in the exponent");
        }

        return new JsonNumber(_source, start, _position, _text.Substring(start, _position - start));
    }

    private void ReadDigits(string what)
    {
        var start = _position;
        while (_position < _text.Length && _text[_position] >= '0' && _text[_position] <= '9')
        {
            _position++;
        }

        if (_position == start)
        {
            throw new JsonSyntaxException(_position, $"expected {what}");
        }
    }

    private JsonNode ParseLiteral(string literal, System.Func<int, JsonNode> create)
    {
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
        {
            throw new JsonSyntaxException(_position, $"unexpected character '{_text[_position]}'");
        }

        var node = create(_position);
        _position += literal.Length;
        return node;
    }

    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw new JsonSyntaxException(_position, $"nesting deeper than {MaxDepth} levels");
        }
    }

    private void Expect(char expected)
    {
        if (Peek() != expected)
        {
            throw new JsonSyntaxException(_position, $"expected '{expected}'");
        }

        _position++;
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private void SkipWhitespace()
    {
        while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\n' or '\r')
        {
            _position++;
        }
    }

    private sealed class JsonSyntaxException : System.Exception
    {
        public JsonSyntaxException(int offset, string message)
            : base(message) => Offset = offset;

        public int Offset { get; }
    }
}

/// <summary>The outcome of <see cref="JsonParser.Parse"/>: a root node, or an error at an offset.</summary>
internal sealed class JsonParseResult
{
    public JsonParseResult(JsonNode? root, JsonSource source, string? error, int errorOffset)
    {
        Root = root;
        Source = source;
        Error = error;
        ErrorOffset = errorOffset;
    }

    public JsonNode? Root { get; }

    public JsonSource Source { get; }

    public string? Error { get; }

    public int ErrorOffset { get; }
}
