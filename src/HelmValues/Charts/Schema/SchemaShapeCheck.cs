using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace HelmValues.Charts;

/// <summary>
/// Checks the schema against its draft's meta-schema, as Helm does before it validates anything, and visits every
/// subschema position on the way (for <c>$id</c> and anchors).
/// </summary>
/// <remarks>
/// <para>
/// Helm compiles the chart's schema with santhosh-tekuri/jsonschema v6, which first validates the schema against the
/// draft's meta-schema: a bad keyword anywhere (<c>"type": "strin"</c>, <c>"required": true</c> in the draft-03 style, an
/// <c>items</c> array under 2020-12, a duplicate in <c>required</c>, an invalid regex), even in an unused definition, makes
/// Helm refuse every values file. So this is a <see cref="FormatException"/> at parse time.
/// </para>
/// <para>
/// What is checked is what the meta-schemas say about the keywords of the draft (types, non-negative integers, unique
/// arrays, <c>format: regex</c> and, in drafts 6 and 7 whose meta-schemas assert formats, <c>format: uri-reference</c>
/// on <c>$ref</c> and <c>$id</c>). Keywords a draft does not define are not checked, as the meta-schema does not.
/// </para>
/// </remarks>
internal sealed class SchemaShapeCheck
{
    private static readonly HashSet<string> SimpleTypes = new(StringComparer.Ordinal)
    {
        "array",
        "boolean",
        "integer",
        "null",
        "number",
        "object",
        "string",
    };

    private readonly SchemaDraft _draft;
    private readonly Action<string, JsonElement> _visit;

    private SchemaShapeCheck(SchemaDraft draft, Action<string, JsonElement> visit)
    {
        _draft = draft;
        _visit = visit;
    }

    /// <summary>
    /// Checks the schema <paramref name="root"/> of <paramref name="draft"/>, at <paramref name="rootLocation"/>; calls
    /// <paramref name="visit"/> with the location and value of every subschema position, parents before children.
    /// </summary>
    public static void Check(JsonElement root, SchemaDraft draft, string rootLocation, Action<string, JsonElement> visit) =>
        new SchemaShapeCheck(draft, visit).Schema(root, rootLocation);

    private bool AtLeast(SchemaDraft draft) => _draft >= draft;

    private void Schema(JsonElement schema, string location)
    {
        if (schema.ValueKind is JsonValueKind.True or JsonValueKind.False && AtLeast(SchemaDraft.Draft6))
        {
            _visit(location, schema);
            return;
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            throw SchemaJson.Error(
                location,
                $"a schema must be {(AtLeast(SchemaDraft.Draft6) ? "an object or a boolean" : "an object in draft 4")} (is {SchemaJson.Describe(schema)})"
            );
        }

        _visit(location, schema);
        foreach (var (keyword, value) in SchemaJson.Properties(schema))
        {
            Keyword(schema, keyword, value, SchemaPlace.Child(location, keyword));
        }
    }

    private void Keyword(JsonElement schema, string keyword, JsonElement value, SchemaPlace at)
    {
        switch (keyword)
        {
            // Core.
            case "$schema" or "title" or "description" or "format":
                RequireString(value, at);
                break;
            case "id" when _draft == SchemaDraft.Draft4:
                RequireString(value, at);
                break;
            case "$id" when AtLeast(SchemaDraft.Draft6):
                RequireString(value, at);
                RequireUriReference(value, at);

                // From 2019-09 the meta-schema's pattern "^[^#]*#?$" allows an empty fragment only.
                if (
                    AtLeast(SchemaDraft.Draft2019)
                    && value.GetString()!.IndexOf('#', StringComparison.Ordinal) is >= 0 and var hash
                    && hash < value.GetString()!.Length - 1
                )
                {
                    throw SchemaJson.Error(at, "$id may not have a fragment from draft 2019-09 on (use $anchor)");
                }

                break;
            case "$ref":
                RequireString(value, at);
                RequireUriReference(value, at);
                break;
            case "$anchor" when AtLeast(SchemaDraft.Draft2019):
            case "$dynamicAnchor" when AtLeast(SchemaDraft.Draft2020):
                RequireAnchor(value, at);
                break;
            case "$recursiveRef" when AtLeast(SchemaDraft.Draft2019):
            case "$dynamicRef" when AtLeast(SchemaDraft.Draft2020):
                RequireString(value, at);
                break;
            case "$recursiveAnchor" when _draft == SchemaDraft.Draft2019:
                RequireBoolean(value, at);
                break;
            case "$recursiveAnchor" when _draft == SchemaDraft.Draft2020:
                RequireAnchor(value, at);
                break;
            case "$vocabulary" when AtLeast(SchemaDraft.Draft2019):
                RequireObject(value, at);
                var vocabularies = at.ToString();
                foreach (var (uri, required) in SchemaJson.Properties(value))
                {
                    RequireBoolean(required, SchemaPlace.Child(vocabularies, uri));
                }

                break;
            case "$comment" when AtLeast(SchemaDraft.Draft7):
            case "contentMediaType" or "contentEncoding" when AtLeast(SchemaDraft.Draft7):
                RequireString(value, at);
                break;
            case "examples" when AtLeast(SchemaDraft.Draft6):
                RequireArray(value, at);
                break;
            case "readOnly" or "writeOnly" when AtLeast(SchemaDraft.Draft7):
            case "deprecated" when AtLeast(SchemaDraft.Draft2019):
            case "uniqueItems":
                RequireBoolean(value, at);
                break;

            // Validation.
            case "type":
                Type(value, at);
                break;
            case "enum":
                RequireArray(value, at);
                if (!AtLeast(SchemaDraft.Draft2019))
                {
                    if (value.GetArrayLength() == 0)
                    {
                        throw SchemaJson.Error(at, "must have at least one value");
                    }

                    RequireUnique(value, at);
                }

                break;
            case "multipleOf":
                if (RequireNumber(value, at).Sign <= 0)
                {
                    throw SchemaJson.Error(at, "must be greater than 0");
                }

                break;
            case "maximum" or "minimum":
                RequireNumber(value, at);
                break;
            case "exclusiveMaximum" or "exclusiveMinimum" when _draft == SchemaDraft.Draft4:
                RequireBoolean(value, at);
                var bound = keyword == "exclusiveMaximum" ? "maximum" : "minimum";
                if (!schema.TryGetProperty(bound, out _))
                {
                    throw SchemaJson.Error(at, $"needs {bound} in draft 4");
                }

                break;
            case "exclusiveMaximum" or "exclusiveMinimum":
                RequireNumber(value, at);
                break;
            case "maxLength" or "minLength" or "maxItems" or "minItems" or "maxProperties" or "minProperties":
            case "maxContains" or "minContains" when AtLeast(SchemaDraft.Draft2019):
                RequireNonNegativeInteger(value, at);
                break;
            case "pattern":
                RequireString(value, at);
                RequireRegex(value.GetString()!, at);
                break;
            case "required":
                StringArray(value, at);
                break;
            case "dependentRequired" when AtLeast(SchemaDraft.Draft2019):
                RequireObject(value, at);
                var requiredBy = at.ToString();
                foreach (var (name, names) in SchemaJson.Properties(value))
                {
                    StringArray(names, SchemaPlace.Child(requiredBy, name));
                }

                break;

            // Applicators.
            case "properties"
            or "definitions":
            case "$defs" or "dependentSchemas" when AtLeast(SchemaDraft.Draft2019):
                SchemaMap(value, at);
                break;
            case "patternProperties":
                RequireObject(value, at);
                foreach (var (pattern, _) in SchemaJson.Properties(value))
                {
                    RequireRegex(pattern, at);
                }

                SchemaMap(value, at);
                break;
            case "dependencies":
                RequireObject(value, at);
                var dependencies = at.ToString();
                foreach (var (name, dependency) in SchemaJson.Properties(value))
                {
                    if (dependency.ValueKind == JsonValueKind.Array)
                    {
                        StringArray(dependency, SchemaPlace.Child(dependencies, name));
                    }
                    else
                    {
                        Schema(dependency, SchemaJson.Child(dependencies, name));
                    }
                }

                break;
            case "additionalProperties" or "additionalItems" when _draft == SchemaDraft.Draft4:
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    Schema(value, at.ToString());
                }

                break;
            case "additionalProperties" or "not":
            case "additionalItems" when _draft is SchemaDraft.Draft6 or SchemaDraft.Draft7 or SchemaDraft.Draft2019:
            case "contains" or "propertyNames" when AtLeast(SchemaDraft.Draft6):
            case "if" or "then" or "else" when AtLeast(SchemaDraft.Draft7):
            case "unevaluatedItems" or "unevaluatedProperties" or "contentSchema" when AtLeast(SchemaDraft.Draft2019):
                Schema(value, at.ToString());
                break;
            case "items" when _draft == SchemaDraft.Draft2020:
                if (value.ValueKind == JsonValueKind.Array)
                {
                    throw SchemaJson.Error(at, "must be a schema in draft 2020-12 (an array of schemas is prefixItems there)");
                }

                Schema(value, at.ToString());
                break;
            case "items":
                if (value.ValueKind == JsonValueKind.Array)
                {
                    SchemaArray(value, at);
                }
                else
                {
                    Schema(value, at.ToString());
                }

                break;
            case "prefixItems" when _draft == SchemaDraft.Draft2020:
            case "allOf" or "anyOf" or "oneOf":
                SchemaArray(value, at);
                break;
        }
    }

    private void Type(JsonElement value, SchemaPlace at)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            RequireSimpleType(value, at);
            return;
        }

        RequireArray(value, at);
        if (value.GetArrayLength() == 0)
        {
            throw SchemaJson.Error(at, "must name at least one type");
        }

        var types = at.ToString();
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            RequireSimpleType(item, SchemaPlace.Child(types, i++));
        }

        RequireUnique(value, at);
    }

    private static void RequireSimpleType(JsonElement value, SchemaPlace at)
    {
        if (value.ValueKind != JsonValueKind.String || !SimpleTypes.Contains(value.GetString()!))
        {
            throw SchemaJson.Error(
                at,
                $"must be one of: {string.Join(", ", SimpleTypes.Order(StringComparer.Ordinal))} (is {value.GetRawText()})"
            );
        }
    }

    private void SchemaMap(JsonElement value, SchemaPlace at)
    {
        RequireObject(value, at);
        var map = at.ToString();
        foreach (var (name, schema) in SchemaJson.Properties(value))
        {
            Schema(schema, SchemaJson.Child(map, name));
        }
    }

    private void SchemaArray(JsonElement value, SchemaPlace at)
    {
        RequireArray(value, at);
        if (value.GetArrayLength() == 0)
        {
            throw SchemaJson.Error(at, "must hold at least one schema");
        }

        var array = at.ToString();
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            Schema(item, SchemaJson.Child(array, i++));
        }
    }

    // Every draft: an array of strings without duplicates; draft 4 also wants at least one.
    private void StringArray(JsonElement value, SchemaPlace at)
    {
        RequireArray(value, at);
        if (_draft == SchemaDraft.Draft4 && value.GetArrayLength() == 0)
        {
            throw SchemaJson.Error(at, "must name at least one property in draft 4");
        }

        var names = at.ToString();
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            RequireString(item, SchemaPlace.Child(names, i++));
        }

        RequireUnique(value, at);
    }

    private static void RequireUnique(JsonElement array, SchemaPlace at)
    {
        // A loop, not Select: LINQ over JsonElement is compiled by the JIT at the first parse.
        var values = new List<HelmJson>(array.GetArrayLength());
        foreach (var item in array.EnumerateArray())
        {
            values.Add(SchemaValues.From(item));
        }

        for (var i = 1; i < values.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (JsonEquality.AreEqual(values[i], values[j]))
                {
                    throw SchemaJson.Error(at, $"must not repeat a value (items {j} and {i} are equal)");
                }
            }
        }
    }

    private void RequireUriReference(JsonElement value, SchemaPlace at)
    {
        // Drafts 6 and 7 meta-schemas say format: uri-reference, and v6 asserts formats for them.
        if (
            _draft is SchemaDraft.Draft6 or SchemaDraft.Draft7
            && SchemaFormat.Find("uri-reference")!.Check(value.GetString()!) is { } problem
        )
        {
            throw SchemaJson.Error(at, $"must be a URI reference ({problem})");
        }
    }

    private void RequireAnchor(JsonElement value, SchemaPlace at)
    {
        RequireString(value, at);
        var anchor = value.GetString()!;
        var valid =
            anchor.Length > 0
            && (_draft == SchemaDraft.Draft2019 ? char.IsAsciiLetter(anchor[0]) : char.IsAsciiLetter(anchor[0]) || anchor[0] == '_')
            && anchor
                .Skip(1)
                .All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' || (c == ':' && _draft == SchemaDraft.Draft2019));
        if (!valid)
        {
            throw SchemaJson.Error(at, $"is not a valid anchor name: \"{anchor}\"");
        }
    }

    private static void RequireRegex(string pattern, SchemaPlace at)
    {
        if (GoRegex.SyntaxError(pattern) is { } problem)
        {
            throw SchemaJson.Error(at, $"the regex \"{pattern}\" does not compile in Go, which Helm uses: {problem}");
        }
    }

    private static void RequireString(JsonElement value, SchemaPlace at)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            throw SchemaJson.Error(at, $"must be a string (is {SchemaJson.Describe(value)})");
        }

        SchemaJson.String(value, at);
    }

    private static void RequireBoolean(JsonElement value, SchemaPlace at)
    {
        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw SchemaJson.Error(at, $"must be a boolean (is {SchemaJson.Describe(value)})");
        }
    }

    private static void RequireObject(JsonElement value, SchemaPlace at)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw SchemaJson.Error(at, $"must be an object (is {SchemaJson.Describe(value)})");
        }
    }

    private static void RequireArray(JsonElement value, SchemaPlace at)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw SchemaJson.Error(at, $"must be an array (is {SchemaJson.Describe(value)})");
        }
    }

    private static JsonDecimal RequireNumber(JsonElement value, SchemaPlace at)
    {
        if (value.ValueKind != JsonValueKind.Number || !JsonDecimal.TryParse(value.GetRawText(), out var number))
        {
            throw SchemaJson.Error(at, $"must be a number (is {SchemaJson.Describe(value)})");
        }

        return number;
    }

    private static void RequireNonNegativeInteger(JsonElement value, SchemaPlace at)
    {
        var number = RequireNumber(value, at);
        if (!number.IsInteger || number.Sign < 0)
        {
            throw SchemaJson.Error(at, $"must be a non-negative integer (is {number})");
        }
    }
}
