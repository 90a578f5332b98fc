using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using HelmValues.Generators.Diagnostics;
using HelmValues.Generators.Json;
using HelmValues.Generators.Model;
using HelmValues.Generators.Naming;

namespace HelmValues.Generators.Parsing;

/// <summary>
/// Walks a (merged) chart schema and decides the C# shape of every node: records, enums, maps, lists,
/// scalars and Kubernetes types, with names and constraints.
/// </summary>
/// <remarks>
/// Records are named breadth first, properties in ordinal key order, so the nicer short names go to the
/// shallower types and reordering keys in the JSON file never renames a type.
/// </remarks>
internal sealed class ChartTypeBuilder
{
    private readonly string _schemaPath;
    private readonly string _namespace;
    private readonly RefResolver _refs;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly UniqueNames _typeNames = new();
    private readonly Dictionary<JsonNode, TypeRef> _byNode = new();
    private readonly Queue<PendingObject> _pending = new();
    private readonly List<ObjectTypeSpec> _objects = new();
    private readonly Dictionary<string, EnumSpec> _enums = new(StringComparer.Ordinal);

    public ChartTypeBuilder(string schemaPath, string ns, RefResolver refs, List<DiagnosticInfo> diagnostics)
    {
        _schemaPath = schemaPath;
        _namespace = ns;
        _refs = refs;
        _diagnostics = diagnostics;
    }

    public IReadOnlyList<ObjectTypeSpec> Objects => _objects;

    public IEnumerable<EnumSpec> Enums => _enums.Values;

    /// <summary>Builds every type reachable from the root; returns the root's type.</summary>
    public TypeRef BuildRoot(JsonNode root, SchemaDocument document, string rootTypeName, CancellationToken cancellationToken)
    {
        var type = Resolve(root, document, "#", new NameHint(rootTypeName, rootTypeName), forceObject: true);
        while (_pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            BuildObject(_pending.Dequeue());
        }

        return type;
    }

    /// <summary>The type of one schema node; records are named now and filled in later (breadth first).</summary>
    private TypeRef Resolve(JsonNode node, SchemaDocument document, string pointer, NameHint hint, bool forceObject = false)
    {
        if (_byNode.TryGetValue(node, out var known))
        {
            return known;
        }

        if (node is JsonBoolean { Value: true })
        {
            return TypeRef.Any;
        }

        if (node is not JsonObject schema)
        {
            Report(
                DiagnosticDescriptors.UnsupportedConstruct,
                node,
                pointer,
                "a schema must be an object or true; generated as an untyped YamlValue"
            );
            return TypeRef.Any;
        }

        CheckKeywords(schema, pointer);
        if (schema["$ref"] is { } reference)
        {
            return ResolveRef(schema, reference, document, pointer, hint, forceObject);
        }

        var constraints = ReadConstraints(schema, pointer);
        var types = ReadTypes(schema, pointer);
        if (schema["x-kubernetes-int-or-string"] is JsonBoolean { Value: true })
        {
            return new TypeRef(TypeKind.StringOrNumber, Constraints: constraints);
        }

        if (schema["enum"] is { } enumNode && ReadEnum(schema, enumNode, pointer, hint, types) is { } enumType)
        {
            return enumType with { Constraints = constraints };
        }

        types.Remove("null");
        if (types.Count > 1)
        {
            return Union(types, schema, pointer, constraints);
        }

        var kind = types.Count == 1 ? types[0] : InferType(schema, pointer, forceObject);
        switch (kind)
        {
            case "object":
                return ObjectOrMap(schema, document, pointer, hint, constraints, forceObject);
            case "array":
                return Array(schema, document, pointer, hint, constraints);
            case "string":
                return new TypeRef(IsDuration(schema) ? TypeKind.Duration : TypeKind.String, Constraints: constraints);
            case "integer":
                return new TypeRef(
                    schema["format"] is JsonString { Value: "int64" } ? TypeKind.Long : TypeKind.Integer,
                    Constraints: constraints
                );
            case "number":
                return new TypeRef(TypeKind.Number, Constraints: constraints);
            case "boolean":
                return new TypeRef(TypeKind.Boolean, Constraints: constraints);
            default:
                return TypeRef.Any with { Constraints = constraints };
        }
    }

    private TypeRef ResolveRef(
        JsonObject schema,
        JsonNode reference,
        SchemaDocument document,
        string pointer,
        NameHint hint,
        bool forceObject
    )
    {
        if (reference is not JsonString text)
        {
            Report(DiagnosticDescriptors.InvalidSchema, reference, pointer, "$ref must be a string");
            return TypeRef.Any;
        }

        // Keywords beside `$ref` do not change the C# type; the runtime check applies them or not, as the draft says.
        var resolved = _refs.Resolve(text.Value, document);
        if (resolved.Error is { } error)
        {
            _diagnostics.Add(DiagnosticInfo.At(DiagnosticDescriptors.UnresolvableRef, text, _schemaPath, pointer, text.Value, error));
            return TypeRef.Any;
        }

        if (resolved.External is { } external)
        {
            return schema[SchemaKeywords.Patch] is JsonBoolean { Value: true } && external.Kind == TypeKind.External
                ? external with
                {
                    IsPatch = true,
                }
                : external;
        }

        var target = resolved.Node!;
        if (target is JsonObject targetSchema && targetSchema[SchemaKeywords.TypeName] is null && !forceObject)
        {
            hint = NameHint.For(LastPointerSegment(resolved.Pointer));
        }

        return Resolve(target, resolved.Document!, resolved.Pointer, hint, forceObject);
    }

    private TypeRef ObjectOrMap(
        JsonObject schema,
        SchemaDocument document,
        string pointer,
        NameHint hint,
        ConstraintSpec? constraints,
        bool forceObject
    )
    {
        var additional = schema["additionalProperties"];
        if (schema["properties"] is null && !forceObject)
        {
            if (additional is JsonBoolean { Value: false })
            {
                return NewObject(schema, document, pointer, hint, constraints);
            }

            var valueType =
                additional is JsonObject ? Resolve(additional, document, pointer + "/additionalProperties", hint.ForItem()) : TypeRef.Any;
            var map = new TypeRef(TypeKind.Map, Element: valueType, Constraints: constraints);
            _byNode[schema] = map;
            return map;
        }

        return NewObject(schema, document, pointer, hint, constraints);
    }

    private TypeRef NewObject(JsonObject schema, SchemaDocument document, string pointer, NameHint hint, ConstraintSpec? constraints)
    {
        var name = TakeTypeName(schema, hint, pointer);
        var type = new TypeRef(TypeKind.Object, Qualified(name));
        _byNode[schema] = type;
        _pending.Enqueue(new PendingObject(schema, document, pointer, name, constraints));
        return type;
    }

    private TypeRef Array(JsonObject schema, SchemaDocument document, string pointer, NameHint hint, ConstraintSpec? constraints)
    {
        var items = schema["items"];
        TypeRef element;
        if (items is JsonArray)
        {
            Report(
                DiagnosticDescriptors.UnsupportedConstruct,
                items,
                pointer + "/items",
                "tuple 'items' (an array of schemas) is not supported; items are generated as untyped YamlValue"
            );
            element = TypeRef.Any;
        }
        else
        {
            element = items is null ? TypeRef.Any : Resolve(items, document, pointer + "/items", hint.ForItem());
        }

        return new TypeRef(TypeKind.Array, Element: element, Constraints: constraints);
    }

    private TypeRef Union(List<string> types, JsonObject schema, string pointer, ConstraintSpec? constraints)
    {
        foreach (var type in types)
        {
            if (type is not ("string" or "number" or "integer"))
            {
                Report(
                    DiagnosticDescriptors.UnsupportedConstruct,
                    schema["type"] ?? schema,
                    pointer,
                    $"a value of type [{string.Join(", ", types)}] has no single C# type; generated as an untyped YamlValue"
                );
                return TypeRef.Any with { Constraints = constraints };
            }
        }

        return new TypeRef(TypeKind.StringOrNumber, Constraints: constraints);
    }

    private TypeRef? ReadEnum(JsonObject schema, JsonNode enumNode, string pointer, NameHint hint, List<string> types)
    {
        if (enumNode is not JsonArray values || values.Items.Count == 0)
        {
            Report(DiagnosticDescriptors.InvalidSchema, enumNode, pointer, "enum must be a non-empty array");
            return null;
        }

        var strings = new List<string>();
        foreach (var value in values.Items)
        {
            switch (value)
            {
                case JsonString text:
                    strings.Add(text.Value);
                    break;
                case JsonNull:
                    break;
                default:
                    // Not a C# enum: the value keeps its type, and Helm's check at runtime applies the enum.
                    return null;
            }
        }

        if (types.Count > 0 && !types.Contains("string"))
        {
            Report(DiagnosticDescriptors.InvalidSchema, enumNode, pointer, "a string enum on a non-string type");
            return null;
        }

        var name = ChosenTypeName(schema, pointer) ?? hint.Name;
        var memberNames = new UniqueNames();
        var members = new List<EnumMemberSpec>();
        foreach (var value in strings)
        {
            members.Add(new EnumMemberSpec(memberNames.Take(value.Length == 0 ? "Empty" : IdentifierNames.ToPascalCase(value)), value));
        }

        var spec = new EnumSpec(name, Summary(schema), members.ToEquatableArray());
        if (_enums.TryGetValue(name, out var existing) && existing.Members == spec.Members)
        {
            return new TypeRef(TypeKind.Enum, Qualified(name));
        }

        // Two different enums wanting one name: the second is numbered, like any other type.
        var unique = TakeTypeName(name, hint.Parent);
        _enums[unique] = spec with { Name = unique };
        return new TypeRef(TypeKind.Enum, Qualified(unique));
    }

    private void BuildObject(PendingObject pending)
    {
        var schema = pending.Schema;
        var pointer = pending.Pointer;
        var required = ReadRequired(schema, pointer);
        var properties = new List<PropertySpec>();
        var memberNames = new UniqueNames(IdentifierNames.ReservedMemberNames);
        memberNames.Take(pending.Name);
        var firstKeyOfName = new Dictionary<string, string>(StringComparer.Ordinal);
        var additional = schema["additionalProperties"];
        // patternProperties admit keys additionalProperties: false would refuse; such keys are kept as untyped entries.
        var closed = additional is JsonBoolean { Value: false } && schema["patternProperties"] is null;
        var itemNames = new BuilderItemNames(closed);

        var declared = new List<JsonProperty>();
        if (schema["properties"] is JsonObject propertiesNode)
        {
            declared.AddRange(propertiesNode.Properties);
        }
        else if (schema["properties"] is { } wrong)
        {
            Report(DiagnosticDescriptors.InvalidSchema, wrong, pointer, "properties must be an object");
        }

        declared.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        foreach (var property in declared)
        {
            var propertyPointer = JsonPointer.Append(pointer + "/properties", property.Name);
            var propertySchema = property.Value as JsonObject;
            var preferred = ChosenName(propertySchema, SchemaKeywords.Name, propertyPointer) ?? IdentifierNames.ToPascalCase(property.Name);
            var name = memberNames.Take(preferred);
            if (name != preferred && firstKeyOfName.TryGetValue(preferred, out var firstKey))
            {
                _diagnostics.Add(
                    DiagnosticInfo.AtKey(
                        DiagnosticDescriptors.NameCollision,
                        property,
                        _schemaPath,
                        propertyPointer,
                        firstKey,
                        property.Name,
                        preferred,
                        name
                    )
                );
            }

            firstKeyOfName[preferred] = property.Name;
            var type = Resolve(
                property.Value,
                pending.Document,
                propertyPointer,
                NameHint.For(property.Name, propertySchema, pending.Name)
            );
            properties.Add(
                new PropertySpec
                {
                    Key = property.Name,
                    Name = name,
                    ItemName = itemNames.Take(name, type),
                    Type = type,
                    Summary = propertySchema is null ? null : Summary(propertySchema),
                    DefaultJson = propertySchema?["default"] is { } defaultNode ? ShortJson(defaultNode) : null,
                    Required = required.Remove(property.Name),
                    Deprecated = propertySchema is null ? null : Deprecation(propertySchema, propertyPointer),
                    Reserved = propertySchema?[SchemaKeywords.Reserved] is JsonString reserved ? reserved.Value : null,
                }
            );
        }

        // A required key that `properties` does not declare has no C# property; Helm's check on the runtime requires it.
        TypeRef? additionalType = null;
        if (!closed)
        {
            additionalType =
                additional is JsonObject
                    ? Resolve(
                        additional,
                        pending.Document,
                        pointer + "/additionalProperties",
                        NameHint.For(pending.Name + "Entry", null, pending.Name)
                    )
                    : TypeRef.Any;
        }

        _objects.Add(
            new ObjectTypeSpec
            {
                Name = pending.Name,
                Summary = Summary(schema),
                SchemaPath = pointer,
                Properties = properties.ToEquatableArray(),
                IsClosed = closed,
                AdditionalProperties = additionalType,
                AdditionalPropertiesName = closed ? "AdditionalProperties" : memberNames.Take("AdditionalProperties"),
                Removed = ReadNotes(schema, SchemaKeywords.Removed, pointer),
                Misplaced = ReadNotes(schema, SchemaKeywords.Misplaced, pointer),
                Constraints = pending.Constraints,
                KeyCase = ReadKeyCase(schema, pointer),
                UnknownKeysIgnored = ReadUnknownKeysIgnored(schema, pointer),
            }
        );
    }

    private string TakeTypeName(JsonObject schema, NameHint hint, string pointer) =>
        TakeTypeName(ChosenTypeName(schema, pointer) ?? hint.Name, hint.Parent);

    private string? ChosenTypeName(JsonObject schema, string pointer) => ChosenName(schema, SchemaKeywords.TypeName, pointer);

    /// <summary>A name chosen in the schema or overlay, if it is one C# can take; otherwise null, with HV0006 saying why.</summary>
    private string? ChosenName(JsonObject? schema, string keyword, string pointer)
    {
        switch (schema?[keyword])
        {
            case null:
                return null;
            case JsonString text when IdentifierNames.IsTypeOrMemberName(text.Value):
                return text.Value;
            case { } wrong:
                Report(
                    DiagnosticDescriptors.InvalidSchema,
                    wrong,
                    pointer,
                    $"{keyword} must be a C# name that starts with an upper-case letter A-Z and has only ASCII letters, digits and underscores (at most {IdentifierNames.MaxLength.ToString(CultureInfo.InvariantCulture)}); the name is made from the key instead"
                );
                return null;
        }
    }

    // Generated code names its own types with global:: and the namespace, so a property called like a type never hides it.
    private string Qualified(string name) => "global::" + _namespace + "." + name;

    // A taken name, or one that would hide a System type in users' files (`Type`, `Version`), gets its parent's name in
    // front (`ServiceType`); only then a number.
    private string TakeTypeName(string preferred, string parent)
    {
        var free =
            !_typeNames.IsTaken(preferred)
            && !_typeNames.IsTaken(preferred + "Builder")
            && !IdentifierNames.SystemTypeNames.Contains(preferred);
        return TakeName(free || parent.Length == 0 ? preferred : parent + preferred);
    }

    // A type name also reserves the names of its companions (builder, enum helpers).
    private string TakeName(string preferred)
    {
        var name = preferred;
        for (var i = 2; _typeNames.IsTaken(name) || _typeNames.IsTaken(name + "Builder") || _typeNames.IsTaken(name + "Yaml"); i++)
        {
            name = preferred + i.ToString(CultureInfo.InvariantCulture);
        }

        _typeNames.Take(name);
        _typeNames.Take(name + "Builder");
        _typeNames.Take(name + "Yaml");
        return name;
    }

    // Without `type`, a value may be of any kind: `properties` or `items` only constrain objects or lists (Helm accepts a
    // string there). So it stays untyped, unless it is the root, which Helm always reads as a mapping.
    private string InferType(JsonObject schema, string pointer, bool forceObject)
    {
        if (forceObject)
        {
            return "object";
        }

        if (schema["properties"] is not null || schema["additionalProperties"] is not null || schema["items"] is not null)
        {
            Report(
                DiagnosticDescriptors.UnsupportedConstruct,
                schema,
                pointer,
                "a schema with properties or items but no 'type' also allows other kinds of values; generated as an untyped YamlValue (give it a 'type' in an overlay for a typed record or list)"
            );
        }

        return "";
    }

    private static bool IsDuration(JsonObject schema) => schema["format"] is JsonString { Value: "duration" };

    private List<string> ReadTypes(JsonObject schema, string pointer)
    {
        var types = new List<string>();
        switch (schema["type"])
        {
            case null:
                break;
            case JsonString single:
                AddType(types, single, pointer);
                break;
            case JsonArray many:
                foreach (var item in many.Items)
                {
                    if (item is JsonString text)
                    {
                        AddType(types, text, pointer);
                    }
                    else
                    {
                        Report(DiagnosticDescriptors.InvalidSchema, item, pointer, "type must be a string or an array of strings");
                    }
                }

                break;
            case { } wrong:
                Report(DiagnosticDescriptors.InvalidSchema, wrong, pointer, "type must be a string or an array of strings");
                break;
        }

        return types;
    }

    private void AddType(List<string> types, JsonString type, string pointer)
    {
        if (type.Value is "string" or "number" or "integer" or "boolean" or "object" or "array" or "null")
        {
            if (!types.Contains(type.Value))
            {
                types.Add(type.Value);
            }
        }
        else
        {
            Report(DiagnosticDescriptors.InvalidSchema, type, pointer, $"unknown type '{type.Value}'");
        }
    }

    private HashSet<string> ReadRequired(JsonObject schema, string pointer)
    {
        var required = new HashSet<string>(StringComparer.Ordinal);
        if (schema["required"] is null)
        {
            return required;
        }

        if (schema["required"] is not JsonArray array)
        {
            Report(DiagnosticDescriptors.InvalidSchema, schema["required"]!, pointer, "required must be an array of strings");
            return required;
        }

        foreach (var item in array.Items)
        {
            if (item is JsonString text)
            {
                required.Add(text.Value);
            }
            else
            {
                Report(DiagnosticDescriptors.InvalidSchema, item, pointer, "required must be an array of strings");
            }
        }

        return required;
    }

    private ConstraintSpec? ReadConstraints(JsonObject schema, string pointer)
    {
        var spec = new ConstraintSpec
        {
            Minimum = Number(schema, "minimum", pointer),
            Maximum = Number(schema, "maximum", pointer),
            ExclusiveMinimum = Number(schema, "exclusiveMinimum", pointer),
            ExclusiveMaximum = Number(schema, "exclusiveMaximum", pointer),
            MinLength = PositiveOrNull(Count(schema, "minLength", pointer)),
            MaxLength = Count(schema, "maxLength", pointer),
            Pattern = Pattern(schema, pointer),
            Format = schema["format"] is JsonString { Value: "quantity" } ? "quantity" : null,
            MinItems = Count(schema, "minItems", pointer),
            MaxItems = Count(schema, "maxItems", pointer),
            ForbiddenKeyGroups = ForbiddenKeys(schema, pointer),
        };
        return spec.IsEmpty ? null : spec;
    }

    private string? Number(JsonObject schema, string keyword, string pointer)
    {
        switch (schema[keyword])
        {
            case null:
                return null;
            case JsonNumber number:
                return number.Text;
            case { } wrong:
                Report(DiagnosticDescriptors.InvalidSchema, wrong, pointer, $"{keyword} must be a number");
                return null;
        }
    }

    private int? Count(JsonObject schema, string keyword, string pointer)
    {
        switch (schema[keyword])
        {
            case null:
                return null;
            case JsonNumber number when int.TryParse(number.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var count):
                return count;
            case { } wrong:
                Report(DiagnosticDescriptors.InvalidSchema, wrong, pointer, $"{keyword} must be a non-negative integer");
                return null;
        }
    }

    // minLength 0 allows everything: no point generating a check for it.
    private static int? PositiveOrNull(int? value) => value > 0 ? value : null;

    private string? Pattern(JsonObject schema, string pointer)
    {
        switch (schema["pattern"])
        {
            case null:
                return null;
            case JsonString text:
                try
                {
                    _ = new System.Text.RegularExpressions.Regex(text.Value, System.Text.RegularExpressions.RegexOptions.CultureInvariant);
                    return text.Value;
                }
                catch (ArgumentException e)
                {
                    Report(DiagnosticDescriptors.InvalidSchema, text, pointer, $"pattern is not a valid regular expression: {e.Message}");
                    return null;
                }

            case { } wrong:
                Report(DiagnosticDescriptors.InvalidSchema, wrong, pointer, "pattern must be a string");
                return null;
        }
    }

    // `not` is supported in the one form charts use: {"not": {"required": [...]}}, "these keys may not all be set".
    private EquatableArray<KeyGroup> ForbiddenKeys(JsonObject schema, string pointer)
    {
        if (schema["not"] is not { } not)
        {
            return EquatableArray<KeyGroup>.Empty;
        }

        if (not is JsonObject { Properties.Count: 1 } notObject && notObject["required"] is JsonArray keys)
        {
            var names = new List<string>();
            foreach (var key in keys.Items)
            {
                if (key is JsonString text)
                {
                    names.Add(text.Value);
                }
            }

            if (names.Count == keys.Items.Count && names.Count > 0)
            {
                return new EquatableArray<KeyGroup>(new[] { new KeyGroup(names.ToEquatableArray()) });
            }
        }

        // Other forms of `not` have no typed rule; Helm's check at runtime applies them.
        return EquatableArray<KeyGroup>.Empty;
    }

    private EquatableArray<KeyNote> ReadNotes(JsonObject schema, string keyword, string pointer)
    {
        if (schema[keyword] is not { } node)
        {
            return EquatableArray<KeyNote>.Empty;
        }

        var notes = new List<KeyNote>();
        if (node is JsonObject obj)
        {
            foreach (var property in obj.Properties)
            {
                if (property.Value is JsonString text)
                {
                    notes.Add(new KeyNote(property.Name, text.Value));
                }
                else
                {
                    Report(DiagnosticDescriptors.InvalidSchema, property.Value, pointer, $"{keyword} values must be strings");
                }
            }
        }
        else
        {
            Report(DiagnosticDescriptors.InvalidSchema, node, pointer, $"{keyword} must be an object of key: reason");
        }

        notes.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return notes.ToEquatableArray();
    }

    // Our overlay's word for how the reader of the values matches keys in another case: "folded" (Go's encoding/json)
    // or "ignored" (decoded, then not applied).
    private string? ReadKeyCase(JsonObject schema, string pointer)
    {
        switch (schema[SchemaKeywords.KeyCase])
        {
            case null:
                return null;
            case JsonString { Value: "folded" }:
                return "Folded";
            case JsonString { Value: "ignored" }:
                return "FoldedThenIgnored";
            case { } wrong:
                Report(DiagnosticDescriptors.InvalidSchema, wrong, pointer, $"{SchemaKeywords.KeyCase} must be \"folded\" or \"ignored\"");
                return null;
        }
    }

    // Our overlay's word for a level whose reader ignores keys it does not know: "ignored" (Helm's templates read only
    // the values they name, so at a chart's root an unknown key is dropped without a word).
    private bool ReadUnknownKeysIgnored(JsonObject schema, string pointer)
    {
        switch (schema[SchemaKeywords.UnknownKeys])
        {
            case null:
                return false;
            case JsonString { Value: "ignored" }:
                return true;
            case { } wrong:
                Report(DiagnosticDescriptors.InvalidSchema, wrong, pointer, $"{SchemaKeywords.UnknownKeys} must be \"ignored\"");
                return false;
        }
    }

    private string? Deprecation(JsonObject schema, string pointer)
    {
        switch (schema["deprecated"])
        {
            case null:
            case JsonBoolean { Value: false }:
                return null;
            case JsonBoolean:
                var text = Summary(schema);
                return text is not null && text.StartsWith("Deprecated", StringComparison.OrdinalIgnoreCase)
                    ? text
                    : "Deprecated in the chart schema.";
            case { } wrong:
                Report(DiagnosticDescriptors.InvalidSchema, wrong, pointer, "deprecated must be a boolean");
                return null;
        }
    }

    private void CheckKeywords(JsonObject schema, string pointer)
    {
        foreach (var property in schema.Properties)
        {
            var keyword = property.Name;
            // Any other word is an annotation to Helm's validator, as it is to us.
            if (SchemaKeywords.NotChecked.Contains(keyword))
            {
                Report(DiagnosticDescriptors.UnsupportedKeyword, property, pointer, keyword);
            }
        }
    }

    private static string? Summary(JsonObject schema)
    {
        var text = schema["description"] as JsonString ?? schema["title"] as JsonString;
        var value = text?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    // Defaults are shown in docs only when they fit on a line; Helm never applies schema defaults.
    private static string? ShortJson(JsonNode node)
    {
        var text = node.Source.Text.Substring(node.Start, node.End - node.Start);
        return text.Length <= 80 && text.IndexOf('\n') < 0 ? text : null;
    }

    private static string LastPointerSegment(string pointer)
    {
        var slash = pointer.LastIndexOf('/');
        var segment = slash < 0 ? pointer : pointer.Substring(slash + 1);
        segment = segment.Replace("~1", "/").Replace("~0", "~");
        var dot = segment.LastIndexOf('.');
        return dot >= 0 && dot < segment.Length - 1 ? segment.Substring(dot + 1) : segment;
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, JsonNode node, string pointer, string detail) =>
        _diagnostics.Add(DiagnosticInfo.At(descriptor, node, _schemaPath, pointer, detail));

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, JsonProperty property, string pointer, string detail) =>
        _diagnostics.Add(DiagnosticInfo.AtKey(descriptor, property, _schemaPath, pointer, detail));

    private sealed record PendingObject(
        JsonObject Schema,
        SchemaDocument Document,
        string Pointer,
        string Name,
        ConstraintSpec? Constraints
    );

    /// <summary>The preferred name of a type, and of a parent to prefix it with when the name is taken.</summary>
    private sealed record NameHint(string Name, string Parent)
    {
        // An invalid x-helmvalues-type-name is reported where the type is named (ChosenName); here it is only not used.
        public static NameHint For(string key, JsonObject? schema = null, string parent = "") =>
            new(
                schema?[SchemaKeywords.TypeName] is JsonString named && IdentifierNames.IsTypeOrMemberName(named.Value)
                    ? named.Value
                    : IdentifierNames.ToPascalCase(key),
                parent
            );

        /// <summary>The name for the items of a list or the values of a map: the singular, or <c>…Item</c>.</summary>
        public NameHint ForItem()
        {
            var singular = IdentifierNames.Singularize(Name);
            return new NameHint(singular == Name ? Name + "Item" : singular, Parent);
        }
    }
}
