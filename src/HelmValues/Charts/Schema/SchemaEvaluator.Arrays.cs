using System;
using System.Collections.Generic;

namespace HelmValues.Charts;

/// <summary>The array keywords.</summary>
internal sealed partial class SchemaEvaluator
{
    private bool EvaluateArray(SchemaNode schema, HelmJson value, List<SchemaViolation>? sink, Evaluated? local)
    {
        var valid = true;
        var items = value.Items;
        if (items.Length < schema.MinItems)
        {
            valid = false;
            Report(
                sink,
                value.Node,
                "minItems",
                $"must have at least {ViolationText.Count(schema.MinItems.Value, "item")} (has {items.Length})"
            );
        }

        if (items.Length > schema.MaxItems)
        {
            valid = false;
            Report(
                sink,
                value.Node,
                "maxItems",
                $"must have at most {ViolationText.Count(schema.MaxItems.Value, "item")} (has {items.Length})"
            );
        }

        if (schema.UniqueItems)
        {
            foreach (var (first, second) in JsonEquality.Duplicates(items))
            {
                valid = false;
                ReportAt(sink, second, items[second].Node, "uniqueItems", $"must be unique in the list (equals item [{first}])");
            }
        }

        // The tuple part: prefixItems (2020-12) or an array-form items (earlier drafts).
        var prefix = schema.PrefixItems ?? [];
        var tupleKeyword = schema.Draft == SchemaDraft.Draft2020 ? "prefixItems" : "items";
        var covered = Math.Min(prefix.Length, items.Length);
        for (var i = 0; i < covered; i++)
        {
            valid &= EvaluateAt(i, prefix[i], items[i], sink, tupleKeyword);
            local?.Items.Add(i);
        }

        if (schema.RestItems is { } rest)
        {
            for (var i = covered; i < items.Length; i++)
            {
                if (rest.BooleanValue == false)
                {
                    valid = false;
                    ReportAt(
                        sink,
                        i,
                        items[i].Node,
                        schema.RestItemsKeyword,
                        $"is not allowed: the list may have at most {ViolationText.Count(prefix.Length, "item")}"
                    );
                }
                else
                {
                    valid &= EvaluateAt(i, rest, items[i], sink, schema.RestItemsKeyword);
                }
            }

            if (local is not null)
            {
                local.AllItems = true;
            }
        }

        if (schema.Contains is { } contains)
        {
            valid &= EvaluateContains(schema, contains, value, sink, local);
        }

        return valid;
    }

    private bool EvaluateContains(SchemaNode schema, SchemaNode contains, HelmJson value, List<SchemaViolation>? sink, Evaluated? local)
    {
        var matches = 0;
        for (var i = 0; i < value.Items.Length; i++)
        {
            if (EvaluateAt(i, contains, value.Items[i], null, "contains"))
            {
                matches++;

                // Only 2020-12 counts the items contains matched as evaluated (v6 does likewise).
                if (schema.Draft == SchemaDraft.Draft2020)
                {
                    local?.Items.Add(i);
                }
            }
        }

        var valid = true;
        if (schema.MinContains is { } minimum)
        {
            if (matches < minimum)
            {
                valid = false;
                Report(
                    sink,
                    value.Node,
                    "minContains",
                    $"must have at least {ViolationText.Count(minimum, "item")} matching the contains schema (has {matches})"
                );
            }
        }
        else if (matches == 0)
        {
            valid = false;
            Report(
                sink,
                value.Node,
                "contains",
                $"must have an item matching the contains schema (none of its {ViolationText.Count(value.Items.Length, "item")} does)"
            );
        }

        if (matches > schema.MaxContains)
        {
            valid = false;
            Report(
                sink,
                value.Node,
                "maxContains",
                $"must have at most {ViolationText.Count(schema.MaxContains.Value, "item")} matching the contains schema (has {matches})"
            );
        }

        return valid;
    }
}
