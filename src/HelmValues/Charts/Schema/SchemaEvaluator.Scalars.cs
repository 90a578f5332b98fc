using System.Collections.Generic;

namespace HelmValues.Charts;

/// <summary>The string and number keywords.</summary>
internal sealed partial class SchemaEvaluator
{
    private bool EvaluateString(SchemaNode schema, HelmJson value, List<SchemaViolation>? sink)
    {
        var valid = true;
        var text = value.Text!;
        if (schema.MinLength is not null || schema.MaxLength is not null)
        {
            // Code points, as Go's utf8.RuneCountInString counts them: a surrogate pair is one character.
            var length = 0L;
            foreach (var _ in text.EnumerateRunes())
            {
                length++;
            }

            if (length < schema.MinLength)
            {
                valid = false;
                var message =
                    schema.MinLength == 1
                        ? "must not be empty"
                        : $"must be at least {ViolationText.Count(schema.MinLength.Value, "character")} long (is {length})";
                Report(sink, value.Node, "minLength", message);
            }

            if (length > schema.MaxLength)
            {
                valid = false;
                Report(
                    sink,
                    value.Node,
                    "maxLength",
                    $"must be at most {ViolationText.Count(schema.MaxLength.Value, "character")} long (is {length})"
                );
            }
        }

        if (schema.Pattern is { } pattern)
        {
            switch (pattern.IsMatch(text))
            {
                case false:
                    valid = false;
                    Report(sink, value.Node, "pattern", $"must match the pattern {pattern} (is {ViolationText.Quote(text)})");
                    break;
                case null:
                    valid = false;
                    Report(
                        sink,
                        value.Node,
                        "pattern",
                        $"could not be checked against the pattern {pattern}: matching took longer than {GoRegex.MatchTimeout.TotalSeconds:0} s"
                    );
                    break;
            }
        }

        if (schema.Format is { } format && format.Check(text) is { } problem)
        {
            valid = false;
            Report(sink, value.Node, "format", $"must be a valid {format.Name} (is {ViolationText.Quote(text)}: {problem})");
        }

        return valid;
    }

    private bool EvaluateNumber(SchemaNode schema, HelmJson value, List<SchemaViolation>? sink)
    {
        var valid = true;
        var number = value.Number;
        if (number < schema.Minimum)
        {
            valid = false;
            Report(sink, value.Node, "minimum", $"must be at least {schema.Minimum} (is {number})");
        }

        if (number > schema.Maximum)
        {
            valid = false;
            Report(sink, value.Node, "maximum", $"must be at most {schema.Maximum} (is {number})");
        }

        if (number <= schema.ExclusiveMinimum)
        {
            valid = false;
            Report(sink, value.Node, "exclusiveMinimum", $"must be greater than {schema.ExclusiveMinimum} (is {number})");
        }

        if (number >= schema.ExclusiveMaximum)
        {
            valid = false;
            Report(sink, value.Node, "exclusiveMaximum", $"must be less than {schema.ExclusiveMaximum} (is {number})");
        }

        // Exact, as big.Rat: 0.07 is a multiple of 0.01 (a float remainder would say otherwise).
        if (schema.MultipleOf is { } divisor && !number.IsMultipleOf(divisor))
        {
            valid = false;
            Report(sink, value.Node, "multipleOf", $"must be a multiple of {divisor} (is {number})");
        }

        return valid;
    }
}
