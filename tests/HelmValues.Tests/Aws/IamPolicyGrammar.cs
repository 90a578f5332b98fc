using System.Text.Json;
using HelmValues.Testing;
using Json.Schema;

namespace HelmValues.Tests.Aws;

/// <summary>
/// The IAM policy grammar as a JSON schema (Fixtures/Aws/iam-policy.schema.json), evaluated by an independent validator
/// (JsonSchema.Net), plus the rules a schema cannot say: a trust policy's condition keys belong to its own OIDC provider.
/// </summary>
internal static class IamPolicyGrammar
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Repository.PathOf("tests", "HelmValues.Tests", "Fixtures", "Aws", "iam-policy.schema.json")))
    );

    /// <summary>The problems of a policy document, as "location: error" lines; empty when AWS would take it.</summary>
    public static IReadOnlyList<string> Problems(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        var problems = JsonSchemaFailures.Of(result).ToList();
        problems.AddRange(ForeignConditionKeys(document.RootElement));
        return problems;
    }

    // A condition key names the issuer whose token it checks; one of another provider would never match.
    private static IEnumerable<string> ForeignConditionKeys(JsonElement root)
    {
        if (
            root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("Statement", out var statements)
            || statements.ValueKind != JsonValueKind.Array
        )
        {
            yield break;
        }

        foreach (var statement in statements.EnumerateArray())
        {
            if (
                !statement.TryGetProperty("Principal", out var principal)
                || !principal.TryGetProperty("Federated", out var federated)
                || !statement.TryGetProperty("Condition", out var condition)
            )
            {
                continue;
            }

            var issuer = federated.GetString()![(federated.GetString()!.IndexOf("oidc-provider/", StringComparison.Ordinal) + 14)..];
            foreach (var key in condition.EnumerateObject().SelectMany(o => o.Value.EnumerateObject()).Select(k => k.Name))
            {
                if (!key.StartsWith(issuer + ":", StringComparison.Ordinal))
                {
                    yield return $"condition key {key} is not of the statement's provider {issuer}";
                }
            }
        }
    }
}
