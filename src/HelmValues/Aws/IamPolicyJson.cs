using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace HelmValues.Aws;

/// <summary>Writes an <see cref="IamPolicyDocument"/> as deterministic JSON (the order is documented on <see cref="IamPolicyDocument.ToJson"/>).</summary>
internal static class IamPolicyJson
{
    public static string Write(IamPolicyDocument document) =>
        AwsJson.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("Version", IamPolicyDocument.Version);
            writer.WriteStartArray("Statement");
            foreach (var statement in document.Statements)
            {
                WriteStatement(writer, statement);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    private static void WriteStatement(Utf8JsonWriter writer, IamStatement statement)
    {
        writer.WriteStartObject();
        if (statement.Sid is not null)
        {
            writer.WriteString("Sid", statement.Sid);
        }

        writer.WriteString("Effect", statement.Effect == IamEffect.Allow ? "Allow" : "Deny");
        if (statement.Principal is { } principal)
        {
            writer.WriteStartObject("Principal");
            writer.WriteString(principal.Type, principal.Value);
            writer.WriteEndObject();
        }

        WriteOneOrMany(writer, "Action", statement.SortedActions.ToList());
        WriteOneOrMany(writer, "Resource", statement.SortedResources.ToList());
        if (statement.Conditions.Count > 0)
        {
            writer.WriteStartObject("Condition");
            foreach (var byOperator in statement.Conditions.GroupBy(c => c.Operator).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                writer.WriteStartObject(byOperator.Key);
                foreach (var byKey in byOperator.GroupBy(c => c.Key).OrderBy(g => g.Key, StringComparer.Ordinal))
                {
                    var values = byKey.SelectMany(c => c.Values).Distinct().Order(StringComparer.Ordinal).ToList();
                    WriteOneOrMany(writer, byKey.Key, values);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteOneOrMany(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 1)
        {
            writer.WriteString(name, values[0]);
        }
        else if (values.Count > 1)
        {
            writer.WriteStartArray(name);
            foreach (var value in values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        }
    }
}
