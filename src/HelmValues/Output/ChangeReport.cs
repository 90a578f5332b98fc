using System;
using System.Collections.Generic;
using System.Linq;
using HelmValues.Yaml;

namespace HelmValues.Output;

/// <summary>
/// What regenerating a committed output directory changes, in the terms of the values rather than of lines: per key path for
/// values files (<c>config.max-in-flight: 25 → 50</c>), per object and field for manifests, files added and removed. For a
/// pull request, a CI log or the body of the commit that updates the directory. Secret values are never shown.
/// </summary>
/// <example>
/// <code>
/// var report = ChangeReport.Compare(stack.ToOutput(), "charts/buildkite");
/// Console.Write(report.Format(ChangeReportFormat.Markdown));
/// </code>
/// prints
/// <code>
/// **values.yaml**
/// - `config.max-in-flight`: `25` → `50`
/// - `config.pod-spec-patch.imagePullSecrets[0]`: added
///
/// **ServiceAccount buildkite/buildkite-agent** (`manifests/serviceaccount-buildkite-agent.yaml`)
/// - `metadata.annotations["eks.amazonaws.com/role-arn"]`: `arn:aws:iam::123456789012:role/a` → `arn:aws:iam::123456789012:role/b`
/// </code>
/// </example>
public sealed class ChangeReport
{
    private ChangeReport(IReadOnlyList<OutputChange> changes) => Changes = changes;

    /// <summary>Every change, grouped by file in ordinal order of path, keys in ordinal order within a file.</summary>
    public IReadOnlyList<OutputChange> Changes { get; }

    /// <summary>True when regenerating would change nothing.</summary>
    public bool IsEmpty => Changes.Count == 0;

    /// <summary>Compares what <paramref name="set"/> would write with what <paramref name="directory"/> holds. Writes nothing.</summary>
    /// <param name="set">What the run produces.</param>
    /// <param name="directory">The committed output (it may not exist yet: then every file is added).</param>
    public static ChangeReport Compare(OutputSet set, string directory)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(directory);

        var changes = new List<OutputChange>();
        var generated = set.Files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        var previous = OutputIndex.Read(directory).Where(p => AtomicFile.Read(new OutputFile(p, "").FullPath(directory)) is not null);
        foreach (var path in generated.Keys.Union(previous).Order(StringComparer.Ordinal))
        {
            var committed = AtomicFile.Read(new OutputFile(path, "").FullPath(directory));
            var current = generated.GetValueOrDefault(path);
            if (committed != current)
            {
                FileChanges(path, committed, current, changes);
            }
        }

        return new ChangeReport(changes);
    }

    /// <summary>The report as text for a terminal, Markdown for a pull request or commit body, or JSON for tools.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The text; for text and Markdown, empty when <see cref="IsEmpty"/>.</returns>
    public string Format(ChangeReportFormat format) => ChangeReportWriter.Write(this, format);

    /// <summary>The report as text: <see cref="Format"/> with <see cref="ChangeReportFormat.Text"/>.</summary>
    public override string ToString() => Format(ChangeReportFormat.Text);

    private static void FileChanges(string path, string? committed, string? current, List<OutputChange> changes)
    {
        var before = Parse(committed);
        var after = Parse(current);
        var subject = Subject(after ?? before) ?? path;
        if (committed is null || current is null)
        {
            var kind = committed is null ? OutputChangeKind.Added : OutputChangeKind.Removed;
            changes.Add(new OutputChange(path, subject, "", kind));
            return;
        }

        var count = changes.Count;
        if (before is not null && after is not null)
        {
            YamlChanges.Compare(path, subject, IsSecret(after) || IsSecret(before), before, after, changes);
        }

        // Not YAML on one side (a hand edit gone wrong), or the same data written differently: still a change to report.
        if (changes.Count == count)
        {
            changes.Add(new OutputChange(path, subject, "", OutputChangeKind.Changed));
        }
    }

    private static YamlSourceNode? Parse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var document = YamlDocumentReader.Read(text);
        return document.Problems.Count == 0 ? document.Root : null;
    }

    // A manifest's object, "Kind namespace/name" (or "Kind name" without a namespace); null for other files.
    private static string? Subject(YamlSourceNode? root) =>
        Scalar(root, "kind") is { } kind && Scalar(Child(root, "metadata"), "name") is { } name
            ? Scalar(Child(root, "metadata"), "namespace") is { } ns
                ? $"{kind} {ns}/{name}"
                : $"{kind} {name}"
            : null;

    private static bool IsSecret(YamlSourceNode root) => Scalar(root, "kind") == "Secret";

    private static YamlSourceNode? Child(YamlSourceNode? node, string key) =>
        node is YamlSourceMapping mapping ? mapping.Entries.FirstOrDefault(e => e.Key.Value == key).Value : null;

    private static string? Scalar(YamlSourceNode? node, string key) => Child(node, key) is YamlSourceScalar scalar ? scalar.Value : null;
}
