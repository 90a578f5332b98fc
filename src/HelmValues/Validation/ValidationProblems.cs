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
    public static IReadOnlyList<ValidationError> Uncovered(IReadOnlyList<ValidationError> found, IReadOnlyList<ValidationError> candidates)
    {
        if (candidates.Count == 0)
        {
            // Helm found nothing, as for most values: nothing to filter, no list.
            return candidates;
        }

        var uncovered = new List<ValidationError>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            if (!IsCovered(candidates[i].Path, found))
            {
                uncovered.Add(candidates[i]);
            }
        }

        return uncovered;
    }

    // A loop over the errors rather than a list of their paths and a lambda per candidate.
    private static bool IsCovered(string path, IReadOnlyList<ValidationError> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            if (found[i].Severity == ValidationSeverity.Error && IsAtOrUnder(path, found[i].Path))
            {
                return true;
            }
        }

        return false;
    }

    // `a.b[0]` is under `a.b` and `a`; `a.bc` is not under `a.b`.
    private static bool IsAtOrUnder(string path, string ancestor) =>
        ancestor.Length == 0
        || (path.StartsWith(ancestor, StringComparison.Ordinal) && (path.Length == ancestor.Length || path[ancestor.Length] is '.' or '['));
}
