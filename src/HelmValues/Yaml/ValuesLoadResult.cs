using System.Collections.Generic;
using HelmValues.Validation;

namespace HelmValues.Yaml;

/// <summary>What <see cref="YamlReader.Load{T}"/> returns: the value read, and every problem found on the way.</summary>
/// <typeparam name="T">The type of the root value.</typeparam>
/// <param name="Value">The value; null (default) whenever <see cref="Errors"/> holds an error, so a half-read value is never used by mistake.</param>
/// <param name="Errors">Every error and warning, each with its path, line and column.</param>
public sealed record ValuesLoadResult<T>(T? Value, IReadOnlyList<ValidationError> Errors)
{
    /// <summary>True when no problem of severity <see cref="ValidationSeverity.Error"/> was found (warnings are allowed).</summary>
    public bool Succeeded
    {
        get
        {
            foreach (var error in Errors)
            {
                if (error.Severity == ValidationSeverity.Error)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
