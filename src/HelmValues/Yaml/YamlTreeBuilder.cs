using System;
using System.Collections.Generic;
using YamlDotNet.Core;

namespace HelmValues.Yaml;

/// <summary>
/// Takes what a <see cref="YamlWriter"/> writes and builds the tree a reader would make of the text, without the text:
/// what Helm's check of built values needs, at a fraction of writing and parsing again.
/// </summary>
/// <remarks>
/// A scalar the writer leaves plain is plain here too (its type resolved as YAML would); a quoted or block scalar is a
/// string. Nodes have no position (line and column 0): they were never text.
/// </remarks>
internal sealed class YamlTreeBuilder : IYamlSink
{
    private readonly Stack<Open> _open = new();

    /// <summary>The root of the document written, once it is complete.</summary>
    public YamlNode? Root { get; private set; }

    public void BeginDocument() { }

    public void EndDocument() { }

    public void BeginMapping() => _open.Push(new Open(isMapping: true));

    public void EndMapping() => Add(_open.Pop().Build());

    public void BeginSequence() => _open.Push(new Open(isMapping: false));

    public void EndSequence() => Add(_open.Pop().Build());

    public void WriteKey(string key, ScalarStyle style) => WriteScalar(key, style);

    public void WriteScalar(string text, ScalarStyle style) => Add(new YamlScalarNode(text, style == ScalarStyle.Plain, null, 0, 0));

    private void Add(YamlNode node)
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
        private readonly List<YamlNode> _nodes = [];

        public void Add(YamlNode node) => _nodes.Add(node);

        public YamlNode Build()
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
                return new YamlSequenceNode(_nodes, 0, 0, size, height + 1);
            }

            var entries = new List<KeyValuePair<YamlScalarNode, YamlNode>>(_nodes.Count / 2);
            for (var i = 0; i < _nodes.Count; i += 2)
            {
                entries.Add(new((YamlScalarNode)_nodes[i], _nodes[i + 1]));
            }

            return new YamlMappingNode(entries, 0, 0, size, height + 1);
        }
    }
}
