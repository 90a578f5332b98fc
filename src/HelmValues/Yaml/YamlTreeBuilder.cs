using System;
using System.Collections.Generic;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace HelmValues.Yaml;

/// <summary>
/// Takes the events a <see cref="YamlWriter"/> emits and builds the tree a reader would make of the text, without the
/// text: what Helm's check of built values needs, at a fraction of writing and parsing again.
/// </summary>
/// <remarks>
/// A scalar the writer leaves plain is plain here too (its type resolved as YAML would); a quoted or block scalar is a
/// string. Nodes have no position (line and column 0): they were never text.
/// </remarks>
internal sealed class YamlTreeBuilder : IEmitter
{
    private readonly Stack<Open> _open = new();

    /// <summary>The root of the document written, once it is complete.</summary>
    public YamlSourceNode? Root { get; private set; }

    public void Emit(ParsingEvent @event)
    {
        switch (@event)
        {
            case Scalar scalar:
                Add(new YamlSourceScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, null, 0, 0));
                break;
            case MappingStart:
                _open.Push(new Open(isMapping: true));
                break;
            case SequenceStart:
                _open.Push(new Open(isMapping: false));
                break;
            case MappingEnd or SequenceEnd:
                Add(_open.Pop().Build());
                break;
        }
    }

    private void Add(YamlSourceNode node)
    {
        if (_open.Count == 0)
        {
            Root = node;
        }
        else
        {
            _open.Peek().Add(node);
        }
    }

    // A mapping or list being filled: a mapping's nodes alternate key, value.
    private sealed class Open(bool isMapping)
    {
        private readonly List<YamlSourceNode> _nodes = [];

        public void Add(YamlSourceNode node) => _nodes.Add(node);

        public YamlSourceNode Build()
        {
            var size = 1;
            var height = 0;
            foreach (var node in _nodes)
            {
                size += node.Size;
                height = Math.Max(height, node.Height);
            }

            if (!isMapping)
            {
                return new YamlSourceSequence(_nodes, 0, 0, size, height + 1);
            }

            var entries = new List<KeyValuePair<YamlSourceScalar, YamlSourceNode>>(_nodes.Count / 2);
            for (var i = 0; i < _nodes.Count; i += 2)
            {
                entries.Add(new((YamlSourceScalar)_nodes[i], _nodes[i + 1]));
            }

            return new YamlSourceMapping(entries, 0, 0, size, height + 1);
        }
    }
}
