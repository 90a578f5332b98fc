using System;
using System.Collections.Generic;
using System.Linq;

namespace HelmValues.Validation;

/// <summary>Thrown when values have errors; <see cref="Problems"/> lists all of them, not just the first.</summary>
public sealed class ValidationException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">Every error and warning; the message lists them all.</param>
    public ValidationException(IReadOnlyList<ValidationError> problems)
        : base(Describe(problems)) => Problems = problems;

    /// <summary>Every error and warning found.</summary>
    public IReadOnlyList<ValidationError> Problems { get; }

    private static string Describe(IReadOnlyList<ValidationError> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var errors = problems.Count(p => p.Severity == ValidationSeverity.Error);
        return $"{errors} error{(errors == 1 ? "" : "s")}:\n" + string.Join("\n", problems.Select(p => "  " + p));
    }
}
