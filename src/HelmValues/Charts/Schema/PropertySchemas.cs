using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace HelmValues.Charts;

/// <summary>
/// A schema's <c>properties</c> by name, for <see cref="SchemaEvaluator"/>, which looks up every key of every object it
/// meets: first by the name's identity, then by its text.
/// </summary>
/// <remarks>
/// <para>
/// The names are interned, and so are the keys that nearly every look-up brings: the generated writers' keys are string
/// literals (which the runtime interns), and the chart defaults' keys are interned once, when their JSON is made
/// (<see cref="YamlToHelmJson.ConvertShared"/>). Such a key is found by comparing references in a table placed by each
/// name's identity hash, where the dictionary would hash and compare every character; any other key (one read from a user's
/// file) is looked up by its text, with the same answer.
/// </para>
/// <para>Immutable once made, so threads share it without a lock; a look-up allocates nothing.</para>
/// </remarks>
internal sealed class PropertySchemas
{
    // Open addressing over the interned names, at most half full so that a probe for a key that is not there ends soon.
    private readonly string?[] _names;
    private readonly SchemaNode?[] _schemas;
    private readonly Dictionary<string, SchemaNode> _byText;

    /// <summary>Indexes <paramref name="properties"/> (distinct names, as a JSON object's keys are).</summary>
    public PropertySchemas(IReadOnlyList<KeyValuePair<string, SchemaNode>> properties)
    {
        var size = 4;
        while (size < properties.Count * 2)
        {
            size *= 2;
        }

        _names = new string?[size];
        _schemas = new SchemaNode?[size];
        _byText = new Dictionary<string, SchemaNode>(properties.Count, StringComparer.Ordinal);
        foreach (var (name, schema) in properties)
        {
            var interned = string.Intern(name);
            var slot = RuntimeHelpers.GetHashCode(interned) & (size - 1);
            while (_names[slot] is not null)
            {
                slot = (slot + 1) & (size - 1);
            }

            _names[slot] = interned;
            _schemas[slot] = schema;
            _byText[interned] = schema;
        }
    }

    /// <summary>The schema of the property <paramref name="name"/>, if the schema lists it.</summary>
    public bool TryGetValue(string name, [NotNullWhen(true)] out SchemaNode? schema)
    {
        var mask = _names.Length - 1;
        for (var slot = RuntimeHelpers.GetHashCode(name) & mask; _names[slot] is { } candidate; slot = (slot + 1) & mask)
        {
            if (ReferenceEquals(candidate, name))
            {
                schema = _schemas[slot]!;
                return true;
            }
        }

        return _byText.TryGetValue(name, out schema);
    }
}
