using System;
using System.Collections.Generic;

namespace HelmValues.Yaml;

// Values with a choice of shapes, and the open-object entries generated code writes after the declared keys.
public sealed partial class YamlWriter
{
    /// <summary>Writes a string-or-number as what it is: a number plain, a string quoted when YAML would misread it.</summary>
    /// <param name="value">The value.</param>
    public void WriteStringOrNumber(StringOrNumber value)
    {
        switch (value.Kind)
        {
            case StringOrNumberKind.Integer:
                WriteInteger(value.Integer!.Value);
                break;
            case StringOrNumberKind.Number:
                WriteNumber(value.Number!.Value);
                break;
            default:
                WriteString(value.String!);
                break;
        }
    }

    /// <summary>
    /// Writes entries into the mapping being written (no mapping of their own), keys in ordinal order. Generated
    /// records of open objects use it for the keys their schema does not declare.
    /// </summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="entries">The entries, or null for none.</param>
    /// <param name="writeValue">Writes one value.</param>
    public void WriteEntries<T>(IReadOnlyDictionary<string, T>? entries, Action<YamlWriter, T> writeValue)
    {
        ArgumentNullException.ThrowIfNull(writeValue);
        if (entries is null)
        {
            return;
        }

        var keys = new List<string>(entries.Keys);
        keys.Sort(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            WriteKey(key);
            writeValue(this, entries[key]);
        }
    }
}
