using System.Collections.Generic;
using System.Linq;
using HelmValues.Yaml;

namespace HelmValues.Charts;

/// <summary>The object keywords.</summary>
internal sealed partial class SchemaEvaluator
{
    private bool EvaluateObject(SchemaNode schema, HelmJson value, List<SchemaViolation>? sink, Evaluated? local)
    {
        var valid = true;
        var count = value.Properties.Length;
        if (count < schema.MinProperties)
        {
            valid = false;
            Report(
                sink,
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
                value.Node,
                "maxProperties",
                $"must have at most {ViolationText.Count(schema.MaxProperties.Value, "key")} (has {count})"
            );
        }

        // A missing key is reported at its own path, on the mapping that lacks it. The schema's lists and the value's
        // properties are arrays: this runs for every object of every values file, and a loop over an interface would
        // dispatch each step (and allocate an enumerator).
        var required = schema.Required ?? [];
        for (var i = 0; i < required.Length; i++)
        {
            if (!value.HasProperty(required[i]))
            {
                valid = false;
                ReportAt(sink, required[i], value.Node, "required", "is required");
            }
        }

        foreach (var (keyword, property, needed) in schema.DependentRequired ?? [])
        {
            if (!value.HasProperty(property))
            {
                continue;
            }

            foreach (var name in needed)
            {
                if (!value.HasProperty(name))
                {
                    valid = false;
                    ReportAt(sink, name, value.Node, keyword, $"is required when {property} is set");
                }
            }
        }

        foreach (var (keyword, property, dependent) in schema.DependentSchemas ?? [])
        {
            if (value.HasProperty(property))
            {
                valid &= Evaluate(dependent, value, sink, local, keyword);
            }
        }

        var properties = value.Properties;
        for (var i = 0; i < properties.Length; i++)
        {
            var (name, child, keyNode) = properties[i];
            _path.Push(name);
            valid &= EvaluateProperty(schema, name, child, keyNode, sink, local);
            _path.Pop();
        }

        if (schema.PropertyNames is { } names)
        {
            for (var i = 0; i < properties.Length; i++)
            {
                var (name, _, keyNode) = properties[i];
                _path.Push(name);
                valid &= EvaluatePropertyName(names, name, keyNode, sink);
                _path.Pop();
            }
        }

        return valid;
    }

    // properties, patternProperties and additionalProperties for one key (the path is at the key).
    private bool EvaluateProperty(
        SchemaNode schema,
        string name,
        HelmJson child,
        YamlSourceScalar? keyNode,
        List<SchemaViolation>? sink,
        Evaluated? local
    )
    {
        var valid = true;
        var matched = false;
        if (schema.PropertyLookup is { } properties && properties.TryGetValue(name, out var propertySchema))
        {
            matched = true;
            valid &= EvaluateChild(propertySchema, child, sink, "properties");
        }

        foreach (var (pattern, patternSchema) in schema.PatternProperties ?? [])
        {
            switch (pattern.IsMatch(name))
            {
                case true:
                    matched = true;
                    valid &= EvaluateChild(patternSchema, child, sink, "patternProperties");
                    break;
                case null:
                    valid = false;
                    Report(sink, keyNode, "patternProperties", $"could not be checked against the pattern {pattern}: matching timed out");
                    break;
            }
        }

        if (!matched && schema.AdditionalProperties is { } additional)
        {
            matched = true;
            if (additional.BooleanValue == false)
            {
                valid = false;
                Report(sink, child.Node, "additionalProperties", $"is not allowed: the schema lists no such key{Known(schema, name)}");
            }
            else
            {
                valid &= EvaluateChild(additional, child, sink, "additionalProperties");
            }
        }

        if (matched)
        {
            local?.Properties.Add(name);
        }

        return valid;
    }

    // propertyNames: the key, as a string, against the schema; its violations speak of the key (the path is at the key).
    private bool EvaluatePropertyName(SchemaNode names, string name, YamlSourceScalar? keyNode, List<SchemaViolation>? sink)
    {
        var found = sink is null ? null : new List<SchemaViolation>();
        var valid = Evaluate(names, HelmJson.FromString(name, keyNode), found, null, "propertyNames");
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
            return schema.PatternProperties is { Length: > 0 } patterns
                ? $" (keys must match {string.Join(" or ", patterns.Select(p => p.Pattern.Source))})"
                : "";
        }

        var suggestion = KeySuggestion.Closest(name, known);
        var patternsNote = schema.PatternProperties is { Length: > 0 } ? ", or keys matching a pattern" : "";
        return $" (known: {ViolationText.List(known)}{patternsNote}{(suggestion is null ? "" : $"; did you mean {suggestion}?")})";
    }
}
