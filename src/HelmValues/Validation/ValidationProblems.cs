using System;
using System.Collections.Generic;

namespace HelmValues.Validation;

/// <summary>Combines problems found by two checks of the same values without saying the same thing twice.</summary>
internal static class ValidationProblems
{
    /// <summary>
    /// The <paramref name="candidates"/> (Helm's schema verdict) whose path is neither at nor under the path of an error
    /// in <paramref name="found"/> (typed reading and the controller's rules, which say more precisely what is wrong).
    /// </summary>
    public static List<ValidationError> Uncovered(IReadOnlyList<ValidationError> found, IReadOnlyList<ValidationError> candidates)
    {
        var covered = new List<string>();
        foreach (var error in found)
        {
            if (error.Severity == ValidationSeverity.Error)
            {
                covered.Add(error.Path);
            }
        }

        var uncovered = new List<ValidationError>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (!covered.Exists(path => IsAtOrUnder(candidate.Path, path)))
            {
                uncovered.Add(candidate);
            }
        }

        return uncovered;
    }

    // `a.b[0]` is under `a.b` and `a`; `a.bc` is not under `a.b`.
    private static bool IsAtOrUnder(string path, string ancestor) =>
        ancestor.Length == 0
        || (path.StartsWith(ancestor, StringComparison.Ordinal) && (path.Length == ancestor.Length || path[ancestor.Length] is '.' or '['));
}
