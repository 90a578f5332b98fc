using System;
using System.Collections.Generic;
using System.Linq;

namespace HelmValues.Validation;

/// <summary>Every problem found in one validation, in the order they were found (ordinal key order, depth first).</summary>
public sealed class ValidationResult
{
    /// <summary>Creates a result from a list of problems.</summary>
    /// <param name="problems">Errors and warnings.</param>
    public ValidationResult(IReadOnlyList<ValidationError> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        Problems = problems;
    }

    /// <summary>Errors and warnings.</summary>
    public IReadOnlyList<ValidationError> Problems { get; }

    /// <summary>Only the errors: values that would be refused.</summary>
    public IEnumerable<ValidationError> Errors => Problems.Where(p => p.Severity == ValidationSeverity.Error);

    /// <summary>Only the warnings: values that are accepted but suspicious.</summary>
    public IEnumerable<ValidationError> Warnings => Problems.Where(p => p.Severity == ValidationSeverity.Warning);

    /// <summary>True when there is no error (warnings allowed).</summary>
    public bool IsValid
    {
        get
        {
            // A loop, not Errors.Any(): every stack written asks, and a query is an iterator each time.
            for (var i = 0; i < Problems.Count; i++)
            {
                if (Problems[i].Severity == ValidationSeverity.Error)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Throws a <see cref="ValidationException"/> listing every error when there is one.</summary>
    /// <exception cref="ValidationException">At least one error was found.</exception>
    public void ThrowIfInvalid()
    {
        if (!IsValid)
        {
            throw new ValidationException(Problems);
        }
    }

    /// <summary>One problem per line, as <see cref="ValidationError.ToString"/> formats it.</summary>
    public override string ToString() => string.Join("\n", Problems);
}
