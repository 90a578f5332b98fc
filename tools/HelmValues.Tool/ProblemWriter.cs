using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using HelmValues.Validation;

namespace HelmValues.Tool;

/// <summary>Writes problems in a <see cref="ProblemFormat"/>, each with its file, position, code and rule.</summary>
/// <remarks>
/// Codes: <c>HV1001</c> for HelmValues' own rules (strict reading, the overlay, the controller's rules), <c>HV1002</c> for
/// Helm's check of the chart's schema (the message names the schema keyword).
/// </remarks>
internal static class ProblemWriter
{
    public const string OwnRuleCode = "HV1001";
    public const string ChartSchemaCode = "HV1002";

    public static void Write(TextWriter output, IReadOnlyList<ValidationError> problems, ProblemFormat format, bool colour)
    {
        switch (format)
        {
            case ProblemFormat.Github:
                foreach (var problem in problems)
                {
                    output.WriteLine(Github(problem));
                }

                break;
            case ProblemFormat.Json:
                output.WriteLine(Json(problems));
                break;
            default:
                foreach (var problem in problems)
                {
                    output.WriteLine(Text(problem, colour));
                }

                break;
        }
    }

    public static string Code(ValidationError problem) => problem.SchemaKeyword is null ? OwnRuleCode : ChartSchemaCode;

    private static string Text(ValidationError problem, bool colour)
    {
        var severity = Severity(problem);
        if (colour)
        {
            severity = (problem.Severity == ValidationSeverity.Error ? "\u001b[31m" : "\u001b[33m") + severity + "\u001b[0m";
        }

        return $"{Where(problem)}: {severity} {Code(problem)}: {PathOf(problem)}: {problem.Message}";
    }

    // The MSBuild form editors and CI log parsers know: file(line,col).
    private static string Where(ValidationError problem)
    {
        var file = problem.Source ?? "-";
        return problem.Line is { } line
            ? string.Format(CultureInfo.InvariantCulture, "{0}({1},{2})", file, line, problem.Column ?? 1)
            : file;
    }

    private static string Github(ValidationError problem)
    {
        var properties = new StringBuilder();
        properties.Append("file=").Append(EscapeProperty(problem.Source ?? "-"));
        if (problem.Line is { } line)
        {
            properties.Append(",line=").Append(line.ToString(CultureInfo.InvariantCulture));
            properties.Append(",col=").Append((problem.Column ?? 1).ToString(CultureInfo.InvariantCulture));
        }

        properties.Append(",title=").Append(EscapeProperty($"{Code(problem)} {PathOf(problem)}"));
        return $"::{Severity(problem)} {properties}::{EscapeData(problem.Message)}";
    }

    private static string Json(IReadOnlyList<ValidationError> problems)
    {
        using var buffer = new MemoryStream();
        using (
            var json = new Utf8JsonWriter(
                buffer,
                new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }
            )
        )
        {
            json.WriteStartObject();
            json.WriteStartArray("problems");
            foreach (var problem in problems)
            {
                json.WriteStartObject();
                json.WriteString("file", problem.Source);
                WriteNumber(json, "line", problem.Line);
                WriteNumber(json, "column", problem.Column);
                json.WriteString("severity", Severity(problem));
                json.WriteString("code", Code(problem));
                json.WriteString("schemaKeyword", problem.SchemaKeyword);
                json.WriteString("path", problem.Path);
                json.WriteString("message", problem.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Severity(ValidationError problem) => problem.Severity == ValidationSeverity.Error ? "error" : "warning";

    private static string PathOf(ValidationError problem) => problem.Path.Length == 0 ? "(root)" : problem.Path;

    // GitHub's escaping of workflow command data and properties (actions/toolkit, command.ts).
    private static string EscapeData(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string EscapeProperty(string text) => EscapeData(text).Replace(":", "%3A").Replace(",", "%2C");
}
