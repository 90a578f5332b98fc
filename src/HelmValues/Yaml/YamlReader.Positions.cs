using System;
using System.Collections.Generic;
using HelmValues.Validation;

namespace HelmValues.Yaml;

// Remembers where each value was in the text, so problems found later (validation of the loaded values) can
// point at a line and column too, not only at a path.
public sealed partial class YamlReader
{
    private List<(ValuePath Path, YamlSourceNode Node)>? _visited;
    private Dictionary<string, YamlSourceNode>? _nodesByPath;

    /// <summary>
    /// Reads the user's values (<paramref name="root"/>, several files already merged), validates what was read, and
    /// adds Helm's verdict from <paramref name="check"/> where the reading and validation found nothing at the same
    /// place. Validation problems get the file, line and column of the value they concern. The value is null when there
    /// is any error.
    /// </summary>
    internal static ValuesLoadResult<T> LoadValidated<T>(
        YamlSourceNode root,
        Func<YamlReader, YamlSourceNode, T?> readRoot,
        Func<T, IReadOnlyList<ValidationError>> validate,
        Func<YamlSourceNode, IReadOnlyList<ValidationError>> check
    )
        where T : class
    {
        var reader = new YamlReader { _visited = [] };
        reader.Enter(ValuePath.Root, root);
        var value = readRoot(reader, root);
        if (value is not null && !reader.HasErrors)
        {
            foreach (var problem in validate(value))
            {
                reader.Add(reader.Locate(problem));
            }
        }

        foreach (var problem in ValidationProblems.Uncovered(reader._errors, check(root)))
        {
            reader.Add(problem);
        }

        return new ValuesLoadResult<T>(reader.HasErrors ? null : value, reader._errors.ToArray());
    }

    private void Enter(ValuePath path, YamlSourceNode node)
    {
        (_path, _current) = (path, node);
        _visited?.Add((path, node));
    }

    // The problem's own path, or the nearest enclosing value that was in the text (a missing key points at its parent).
    private ValidationError Locate(ValidationError problem)
    {
        if (_nodesByPath is null)
        {
            _nodesByPath = new Dictionary<string, YamlSourceNode>(StringComparer.Ordinal);
            foreach (var (path, node) in _visited ?? [])
            {
                _nodesByPath[path.ToString()] = node;
            }
        }

        for (var path = problem.Path; ; path = Parent(path))
        {
            if (_nodesByPath.TryGetValue(path, out var node))
            {
                return problem with { Line = node.Line, Column = node.Column, Source = node.Source };
            }

            if (path.Length == 0)
            {
                return problem;
            }
        }
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? "" : path.Substring(0, cut);
    }
}
