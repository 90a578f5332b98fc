using System.Collections.Generic;
using System.Linq;
using HelmValues.Validation;

namespace HelmValues.Yaml;

/// <summary>What <see cref="YamlReader.Load{T}"/> returns: the value read, and every problem found on the way.</summary>
/// <typeparam name="T">The type of the root value.</typeparam>
/// <param name="Value">The value; null (default) whenever <see cref="Problems"/> holds an error, so a half-read value is never used by mistake.</param>
/// <param name="Problems">Every error and warning, each with its path, line and column, in the order found.</param>
public sealed record ValuesLoadResult<T>(T? Value, IReadOnlyList<ValidationError> Problems)
{
    /// <summary>Only the errors: what made the load fail (<see cref="Value"/> is null when there is one).</summary>
    public IEnumerable<ValidationError> Errors => Problems.Where(p => p.Severity == ValidationSeverity.Error);

    /// <summary>Only the warnings: values that were read, but that another YAML reader could read differently.</summary>
    public IEnumerable<ValidationError> Warnings => Problems.Where(p => p.Severity == ValidationSeverity.Warning);

    /// <summary>True when no problem of severity <see cref="ValidationSeverity.Error"/> was found (warnings are allowed).</summary>
    public bool Succeeded
    {
        get
        {
            foreach (var problem in Problems)
            {
                if (problem.Severity == ValidationSeverity.Error)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
