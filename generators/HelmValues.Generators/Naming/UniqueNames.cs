using System.Collections.Generic;

namespace HelmValues.Generators.Naming;

/// <summary>Hands out names that are unique within one scope, suffixing 2, 3, … on a clash.</summary>
internal sealed class UniqueNames
{
    private readonly HashSet<string> _taken;

    public UniqueNames(IEnumerable<string>? reserved = null) => _taken = new HashSet<string>(reserved ?? new string[0]);

    public bool IsTaken(string name) => _taken.Contains(name);

    /// <summary>Takes <paramref name="preferred"/>, or the first free <c>preferred2</c>, <c>preferred3</c>, ….</summary>
    public string Take(string preferred)
    {
        if (_taken.Add(preferred))
        {
            return preferred;
        }

        for (var i = 2; ; i++)
        {
            var candidate = preferred + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (_taken.Add(candidate))
            {
                return candidate;
            }
        }
    }
}
