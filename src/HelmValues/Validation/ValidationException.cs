using System;
using System.Collections.Generic;
using System.Linq;

namespace HelmValues.Validation;

/// <summary>
/// Thrown when values have errors; <see cref="Problems"/> lists all of them, not just the first, with the warnings found
/// beside them (<see cref="Errors"/> and <see cref="Warnings"/> split them by severity).
/// </summary>
public sealed class ValidationException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">Every error and warning; the message lists them all.</param>
    public ValidationException(IReadOnlyList<ValidationError> problems)
        : base(Describe(problems)) => Problems = problems;

    /// <summary>Every error and warning found.</summary>
    public IReadOnlyList<ValidationError> Problems { get; }

    /// <summary>Only the errors: what made the values invalid.</summary>
    public IEnumerable<ValidationError> Errors => Problems.Where(p => p.Severity == ValidationSeverity.Error);

    /// <summary>Only the warnings: values that are accepted but suspicious.</summary>
    public IEnumerable<ValidationError> Warnings => Problems.Where(p => p.Severity == ValidationSeverity.Warning);

    // "2 errors:" and each error, then "1 warning:" and each warning: the count in each heading is the count of lines below it.
    private static string Describe(IReadOnlyList<ValidationError> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return string.Join(
            "\n",
            new[] { Group(problems, ValidationSeverity.Error, "error"), Group(problems, ValidationSeverity.Warning, "warning") }.Where(g =>
                g.Length > 0
            )
        );
    }

    private static string Group(IReadOnlyList<ValidationError> problems, ValidationSeverity severity, string noun)
    {
        var lines = problems.Where(p => p.Severity == severity).Select(p => "\n  " + p.Located).ToList();
        return lines.Count == 0 ? "" : $"{lines.Count} {noun}{(lines.Count == 1 ? "" : "s")}:" + string.Concat(lines);
    }
}
