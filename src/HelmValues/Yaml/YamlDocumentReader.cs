using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using HelmValues.Validation;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace HelmValues.Yaml;

/// <summary>
/// Parses YAML text into <see cref="YamlSourceNode"/>s with YamlDotNet's event <see cref="Parser"/>, the way the controller's
/// go-yaml v2 would accept it, and never throws for bad input: every problem becomes a <see cref="ValidationError"/>
/// with its line and column.
/// </summary>
/// <remarks>
/// <para>Hostile input costs bounded time and memory:</para>
/// <list type="bullet">
/// <item>at most <see cref="MaxInputBytes"/> bytes of UTF-8 (8 MiB: a values file is a few KiB);</item>
/// <item>at most <see cref="MaxDepth"/> nested mappings and lists, aliases included;</item>
/// <item>at most <see cref="MaxNodes"/> nodes once aliases are expanded (a values file has a few thousand).
/// Aliases are resolved to the node their anchor names, without copying, and count for the whole subtree they
/// stand for, so a "billion laughs" document stops at once.</item>
/// </list>
/// <para>
/// Merge keys (<c>&lt;&lt;: *base</c>, <c>&lt;&lt;: [*a, *b]</c>) are supported, since go-yaml v2 supports them: keys
/// written in the mapping win over merged ones, and earlier sources win over later ones. go-yaml v2 differs from
/// YAML 1.1 when a <c>&lt;&lt;</c> comes after a key it also sets (the merge wins there), so that case is an error.
/// </para>
/// <para>
/// A byte-order mark at the start is skipped, as go-yaml v2 does. Refused, as errors: syntax errors, control
/// characters, a tab in the indentation (<see cref="TabIndentationScanner"/>), duplicate keys (go-yaml's strict mode refuses them),
/// non-scalar keys, a second document, undefined or self-referencing aliases, and tags other than the standard ones.
/// An empty document, or one that is only <c>null</c>, is an empty mapping.
/// </para>
/// </remarks>
internal sealed class YamlDocumentReader
{
    /// <summary>The largest input accepted, in UTF-8 bytes: 8 MiB.</summary>
    public const int MaxInputBytes = 8 * 1024 * 1024;

    /// <summary>How deep mappings and lists may nest.</summary>
    public const int MaxDepth = 100;

    /// <summary>How many nodes the document may have once aliases are expanded.</summary>
    public const int MaxNodes = 200_000;

    /// <summary>How many problems are reported before reading stops (a file of 100,000 duplicate keys stays cheap).</summary>
    public const int MaxErrors = 100;

    private const string CoreTagPrefix = "tag:yaml.org,2002:";

    private readonly IParser _parser;
    private readonly string? _source;
    private readonly List<ValidationError> _errors = [];
    private readonly Dictionary<string, YamlSourceNode> _anchors = new(StringComparer.Ordinal);
    private readonly HashSet<string> _openAnchors = new(StringComparer.Ordinal);
    private readonly List<PathSegment> _path = [];
    private int _depth;
    private int _nodes;

    private YamlDocumentReader(IParser parser, string? source)
    {
        _parser = parser;
        _source = source;
    }

    /// <summary>Parses one YAML document.</summary>
    /// <param name="yaml">The text.</param>
    /// <param name="source">The file name that nodes and errors carry (see <see cref="YamlSourceNode.Source"/>), or null.</param>
    /// <returns>The root node (null when the text could not be parsed) and every problem found.</returns>
    public static YamlDocument Read(string yaml, string? source = null) => Read(yaml, source, recording: null);

    /// <summary>
    /// Parses one YAML document, replaying <paramref name="recording"/> (the generator's record of YamlDotNet's events for
    /// this text, see <see cref="RecordedYamlEvents"/>) when it is usable instead of parsing the text: the same tree and
    /// problems, without YamlDotNet's scanner and parser.
    /// </summary>
    /// <param name="yaml">The text, checked for size and characters either way.</param>
    /// <param name="source">The file name that nodes and errors carry, or null.</param>
    /// <param name="recording">The recording, or null to parse.</param>
    public static YamlDocument Read(string yaml, string? source, string? recording)
    {
        ArgumentNullException.ThrowIfNull(yaml);

        // go-yaml v2 skips a byte-order mark at the start; File.ReadAllText drops it, text from elsewhere may not.
        if (yaml.StartsWith('\uFEFF'))
        {
            yaml = yaml[1..];
        }

        var tooLarge = CheckSize(yaml);
        if (tooLarge is not null)
        {
            return new YamlDocument(null, [tooLarge with { Source = source }]);
        }

        var badCharacter = CheckCharacters(yaml);
        if (badCharacter is not null)
        {
            return new YamlDocument(null, [badCharacter with { Source = source }]);
        }

        var parser =
            (recording is null ? null : RecordedYamlEvents.TryOpen(recording)) ?? (IParser)new Parser(new TabIndentationScanner(yaml));
        var reader = new YamlDocumentReader(parser, source);
        var root = reader.ReadStream();
        return new YamlDocument(root, reader._errors);
    }

    private YamlSourceNode? ReadStream()
    {
        try
        {
            Next();
            Expect<StreamStart>();
            var first = Next();
            if (first is StreamEnd)
            {
                return EmptyMapping(first.Start);
            }

            Expect<DocumentStart>();
            var root = ReadNode(Next());
            Next();
            Expect<DocumentEnd>();
            var after = Next();
            if (after is DocumentStart)
            {
                Fail(after.Start, "a second YAML document starts here; a values file holds exactly one document");
            }

            return
                root is YamlSourceScalar { IsPlain: true, Tag: null } scalar
                && Yaml11Scalars.ResolveGoYamlV2(scalar.Value) == YamlScalarKind.Null
                ? EmptyMapping(root.Line, root.Column)
                : root;
        }
        catch (StopReading)
        {
            return null;
        }
        catch (YamlException exception)
        {
            _errors.Add(Error(exception.Start, $"invalid YAML: {Sentence(exception.Message)}"));
            return null;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A parser bug must not take the caller down with it, nor show the user its internals: report the place.
            var at = _parser.Current?.Start ?? Mark.Empty;
            _errors.Add(Error(at, "invalid YAML: the parser could not continue here (is a bracket, brace or quote left open?)"));
            return null;
        }
    }

    private YamlSourceNode ReadNode(ParsingEvent parsingEvent) =>
        parsingEvent switch
        {
            AnchorAlias alias => ResolveAlias(alias),
            Scalar scalar => ReadScalar(scalar),
            SequenceStart sequence => ReadSequence(sequence),
            MappingStart mapping => ReadMapping(mapping),
            _ => throw new YamlException(parsingEvent.Start, parsingEvent.End, $"unexpected {parsingEvent.GetType().Name}"),
        };

    private YamlSourceScalar ReadScalar(Scalar scalar)
    {
        var isPlain = scalar.Style == ScalarStyle.Plain;
        string? tag = null;
        if (!scalar.Tag.IsEmpty)
        {
            tag = scalar.Tag.Value;
            CheckScalarTag(scalar, tag, isPlain);
        }

        Count(scalar.Start);
        var node = new YamlSourceScalar(scalar.Value, isPlain, tag, Line(scalar.Start), Column(scalar.Start)) { Source = _source };
        Remember(scalar.Anchor, node);
        return node;
    }

    private YamlSourceSequence ReadSequence(SequenceStart start)
    {
        Enter(start);
        CheckCollectionTag(start, start.Tag, "seq");
        var items = new List<YamlSourceNode>();
        var size = 1;
        var height = 0;
        while (Next() is not SequenceEnd)
        {
            _path.Add(new PathSegment(null, items.Count));
            var item = ReadNode(_parser.Current!);
            _path.RemoveAt(_path.Count - 1);
            items.Add(item);
            size += item.Size;
            height = Math.Max(height, item.Height);
        }

        var node = new YamlSourceSequence(items, Line(start.Start), Column(start.Start), size, height + 1) { Source = _source };
        Leave(start.Anchor, node);
        return node;
    }

    private YamlSourceMapping ReadMapping(MappingStart start)
    {
        Enter(start);
        CheckCollectionTag(start, start.Tag, "map");
        var builder = new MappingBuilder(this);
        while (Next() is not MappingEnd)
        {
            var keyEvent = _parser.Current!;
            if (
                keyEvent is Scalar { Value: "<<", Style: ScalarStyle.Plain } mergeKey
                && (mergeKey.Tag.IsEmpty || mergeKey.Tag.Value == CoreTagPrefix + "merge")
            )
            {
                _path.Add(new PathSegment("<<", -1));
                var sources = ReadNode(Next());
                _path.RemoveAt(_path.Count - 1);
                builder.AddMerge(mergeKey, sources);
                continue;
            }

            var keyNode = ReadNode(keyEvent);
            var key = keyNode as YamlSourceScalar;
            _path.Add(new PathSegment(key?.Value ?? "?", -1));
            var value = ReadNode(Next());
            if (key is null)
            {
                Report(Error(keyNode.Line, keyNode.Column, $"a mapping key must be a string, not {keyNode.Describe()}"));
            }
            else
            {
                builder.Add(key, value);
            }

            _path.RemoveAt(_path.Count - 1);
        }

        var node = builder.Build(start.Start);
        Leave(start.Anchor, node);
        return node;
    }

    private YamlSourceNode ResolveAlias(AnchorAlias alias)
    {
        var name = alias.Value.Value;
        if (_openAnchors.Contains(name))
        {
            Fail(alias.Start, $"the alias *{name} refers to the node that contains it");
        }

        if (!_anchors.TryGetValue(name, out var node))
        {
            Fail(alias.Start, $"the alias *{name} has no anchor &{name} before it");
        }

        _nodes += node!.Size;
        if (_nodes > MaxNodes)
        {
            Fail(alias.Start, $"aliases expand the document to more than {MaxNodes} nodes (a \"billion laughs\" document?)");
        }

        if (_depth + node.Height > MaxDepth)
        {
            Fail(alias.Start, $"the alias *{name} nests mappings and lists more than {MaxDepth} levels deep");
        }

        return node;
    }

    private void Count(Mark at)
    {
        if (++_nodes > MaxNodes)
        {
            Fail(at, $"the document has more than {MaxNodes} nodes; a values file has a few thousand");
        }
    }

    private void Enter(NodeEvent start)
    {
        Count(start.Start);
        if (++_depth > MaxDepth)
        {
            Fail(start.Start, $"mappings and lists are nested more than {MaxDepth} levels deep");
        }

        if (!start.Anchor.IsEmpty)
        {
            _openAnchors.Add(start.Anchor.Value);
        }
    }

    private void Leave(AnchorName anchor, YamlSourceNode node)
    {
        _depth--;
        if (!anchor.IsEmpty)
        {
            _openAnchors.Remove(anchor.Value);
        }

        Remember(anchor, node);
    }

    // A later anchor with the same name replaces the earlier one, as YAML specifies.
    private void Remember(AnchorName anchor, YamlSourceNode node)
    {
        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = node;
        }
    }

    private void CheckScalarTag(Scalar scalar, string tag, bool isPlain)
    {
        var expected = tag switch
        {
            CoreTagPrefix + "str" => (YamlScalarKind?)null,
            CoreTagPrefix + "int" => YamlScalarKind.Integer,
            CoreTagPrefix + "float" => YamlScalarKind.Float,
            CoreTagPrefix + "bool" => YamlScalarKind.Boolean,
            CoreTagPrefix + "null" => YamlScalarKind.Null,
            _ => YamlScalarKind.Other,
        };

        if (expected == YamlScalarKind.Other)
        {
            Report(Error(scalar.Start, $"the tag {ShortTag(tag)} is not supported: remove it"));
        }
        else if (expected is { } kind && (!isPlain || Yaml11Scalars.ResolveGoYamlV2(scalar.Value) != kind))
        {
            // Redundant standard tags are harmless; ones that change the value's type are not portable.
            Report(
                Error(
                    scalar.Start,
                    $"the tag {ShortTag(tag)} does not match the value `{scalar.Value}`: remove the tag and write the value itself"
                )
            );
        }
    }

    private void CheckCollectionTag(NodeEvent start, TagName tag, string expected)
    {
        if (!tag.IsEmpty && tag.Value != CoreTagPrefix + expected)
        {
            Report(Error(start.Start, $"the tag {ShortTag(tag.Value)} is not supported: remove it"));
        }
    }

    private ParsingEvent Next()
    {
        if (!_parser.MoveNext())
        {
            throw new YamlException(Mark.Empty, Mark.Empty, "unexpected end of the YAML stream");
        }

        return _parser.Current!;
    }

    private void Expect<T>()
        where T : ParsingEvent
    {
        if (_parser.Current is not T)
        {
            var at = _parser.Current!.Start;
            throw new YamlException(at, at, $"expected {typeof(T).Name}, found {_parser.Current.GetType().Name}");
        }
    }

    private ValidationError Error(Mark at, string message) => Error(Line(at), Column(at), message);

    private ValidationError Error(int line, int column, string message) =>
        new(CurrentPath().ToString(), message, ValidationSeverity.Error, Math.Max(line, 1), Math.Max(column, 1), _source);

    // YamlDotNet counts in long; a file within the size limit fits in int.
    private static int Line(Mark mark) => (int)Math.Clamp(mark.Line, 1, int.MaxValue);

    private static int Column(Mark mark) => (int)Math.Clamp(mark.Column, 1, int.MaxValue);

    private ValuePath CurrentPath()
    {
        var path = ValuePath.Root;
        foreach (var segment in _path)
        {
            path = segment.Key is null ? path.Index(segment.Index) : path.Key(segment.Key);
        }

        return path;
    }

    private void Report(ValidationError error)
    {
        _errors.Add(error);
        if (_errors.Count >= MaxErrors)
        {
            _errors.Add(new ValidationError("", $"stopped reading after {MaxErrors} problems", Source: _source));
            throw new StopReading();
        }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void Fail(Mark at, string message)
    {
        _errors.Add(Error(at, message));
        throw new StopReading();
    }

    private YamlSourceMapping EmptyMapping(Mark at) => EmptyMapping(Line(at), Column(at));

    private YamlSourceMapping EmptyMapping(int line, int column) => new([], line, column, 1, 1) { Source = _source };

    private static string ShortTag(string tag) =>
        tag.StartsWith(CoreTagPrefix, StringComparison.Ordinal) ? "!!" + tag[CoreTagPrefix.Length..] : tag;

    // YamlDotNet's messages read "While scanning ..., found ...": lower-case them to fit after "invalid YAML: ".
    private static string Sentence(string message)
    {
        var trimmed = message.TrimEnd('.');
        return trimmed.Length > 1 && char.IsUpper(trimmed[0]) && char.IsLower(trimmed[1])
            ? char.ToLowerInvariant(trimmed[0]) + trimmed[1..]
            : trimmed;
    }

    // The error points at the first character past the limit.
    private static ValidationError? CheckSize(string yaml)
    {
        // Each char is 1 to 3 UTF-8 bytes: count exactly only when it matters.
        if (yaml.Length * 3L <= MaxInputBytes)
        {
            return null;
        }

        var bytes = Encoding.UTF8.GetByteCount(yaml);
        if (bytes <= MaxInputBytes)
        {
            return null;
        }

        var index = 0;
        for (var counted = 0; ; index++)
        {
            counted += yaml[index] switch
            {
                < '\u0080' => 1,
                < '\u0800' => 2,
                _ when char.IsSurrogate(yaml[index]) => 2,
                _ => 3,
            };
            if (counted > MaxInputBytes)
            {
                break;
            }
        }

        var (line, column) = Position(yaml, index);
        return new ValidationError(
            "",
            string.Format(
                CultureInfo.InvariantCulture,
                "the YAML is larger than the {0} MiB limit ({1} bytes); the limit is passed here",
                MaxInputBytes / (1024 * 1024),
                bytes
            ),
            ValidationSeverity.Error,
            line,
            column
        );
    }

    // go-yaml refuses the characters YAML excludes (section 5.1): C0 controls but tab and breaks, DEL, C1 controls but
    // NEL, surrogates, U+FFFE and U+FFFF. YamlDotNet lets some through, so check first.
    private static ValidationError? CheckCharacters(string yaml)
    {
        for (var i = 0; i < yaml.Length; i++)
        {
            var c = yaml[i];
            if (
                c
                is '\t'
                    or '\n'
                    or '\r'
                    or (>= ' ' and <= '~')
                    or '\u0085'
                    or (>= '\u00A0' and <= '\uD7FF')
                    or (>= '\uE000' and <= '\uFFFD')
            )
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < yaml.Length && char.IsLowSurrogate(yaml[i + 1]))
            {
                i++;
                continue;
            }

            var (line, column) = Position(yaml, i);
            var name = ((int)c).ToString("X4", CultureInfo.InvariantCulture);
            return new ValidationError(
                "",
                $"the character U+{name} is not allowed in YAML: write it as an escape (\\u{name}) in a double-quoted string",
                ValidationSeverity.Error,
                line,
                column
            );
        }

        return null;
    }

    /// <summary>The 1-based line and column of the character at <paramref name="index"/>.</summary>
    internal static (int Line, int Column) Position(string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }

    private readonly record struct PathSegment(string? Key, int Index);

    // Thrown only to unwind the recursive descent after a fatal error has been recorded.
    private sealed class StopReading : Exception;

    // Collects a mapping's entries, then applies merge keys and reports duplicates.
    private sealed class MappingBuilder(YamlDocumentReader reader)
    {
        private readonly List<KeyValuePair<YamlSourceScalar, YamlSourceNode>> _entries = [];
        private readonly Dictionary<string, YamlSourceScalar> _keys = new(StringComparer.Ordinal);
        private List<(int Position, YamlSourceScalar MergeKey, List<YamlSourceMapping> Sources)>? _merges;

        public void Add(YamlSourceScalar key, YamlSourceNode value)
        {
            if (_keys.TryGetValue(key.Value, out var first))
            {
                reader.Report(
                    reader.Error(
                        key.Line,
                        key.Column,
                        $"the key `{key.Value}` appears twice in this mapping (lines {first.Line} and {key.Line}); YAML requires unique keys"
                    )
                );
                return;
            }

            _keys.Add(key.Value, key);
            _entries.Add(new KeyValuePair<YamlSourceScalar, YamlSourceNode>(key, value));
        }

        public void AddMerge(Scalar mergeKey, YamlSourceNode sources)
        {
            var key = new YamlSourceScalar(mergeKey.Value, true, null, Line(mergeKey.Start), Column(mergeKey.Start))
            {
                Source = reader._source,
            };
            if (_merges is { Count: > 0 })
            {
                reader.Report(
                    reader.Error(
                        key.Line,
                        key.Column,
                        "the merge key `<<` appears twice in this mapping: merge a list instead (`<<: [*a, *b]`)"
                    )
                );
                return;
            }

            var mappings = new List<YamlSourceMapping>();
            if (sources is YamlSourceMapping single)
            {
                mappings.Add(single);
            }
            else if (sources is YamlSourceSequence list && list.Items.Count > 0 && AllMappings(list, mappings))
            {
                // Collected by AllMappings.
            }
            else
            {
                reader.Report(
                    reader.Error(
                        sources.Line,
                        sources.Column,
                        "the merge key `<<` needs a mapping or a list of mappings (usually aliases such as *base)"
                    )
                );
                return;
            }

            _merges ??= [];
            _merges.Add((_entries.Count, key, mappings));
        }

        public YamlSourceMapping Build(Mark start)
        {
            var entries = _merges is null ? _entries : ApplyMerges();
            var size = 1;
            var height = 0;
            foreach (var entry in entries)
            {
                size += entry.Key.Size + entry.Value.Size;
                height = Math.Max(height, entry.Value.Height);
            }

            return new YamlSourceMapping(entries, Line(start), Column(start), size, height + 1) { Source = reader._source };
        }

        private List<KeyValuePair<YamlSourceScalar, YamlSourceNode>> ApplyMerges()
        {
            var result = new List<KeyValuePair<YamlSourceScalar, YamlSourceNode>>(_entries.Count);
            var merged = new HashSet<string>(StringComparer.Ordinal);
            var nextMerge = 0;
            for (var i = 0; i <= _entries.Count; i++)
            {
                while (nextMerge < _merges!.Count && _merges[nextMerge].Position == i)
                {
                    var (position, mergeKey, sources) = _merges[nextMerge++];
                    foreach (var source in sources)
                    {
                        foreach (var entry in source.Entries)
                        {
                            var name = entry.Key.Value;
                            if (_keys.TryGetValue(name, out var own))
                            {
                                if (IndexOf(own) < position)
                                {
                                    reader.Report(
                                        reader.Error(
                                            mergeKey.Line,
                                            mergeKey.Column,
                                            $"the merge key `<<` sets `{name}`, which line {own.Line} already set: go-yaml v2 and YAML 1.1 disagree on which wins, so put `<<` first"
                                        )
                                    );
                                }

                                continue;
                            }

                            if (merged.Add(name))
                            {
                                result.Add(entry);
                            }
                        }
                    }
                }

                if (i < _entries.Count)
                {
                    result.Add(_entries[i]);
                }
            }

            return result;
        }

        private int IndexOf(YamlSourceScalar key)
        {
            for (var i = 0; i < _entries.Count; i++)
            {
                if (ReferenceEquals(_entries[i].Key, key))
                {
                    return i;
                }
            }

            return -1;
        }

        private static bool AllMappings(YamlSourceSequence list, List<YamlSourceMapping> mappings)
        {
            foreach (var item in list.Items)
            {
                if (item is not YamlSourceMapping mapping)
                {
                    return false;
                }

                mappings.Add(mapping);
            }

            return true;
        }
    }
}
