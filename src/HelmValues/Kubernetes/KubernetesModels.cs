using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using HelmValues.Validation;
using HelmValues.Yaml;
using k8s.Models;

namespace HelmValues.Kubernetes;

/// <summary>
/// Writes, reads and validates <c>k8s.Models</c> objects with our YAML writer and strict reader. Used by generated
/// code for chart values typed as Kubernetes objects (<c>pod-spec-patch</c>, <c>envFrom</c>, …) and by manifests.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class KubernetesModels
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>Writes a k8s.Models object (or quantity, int-or-string, …) as YAML.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Write(YamlWriter writer, object value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        WriteValue(writer, value, KubernetesValueType.Of(value.GetType()), patch: false);
    }

    /// <summary>
    /// Writes a strategic-merge patch of a k8s.Models object. Like <see cref="Write"/>, except that lists the
    /// definition requires are written as <c>[]</c> when unset, so upstream schemas (which require
    /// <c>PodSpec.containers</c>) accept the patch; the controller treats an empty list as "no change".
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The patch.</param>
    public static void WritePatch(YamlWriter writer, object value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        WriteObject(writer, value, KubernetesShape.For(value.GetType()), patch: true);
    }

    /// <summary>Reads a k8s.Models value strictly: an unknown key is an error, as in the controller's decoder.</summary>
    /// <typeparam name="T">The model type.</typeparam>
    /// <param name="reader">Collects problems.</param>
    /// <param name="node">The YAML node.</param>
    public static T? Read<T>(YamlReader reader, YamlSourceNode node)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(node);
        return ReadValue(reader, node, KubernetesValueType.Of(typeof(T))) as T;
    }

    /// <summary>Checks the definitions' required fields and enums on a value and everything inside it.</summary>
    /// <param name="context">Collects problems.</param>
    /// <param name="value">The value.</param>
    public static void Validate(ValidationContext context, object value)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(value);
        ValidateValue(context, value, KubernetesValueType.Of(value.GetType()), isPatch: false);
    }

    /// <summary>
    /// Like <see cref="Validate"/> for a strategic-merge patch: the patched object's own required fields may be
    /// left out (the patch only changes what it names), but everything inside it is checked as usual.
    /// </summary>
    /// <param name="context">Collects problems.</param>
    /// <param name="value">The patch.</param>
    public static void ValidatePatch(ValidationContext context, object value)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(value);
        ValidateValue(context, value, KubernetesValueType.Of(value.GetType()), isPatch: true);
    }

    private static void WriteValue(YamlWriter writer, object value, KubernetesValueType type, bool patch)
    {
        switch (type.Kind)
        {
            case KubernetesValueKind.String:
                writer.WriteString((string)value);
                break;
            case KubernetesValueKind.Boolean:
                writer.WriteBoolean((bool)value);
                break;
            case KubernetesValueKind.Int32:
                writer.WriteInteger((int)value);
                break;
            case KubernetesValueKind.Int64:
                writer.WriteInteger((long)value);
                break;
            case KubernetesValueKind.Double:
                writer.WriteNumber((double)value);
                break;
            case KubernetesValueKind.DateTime:
                writer.WriteString(((DateTime)value).ToUniversalTime().ToString(TimeFormat, CultureInfo.InvariantCulture));
                break;
            case KubernetesValueKind.Quantity:
                writer.WriteString(((ResourceQuantity)value).ToString());
                break;
            case KubernetesValueKind.IntOrString:
                WriteIntOrString(writer, (IntOrString)value);
                break;
            case KubernetesValueKind.Bytes:
                writer.WriteString(Convert.ToBase64String((byte[])value));
                break;
            case KubernetesValueKind.List:
                writer.BeginSequence();
                foreach (var item in (IEnumerable)value)
                {
                    if (item is not null)
                    {
                        WriteValue(writer, item, type.Element!, patch: false);
                    }
                }

                writer.EndSequence();
                break;
            case KubernetesValueKind.Map:
                writer.BeginMapping();
                using (var entries = new SortedMapEntries((IEnumerable)value))
                {
                    for (var i = 0; i < entries.Count; i++)
                    {
                        if (entries.Value(i) is { } item)
                        {
                            writer.WriteKey(entries.Key(i));
                            WriteValue(writer, item, type.Element!, patch: false);
                        }
                    }
                }

                writer.EndMapping();
                break;
            case KubernetesValueKind.Object:
                WriteObject(writer, value, type.Shape, patch: false);
                break;
            default:
                WriteRaw(writer, value);
                break;
        }
    }

    private static void WriteObject(YamlWriter writer, object value, KubernetesShape shape, bool patch)
    {
        writer.BeginMapping();
        var members = shape.Members;
        for (var m = 0; m < members.Count; m++)
        {
            var member = members[m];
            var memberValue = member.Get(value);
            if (memberValue is null)
            {
                if (
                    patch
                    && member.ValueType.Kind == KubernetesValueKind.List
                    && (shape.Rules?.Required.Contains(member.JsonName) ?? false)
                )
                {
                    writer.WriteKey(member.JsonName);
                    writer.BeginSequence();
                    writer.EndSequence();
                }

                continue;
            }

            writer.WriteKey(member.JsonName);
            WriteValue(writer, memberValue, member.ValueType, patch: false);
        }

        writer.EndMapping();
    }

    // KubernetesClient keeps only the text of an int-or-string; a canonical decimal integer is written as a number
    // (the API server reads "8080" and 8080 alike for ports), anything else as a string.
    private static void WriteIntOrString(YamlWriter writer, IntOrString value)
    {
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

    private static void WriteRaw(YamlWriter writer, object value)
    {
        if (value is YamlValue yaml)
        {
            writer.WriteValue(yaml);
            return;
        }

        var element = value is JsonElement json ? json : JsonSerializer.SerializeToElement(value);
        writer.WriteValue(YamlValues.FromJson(element));
    }

    private static object? ReadValue(YamlReader reader, YamlSourceNode node, KubernetesValueType type)
    {
        switch (type.Kind)
        {
            case KubernetesValueKind.String:
                return reader.ReadString(node);
            case KubernetesValueKind.Boolean:
                return reader.ReadBoolean(node);
            case KubernetesValueKind.Int32:
                return reader.ReadInt32(node);
            case KubernetesValueKind.Int64:
                return reader.ReadInt64(node);
            case KubernetesValueKind.Double:
                return reader.ReadDouble(node);
            case KubernetesValueKind.DateTime:
                return ReadTime(reader, node);
            case KubernetesValueKind.Quantity:
                return ReadQuantity(reader, node);
            case KubernetesValueKind.IntOrString:
                return ReadIntOrString(reader, node);
            case KubernetesValueKind.Bytes:
                return ReadBytes(reader, node);
            case KubernetesValueKind.List:
                var items = reader.ReadSequence(node, (r, n) => ReadValue(r, n, type.Element!));
                return items is null ? null : ToTypedList(items, type.Element!.Type);
            case KubernetesValueKind.Map:
                var entries = reader.ReadMap(node, (r, n) => ReadValue(r, n, type.Element!));
                return entries is null ? null : ToTypedMap(entries, type.Element!.Type);
            case KubernetesValueKind.Object:
                return ReadObject(reader, node, type.Shape);
            default:
                return reader.ReadValue(node);
        }
    }

    private static object ReadObject(YamlReader reader, YamlSourceNode node, KubernetesShape shape)
    {
        var result = Activator.CreateInstance(shape.Type)!;
        foreach (var entry in reader.ReadMapping(node, shape.Keys))
        {
            var member = shape.Member(entry.Key)!;
            if (ReadValue(reader, entry.Value, member.ValueType) is { } value)
            {
                member.Set(result, value);
            }
        }

        return result;
    }

    private static object? ReadTime(YamlReader reader, YamlSourceNode node)
    {
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

    private static object? ReadQuantity(YamlReader reader, YamlSourceNode node)
    {
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

    private static object? ReadIntOrString(YamlReader reader, YamlSourceNode node)
    {
        var text = Scalar(reader, node, "an integer or a string");
        return text is null ? null : (IntOrString)text;
    }

    private static object? ReadBytes(YamlReader reader, YamlSourceNode node)
    {
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

    private static object ToTypedList(IReadOnlyList<object?> items, Type elementType)
    {
        var list = (IList)Activator.CreateInstance(typeof(ModelList<>).MakeGenericType(elementType), items.Count)!;
        foreach (var item in items)
        {
            if (item is not null)
            {
                list.Add(item);
            }
        }

        return list;
    }

    private static object ToTypedMap(IReadOnlyDictionary<string, object> entries, Type valueType)
    {
        var map = (IDictionary)Activator.CreateInstance(typeof(ModelMap<>).MakeGenericType(valueType), entries.Count)!;
        foreach (var entry in entries)
        {
            map[entry.Key] = entry.Value;
        }

        return map;
    }

    // Only objects carry rules (required fields, enums); lists and maps of scalars have nothing to check, and
    // skipping them keeps validation cheap enough to run before every write.
    private static bool HasRules(KubernetesValueType type) =>
        type.Kind switch
        {
            KubernetesValueKind.Object => true,
            KubernetesValueKind.List or KubernetesValueKind.Map => HasRules(type.Element!),
            _ => false,
        };

    private static void ValidateValue(ValidationContext context, object value, KubernetesValueType type, bool isPatch)
    {
        if (!HasRules(type))
        {
            return;
        }

        // Static lambdas with the element type as state: a closure per value checked was most of what checking a
        // manifest allocated.
        switch (type.Kind)
        {
            case KubernetesValueKind.List:
                var index = 0;
                foreach (var item in (IEnumerable)value)
                {
                    if (item is not null)
                    {
                        context.ValidateItem(index, item, type.Element!, static (c, v, t) => ValidateValue(c, v, t, isPatch: false));
                    }

                    index++;
                }

                break;
            case KubernetesValueKind.Map:
                using (var sorted = new SortedMapEntries((IEnumerable)value))
                {
                    for (var i = 0; i < sorted.Count; i++)
                    {
                        if (sorted.Value(i) is { } item)
                        {
                            context.ValidateProperty(
                                sorted.Key(i),
                                item,
                                type.Element!,
                                static (c, v, t) => ValidateValue(c, v, t, isPatch: false)
                            );
                        }
                    }
                }

                break;
            case KubernetesValueKind.Object:
                ValidateObject(context, value, type.Shape, isPatch);
                break;
        }
    }

    private static void ValidateObject(ValidationContext context, object value, KubernetesShape shape, bool isPatch)
    {
        if (shape.Rules is { } rules && !isPatch)
        {
            for (var r = 0; r < rules.Required.Count; r++)
            {
                var required = rules.Required[r];
                var member = shape.Member(required);
                if (member is not null && member.Get(value) is null or "")
                {
                    context.AddError(context.Path.Key(required), "is required");
                }
            }
        }

        // Indexed: foreach over the interface would allocate an enumerator per object checked.
        var members = shape.Members;
        for (var m = 0; m < members.Count; m++)
        {
            var member = members[m];
            if (member.Get(value) is not { } memberValue)
            {
                continue;
            }

            if (
                memberValue is string text
                && shape.Rules?.Enums.TryGetValue(member.JsonName, out var allowed) == true
                && !allowed.Contains(text)
            )
            {
                context.AddError(context.Path.Key(member.JsonName), $"must be one of {string.Join(", ", allowed)} (is \"{text}\")");
            }

            if (HasRules(member.ValueType))
            {
                context.ValidateProperty(
                    member.JsonName,
                    memberValue,
                    member.ValueType,
                    static (c, v, t) => ValidateValue(c, v, t, isPatch: false)
                );
            }
        }
    }
}
