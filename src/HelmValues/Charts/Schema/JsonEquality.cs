using System;
using System.Collections.Generic;

namespace HelmValues.Charts;

/// <summary>
/// JSON equality as JSON Schema (and Helm's validator) defines it for <c>enum</c>, <c>const</c> and <c>uniqueItems</c>:
/// numbers by value (<c>1</c> equals <c>1.0</c>), objects by their properties whatever the order, arrays item by item.
/// </summary>
internal static class JsonEquality
{
    /// <summary>True when the two values are equal. A value Helm cannot hold equals nothing.</summary>
    public static bool AreEqual(HelmJson a, HelmJson b)
    {
        if (a.Kind != b.Kind)
        {
            return false;
        }

        switch (a.Kind)
        {
            case HelmJsonKind.Null:
                return true;
            case HelmJsonKind.Boolean:
                return a.Boolean == b.Boolean;
            case HelmJsonKind.Number:
                return a.Number == b.Number;
            case HelmJsonKind.String:
                return string.Equals(a.Text, b.Text, StringComparison.Ordinal);
            case HelmJsonKind.Array:
                if (a.Items.Length != b.Items.Length)
                {
                    return false;
                }

                for (var i = 0; i < a.Items.Length; i++)
                {
                    if (!AreEqual(a.Items[i], b.Items[i]))
                    {
                        return false;
                    }
                }

                return true;
            case HelmJsonKind.Object:
                if (a.Properties.Length != b.Properties.Length)
                {
                    return false;
                }

                foreach (var property in a.Properties)
                {
                    if (b.Property(property.Name) is not { } other || !AreEqual(property.Value, other))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>A hash consistent with <see cref="AreEqual"/> (property order does not change it).</summary>
    public static int Hash(HelmJson value)
    {
        switch (value.Kind)
        {
            case HelmJsonKind.Boolean:
                return value.Boolean ? 1 : 2;
            case HelmJsonKind.Number:
                return value.Number.GetHashCode();
            case HelmJsonKind.String:
                return StringComparer.Ordinal.GetHashCode(value.Text!);
            case HelmJsonKind.Array:
                var hash = new HashCode();
                hash.Add(value.Items.Length);
                foreach (var item in value.Items)
                {
                    hash.Add(Hash(item));
                }

                return hash.ToHashCode();
            case HelmJsonKind.Object:
                // Order-independent: sum of per-property hashes.
                var sum = 17;
                foreach (var property in value.Properties)
                {
                    sum = unchecked(sum + HashCode.Combine(StringComparer.Ordinal.GetHashCode(property.Name), Hash(property.Value)));
                }

                return sum;
            default:
                return (int)value.Kind;
        }
    }

    /// <summary>Every item equal to an earlier one, with the index of the first item it equals.</summary>
    public static List<(int First, int Second)> Duplicates(ReadOnlySpan<HelmJson> items)
    {
        var duplicates = new List<(int First, int Second)>();
        var seen = new Dictionary<int, List<int>>();
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i].Kind == HelmJsonKind.NotJson)
            {
                continue;
            }

            var hash = Hash(items[i]);
            if (seen.TryGetValue(hash, out var candidates))
            {
                var first = FirstEqual(items, candidates, items[i]);
                if (first >= 0)
                {
                    duplicates.Add((first, i));
                }
                else
                {
                    candidates.Add(i);
                }
            }
            else
            {
                seen[hash] = [i];
            }
        }

        return duplicates;
    }

    // The first of the candidates (indexes into items) equal to value, or -1.
    private static int FirstEqual(ReadOnlySpan<HelmJson> items, List<int> candidates, HelmJson value)
    {
        foreach (var candidate in candidates)
        {
            if (AreEqual(items[candidate], value))
            {
                return candidate;
            }
        }

        return -1;
    }
}
