using System;
using System.Collections.Generic;
using System.Linq;

namespace HelmValues.Kubernetes;

/// <summary>
/// The list HelmValues puts into <c>k8s.Models</c> objects it makes (builders' <c>Build</c>, the YAML reader). k8s.Models
/// classes are records that compare member by member, but a plain <c>List&lt;T&gt;</c> compares by reference; this one
/// compares by its items, so two pods built the same way are equal, and so are chart values holding them.
/// </summary>
/// <remarks>It stays a mutable list, as k8s.Models expects: changing it changes its hash code, like any other member.</remarks>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class ModelList<T> : List<T>
{
    public ModelList(int capacity)
        : base(capacity) { }

    public override bool Equals(object? obj) => obj is ModelList<T> other && this.SequenceEqual(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in this)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}

/// <summary>The dictionary counterpart of <see cref="ModelList{T}"/>: compares by its entries, whatever their order.</summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class ModelMap<T> : Dictionary<string, T>
{
    public ModelMap(int capacity)
        : base(capacity, StringComparer.Ordinal) { }

    public override bool Equals(object? obj) =>
        obj is ModelMap<T> other
        && Count == other.Count
        && this.All(e => other.TryGetValue(e.Key, out var value) && EqualityComparer<T>.Default.Equals(e.Value, value));

    // Order-independent: entries of equal maps may have been added in any order.
    public override int GetHashCode()
    {
        var hash = 0;
        foreach (var entry in this)
        {
            hash ^= HashCode.Combine(StringComparer.Ordinal.GetHashCode(entry.Key), entry.Value);
        }

        return hash;
    }
}
