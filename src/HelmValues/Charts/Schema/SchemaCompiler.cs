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

    // The keywords of the schema object being filled (read once per object, see SchemaObjectKeywords).
    private readonly SchemaObjectKeywords _keywords = new();

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
        _keywords.Read(json);
        if (Keyword(SchemaKeyword.Ref, out var reference))
        {
            node.References.Add(("$ref", NodeAt(_document.Resolve(at, reference.GetString()!))));
            if (Draft < SchemaDraft.Draft2019)
            {
                // "All other properties in a "$ref" object MUST be ignored" (drafts 4 to 7).
                return;
            }
        }

        FillDynamicReference(node, at, SchemaKeyword.RecursiveRef, "$recursiveRef");
        FillDynamicReference(node, at, SchemaKeyword.DynamicRef, "$dynamicRef");
        FillAnyType(node);
        FillObject(node, at);
        FillArray(node, at);
        FillNumber(node);
        FillString(node);
        FillCombinations(node, at);
    }

    private void FillDynamicReference(SchemaNode node, string at, SchemaKeyword keyword, string name)
    {
        if (Keyword(keyword, out var dynamic))
        {
            if (_document.HasDynamicAnchors)
            {
                throw SchemaJson.Error(at, $"{name} with $recursiveAnchor/$dynamicAnchor (dynamic scope) is not supported");
            }

            node.References.Add((name, NodeAt(_document.Resolve(at, dynamic.GetString()!))));
        }
    }

    // The value of a keyword of the schema being filled, if the schema's draft has that keyword and the schema gives it.
    private bool Keyword(SchemaKeyword keyword, out JsonElement value)
    {
        value = default;
        return Applies(keyword) && _keywords.TryGet(keyword, out value);
    }

    // Which keywords each draft has (v6's compileDraft4/6/7/2019/2020).
    private bool Applies(SchemaKeyword keyword) =>
        keyword switch
        {
            SchemaKeyword.Const or SchemaKeyword.Contains or SchemaKeyword.PropertyNames => Draft >= SchemaDraft.Draft6,
            SchemaKeyword.If or SchemaKeyword.Then or SchemaKeyword.Else => Draft >= SchemaDraft.Draft7,
            SchemaKeyword.RecursiveRef
            or SchemaKeyword.DependentRequired
            or SchemaKeyword.DependentSchemas
            or SchemaKeyword.UnevaluatedProperties
            or SchemaKeyword.UnevaluatedItems
            or SchemaKeyword.MinContains
            or SchemaKeyword.MaxContains => Draft >= SchemaDraft.Draft2019,
            SchemaKeyword.DynamicRef or SchemaKeyword.PrefixItems => Draft >= SchemaDraft.Draft2020,
            _ => true,
        };

    private void FillAnyType(SchemaNode node)
    {
        if (Keyword(SchemaKeyword.Type, out var type))
        {
            node.Types = type.ValueKind == JsonValueKind.String ? TypeOf(type.GetString()!) : TypesOf(type);
        }

        if (Keyword(SchemaKeyword.Const, out var constant))
        {
            node.Const = SchemaValues.From(constant);
        }

        if (Keyword(SchemaKeyword.Enum, out var values))
        {
            node.Enum = Values(values);
        }

        // Formats are assertions in drafts 4 to 7 only (v6 without AssertFormat).
        if (Draft < SchemaDraft.Draft2019 && Keyword(SchemaKeyword.Format, out var format))
        {
            node.Format = SchemaFormat.Find(format.GetString()!);
        }
    }

    private void FillObject(SchemaNode node, string at)
    {
        if (Keyword(SchemaKeyword.Properties, out var properties))
        {
            var list = Named(at, "properties", properties);
            node.Properties = list;
            node.PropertyLookup = new PropertySchemas(list);
        }

        if (Keyword(SchemaKeyword.PatternProperties, out var patterns))
        {
            node.PatternProperties = Named(at, "patternProperties", patterns).Select(p => (Regex(p.Key, at), p.Value)).ToArray();
        }

        if (Keyword(SchemaKeyword.AdditionalProperties, out var additional))
        {
            node.AdditionalProperties = Child(at, "additionalProperties", additional);
        }

        if (Keyword(SchemaKeyword.PropertyNames, out var propertyNames))
        {
            node.PropertyNames = Child(at, "propertyNames", propertyNames);
        }

        node.MinProperties = Count(SchemaKeyword.MinProperties);
        node.MaxProperties = Count(SchemaKeyword.MaxProperties);
        if (Keyword(SchemaKeyword.Required, out var required))
        {
            node.Required = Strings(required);
        }

        var dependentRequired = new List<(string, string, string[])>();
        var dependentSchemas = new List<(string, string, SchemaNode)>();
        if (Keyword(SchemaKeyword.Dependencies, out var dependencies))
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

        if (Keyword(SchemaKeyword.DependentRequired, out var requiredBy))
        {
            foreach (var (name, names) in SchemaJson.Properties(requiredBy))
            {
                dependentRequired.Add(("dependentRequired", name, Strings(names)));
            }
        }

        if (Keyword(SchemaKeyword.DependentSchemas, out var schemasBy))
        {
            foreach (var (name, schema) in Named(at, "dependentSchemas", schemasBy))
            {
                dependentSchemas.Add(("dependentSchemas", name, schema));
            }
        }

        node.DependentRequired = dependentRequired.Count > 0 ? dependentRequired.ToArray() : null;
        node.DependentSchemas = dependentSchemas.Count > 0 ? dependentSchemas.ToArray() : null;

        if (Keyword(SchemaKeyword.UnevaluatedProperties, out var unevaluated))
        {
            node.UnevaluatedProperties = Child(at, "unevaluatedProperties", unevaluated);
            UsesUnevaluated = true;
        }
    }

    private void FillArray(SchemaNode node, string at)
    {
        if (Draft == SchemaDraft.Draft2020)
        {
            if (Keyword(SchemaKeyword.PrefixItems, out var prefix))
            {
                node.PrefixItems = Items(at, "prefixItems", prefix);
            }

            if (Keyword(SchemaKeyword.Items, out var rest))
            {
                node.RestItems = Child(at, "items", rest);
            }
        }
        else if (Keyword(SchemaKeyword.Items, out var items))
        {
            if (items.ValueKind == JsonValueKind.Array)
            {
                // A tuple: additionalItems applies to the items after it (and only then).
                node.PrefixItems = Items(at, "items", items);
                if (Keyword(SchemaKeyword.AdditionalItems, out var additional))
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

        node.MinItems = Count(SchemaKeyword.MinItems);
        node.MaxItems = Count(SchemaKeyword.MaxItems);
        node.UniqueItems = Keyword(SchemaKeyword.UniqueItems, out var unique) && unique.ValueKind == JsonValueKind.True;
        if (Keyword(SchemaKeyword.Contains, out var contains))
        {
            node.Contains = Child(at, "contains", contains);
            node.MinContains = Count(SchemaKeyword.MinContains);
            node.MaxContains = Count(SchemaKeyword.MaxContains);
        }

        if (Keyword(SchemaKeyword.UnevaluatedItems, out var unevaluated))
        {
            node.UnevaluatedItems = Child(at, "unevaluatedItems", unevaluated);
            UsesUnevaluated = true;
        }
    }

    private void FillNumber(SchemaNode node)
    {
        node.MultipleOf = Number(SchemaKeyword.MultipleOf);
        node.Minimum = Number(SchemaKeyword.Minimum);
        node.Maximum = Number(SchemaKeyword.Maximum);

        // Draft 4's boolean form turns the bound itself exclusive; later drafts give the bound as a number.
        if (Keyword(SchemaKeyword.ExclusiveMinimum, out var exclusiveMinimum))
        {
            if (exclusiveMinimum.ValueKind == JsonValueKind.True)
            {
                (node.ExclusiveMinimum, node.Minimum) = (node.Minimum, null);
            }
            else if (exclusiveMinimum.ValueKind == JsonValueKind.Number)
            {
                node.ExclusiveMinimum = Number(SchemaKeyword.ExclusiveMinimum);
            }
        }

        if (Keyword(SchemaKeyword.ExclusiveMaximum, out var exclusiveMaximum))
        {
            if (exclusiveMaximum.ValueKind == JsonValueKind.True)
            {
                (node.ExclusiveMaximum, node.Maximum) = (node.Maximum, null);
            }
            else if (exclusiveMaximum.ValueKind == JsonValueKind.Number)
            {
                node.ExclusiveMaximum = Number(SchemaKeyword.ExclusiveMaximum);
            }
        }
    }

    private void FillString(SchemaNode node)
    {
        node.MinLength = Count(SchemaKeyword.MinLength);
        node.MaxLength = Count(SchemaKeyword.MaxLength);
        if (Keyword(SchemaKeyword.Pattern, out var pattern))
        {
            node.Pattern = Regex(pattern.GetString()!, node.Location);
        }
    }

    private void FillCombinations(SchemaNode node, string at)
    {
        node.AllOf = List(at, SchemaKeyword.AllOf, "allOf");
        node.AnyOf = List(at, SchemaKeyword.AnyOf, "anyOf");
        node.OneOf = List(at, SchemaKeyword.OneOf, "oneOf");
        if (Keyword(SchemaKeyword.Not, out var not))
        {
            node.Not = Child(at, "not", not);
        }

        if (Keyword(SchemaKeyword.If, out var condition))
        {
            node.If = Child(at, "if", condition);
            node.Then = Keyword(SchemaKeyword.Then, out var then) ? Child(at, "then", then) : null;
            node.Else = Keyword(SchemaKeyword.Else, out var otherwise) ? Child(at, "else", otherwise) : null;
        }
    }

    private SchemaNode[]? List(string at, SchemaKeyword keyword, string name) =>
        Keyword(keyword, out var list) ? Items(at, name, list) : null;

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

    private JsonDecimal? Number(SchemaKeyword keyword) =>
        Keyword(keyword, out var value)
        && value.ValueKind == JsonValueKind.Number
        && JsonDecimal.TryParse(value.GetRawText(), out var number)
            ? number
            : null;

    // A non-negative integer bound (the shape check saw to that); beyond long's range it bounds nothing a values file
    // can reach, so it is capped (v6 would wrap such a number around, a bug no real schema meets).
    private long? Count(SchemaKeyword keyword)
    {
        if (Number(keyword) is not { } number)
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
