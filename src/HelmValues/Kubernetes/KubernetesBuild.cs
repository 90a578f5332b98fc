using System;
using System.Collections.Generic;
using System.ComponentModel;
using HelmValues.Collections;
using k8s.Models;

namespace HelmValues.Kubernetes;

/// <summary>
/// Copies between <c>k8s.Models</c> objects and what generated builders store. Builders must never share a
/// mutable model object with their caller or with what they built, so every conversion copies.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class KubernetesBuild
{
    /// <summary>Converts model items into stored items.</summary>
    /// <typeparam name="TIn">The model item type.</typeparam>
    /// <typeparam name="TOut">The stored item type.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="convert">Converts one item.</param>
    public static IReadOnlyList<TOut> ToList<TIn, TOut>(IEnumerable<TIn> items, Func<TIn, TOut> convert)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(convert);
        var list = new List<TOut>();
        foreach (var item in items)
        {
            list.Add(convert(item));
        }

        return ValueList.From(list);
    }

    /// <summary>Converts model entries into stored entries (ordinal key order).</summary>
    /// <typeparam name="TIn">The model value type.</typeparam>
    /// <typeparam name="TOut">The stored value type.</typeparam>
    /// <param name="entries">The entries.</param>
    /// <param name="convert">Converts one value.</param>
    public static IReadOnlyDictionary<string, TOut> ToMap<TIn, TOut>(
        IEnumerable<KeyValuePair<string, TIn>> entries,
        Func<TIn, TOut> convert
    )
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(convert);
        var list = new List<KeyValuePair<string, TOut>>();
        foreach (var entry in entries)
        {
            list.Add(new(entry.Key, convert(entry.Value)));
        }

        return ValueMap.From(list);
    }

    /// <summary>Builds a fresh model list from stored items; it compares by its items (<see cref="ModelList{T}"/>).</summary>
    /// <typeparam name="TIn">The stored item type.</typeparam>
    /// <typeparam name="TOut">The model item type.</typeparam>
    /// <param name="items">The stored items.</param>
    /// <param name="convert">Converts one item.</param>
    public static IList<TOut> ToModelList<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, TOut> convert)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(convert);
        var list = new ModelList<TOut>(items.Count);
        foreach (var item in items)
        {
            list.Add(convert(item));
        }

        return list;
    }

    /// <summary>Builds a fresh model dictionary from stored entries; it compares by its entries (<see cref="ModelMap{T}"/>).</summary>
    /// <typeparam name="TIn">The stored value type.</typeparam>
    /// <typeparam name="TOut">The model value type.</typeparam>
    /// <param name="entries">The stored entries.</param>
    /// <param name="convert">Converts one value.</param>
    public static IDictionary<string, TOut> ToModelMap<TIn, TOut>(IReadOnlyDictionary<string, TIn> entries, Func<TIn, TOut> convert)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(convert);
        var map = new ModelMap<TOut>(entries.Count);
        foreach (var entry in entries)
        {
            map[entry.Key] = convert(entry.Value);
        }

        return map;
    }

    /// <summary>A copy of a quantity (k8s.Models quantities are mutable).</summary>
    /// <param name="value">The quantity.</param>
    public static ResourceQuantity Copy(ResourceQuantity value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new ResourceQuantity(value.ToString());
    }

    /// <summary>A copy of an int-or-string (k8s.Models int-or-strings are mutable).</summary>
    /// <param name="value">The value.</param>
    public static IntOrString Copy(IntOrString value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Value;
    }

    /// <summary>A copy of a byte array.</summary>
    /// <param name="value">The bytes.</param>
    public static byte[] Copy(byte[] value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return (byte[])value.Clone();
    }
}
