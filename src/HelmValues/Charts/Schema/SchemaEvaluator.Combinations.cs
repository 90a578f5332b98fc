using System.Collections.Generic;
using System.Text;

namespace HelmValues.Charts;

/// <summary><c>not</c>, <c>allOf</c>, <c>anyOf</c>, <c>oneOf</c>, <c>if</c>/<c>then</c>/<c>else</c>, and the <c>unevaluated*</c> keywords.</summary>
internal sealed partial class SchemaEvaluator
{
    private bool EvaluateCombinations(SchemaNode schema, HelmJson value, List<SchemaViolation>? sink, Evaluated? local)
    {
        var valid = true;
        if (schema.Not is { } not && Evaluate(not, value, null, null, "not"))
        {
            valid = false;
            Report(sink, value.Node, "not", NotMessage(not));
        }

        // allOf: every subschema's violations are the value's own.
        foreach (var part in schema.AllOf ?? [])
        {
            valid &= Evaluate(part, value, sink, local, "allOf");
        }

        if (schema.AnyOf is { } anyOf)
        {
            valid &= EvaluateAnyOf(anyOf, value, sink, local);
        }

        if (schema.OneOf is { } oneOf)
        {
            valid &= EvaluateOneOf(oneOf, value, sink, local);
        }

        if (schema.If is { } condition)
        {
            // The condition's own failures are no violations; its annotations count when it holds.
            if (Evaluate(condition, value, null, local, "if"))
            {
                valid &= schema.Then is null || Evaluate(schema.Then, value, sink, local, "then");
            }
            else
            {
                valid &= schema.Else is null || Evaluate(schema.Else, value, sink, local, "else");
            }
        }

        return valid;
    }

    // One violation for the whole anyOf, saying why each alternative failed.
    private bool EvaluateAnyOf(SchemaNode[] alternatives, HelmJson value, List<SchemaViolation>? sink, Evaluated? local)
    {
        // The lists of reasons are made as alternatives fail: usually the first one matches and none is needed.
        List<List<SchemaViolation>>? reasons = null;
        List<SchemaViolation>? found = null;
        var matched = false;
        foreach (var alternative in alternatives)
        {
            found = sink is null ? null : found ?? [];
            if (Evaluate(alternative, value, found, local, "anyOf"))
            {
                matched = true;
                found?.Clear();

                // Later alternatives only matter for their annotations.
                if (local is null)
                {
                    break;
                }
            }
            else if (found is not null)
            {
                (reasons ??= []).Add(found);
                found = null;
            }
        }

        if (!matched)
        {
            Report(
                sink,
                value.Node,
                "anyOf",
                $"must match at least one of the {alternatives.Length} alternatives (anyOf): {Reasons(reasons ?? [], _path.ToString())}"
            );
        }

        return matched;
    }

    private bool EvaluateOneOf(SchemaNode[] alternatives, HelmJson value, List<SchemaViolation>? sink, Evaluated? local)
    {
        var reasons = sink is null ? null : new List<List<SchemaViolation>>();
        var matching = new List<int>();
        Evaluated? matchedAnnotations = null;
        for (var i = 0; i < alternatives.Length && matching.Count < 2; i++)
        {
            var found = sink is null || matching.Count > 0 ? null : new List<SchemaViolation>();
            var annotations = local is null ? null : new Evaluated();
            if (Evaluate(alternatives[i], value, found, annotations, "oneOf"))
            {
                matching.Add(i + 1);
                matchedAnnotations = annotations;
            }
            else if (found is not null)
            {
                reasons!.Add(found);
            }
        }

        switch (matching.Count)
        {
            case 1:
                if (matchedAnnotations is not null)
                {
                    local!.Add(matchedAnnotations);
                }

                return true;
            case 0:
                Report(
                    sink,
                    value.Node,
                    "oneOf",
                    $"must match exactly one of the {alternatives.Length} alternatives (oneOf), but matches none: {Reasons(reasons!, _path.ToString())}"
                );
                return false;
            default:
                Report(
                    sink,
                    value.Node,
                    "oneOf",
                    $"must match exactly one of the {alternatives.Length} alternatives (oneOf), but matches 2 alternatives ({matching[0]} and {matching[1]})"
                );
                return false;
        }
    }

    // unevaluatedProperties and unevaluatedItems: the keys and items no other keyword of this schema evaluated.
    private bool EvaluateUnevaluated(SchemaNode schema, HelmJson value, List<SchemaViolation>? sink, Evaluated? local)
    {
        var valid = true;
        if (schema.UnevaluatedProperties is { } properties && value.Kind == HelmJsonKind.Object && local is not null)
        {
            for (var i = 0; i < value.Properties.Length; i++)
            {
                var (name, child, _) = value.Properties[i];
                if (local.Properties.Contains(name))
                {
                    continue;
                }

                if (properties.BooleanValue == false)
                {
                    valid = false;
                    ReportAt(
                        sink,
                        name,
                        child.Node,
                        "unevaluatedProperties",
                        "is not allowed: no keyword of the schema covers this key (unevaluatedProperties is false)"
                    );
                }
                else
                {
                    valid &= EvaluateAt(name, properties, child, sink, "unevaluatedProperties");
                }

                local.Properties.Add(name);
            }
        }

        if (schema.UnevaluatedItems is { } items && value.Kind == HelmJsonKind.Array && local is not null)
        {
            for (var i = 0; i < value.Items.Length; i++)
            {
                if (local.HasItem(i))
                {
                    continue;
                }

                if (items.BooleanValue == false)
                {
                    valid = false;
                    ReportAt(
                        sink,
                        i,
                        value.Items[i].Node,
                        "unevaluatedItems",
                        "is not allowed: no keyword of the schema covers this item (unevaluatedItems is false)"
                    );
                }
                else
                {
                    valid &= EvaluateAt(i, items, value.Items[i], sink, "unevaluatedItems");
                }
            }

            local.AllItems = true;
        }

        return valid;
    }

    private static string NotMessage(SchemaNode not) =>
        not is { Required: { Length: > 0 } required, Types: SchemaTypes.None, Properties: null, AnyOf: null, AllOf: null, OneOf: null }
            ? required.Length == 1
                ? $"must not set {required[0]}"
                : $"must not set all of {ViolationText.List(required)} together"
            : $"must not match the schema at {not.Location} (not)";

    // "1) must be a string (is 5); 2) image.tag: is required (and 1 more)".
    private static string Reasons(List<List<SchemaViolation>> reasons, string prefix)
    {
        var text = new StringBuilder();
        for (var i = 0; i < reasons.Count; i++)
        {
            text.Append(i == 0 ? "" : "; ").Append(i + 1).Append(") ");
            if (reasons[i].Count == 0)
            {
                text.Append("does not match");
                continue;
            }

            var first = reasons[i][0];
            var relative = Relative(first.Path, prefix);
            text.Append(relative.Length == 0 ? "" : relative + ": ").Append(first.Message);
            if (reasons[i].Count > 1)
            {
                text.Append(" (and ").Append(reasons[i].Count - 1).Append(" more)");
            }
        }

        return text.ToString();
    }

    private static string Relative(string path, string prefix)
    {
        if (prefix.Length == 0 || !path.StartsWith(prefix, System.StringComparison.Ordinal))
        {
            return path;
        }

        var rest = path[prefix.Length..];
        return rest.StartsWith('.') ? rest[1..] : rest;
    }
}
