using System;
using System.Collections.Generic;
using System.Linq;
using HelmValues.Validation;

namespace HelmValues.Yaml;

// Values with a choice of shapes: enums (one of a list of strings) and string-or-number scalars.
public sealed partial class YamlReader
{
    /// <summary>Reads one of the spellings in <paramref name="members"/> (an enum of the schema).</summary>
    /// <typeparam name="T">The generated enum.</typeparam>
    /// <param name="node">The node.</param>
    /// <param name="members">Each allowed spelling and its member.</param>
    /// <returns>The member, or null when the node is null or not allowed (an error).</returns>
    public T? ReadEnum<T>(YamlSourceNode node, IReadOnlyList<KeyValuePair<string, T>> members)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(members);
        var text = ReadString(node);
        if (text is null)
        {
            return null;
        }

        foreach (var member in members)
        {
            if (member.Key == text)
            {
                return member.Value;
            }
        }

        var allowed = members.Select(m => m.Key).ToList();
        var closest = Suggest(text, allowed);
        Report(
            node,
            $"`{text}` is not allowed; expected one of {string.Join(", ", allowed.Select(a => a.Length == 0 ? "\"\" (empty)" : a))}"
                + (closest is null ? "" : $" (did you mean `{closest}`?)"),
            ValidationSeverity.Error
        );
        return null;
    }

    /// <summary>
    /// Reads a scalar that may be a string or a number, keeping which it was: a plain <c>1</c> is the integer 1,
    /// a quoted <c>"1"</c> the string "1". Booleans and nulls written plain are not allowed.
    /// </summary>
    /// <param name="node">The node.</param>
    /// <returns>The value, or null when the node is null or neither a string nor a number (an error).</returns>
    public StringOrNumber? ReadStringOrNumber(YamlSourceNode node)
    {
        if (!TryGetScalar(node, "a string or a number", out var scalar))
        {
            return null;
        }

        if (scalar.IsExplicitString)
        {
            return StringOrNumber.FromString(scalar.Value);
        }

        switch (Yaml11Scalars.ResolveGoYamlV2(scalar.Value))
        {
            case YamlScalarKind.String:
                return ReadString(node) is { } text ? StringOrNumber.FromString(text) : (StringOrNumber?)null;
            case YamlScalarKind.Integer:
                return ReadInt64(node) is { } integer ? StringOrNumber.FromInteger(integer) : (StringOrNumber?)null;
            case YamlScalarKind.Float:
                return ReadDouble(node) is { } number ? StringOrNumber.FromNumber(number) : (StringOrNumber?)null;
            default:
                Report(node, $"expected a string or a number, but found {DescribePlain(scalar.Value)}", ValidationSeverity.Error);
                return null;
        }
    }
}
