using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace HelmValues.Output;

/// <summary>The formats of a <see cref="ChangeReport"/>.</summary>
public enum ChangeReportFormat
{
    /// <summary>For a terminal or a CI log: one heading line per file or object, one indented line per change.</summary>
    Text,

    /// <summary>For a pull request or a commit body: a bold heading per file or object and a list of changes.</summary>
    Markdown,

    /// <summary>For tools: <c>{"changes": [{"file", "subject", "path", "change", "before", "after", "hidden"}]}</c>.</summary>
    Json,
}

/// <summary>Writes a <see cref="ChangeReport"/> in each <see cref="ChangeReportFormat"/>.</summary>
internal static class ChangeReportWriter
{
    // Long or multi-line values (a script, a certificate) are cut in text and Markdown: the reviewer needs to see that they
    // changed, and the diff shows how.
    private const int MaxShownLength = 80;

    public static string Write(ChangeReport report, ChangeReportFormat format) =>
        format switch
        {
            ChangeReportFormat.Text => Lines(report, markdown: false),
            ChangeReportFormat.Markdown => Lines(report, markdown: true),
            ChangeReportFormat.Json => Json(report),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not a ChangeReportFormat"),
        };

    private static string Lines(ChangeReport report, bool markdown)
    {
        var text = new StringBuilder();
        foreach (var file in report.Changes.GroupBy(c => c.File))
        {
            var first = file.First();
            var heading =
                first.Subject == first.File
                    ? (markdown ? $"**{first.File}**" : first.File)
                    : (markdown ? $"**{first.Subject}** ({Code(first.File)})" : $"{first.Subject} ({first.File})");
            if (markdown && text.Length > 0)
            {
                text.Append('\n');
            }

            if (first.Path.Length == 0 && first.Kind != OutputChangeKind.Changed)
            {
                text.Append(heading).Append(": ").Append(Verb(first.Kind)).Append('\n');
                continue;
            }

            text.Append(heading).Append('\n');
            foreach (var change in file)
            {
                text.Append(markdown ? "- " : "  ").Append(Line(change, markdown)).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Line(OutputChange change, bool markdown)
    {
        string Value(string value) => markdown ? Code(Shorten(value)) : Shorten(value);

        var path =
            change.Path.Length == 0 ? "the file"
            : markdown ? Code(change.Path)
            : change.Path;
        return (change.Kind, change.Before, change.After) switch
        {
            _ when change.IsHidden => $"{path}: {Verb(change.Kind)} (secret value hidden)",
            (OutputChangeKind.Changed, { } before, { } after) => $"{path}: {Value(before)} → {Value(after)}",
            (OutputChangeKind.Added, _, { } after) => $"{path}: added, {Value(after)}",
            (OutputChangeKind.Removed, { } before, _) => $"{path}: removed (was {Value(before)})",
            _ when change.Path.Length == 0 => $"{path}: changed (the same values, written differently, or not YAML)",
            _ => $"{path}: {Verb(change.Kind)}",
        };
    }

    private static string Verb(OutputChangeKind kind) =>
        kind switch
        {
            OutputChangeKind.Added => "added",
            OutputChangeKind.Removed => "removed",
            _ => "changed",
        };

    private static string Shorten(string value)
    {
        var line = value.Split('\n')[0];
        return line.Length > MaxShownLength ? line[..MaxShownLength] + "…"
            : line.Length < value.Length ? line + " …"
            : line;
    }

    // Inline code that survives backticks in the value: fence it with one more backtick than it holds in a row.
    private static string Code(string value)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in value)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        return longest == 0 ? $"`{value}`" : $"{fence} {value} {fence}";
    }

    private static string Json(ChangeReport report)
    {
        using var stream = new MemoryStream();
        using (
            var json = new Utf8JsonWriter(
                stream,
                new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }
            )
        )
        {
            json.WriteStartObject();
            json.WriteStartArray("changes");
            foreach (var change in report.Changes)
            {
                json.WriteStartObject();
                json.WriteString("file", change.File);
                json.WriteString("subject", change.Subject);
                json.WriteString("path", change.Path);
                json.WriteString("change", Verb(change.Kind));
                json.WriteString("before", change.Before);
                json.WriteString("after", change.After);
                json.WriteBoolean("hidden", change.IsHidden);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        // Utf8JsonWriter indents with two spaces and ends lines with Environment.NewLine: LF on every machine instead.
        return Encoding.UTF8.GetString(stream.ToArray()).ReplaceLineEndings("\n") + "\n";
    }
}
