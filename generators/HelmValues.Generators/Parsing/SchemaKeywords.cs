using System.Collections.Generic;

namespace HelmValues.Generators.Parsing;

/// <summary>The JSON Schema keywords the generator looks at, and our own extension keywords.</summary>
/// <remarks>
/// Typing uses a subset (<c>type</c>, <c>properties</c>, <c>items</c>, <c>enum</c>, ...); every other validation keyword
/// is still applied at runtime, where the chart's whole schema is checked as Helm checks it.
/// </remarks>
internal static class SchemaKeywords
{
    /// <summary>
    /// Keywords the runtime check cannot apply: dynamic scopes (a <c>$dynamicRef</c> or <c>$recursiveRef</c> without
    /// these acts as a plain <c>$ref</c>, which it is then). A schema using one is HV0003, an error: HelmValues could not
    /// give Helm's verdict on it.
    /// </summary>
    public static readonly HashSet<string> NotChecked = new() { "$dynamicAnchor", "$recursiveAnchor" };

    public const string Name = "x-helmvalues-name";
    public const string TypeName = "x-helmvalues-type-name";
    public const string Removed = "x-helmvalues-removed";
    public const string Misplaced = "x-helmvalues-misplaced";
    public const string Reserved = "x-helmvalues-reserved";
    public const string Patch = "x-helmvalues-patch";
    public const string Settings = "x-helmvalues";
    public const string KeyCase = "x-helmvalues-key-case";
    public const string UnknownKeys = "x-helmvalues-unknown-keys";

    /// <summary>Our own extension keywords (an overlay's vocabulary).</summary>
    public static readonly HashSet<string> Extensions = new()
    {
        Name,
        TypeName,
        Removed,
        Misplaced,
        Reserved,
        Patch,
        Settings,
        KeyCase,
        UnknownKeys,
    };
}
