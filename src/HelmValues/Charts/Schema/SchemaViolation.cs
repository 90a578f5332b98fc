using HelmValues.Yaml;

namespace HelmValues.Charts;

/// <summary>One rule of a chart's values schema that the values break.</summary>
/// <param name="Path">
/// Where, as <see cref="Validation.ValuePath"/> renders it (<c>server.ha.raft</c>, <c>ports["web.secure"]</c>, <c>items[2]</c>);
/// empty for the root. A missing required key is reported at the key's own path, a key refused by
/// <c>additionalProperties: false</c> at the key's path too.
/// </param>
/// <param name="Node">
/// The YAML node at fault, for its line and column: the value; for a missing required key, the mapping that lacks it;
/// for a refused key, its value. Null for an empty document.
/// </param>
/// <param name="Keyword">The schema keyword: <c>type</c>, <c>required</c>, <c>enum</c>, <c>anyOf</c>, ...</param>
/// <param name="Message">What a user reads: the rule and the value, short and lower-case (<c>must be at least 1 (is 0)</c>).</param>
internal readonly record struct SchemaViolation(string Path, YamlSourceNode? Node, string Keyword, string Message);
