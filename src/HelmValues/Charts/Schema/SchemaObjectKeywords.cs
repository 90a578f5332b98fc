using System;
using System.Text.Json;

namespace HelmValues.Charts;

/// <summary>
/// The keywords <see cref="SchemaCompiler"/> reads of one schema object, found in one pass over its properties: looking each
/// of its 43 keywords up with <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/> walked the object's
/// properties 43 times, most of compiling a large schema (the product's, with the Kubernetes definitions it refers to, is
/// 200 KB) on the way to an app's first validation.
/// </summary>
/// <remarks>
/// A name given twice holds its last value, as <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/> finds it
/// (and as Go's <c>encoding/json</c> keeps it); names are compared unescaped, as there. One instance is read again for each
/// schema object the compiler fills.
/// </remarks>
internal sealed class SchemaObjectKeywords
{
    private readonly JsonElement?[] _values = new JsonElement?[(int)SchemaKeyword.Count];

    /// <summary>Reads the keywords of <paramref name="schema"/>, an object, forgetting the previous object's.</summary>
    /// <param name="schema">The schema object.</param>
    public void Read(JsonElement schema)
    {
        Array.Clear(_values);
        foreach (var property in schema.EnumerateObject())
        {
            if (KeywordOf(property.Name) is { } keyword)
            {
                _values[(int)keyword] = property.Value;
            }
        }
    }

    /// <summary>The value of <paramref name="keyword"/>, if the object has it.</summary>
    /// <param name="keyword">The keyword.</param>
    /// <param name="value">Its value.</param>
    public bool TryGet(SchemaKeyword keyword, out JsonElement value)
    {
        value = _values[(int)keyword].GetValueOrDefault();
        return _values[(int)keyword].HasValue;
    }

    private static SchemaKeyword? KeywordOf(string name) =>
        name switch
        {
            "$ref" => SchemaKeyword.Ref,
            "$recursiveRef" => SchemaKeyword.RecursiveRef,
            "$dynamicRef" => SchemaKeyword.DynamicRef,
            "type" => SchemaKeyword.Type,
            "const" => SchemaKeyword.Const,
            "enum" => SchemaKeyword.Enum,
            "format" => SchemaKeyword.Format,
            "properties" => SchemaKeyword.Properties,
            "patternProperties" => SchemaKeyword.PatternProperties,
            "additionalProperties" => SchemaKeyword.AdditionalProperties,
            "propertyNames" => SchemaKeyword.PropertyNames,
            "minProperties" => SchemaKeyword.MinProperties,
            "maxProperties" => SchemaKeyword.MaxProperties,
            "required" => SchemaKeyword.Required,
            "dependencies" => SchemaKeyword.Dependencies,
            "dependentRequired" => SchemaKeyword.DependentRequired,
            "dependentSchemas" => SchemaKeyword.DependentSchemas,
            "unevaluatedProperties" => SchemaKeyword.UnevaluatedProperties,
            "prefixItems" => SchemaKeyword.PrefixItems,
            "items" => SchemaKeyword.Items,
            "additionalItems" => SchemaKeyword.AdditionalItems,
            "minItems" => SchemaKeyword.MinItems,
            "maxItems" => SchemaKeyword.MaxItems,
            "uniqueItems" => SchemaKeyword.UniqueItems,
            "contains" => SchemaKeyword.Contains,
            "minContains" => SchemaKeyword.MinContains,
            "maxContains" => SchemaKeyword.MaxContains,
            "unevaluatedItems" => SchemaKeyword.UnevaluatedItems,
            "multipleOf" => SchemaKeyword.MultipleOf,
            "minimum" => SchemaKeyword.Minimum,
            "maximum" => SchemaKeyword.Maximum,
            "exclusiveMinimum" => SchemaKeyword.ExclusiveMinimum,
            "exclusiveMaximum" => SchemaKeyword.ExclusiveMaximum,
            "minLength" => SchemaKeyword.MinLength,
            "maxLength" => SchemaKeyword.MaxLength,
            "pattern" => SchemaKeyword.Pattern,
            "allOf" => SchemaKeyword.AllOf,
            "anyOf" => SchemaKeyword.AnyOf,
            "oneOf" => SchemaKeyword.OneOf,
            "not" => SchemaKeyword.Not,
            "if" => SchemaKeyword.If,
            "then" => SchemaKeyword.Then,
            "else" => SchemaKeyword.Else,
            _ => null,
        };
}

/// <summary>The keywords <see cref="SchemaCompiler"/> reads (see <see cref="SchemaObjectKeywords"/>).</summary>
internal enum SchemaKeyword
{
    Ref,
    RecursiveRef,
    DynamicRef,
    Type,
    Const,
    Enum,
    Format,
    Properties,
    PatternProperties,
    AdditionalProperties,
    PropertyNames,
    MinProperties,
    MaxProperties,
    Required,
    Dependencies,
    DependentRequired,
    DependentSchemas,
    UnevaluatedProperties,
    PrefixItems,
    Items,
    AdditionalItems,
    MinItems,
    MaxItems,
    UniqueItems,
    Contains,
    MinContains,
    MaxContains,
    UnevaluatedItems,
    MultipleOf,
    Minimum,
    Maximum,
    ExclusiveMinimum,
    ExclusiveMaximum,
    MinLength,
    MaxLength,
    Pattern,
    AllOf,
    AnyOf,
    OneOf,
    Not,
    If,
    Then,
    Else,

    /// <summary>How many keywords there are.</summary>
    Count,
}
