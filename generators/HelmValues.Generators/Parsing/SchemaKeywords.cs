using System.Collections.Generic;

namespace HelmValues.Generators.Parsing;

/// <summary>Which JSON Schema keywords the generator understands, and which it only reads as documentation.</summary>
internal static class SchemaKeywords
{
    /// <summary>Keywords that drive types or generated validation.</summary>
    public static readonly HashSet<string> Supported = new()
    {
        "$ref",
        "type",
        "properties",
        "required",
        "additionalProperties",
        "items",
        "enum",
        "format",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "minLength",
        "maxLength",
        "pattern",
        "minItems",
        "maxItems",
        "not",
        "deprecated",
        "x-kubernetes-int-or-string",
    };

    /// <summary>
    /// Annotations: they document but do not constrain (JSON Schema 2020-12 §9), so nothing is lost by not
    /// checking them. <c>example</c> is OpenAPI's singular form, which real charts use.
    /// </summary>
    public static readonly HashSet<string> Annotations = new()
    {
        "$schema",
        "$id",
        "$comment",
        "$defs",
        "definitions",
        "title",
        "description",
        "default",
        "examples",
        "example",
        "readOnly",
        "writeOnly",
    };

    public const string Name = "x-helmvalues-name";
    public const string TypeName = "x-helmvalues-type-name";
    public const string Removed = "x-helmvalues-removed";
    public const string Misplaced = "x-helmvalues-misplaced";
    public const string Reserved = "x-helmvalues-reserved";
    public const string Patch = "x-helmvalues-patch";
    public const string Settings = "x-helmvalues";

    /// <summary>Our own extension keywords (an overlay's vocabulary).</summary>
    public static readonly HashSet<string> Extensions = new() { Name, TypeName, Removed, Misplaced, Reserved, Patch, Settings };

    /// <summary>Vendor extensions (<c>x-kubernetes-preserve-unknown-fields</c>, …) are not validation keywords.</summary>
    public static bool IsForeignExtension(string keyword) =>
        keyword.StartsWith("x-", System.StringComparison.Ordinal) && !keyword.StartsWith("x-helmvalues", System.StringComparison.Ordinal);
}
