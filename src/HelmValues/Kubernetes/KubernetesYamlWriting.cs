using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using HelmValues.Yaml;
using k8s.Models;

namespace HelmValues.Kubernetes;

/// <summary>
/// What generated Kubernetes codecs call to write the values k8s.Models holds: lists and maps (nulls left out, map keys
/// in ordinal order) and the scalars that need a rule (quantities, int-or-strings, times, bytes, free-form JSON).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class KubernetesYamlWriting
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>Writes a list; null items are left out.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="items">The list.</param>
    /// <param name="writeItem">Writes one item.</param>
    public static void WriteList<T>(YamlWriter writer, IList<T> items, Action<YamlWriter, T> writeItem)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(writeItem);
        writer.BeginSequence();

        // Indexed: foreach over the interface would allocate an enumerator per list written.
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is { } item)
            {
                writeItem(writer, item);
            }
        }

        writer.EndSequence();
    }

    /// <summary>Writes a map in ordinal key order; entries with a null value are left out.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="map">The map.</param>
    /// <param name="writeValue">Writes one value.</param>
    public static void WriteMap<T>(YamlWriter writer, IDictionary<string, T> map, Action<YamlWriter, T> writeValue)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(writeValue);
        writer.BeginMapping();
        using (var entries = new SortedMapEntries<T>(map))
        {
            for (var i = 0; i < entries.Count; i++)
            {
                if (entries.Value(i) is { } value)
                {
                    writer.WriteKey(entries.Key(i));
                    writeValue(writer, value);
                }
            }
        }

        writer.EndMapping();
    }

    /// <summary>Writes a quantity as the string KubernetesClient keeps (<c>"1"</c>, <c>1536Mi</c>).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The quantity.</param>
    public static void WriteQuantity(YamlWriter writer, ResourceQuantity value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteString(value.ToString());
    }

    /// <summary>
    /// Writes an int-or-string: KubernetesClient keeps only its text, so a canonical decimal integer is written as a
    /// number (the API server reads "8080" and 8080 alike for ports), anything else as a string.
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteIntOrString(YamlWriter writer, IntOrString value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        var text = value.Value ?? "";
        if (IsCanonicalInteger(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            writer.WriteInteger(number);
        }
        else
        {
            writer.WriteString(text);
        }
    }

    /// <summary>Writes a time as RFC 3339 in UTC, to the second (<c>2026-01-02T15:04:05Z</c>).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The time.</param>
    public static void WriteTime(YamlWriter writer, DateTime value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteString(value.ToUniversalTime().ToString(TimeFormat, CultureInfo.InvariantCulture));
    }

    /// <summary>Writes bytes as base64, as Secret <c>data</c> holds them.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The bytes.</param>
    public static void WriteBytes(YamlWriter writer, byte[] value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteBase64(value);
    }

    /// <summary>
    /// Writes free-form JSON (an <c>object</c> property such as RawExtension): a <see cref="YamlValue"/> the reader made, a
    /// <see cref="JsonElement"/>, or any value System.Text.Json serializes by reflection (not in trimmed or Native AOT
    /// apps, which turn that off: there, use a <see cref="YamlValue"/> or a <see cref="JsonElement"/>).
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="NotSupportedException">The value is another type and the app has reflection-based serialization turned off.</exception>
    public static void WriteRaw(YamlWriter writer, object value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteValue(
            value switch
            {
                YamlValue yaml => yaml,
                JsonElement json => YamlValues.FromJson(json),
                _ => YamlValues.FromJson(SerializeByReflection(value)),
            }
        );
    }

    // The analyzers cannot see that this never reaches the serializer where reflection is off: trimmed and Native AOT apps
    // set IsReflectionEnabledByDefault to false, so they get the exception, not a serializer missing the type's members.
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Reached only where reflection-based serialization is on.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Reached only where reflection-based serialization is on.")]
    private static JsonElement SerializeByReflection(object value) =>
        JsonSerializer.IsReflectionEnabledByDefault
            ? JsonSerializer.SerializeToElement(value)
            : throw new NotSupportedException(
                $"A free-form Kubernetes field holds a {value.GetType()}, which only reflection can serialize, and this app turns reflection-based serialization off (trimmed or Native AOT): use a YamlValue or a JsonElement."
            );

    private static bool IsCanonicalInteger(string text)
    {
        var digits = text.StartsWith('-') ? text.AsSpan(1) : text.AsSpan();
        if (digits.Length == 0 || digits.Length > 18 || (digits[0] == '0' && digits.Length > 1))
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
