using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Text.Json;

namespace HelmValues.Charts;

/// <summary>
/// Turns a checked <see cref="SchemaDocument"/> into <see cref="SchemaNode"/>s, reading for each schema the keywords
/// Helm's validator enforces in the document's draft, as santhosh-tekuri/jsonschema v6 compiles them.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Only schemas reachable from the root are compiled (as v6 does): a broken <c>$ref</c> in an unused definition
/// is no error.</item>
/// <item>Drafts 4 to 7 ignore every keyword next to <c>$ref</c>; 2019-09 and 2020-12 apply them too.</item>
/// <item><c>$recursiveRef</c> and <c>$dynamicRef</c> act as <c>$ref</c> when the document has no
/// <c>$recursiveAnchor</c>/<c>$dynamicAnchor</c> (the case of every chart schema seen); with those, they are refused.</item>
/// <item>Each location compiles once, so a <c>$ref</c> cycle becomes a cycle of nodes (the evaluator detects one that
/// consumes no data).</item>
/// </list>
/// </remarks>
internal sealed class SchemaCompiler
{
    private readonly SchemaDocument _document;
    private readonly Dictionary<string, SchemaNode> _nodes = new(StringComparer.Ordinal);

    // Classes, not tuples (see PendingSchema).
    private readonly Queue<PendingSchema> _pending = new();
    private readonly Dictionary<string, GoRegex> _regexes = new(StringComparer.Ordinal);

    private SchemaCompiler(SchemaDocument document)
    {
        _document = document;
    }

    /// <summary>True when some compiled schema uses <c>unevaluatedProperties</c> or <c>unevaluatedItems</c>.</summary>
    public bool UsesUnevaluated { get; private set; }

    /// <summary>Compiles the document from its root.</summary>
    public static SchemaNode Compile(SchemaDocument document, out bool usesUnevaluated)
    {
        var compiler = new SchemaCompiler(document);
        var root = compiler.NodeAt(SchemaJson.RootLocation);
        while (compiler._pending.TryDequeue(out var work))
        {
            compiler.Fill(work.Node, work.Json);
        }

        usesUnevaluated = compiler.UsesUnevaluated;
        return root;
    }

    // The draft of the schema being filled (documents loaded by remote references may have their own).
    private SchemaDraft Draft { get; set; }

    // The node for a location a reference points to (or the root), found in its document on first use.
    private SchemaNode NodeAt(string location)
    {
        if (_nodes.TryGetValue(location, out var existing))
        {
            return existing;
        }

        var json = _document.Find(location) ?? throw SchemaJson.Error(location, "nothing here");
        return NewNode(location, json, _document.DraftAt(location));
    }

    // The node for a subschema of the schema being filled, whose JSON the caller holds: it is in the same document, and so
    // has the same draft. (Found from the root instead, every location would walk its pointer again: most of a compile.)
    private SchemaNode NodeAt(string location, JsonElement json) =>
        _nodes.TryGetValue(location, out var existing) ? existing : NewNode(location, json, Draft);

    // The node for a location seen for the first time, queued for filling.
    private SchemaNode NewNode(string location, JsonElement json, SchemaDraft draft)
    {
        SchemaNode node;
        switch (json.ValueKind)
        {
            case JsonValueKind.True:
                node = new SchemaNode(location) { BooleanValue = true, Draft = draft };
                break;
            case JsonValueKind.False:
                node = new SchemaNode(location) { BooleanValue = false, Draft = draft };
                break;
            case JsonValueKind.Object:
                node = new SchemaNode(location) { Draft = draft };
                _pending.Enqueue(new PendingSchema(node, json));
                break;
            default:
                throw SchemaJson.Error(location, $"a $ref points here, but this is {SchemaJson.Describe(json)}, not a schema");
        }

        _nodes[location] = node;
        return node;
    }

    private SchemaNode Child(string location, string keyword, JsonElement json) => NodeAt(SchemaJson.Child(location, keyword), json);

    // The subschemas of an array keyword (allOf, prefixItems, items as a tuple), in order.
    private SchemaNode[] Items(string location, string keyword, JsonElement array)
    {
        var at = SchemaJson.Child(location, keyword);
        var nodes = new SchemaNode[array.GetArrayLength()];
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            nodes[i] = NodeAt(SchemaJson.Child(at, i), item);
            i++;
        }

        return nodes;
    }

    // The subschemas of an object keyword (properties, patternProperties, dependentSchemas), by name, each name once.
    private KeyValuePair<string, SchemaNode>[] Named(string location, string keyword, JsonElement map)
    {
        var at = SchemaJson.Child(location, keyword);
        var properties = SchemaJson.Properties(map);
        var nodes = new KeyValuePair<string, SchemaNode>[properties.Count];
        for (var i = 0; i < nodes.Length; i++)
        {
            var (name, json) = properties[i];
            nodes[i] = new(name, NodeAt(SchemaJson.Child(at, name), json));
        }

        return nodes;
    }

    private void Fill(SchemaNode node, JsonElement json)
    {
        Draft = node.Draft;
        var at = node.Location;
        if (json.TryGetProperty("$ref"u8, out var reference))
        {
            node.References.Add(("$ref", NodeAt(_document.Resolve(at, reference.GetString()!))));
            if (Draft < SchemaDraft.Draft2019)
            {
                // "All other properties in a "$ref" object MUST be ignored" (drafts 4 to 7).
                return;
            }
        }

        foreach (var keyword in (string[])["$recursiveRef", "$dynamicRef"])
        {
            if (Applies(keyword) && json.TryGetProperty(keyword, out var dynamic))
            {
                if (_document.HasDynamicAnchors)
                {
                    throw SchemaJson.Error(at, $"{keyword} with $recursiveAnchor/$dynamicAnchor (dynamic scope) is not supported");
                }

                node.References.Add((keyword, NodeAt(_document.Resolve(at, dynamic.GetString()!))));
            }
        }

        FillAnyType(node, json);
        FillObject(node, json, at);
        FillArray(node, json, at);
        FillNumber(node, json);
        FillString(node, json);
        FillCombinations(node, json, at);
    }

    // Which keywords each draft has (v6's compileDraft4/6/7/2019/2020).
    private bool Applies(string keyword) =>
        keyword switch
        {
            "const" or "contains" or "propertyNames" => Draft >= SchemaDraft.Draft6,
            "if" or "then" or "else" => Draft >= SchemaDraft.Draft7,
            "$recursiveRef" or "dependentRequired" or "dependentSchemas" or "unevaluatedProperties" or "unevaluatedItems" => Draft
                >= SchemaDraft.Draft2019,
            "minContains" or "maxContains" => Draft >= SchemaDraft.Draft2019,
            "$dynamicRef" or "prefixItems" => Draft >= SchemaDraft.Draft2020,
            _ => true,
        };

    private void FillAnyType(SchemaNode node, JsonElement json)
    {
        if (json.TryGetProperty("type"u8, out var type))
        {
            node.Types = type.ValueKind == JsonValueKind.String ? TypeOf(type.GetString()!) : TypesOf(type);
        }

        if (Applies("const") && json.TryGetProperty("const"u8, out var constant))
        {
            node.Const = SchemaValues.From(constant);
        }

        if (json.TryGetProperty("enum"u8, out var values))
        {
            node.Enum = Values(values);
        }

        // Formats are assertions in drafts 4 to 7 only (v6 without AssertFormat).
        if (Draft < SchemaDraft.Draft2019 && json.TryGetProperty("format"u8, out var format))
        {
            node.Format = SchemaFormat.Find(format.GetString()!);
        }
    }

    private void FillObject(SchemaNode node, JsonElement json, string at)
    {
        if (json.TryGetProperty("properties"u8, out var properties))
        {
            var list = Named(at, "properties", properties);
            node.Properties = list;
            node.PropertyLookup = new PropertySchemas(list);
        }

        if (json.TryGetProperty("patternProperties"u8, out var patterns))
        {
            node.PatternProperties = Named(at, "patternProperties", patterns).Select(p => (Regex(p.Key, at), p.Value)).ToArray();
        }

        if (json.TryGetProperty("additionalProperties"u8, out var additional))
        {
            node.AdditionalProperties = Child(at, "additionalProperties", additional);
        }

        if (Applies("propertyNames") && json.TryGetProperty("propertyNames"u8, out var propertyNames))
        {
            node.PropertyNames = Child(at, "propertyNames", propertyNames);
        }

        node.MinProperties = Count(json, "minProperties"u8);
        node.MaxProperties = Count(json, "maxProperties"u8);
        if (json.TryGetProperty("required"u8, out var required))
        {
            node.Required = Strings(required);
        }

        var dependentRequired = new List<(string, string, string[])>();
        var dependentSchemas = new List<(string, string, SchemaNode)>();
        if (json.TryGetProperty("dependencies"u8, out var dependencies))
        {
            // v6 keeps "dependencies" in every draft, 2019-09 and 2020-12 included.
            foreach (var (name, dependency) in SchemaJson.Properties(dependencies))
            {
                if (dependency.ValueKind == JsonValueKind.Array)
                {
                    dependentRequired.Add(("dependencies", name, Strings(dependency)));
                }
                else
                {
                    dependentSchemas.Add(
                        ("dependencies", name, NodeAt(SchemaJson.Child(SchemaJson.Child(at, "dependencies"), name), dependency))
                    );
                }
            }
        }

        if (Applies("dependentRequired") && json.TryGetProperty("dependentRequired"u8, out var requiredBy))
        {
            foreach (var (name, names) in SchemaJson.Properties(requiredBy))
            {
                dependentRequired.Add(("dependentRequired", name, Strings(names)));
            }
        }

        if (Applies("dependentSchemas") && json.TryGetProperty("dependentSchemas"u8, out var schemasBy))
        {
            foreach (var (name, schema) in Named(at, "dependentSchemas", schemasBy))
            {
                dependentSchemas.Add(("dependentSchemas", name, schema));
            }
        }

        node.DependentRequired = dependentRequired.Count > 0 ? dependentRequired.ToArray() : null;
        node.DependentSchemas = dependentSchemas.Count > 0 ? dependentSchemas.ToArray() : null;

        if (Applies("unevaluatedProperties") && json.TryGetProperty("unevaluatedProperties"u8, out var unevaluated))
        {
            node.UnevaluatedProperties = Child(at, "unevaluatedProperties", unevaluated);
            UsesUnevaluated = true;
        }
    }

    private void FillArray(SchemaNode node, JsonElement json, string at)
    {
        if (Draft == SchemaDraft.Draft2020)
        {
            if (json.TryGetProperty("prefixItems"u8, out var prefix))
            {
                node.PrefixItems = Items(at, "prefixItems", prefix);
            }

            if (json.TryGetProperty("items"u8, out var rest))
            {
                node.RestItems = Child(at, "items", rest);
            }
        }
        else if (json.TryGetProperty("items"u8, out var items))
        {
            if (items.ValueKind == JsonValueKind.Array)
            {
                // A tuple: additionalItems applies to the items after it (and only then).
                node.PrefixItems = Items(at, "items", items);
                if (json.TryGetProperty("additionalItems"u8, out var additional))
                {
                    node.RestItems = Child(at, "additionalItems", additional);
                    node.RestItemsKeyword = "additionalItems";
                }
            }
            else
            {
                node.RestItems = Child(at, "items", items);
            }
        }

        node.MinItems = Count(json, "minItems"u8);
        node.MaxItems = Count(json, "maxItems"u8);
        node.UniqueItems = json.TryGetProperty("uniqueItems"u8, out var unique) && unique.ValueKind == JsonValueKind.True;
        if (Applies("contains") && json.TryGetProperty("contains"u8, out var contains))
        {
            node.Contains = Child(at, "contains", contains);
            if (Applies("minContains"))
            {
                node.MinContains = Count(json, "minContains"u8);
                node.MaxContains = Count(json, "maxContains"u8);
            }
        }

        if (Applies("unevaluatedItems") && json.TryGetProperty("unevaluatedItems"u8, out var unevaluated))
        {
            node.UnevaluatedItems = Child(at, "unevaluatedItems", unevaluated);
            UsesUnevaluated = true;
        }
    }

    private static void FillNumber(SchemaNode node, JsonElement json)
    {
        node.MultipleOf = Number(json, "multipleOf"u8);
        node.Minimum = Number(json, "minimum"u8);
        node.Maximum = Number(json, "maximum"u8);

        // Draft 4's boolean form turns the bound itself exclusive; later drafts give the bound as a number.
        if (json.TryGetProperty("exclusiveMinimum"u8, out var exclusiveMinimum))
        {
            if (exclusiveMinimum.ValueKind == JsonValueKind.True)
            {
                (node.ExclusiveMinimum, node.Minimum) = (node.Minimum, null);
            }
            else if (exclusiveMinimum.ValueKind == JsonValueKind.Number)
            {
                node.ExclusiveMinimum = Number(json, "exclusiveMinimum"u8);
            }
        }

        if (json.TryGetProperty("exclusiveMaximum"u8, out var exclusiveMaximum))
        {
            if (exclusiveMaximum.ValueKind == JsonValueKind.True)
            {
                (node.ExclusiveMaximum, node.Maximum) = (node.Maximum, null);
            }
            else if (exclusiveMaximum.ValueKind == JsonValueKind.Number)
            {
                node.ExclusiveMaximum = Number(json, "exclusiveMaximum"u8);
            }
        }
    }

    private void FillString(SchemaNode node, JsonElement json)
    {
        node.MinLength = Count(json, "minLength"u8);
        node.MaxLength = Count(json, "maxLength"u8);
        if (json.TryGetProperty("pattern"u8, out var pattern))
        {
            node.Pattern = Regex(pattern.GetString()!, node.Location);
        }
    }

    private void FillCombinations(SchemaNode node, JsonElement json, string at)
    {
        node.AllOf = List(json, at, "allOf");
        node.AnyOf = List(json, at, "anyOf");
        node.OneOf = List(json, at, "oneOf");
        if (json.TryGetProperty("not"u8, out var not))
        {
            node.Not = Child(at, "not", not);
        }

        if (Applies("if") && json.TryGetProperty("if"u8, out var condition))
        {
            node.If = Child(at, "if", condition);
            node.Then = json.TryGetProperty("then"u8, out var then) ? Child(at, "then", then) : null;
            node.Else = json.TryGetProperty("else"u8, out var otherwise) ? Child(at, "else", otherwise) : null;
        }
    }

    private SchemaNode[]? List(JsonElement json, string at, string keyword) =>
        json.TryGetProperty(keyword, out var list) ? Items(at, keyword, list) : null;

    private GoRegex Regex(string pattern, string at)
    {
        if (_regexes.TryGetValue(pattern, out var compiled))
        {
            return compiled;
        }

        compiled =
            GoRegex.TryCreate(pattern, out var error) ?? throw SchemaJson.Error(at, $"the regex \"{pattern}\" cannot be compiled: {error}");
        _regexes[pattern] = compiled;
        return compiled;
    }

    private static JsonDecimal? Number(JsonElement json, ReadOnlySpan<byte> keyword) =>
        json.TryGetProperty(keyword, out var value)
        && value.ValueKind == JsonValueKind.Number
        && JsonDecimal.TryParse(value.GetRawText(), out var number)
            ? number
            : null;

    // A non-negative integer bound (the shape check saw to that); beyond long's range it bounds nothing a values file
    // can reach, so it is capped (v6 would wrap such a number around, a bug no real schema meets).
    private static long? Count(JsonElement json, ReadOnlySpan<byte> keyword)
    {
        if (Number(json, keyword) is not { } number)
        {
            return null;
        }

        if (number.Exponent > 19)
        {
            return long.MaxValue;
        }

        var value = number.Mantissa * BigInteger.Pow(10, number.Exponent);
        return value > long.MaxValue ? long.MaxValue : (long)value;
    }

    // Arrays read with loops, not LINQ: every schema has them, and LINQ over JsonElement (a struct from another assembly) is
    // code that ReadyToRun cannot hold, compiled at every app's start.
    private static SchemaTypes TypesOf(JsonElement names)
    {
        var types = SchemaTypes.None;
        foreach (var name in names.EnumerateArray())
        {
            types |= TypeOf(name.GetString()!);
        }

        return types;
    }

    private static HelmJson[] Values(JsonElement array)
    {
        var values = new HelmJson[array.GetArrayLength()];
        var i = 0;
        foreach (var value in array.EnumerateArray())
        {
            values[i++] = SchemaValues.From(value);
        }

        return values;
    }

    private static string[] Strings(JsonElement array)
    {
        var strings = new string[array.GetArrayLength()];
        var i = 0;
        foreach (var value in array.EnumerateArray())
        {
            strings[i++] = value.GetString()!;
        }

        return strings;
    }

    private static SchemaTypes TypeOf(string name) =>
        name switch
        {
            "null" => SchemaTypes.Null,
            "boolean" => SchemaTypes.Boolean,
            "object" => SchemaTypes.Object,
            "array" => SchemaTypes.Array,
            "number" => SchemaTypes.Number,
            "string" => SchemaTypes.String,
            _ => SchemaTypes.Integer,
        };

    // A subschema made but not filled yet, with its JSON. A class: a queue of a struct (a tuple) is compiled by the JIT when
    // the first schema is parsed, on the way to an app's first validation; a queue of a class is compiled with the framework.
    private sealed record PendingSchema(SchemaNode Node, JsonElement Json);
}
