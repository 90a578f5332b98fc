using System;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace HelmValues.Yaml;

/// <summary>
/// YamlDotNet's <see cref="Scanner"/>, refusing a tab in the indentation of a block-context line the way go-yaml v2
/// (and libyaml, and PyYAML) do: at the start of a line only spaces are skipped, so <c>" \tkey: 1"</c> or a blank
/// <c>" \t"</c> line is "found character that cannot start any token". YamlDotNet skips the tab after a space.
/// </summary>
/// <remarks>
/// Checks the text between tokens only, so tabs inside scalars (block scalars, quoted strings) and in flow
/// collections stay allowed, as in go-yaml.
/// </remarks>
internal sealed class TabIndentationScanner(string yaml) : IScanner
{
    private readonly Scanner _scanner = new(new System.IO.StringReader(yaml), skipComments: true);
    private Token? _checked;
    private int _checkedUpTo;
    private int _flowLevel;

    public Mark CurrentPosition => _scanner.CurrentPosition;

    public Token? Current => _scanner.Current;

    public bool MoveNext() => Check(_scanner.MoveNext());

    public bool MoveNextWithoutConsuming() => Check(_scanner.MoveNextWithoutConsuming());

    public void ConsumeCurrent() => _scanner.ConsumeCurrent();

    private bool Check(bool moved)
    {
        if (!moved || _scanner.Current is not { } token || ReferenceEquals(token, _checked))
        {
            return moved;
        }

        _checked = token;
        var start = (int)token.Start.Index;
        if (_flowLevel == 0 && start > _checkedUpTo)
        {
            CheckGap(_checkedUpTo, start);
        }

        _checkedUpTo = Math.Max(_checkedUpTo, (int)token.End.Index);
        _flowLevel += token switch
        {
            FlowSequenceStart or FlowMappingStart => 1,
            FlowSequenceEnd or FlowMappingEnd => -1,
            _ => 0,
        };
        return true;
    }

    // Whitespace, line breaks and comments: a tab after nothing but spaces since the last line break is refused.
    private void CheckGap(int from, int to)
    {
        var atLineStart = from == 0 || yaml[from - 1] == '\n';
        for (var i = from; i < to; i++)
        {
            switch (yaml[i])
            {
                case '\n':
                    atLineStart = true;
                    break;
                case ' ':
                    break;
                case '\t' when atLineStart:
                    var (line, column) = YamlDocumentReader.Position(yaml, i);
                    var at = new Mark(i, line, column);
                    throw new YamlException(
                        at,
                        at,
                        "a tab in the indentation: go-yaml refuses tabs before the first token of a line; indent with spaces"
                    );
                default:
                    atLineStart = false;
                    break;
            }
        }
    }
}
