using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using HelmValues.Validation;
using HelmValues.Yaml;
using k8s.Models;

namespace HelmValues.Kubernetes;

/// <summary>
/// What generated Kubernetes codecs call to read the values k8s.Models holds: lists and maps (as the lists and maps
/// HelmValues puts into models, which compare by value) and the scalars that need a rule.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class KubernetesYamlReading
{
    /// <summary>Reads a list; items that could not be read are left out (their errors are reported).</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="reader">Collects problems.</param>
    /// <param name="node">The YAML node.</param>
    /// <param name="readItem">Reads one item.</param>
    public static IList<T>? ReadList<T>(YamlReader reader, YamlSourceNode node, Func<YamlReader, YamlSourceNode, T?> readItem)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var items = reader.ReadSequence(node, readItem);
        if (items is null)
        {
            return null;
        }

        var list = new ModelList<T>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            list.Add(items[i]);
        }

        return list;
    }

    /// <summary>Reads a map with free-form keys (labels, annotations, data).</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="reader">Collects problems.</param>
    /// <param name="node">The YAML node.</param>
    /// <param name="readValue">Reads one value.</param>
    public static IDictionary<string, T>? ReadMap<T>(YamlReader reader, YamlSourceNode node, Func<YamlReader, YamlSourceNode, T?> readValue)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = reader.ReadMap(node, readValue);
        if (entries is null)
        {
            return null;
        }

        var map = new ModelMap<T>(entries.Count);
        foreach (var entry in entries)
        {
            map[entry.Key] = entry.Value;
        }

        return map;
    }

    /// <summary>Reads an RFC 3339 time.</summary>
    /// <param name="reader">Collects problems.</param>
    /// <param name="node">The YAML node.</param>
    public static DateTime? ReadTime(YamlReader reader, YamlSourceNode node)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var text = Scalar(reader, node, "an RFC 3339 time");
        if (text is null)
        {
            return null;
        }

        if (
            DateTime.TryParse(
                text,
                CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal,
                out var time
            )
        )
        {
            return time;
        }

        reader.AddError($"must be an RFC 3339 time such as 2026-01-02T15:04:05Z (is \"{text}\")");
        return null;
    }

    /// <summary>Reads a resource quantity from a string or a plain number, as the API server does.</summary>
    /// <param name="reader">Collects problems.</param>
    /// <param name="node">The YAML node.</param>
    public static ResourceQuantity? ReadQuantity(YamlReader reader, YamlSourceNode node)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var text = Scalar(reader, node, "a resource quantity");
        if (text is null)
        {
            return null;
        }

        text = AsHelmRendersIt(node, text);
        if (!Quantities.TryParse(text, out var normalized, out var error))
        {
            reader.AddError(error!);
            return null;
        }

        // The short form has the same value and suffix kind, so the quantity writes as the text would.
        return new ResourceQuantity(normalized);
    }

    /// <summary>Reads an int-or-string from a string or a plain number.</summary>
    /// <param name="reader">Collects problems.</param>
    /// <param name="node">The YAML node.</param>
    public static IntOrString? ReadIntOrString(YamlReader reader, YamlSourceNode node)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var text = Scalar(reader, node, "an integer or a string");
        return text is null ? null : (IntOrString)text;
    }

    /// <summary>Reads base64 bytes (Secret <c>data</c>).</summary>
    /// <param name="reader">Collects problems.</param>
    /// <param name="node">The YAML node.</param>
    public static byte[]? ReadBytes(YamlReader reader, YamlSourceNode node)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var text = reader.ReadString(node);
        if (text is null)
        {
            return null;
        }

        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            reader.AddError("must be base64 (Secret data holds base64; use stringData for plain text)");
            return null;
        }
    }

    // A plain number reaches Kubernetes as Helm renders it after reading it as a float: YAML 1.1's `1_000` as 1000.
    private static string AsHelmRendersIt(YamlSourceNode node, string text)
    {
        if (node is not YamlSourceScalar { IsExplicitString: false })
        {
            return text;
        }

        return Yaml11Scalars.ResolveGoYamlV2(text) switch
        {
            YamlScalarKind.Integer when Yaml11Scalars.TryParseInteger(text, out var integer) => YamlNumberFormat.FormatInteger(integer),
            YamlScalarKind.Float when Yaml11Scalars.TryParseFloat(text, out var number) && double.IsFinite(number) => Math.Floor(number)
                == number
            && Math.Abs(number) < 1e15
                ? YamlNumberFormat.FormatInteger((long)number)
                : number.ToString("R", CultureInfo.InvariantCulture).ToLowerInvariant(),
            _ => text,
        };
    }

    // Quantities and int-or-strings accept plain numbers as well as strings, as the API server does.
    private static string? Scalar(YamlReader reader, YamlSourceNode node, string what)
    {
        if (node is YamlSourceScalar scalar)
        {
            return scalar.Value;
        }

        reader.AddError($"must be {what}, not a {(node is YamlSourceMapping ? "mapping" : "sequence")}");
        return null;
    }
}
