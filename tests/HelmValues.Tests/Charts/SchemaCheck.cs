using HelmValues.Charts;
using HelmValues.Yaml;

namespace HelmValues.Tests.Charts;

/// <summary>Runs a schema over YAML text, as Helm would over a values file.</summary>
internal static class SchemaCheck
{
    /// <summary>The violations of <paramref name="yaml"/> against <paramref name="schema"/>; the YAML must read cleanly.</summary>
    public static List<SchemaViolation> Violations(string schema, string yaml) => Violations(ChartSchema.Parse(schema), yaml);

    /// <summary>The violations of <paramref name="yaml"/> against a parsed schema.</summary>
    public static List<SchemaViolation> Violations(ChartSchema schema, string yaml)
    {
        var document = YamlDocumentReader.Read(yaml);
        document.Problems.ShouldBeEmpty();
        var violations = new List<SchemaViolation>();
        schema.Validate(document.Root, violations);
        return violations;
    }

    /// <summary>"path: keyword: message" lines, for readable assertions.</summary>
    public static List<string> Lines(string schema, string yaml) =>
        Violations(schema, yaml).Select(static v => $"{v.Path}: {v.Keyword}: {v.Message}").ToList();

    /// <summary>True when Helm accepts the values.</summary>
    public static bool IsValid(string schema, string yaml) => Violations(schema, yaml).Count == 0;
}
