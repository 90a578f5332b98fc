using System.Collections.Generic;
using System.Linq;
using HelmValues.Validation;
using HelmValues.Yaml;

namespace HelmValues.Charts;

/// <summary>The object keywords.</summary>
internal sealed partial class SchemaEvaluator
{
    private bool EvaluateObject(
        SchemaNode schema,
        HelmJson value,
        ValuePath path,
        Frame here,
        List<SchemaViolation>? sink,
        Evaluated? local
    )
    {
        var valid = true;
        var count = value.Properties.Count;
        if (count < schema.MinProperties)
        {
            valid = false;
            Report(
                sink,
                path,
                value.Node,
                "minProperties",
                $"must have at least {ViolationText.Count(schema.MinProperties.Value, "key")} (has {count})"
            );
        }

        if (count > schema.MaxProperties)
        {
            valid = false;
            Report(
                sink,
                path,
                value.Node,
                "maxProperties",
                $"must have at most {ViolationText.Count(schema.MaxProperties.Value, "key")} (has {count})"
            );
        }

        // A missing key is reported at its own path, on the mapping that lacks it.
        foreach (var name in schema.Required ?? [])
        {
            if (!value.HasProperty(name))
            {
                valid = false;
                Report(sink, path.Key(name), value.Node, "required", "is required");
            }
        }

        foreach (var (keyword, property, needed) in schema.DependentRequired ?? [])
        {
            if (!value.HasProperty(property))
            {
                continue;
            }

            foreach (var name in needed.Where(n => !value.HasProperty(n)))
            {
                valid = false;
                Report(sink, path.Key(name), value.Node, keyword, $"is required when {property} is set");
            }
        }

        foreach (var (keyword, property, dependent) in schema.DependentSchemas ?? [])
        {
            if (value.HasProperty(property))
            {
                valid &= Evaluate(dependent, value, path, here, sink, local, keyword);
            }
        }

        foreach (var (name, child, keyNode) in value.Properties)
        {
            valid &= EvaluateProperty(schema, name, child, keyNode, path, here, sink, local);
        }

        if (schema.PropertyNames is { } names)
        {
            foreach (var (name, _, keyNode) in value.Properties)
            {
                valid &= EvaluatePropertyName(names, name, keyNode, path.Key(name), here, sink);
            }
        }

        return valid;
    }

    // properties, patternProperties and additionalProperties for one key.
    private bool EvaluateProperty(
        SchemaNode schema,
        string name,
        HelmJson child,
        YamlScalarNode? keyNode,
        ValuePath path,
        Frame here,
        List<SchemaViolation>? sink,
        Evaluated? local
    )
    {
        var valid = true;
        var matched = false;
        var childPath = path.Key(name);
        if (schema.PropertyLookup is { } properties && properties.TryGetValue(name, out var propertySchema))
        {
            matched = true;
            valid &= Evaluate(propertySchema, child, childPath, here, sink, null, "properties");
        }

        foreach (var (pattern, patternSchema) in schema.PatternProperties ?? [])
        {
            switch (pattern.IsMatch(name))
            {
                case true:
                    matched = true;
                    valid &= Evaluate(patternSchema, child, childPath, here, sink, null, "patternProperties");
                    break;
                case null:
                    valid = false;
                    Report(
                        sink,
                        childPath,
                        keyNode,
                        "patternProperties",
                        $"could not be checked against the pattern {pattern}: matching timed out"
                    );
                    break;
            }
        }

        if (!matched && schema.AdditionalProperties is { } additional)
        {
            matched = true;
            if (additional.BooleanValue == false)
            {
                valid = false;
                Report(
                    sink,
                    childPath,
                    child.Node,
                    "additionalProperties",
                    $"is not allowed: the schema lists no such key{Known(schema, name)}"
                );
            }
            else
            {
                valid &= Evaluate(additional, child, childPath, here, sink, null, "additionalProperties");
            }
        }

        if (matched)
        {
            local?.Properties.Add(name);
        }

        return valid;
    }

    // propertyNames: the key, as a string, against the schema; its violations speak of the key.
    private bool EvaluatePropertyName(
        SchemaNode names,
        string name,
        YamlScalarNode? keyNode,
        ValuePath path,
        Frame here,
        List<SchemaViolation>? sink
    )
    {
        var found = sink is null ? null : new List<SchemaViolation>();
        var valid = Evaluate(names, HelmJson.FromString(name, keyNode), path, here, found, null, "propertyNames");
        foreach (var violation in found ?? [])
        {
            sink!.Add(violation with { Node = keyNode, Message = "the key " + violation.Message });
        }

        return valid;
    }

    // " (known: a, b, c; did you mean b?)", from the schema's properties.
    private static string Known(SchemaNode schema, string name)
    {
        var known = schema.Properties?.Select(static p => p.Key).ToList() ?? [];
        if (known.Count == 0)
        {
            return schema.PatternProperties is { Count: > 0 } patterns
                ? $" (keys must match {string.Join(" or ", patterns.Select(p => p.Pattern.Source))})"
                : "";
        }

        var suggestion = KeySuggestion.Closest(name, known);
        var patternsNote = schema.PatternProperties is { Count: > 0 } ? ", or keys matching a pattern" : "";
        return $" (known: {ViolationText.List(known)}{patternsNote}{(suggestion is null ? "" : $"; did you mean {suggestion}?")})";
    }
}
