using System;
using System.Collections.Generic;
using System.ComponentModel;
using HelmValues.Validation;

namespace HelmValues.Kubernetes;

/// <summary>
/// What generated Kubernetes codecs call to check the definitions' rules that k8s.Models does not carry: required
/// fields, allowed values, and the objects inside lists and maps.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class KubernetesValidating
{
    /// <summary>Reports a required field that is unset.</summary>
    /// <param name="context">Collects problems.</param>
    /// <param name="key">The JSON name.</param>
    public static void Required(ValidationContext context, string key)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.AddError(context.Path.Key(key), "is required");
    }

    /// <summary>Reports a value the definition's enum does not allow.</summary>
    /// <param name="context">Collects problems.</param>
    /// <param name="key">The JSON name.</param>
    /// <param name="value">The value found.</param>
    /// <param name="allowed">The allowed values, joined for the message.</param>
    public static void NotAllowed(ValidationContext context, string key, string value, string allowed)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.AddError(context.Path.Key(key), $"must be one of {allowed} (is \"{value}\")");
    }

    /// <summary>Checks each item of a list with the path moved to <c>[index]</c>; null items are skipped.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="context">Collects problems.</param>
    /// <param name="items">The list.</param>
    /// <param name="validate">Checks one item.</param>
    public static void ValidateList<T>(ValidationContext context, IList<T> items, Action<ValidationContext, T> validate)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(items);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is { } item)
            {
                // Static lambda with the check as state: a closure per item was most of what checking a manifest allocated.
                context.ValidateItem(i, item, validate, static (c, v, check) => check(c, v));
            }
        }
    }

    /// <summary>Checks each value of a map, in ordinal key order, with the path moved to its key; nulls are skipped.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="context">Collects problems.</param>
    /// <param name="map">The map.</param>
    /// <param name="validate">Checks one value.</param>
    public static void ValidateMap<T>(ValidationContext context, IDictionary<string, T> map, Action<ValidationContext, T> validate)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(map);
        using var entries = new SortedMapEntries<T>(map);
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries.Value(i) is { } value)
            {
                context.ValidateProperty(entries.Key(i), value, validate, static (c, v, check) => check(c, v));
            }
        }
    }
}
