using System;
using System.Collections.Generic;
using System.ComponentModel;
using HelmValues.Charts;
using HelmValues.Validation;
using HelmValues.Yaml;

namespace HelmValues;

/// <summary>
/// Whole values documents: writing, validating and loading. Generated root records (<c>ToYaml</c>, <c>Validate</c>,
/// <c>Load</c>) call these.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ValuesDocument
{
    /// <summary>Writes values as one YAML document: keys in ordinal order, YAML 1.1-safe quoting, LF, final newline.</summary>
    /// <param name="values">The values.</param>
    public static string ToYaml(IValuesObject values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return YamlWriter.Serialize(values.WriteYaml);
    }

    /// <summary>
    /// Checks every rule on the values, returning all problems at once: the typed rules (the schema, its overlay and
    /// the hand-written rules), then Helm's verdict on these values over the chart's defaults, where the typed rules
    /// found nothing at the same place.
    /// </summary>
    /// <param name="values">The values.</param>
    /// <param name="chart">The chart the values are for: its schema and defaults.</param>
    public static ValidationResult Validate(IValuesObject values, HelmChart chart)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(chart);
        // The typed rules' own list, which nothing else holds, takes Helm's verdict too.
        var problems = ValidateTyped(values);
        var written = chart.ValidateWritten(values, static (writer, values) => values.WriteYaml(writer));
        problems.AddRange(ValidationProblems.Uncovered(problems, WithoutPositions(written)));
        return new ValidationResult(problems);
    }

    /// <summary>
    /// <see cref="Validate"/>, and the values' text after <paramref name="prefix"/> (a header comment, or nothing), as UTF-8
    /// from the same walk of the values that Helm's verdict takes: for values that are judged and then written whole.
    /// </summary>
    /// <param name="values">The values.</param>
    /// <param name="chart">The chart the values are for: its schema and defaults.</param>
    /// <param name="prefix">What the text starts with.</param>
    /// <param name="text">The text, whatever the verdict: the caller writes it only when the values are valid.</param>
    internal static ValidationResult ValidateWithText(IValuesObject values, HelmChart chart, string prefix, out byte[] text)
    {
        var problems = ValidateTyped(values);
        var written = chart.ValidateWrittenWithText(prefix, values, static (writer, values) => values.WriteYaml(writer), out text);
        problems.AddRange(ValidationProblems.Uncovered(problems, WithoutPositions(written)));
        return new ValidationResult(problems);
    }

    /// <summary>
    /// Loads a values document as strictly as the controller reads its config, then validates it as an override of the
    /// chart's defaults (see <see cref="HelmCoalescing"/>). Never throws for bad input: syntax errors, unknown keys and
    /// broken rules all come back in <see cref="ValuesLoadResult{T}.Problems"/>.
    /// </summary>
    /// <typeparam name="T">The generated root record.</typeparam>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="read">The generated reader of the root record.</param>
    /// <param name="chart">The chart the values are for: its schema and defaults.</param>
    public static ValuesLoadResult<T> Load<T>(string yaml, Func<YamlReader, YamlSourceNode, T?> read, HelmChart chart)
        where T : class, IValuesObject
    {
        ArgumentNullException.ThrowIfNull(yaml);
        return Load([new ValuesFile("values.yaml", yaml)], named: false, read, chart);
    }

    /// <summary>
    /// Loads values files layered as <c>helm -f</c> layers them (later files win; see <see cref="HelmCoalescing"/>):
    /// the value is their merge, and errors name the file, line and column at fault.
    /// </summary>
    /// <typeparam name="T">The generated root record.</typeparam>
    /// <param name="files">The files, first to last.</param>
    /// <param name="read">The generated reader of the root record.</param>
    /// <param name="chart">The chart the values are for: its schema and defaults.</param>
    public static ValuesLoadResult<T> Load<T>(IReadOnlyList<ValuesFile> files, Func<YamlReader, YamlSourceNode, T?> read, HelmChart chart)
        where T : class, IValuesObject => Load(files, named: true, read, chart);

    private static ValuesLoadResult<T> Load<T>(
        IReadOnlyList<ValuesFile> files,
        bool named,
        Func<YamlReader, YamlSourceNode, T?> read,
        HelmChart chart
    )
        where T : class, IValuesObject
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(chart);
        var errors = new List<ValidationError>();
        if (ValuesLayers.Parse(files, named, errors) is not { } user)
        {
            return new ValuesLoadResult<T>(null, errors);
        }

        return YamlReader.LoadValidated(user, read, ValidateTyped, chart.Validate);
    }

    private static List<ValidationError> ValidateTyped(IValuesObject values)
    {
        var context = new ValidationContext();
        values.Validate(context);
        return context.Finish();
    }

    // Helm judges YAML, so built values are judged as written (as the tree a reader would make of the text). Such nodes
    // have no position; positions in the chart's defaults (a named source) are kept.
    private static IReadOnlyList<ValidationError> WithoutPositions(IReadOnlyList<ValidationError> written)
    {
        if (written.Count == 0)
        {
            return written;
        }

        var problems = new List<ValidationError>();
        foreach (var problem in written)
        {
            problems.Add(problem.Source is null ? problem with { Line = null, Column = null } : problem);
        }

        return problems;
    }

    /// <summary>The loaded value, or a <see cref="ValidationException"/> listing every error.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="result">A load result.</param>
    /// <exception cref="ValidationException">The document has errors.</exception>
    public static T GetValueOrThrow<T>(this ValuesLoadResult<T> result)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.Succeeded || result.Value is null)
        {
            throw new ValidationException(
                result.Problems.Count > 0 ? result.Problems : new List<ValidationError> { new("", "the document is empty") }
            );
        }

        return result.Value;
    }
}
