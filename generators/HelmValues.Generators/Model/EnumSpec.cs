namespace HelmValues.Generators.Model;

/// <summary>A C# enum generated from a string <c>enum</c>; each member keeps its YAML spelling.</summary>
/// <remarks>Cached by the incremental pipeline: keep it immutable and value-equal.</remarks>
internal sealed record EnumSpec(string Name, string? Summary, EquatableArray<EnumMemberSpec> Members);

internal sealed record EnumMemberSpec(string Name, string Value);
