using Json.Schema;

namespace HelmValues.Tests;

/// <summary>The failures of a JSON Schema evaluation (hierarchical output) that make the instance invalid.</summary>
internal static class JsonSchemaFailures
{
    /// <summary>"instance path: error" lines, each once.</summary>
    public static IReadOnlyList<string> Of(EvaluationResults result) => Walk(result).Distinct().ToList();

    // Only failures that make the document invalid: the walk never enters a valid node, so the failing `required`
    // under a passing `not` is not reported; a failing node without a message (`not`) is reported by its location.
    private static IEnumerable<string> Walk(EvaluationResults node)
    {
        if (node.IsValid)
        {
            yield break;
        }

        var failingChildren = (node.Details ?? []).Where(d => !d.IsValid).ToList();
        if (node.Errors is { Count: > 0 } errors)
        {
            foreach (var error in errors)
            {
                yield return $"{node.InstanceLocation}: {error.Value}";
            }
        }
        else if (failingChildren.Count == 0)
        {
            yield return $"{node.InstanceLocation}: fails {node.EvaluationPath}";
        }

        foreach (var failure in failingChildren.SelectMany(Walk))
        {
            yield return failure;
        }
    }
}
