using System;
using System.Collections.Generic;
using System.ComponentModel;
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

    /// <summary>Checks every rule on the values, returning all problems at once.</summary>
    /// <param name="values">The values.</param>
    public static ValidationResult Validate(IValuesObject values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var context = new ValidationContext();
        values.Validate(context);
        return context.ToResult();
    }

    /// <summary>
    /// Loads a values document as strictly as the controller reads its config, then validates it. Never throws for
    /// bad input: syntax errors, unknown keys and broken rules all come back in <see cref="ValuesLoadResult{T}.Errors"/>.
    /// </summary>
    /// <typeparam name="T">The generated root record.</typeparam>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="read">The generated reader of the root record.</param>
    public static ValuesLoadResult<T> Load<T>(string yaml, Func<YamlReader, YamlNode, T?> read)
        where T : class, IValuesObject => YamlReader.LoadValidated(yaml, read, static value => Validate(value).Problems);

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
                result.Errors.Count > 0 ? result.Errors : new List<ValidationError> { new("", "the document is empty") }
            );
        }

        return result.Value;
    }
}
