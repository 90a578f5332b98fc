using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using HelmValues.Yaml;

namespace HelmValues.Charts;

/// <summary>
/// The words of violation messages: values as a user wrote them (<c>the string "abc"</c>, <c>5</c>, <c>a mapping</c>),
/// types in YAML terms (a mapping, a list), short lists. Messages follow the style of
/// <see cref="Validation.ValidationContext"/>: lower-case, the rule, then the value in parentheses.
/// </summary>
internal static class ViolationText
{
    private const int MaxStringLength = 60;
    private const int MaxListed = 12;

    /// <summary>The value, briefly: <c>the string "abc"</c>, <c>5</c>, <c>true</c>, <c>null</c>, <c>a list</c>, <c>a mapping</c>.</summary>
    public static string Describe(HelmJson value) =>
        value.Kind switch
        {
            HelmJsonKind.String => $"the string {Quote(value.Text!)}",
            HelmJsonKind.Number => value.Number.ToString(),
            HelmJsonKind.Boolean => value.Boolean ? "true" : "false",
            HelmJsonKind.Null => "null",
            HelmJsonKind.Array => "a list",
            HelmJsonKind.Object => "a mapping",
            _ => "a value JSON cannot hold",
        };

    /// <summary>The allowed types, in YAML terms: <c>a string or null</c>, <c>an integer</c>.</summary>
    public static string Types(SchemaTypes types)
    {
        var names = new List<string>();
        foreach (
            var (type, name) in (ReadOnlySpan<(SchemaTypes, string)>)
                [
                    (SchemaTypes.String, "a string"),
                    (SchemaTypes.Integer, "an integer"),
                    (SchemaTypes.Number, "a number"),
                    (SchemaTypes.Boolean, "a boolean"),
                    (SchemaTypes.Object, "a mapping"),
                    (SchemaTypes.Array, "a list"),
                    (SchemaTypes.Null, "null"),
                ]
        )
        {
            if ((types & type) != 0 && !(type == SchemaTypes.Integer && (types & SchemaTypes.Number) != 0))
            {
                names.Add(name);
            }
        }

        return Or(names);
    }

    /// <summary>A value as compact JSON-like text, strings bare when that is unambiguous: <c>web</c>, <c>"1"</c>, <c>[1, 2]</c>.</summary>
    public static string Render(HelmJson value)
    {
        var builder = new StringBuilder();
        Render(value, builder, bare: true);
        return builder.ToString();
    }

    /// <summary>Several values: <c>a, b, c</c>, cut after a dozen.</summary>
    public static string RenderList(IReadOnlyList<HelmJson> values) =>
        string.Join(", ", values.Take(MaxListed).Select(Render)) + (values.Count > MaxListed ? $", … ({values.Count} in all)" : "");

    /// <summary>Names: <c>a, b, c</c>, cut after a dozen.</summary>
    public static string List(IReadOnlyCollection<string> names) =>
        string.Join(", ", names.Take(MaxListed)) + (names.Count > MaxListed ? $", … ({names.Count} in all)" : "");

    /// <summary>A string in double quotes, escaped, cut when long.</summary>
    public static string Quote(string text)
    {
        var shown = text.Length > MaxStringLength ? text[..MaxStringLength] + "…" : text;
        return "\""
            + shown
                .Replace("\\", "\\\\", StringComparison.Ordinal)
                .Replace("\"", "\\\"", StringComparison.Ordinal)
                .Replace("\n", "\\n", StringComparison.Ordinal)
            + "\"";
    }

    /// <summary><c>1 item</c>, <c>2 items</c>.</summary>
    public static string Count(long count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    private static string Or(List<string> names) =>
        names.Count switch
        {
            0 => "nothing",
            1 => names[0],
            _ => string.Join(", ", names.Take(names.Count - 1)) + " or " + names[^1],
        };

    private static void Render(HelmJson value, StringBuilder builder, bool bare)
    {
        switch (value.Kind)
        {
            case HelmJsonKind.String:
                var text = value.Text!;
                var plain =
                    bare
                    && text.Length is > 0 and <= MaxStringLength
                    && text.All(static c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or ':')
                    && Yaml11Scalars.Resolve(text) == YamlScalarKind.String;
                builder.Append(plain ? text : Quote(text));
                break;
            case HelmJsonKind.Array:
                builder.Append('[');
                for (var i = 0; i < value.Items.Length && i < MaxListed; i++)
                {
                    builder.Append(i == 0 ? "" : ", ");
                    Render(value.Items[i], builder, bare: false);
                }

                builder.Append(value.Items.Length > MaxListed ? ", …]" : "]");
                break;
            case HelmJsonKind.Object:
                builder.Append('{');
                for (var i = 0; i < value.Properties.Length && i < MaxListed; i++)
                {
                    builder.Append(i == 0 ? "" : ", ").Append(Quote(value.Properties[i].Name)).Append(": ");
                    Render(value.Properties[i].Value, builder, bare: false);
                }

                builder.Append(value.Properties.Length > MaxListed ? ", …}" : "}");
                break;
            default:
                builder.Append(Describe(value));
                break;
        }
    }
}
