using System;
using System.Collections.Generic;
using System.Text.Json;

namespace HelmValues.Charts;

/// <summary>Small helpers over the schema's JSON: pointers, duplicate keys, errors that name the place.</summary>
internal static class SchemaJson
{
    /// <summary>The location of the document root.</summary>
    public const string RootLocation = "#";

    /// <summary>The location of <paramref name="token"/> under <paramref name="location"/> (a JSON pointer fragment).</summary>
    public static string Child(string location, string token) =>
        location + "/" + token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>The location of item <paramref name="index"/> under <paramref name="location"/>.</summary>
    public static string Child(string location, int index) =>
        location + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The properties of an object, each name once with its last value, as Go's <c>encoding/json</c> keeps them, in the
    /// order of their first appearance.
    /// </summary>
    public static List<KeyValuePair<string, JsonElement>> Properties(JsonElement element)
    {
        var result = new List<KeyValuePair<string, JsonElement>>();

        // Most objects of a schema have a few keys: they are searched for a name seen before; beyond that, a dictionary
        // keeps an object of very many keys linear (a schema's "properties" may have hundreds, a hostile one millions).
        Dictionary<string, int>? positions = null;
        foreach (var property in element.EnumerateObject())
        {
            var name = StringOf(property, element);
            var at = positions is null ? IndexOf(result, name) : positions.GetValueOrDefault(name, -1);
            if (at >= 0)
            {
                result[at] = new(name, property.Value);
                continue;
            }

            result.Add(new(name, property.Value));
            if (positions is not null)
            {
                positions[name] = result.Count - 1;
            }
            else if (result.Count == SearchedKeys)
            {
                positions = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < result.Count; i++)
                {
                    positions[result[i].Key] = i;
                }
            }
        }

        return result;
    }

    // How many keys an object may have before Properties indexes them.
    private const int SearchedKeys = 16;

    private static int IndexOf(List<KeyValuePair<string, JsonElement>> properties, string name)
    {
        for (var i = 0; i < properties.Count; i++)
        {
            if (properties[i].Key == name)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A string value; a string Go would read with replacement characters is refused.</summary>
    public static string String(JsonElement element, SchemaPlace location)
    {
        try
        {
            return element.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw Error(location, "holds a string that is not valid Unicode");
        }
    }

    /// <summary>A <see cref="FormatException"/> naming the place in the schema.</summary>
    public static FormatException Error(SchemaPlace place, string problem)
    {
        var location = place.ToString();
        return new($"{(location.StartsWith('#') ? "values.schema.json at " : "")}{location}: {problem}");
    }

    /// <summary>What a JSON value is, for messages: "a string", "an array".</summary>
    public static string Describe(JsonElement element) =>
        element.ValueKind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            _ => "null",
        };

    private static string StringOf(JsonProperty property, JsonElement owner)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            throw new FormatException($"values.schema.json: an object holds a key that is not valid Unicode ({owner.ValueKind})");
        }
    }
}
