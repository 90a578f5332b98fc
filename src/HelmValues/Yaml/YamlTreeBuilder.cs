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
internal sealed class YamlTreeBuilder : YamlSink
{
    private readonly Stack<Open> _open = new();

    /// <summary>The root of the document written, once it is complete.</summary>
    public YamlSourceNode? Root { get; private set; }

    public override void BeginDocument() { }

    public override void EndDocument() { }

    public override void BeginMapping() => _open.Push(new Open(isMapping: true));

    public override void EndMapping() => Add(_open.Pop().Build());

    public override void BeginSequence() => _open.Push(new Open(isMapping: false));

    public override void EndSequence() => Add(_open.Pop().Build());

    public override void WriteKey(string key, ScalarStyle style) => WriteScalar(key, style);

    public override void WriteScalar(string text, ScalarStyle style) =>
        Add(new YamlSourceScalar(text, style == ScalarStyle.Plain, null, 0, 0));

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
