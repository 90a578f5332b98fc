using System;
using System.Collections.Generic;

namespace HelmValues.Charts;

/// <summary>The JSON types a <c>type</c> keyword allows.</summary>
[Flags]
internal enum SchemaTypes
{
    /// <summary>No type.</summary>
    None = 0,

    /// <summary><c>null</c>.</summary>
    Null = 1,

    /// <summary><c>boolean</c>.</summary>
    Boolean = 2,

    /// <summary><c>object</c>.</summary>
    Object = 4,

    /// <summary><c>array</c>.</summary>
    Array = 8,

    /// <summary><c>number</c> (integers too).</summary>
    Number = 16,

    /// <summary><c>string</c>.</summary>
    String = 32,

    /// <summary><c>integer</c>: an integral number (<c>1.0</c> is one).</summary>
    Integer = 64,
}

/// <summary>
/// One compiled (sub)schema: the keywords Helm's validator enforces for the schema's draft, already read and checked.
/// Built by <see cref="SchemaCompiler"/>, immutable afterwards (references are linked once, during compilation), and so
/// safe to share between threads.
/// </summary>
/// <remarks>
/// The array keywords of every draft are folded into one shape: <see cref="PrefixItems"/> (draft 2020-12's
/// <c>prefixItems</c>, or an array-form <c>items</c> before it) and <see cref="RestItems"/> (the <c>items</c> schema, or
/// <c>additionalItems</c> after an array-form <c>items</c>), named by <see cref="RestItemsKeyword"/>. Draft 4's boolean
/// <c>exclusiveMinimum</c> is folded into <see cref="ExclusiveMinimum"/>, and <c>dependencies</c> into
/// <see cref="DependentRequired"/> and <see cref="DependentSchemas"/>.
/// </remarks>
internal sealed class SchemaNode
{
    /// <summary>The schema <c>true</c>: everything is valid.</summary>
    public static readonly SchemaNode True = new("true") { BooleanValue = true };

    /// <summary>The schema <c>false</c>: nothing is valid.</summary>
    public static readonly SchemaNode False = new("false") { BooleanValue = false };

    /// <summary>Creates an empty schema at <paramref name="location"/>.</summary>
    public SchemaNode(string location)
    {
        Location = location;
    }

    /// <summary>Where the schema is in the document, as a JSON pointer fragment (<c>#/properties/image</c>).</summary>
    public string Location { get; }

    /// <summary>True or false for a boolean schema; null for an object schema.</summary>
    public bool? BooleanValue { get; init; }

    /// <summary>The draft the schema is read with.</summary>
    public SchemaDraft Draft { get; set; }

    /// <summary>True when this schema has <c>unevaluatedProperties</c> or <c>unevaluatedItems</c>, and so needs its subschemas' annotations.</summary>
    public bool HasUnevaluated => UnevaluatedProperties is not null || UnevaluatedItems is not null;

    // References.

    /// <summary>The target of <c>$ref</c> (and of <c>$recursiveRef</c>/<c>$dynamicRef</c>, which act as <c>$ref</c> here).</summary>
    public List<(string Keyword, SchemaNode Target)> References { get; } = [];

    // Any type.

    /// <summary><c>type</c>, or <see cref="SchemaTypes.None"/> when absent.</summary>
    public SchemaTypes Types { get; set; }

    /// <summary><c>const</c>, or null when absent (a JSON null const is a <see cref="HelmJson"/> of kind Null).</summary>
    public HelmJson? Const { get; set; }

    /// <summary><c>enum</c>, or null when absent.</summary>
    public HelmJson[]? Enum { get; set; }

    /// <summary>An asserted <c>format</c> (drafts 4 to 7 only), or null.</summary>
    public SchemaFormat? Format { get; set; }

    // Objects.

    /// <summary><c>properties</c>, in schema order.</summary>
    public IReadOnlyList<KeyValuePair<string, SchemaNode>>? Properties { get; set; }

    /// <summary><c>properties</c> by name.</summary>
    public PropertySchemas? PropertyLookup { get; set; }

    /// <summary><c>patternProperties</c>.</summary>
    public (GoRegex Pattern, SchemaNode Schema)[]? PatternProperties { get; set; }

    /// <summary><c>additionalProperties</c> (<see cref="False"/> for <c>false</c>).</summary>
    public SchemaNode? AdditionalProperties { get; set; }

    /// <summary><c>propertyNames</c> (draft 6 on).</summary>
    public SchemaNode? PropertyNames { get; set; }

    /// <summary><c>minProperties</c>.</summary>
    public long? MinProperties { get; set; }

    /// <summary><c>maxProperties</c>.</summary>
    public long? MaxProperties { get; set; }

    /// <summary><c>required</c>.</summary>
    public string[]? Required { get; set; }

    /// <summary><c>dependentRequired</c> and the array form of <c>dependencies</c>, with the keyword each came from.</summary>
    public (string Keyword, string Property, string[] Required)[]? DependentRequired { get; set; }

    /// <summary><c>dependentSchemas</c> and the schema form of <c>dependencies</c>.</summary>
    public (string Keyword, string Property, SchemaNode Schema)[]? DependentSchemas { get; set; }

    /// <summary><c>unevaluatedProperties</c> (draft 2019-09 on).</summary>
    public SchemaNode? UnevaluatedProperties { get; set; }

    // Arrays.

    /// <summary>The schemas of the first items (<c>prefixItems</c>, or array-form <c>items</c> before 2020-12).</summary>
    public SchemaNode[]? PrefixItems { get; set; }

    /// <summary>The schema of the items after <see cref="PrefixItems"/>.</summary>
    public SchemaNode? RestItems { get; set; }

    /// <summary>The keyword <see cref="RestItems"/> came from: <c>items</c> or <c>additionalItems</c>.</summary>
    public string RestItemsKeyword { get; set; } = "items";

    /// <summary><c>minItems</c>.</summary>
    public long? MinItems { get; set; }

    /// <summary><c>maxItems</c>.</summary>
    public long? MaxItems { get; set; }

    /// <summary><c>uniqueItems: true</c>.</summary>
    public bool UniqueItems { get; set; }

    /// <summary><c>contains</c> (draft 6 on).</summary>
    public SchemaNode? Contains { get; set; }

    /// <summary><c>minContains</c> (draft 2019-09 on, with <c>contains</c>).</summary>
    public long? MinContains { get; set; }

    /// <summary><c>maxContains</c> (draft 2019-09 on, with <c>contains</c>).</summary>
    public long? MaxContains { get; set; }

    /// <summary><c>unevaluatedItems</c> (draft 2019-09 on).</summary>
    public SchemaNode? UnevaluatedItems { get; set; }

    // Numbers.

    /// <summary><c>minimum</c>.</summary>
    public JsonDecimal? Minimum { get; set; }

    /// <summary><c>maximum</c>.</summary>
    public JsonDecimal? Maximum { get; set; }

    /// <summary><c>exclusiveMinimum</c> (draft 4: <c>minimum</c> with <c>exclusiveMinimum: true</c>).</summary>
    public JsonDecimal? ExclusiveMinimum { get; set; }

    /// <summary><c>exclusiveMaximum</c> (draft 4: <c>maximum</c> with <c>exclusiveMaximum: true</c>).</summary>
    public JsonDecimal? ExclusiveMaximum { get; set; }

    /// <summary><c>multipleOf</c>.</summary>
    public JsonDecimal? MultipleOf { get; set; }

    // Strings.

    /// <summary><c>minLength</c>, in code points.</summary>
    public long? MinLength { get; set; }

    /// <summary><c>maxLength</c>, in code points.</summary>
    public long? MaxLength { get; set; }

    /// <summary><c>pattern</c>.</summary>
    public GoRegex? Pattern { get; set; }

    // Combinations.

    /// <summary><c>allOf</c>.</summary>
    public SchemaNode[]? AllOf { get; set; }

    /// <summary><c>anyOf</c>.</summary>
    public SchemaNode[]? AnyOf { get; set; }

    /// <summary><c>oneOf</c>.</summary>
    public SchemaNode[]? OneOf { get; set; }

    /// <summary><c>not</c>.</summary>
    public SchemaNode? Not { get; set; }

    /// <summary><c>if</c> (draft 7 on).</summary>
    public SchemaNode? If { get; set; }

    /// <summary><c>then</c>.</summary>
    public SchemaNode? Then { get; set; }

    /// <summary><c>else</c>.</summary>
    public SchemaNode? Else { get; set; }

    /// <inheritdoc />
    public override string ToString() => Location;
}
