using HelmValues.Yaml;
using k8s.Models;

namespace HelmValues.Tests.AgentStackK8s;

/// <summary>
/// Compares two YAML documents as data, the way the controller decodes them: key order, comments and quoting style
/// do not matter; types do (a plain <c>true</c> is not the string "true"), except that Kubernetes resource
/// quantities compare as quantities (the API canonicalises them: <c>1000m</c> is <c>1</c>, and <c>cpu: 1</c> is
/// <c>cpu: "1"</c>) and Go durations as durations (<c>60s</c> is <c>1m</c>: both are one minute to the controller).
/// </summary>
internal static class YamlData
{
    /// <summary>Every path where the two documents differ; empty when they hold the same data.</summary>
    public static IReadOnlyList<string> Differences(string expected, string actual)
    {
        var differences = new List<string>();
        Compare(Parse(expected), Parse(actual), "", differences);
        return differences;
    }

    private static YamlValue Parse(string yaml) => YamlReader.Load(yaml, static (r, n) => r.ReadValue(n)).Value ?? YamlValue.Null;

    private static void Compare(YamlValue expected, YamlValue actual, string path, List<string> differences)
    {
        if (expected.Kind != actual.Kind)
        {
            differences.Add($"{path}: {expected.Kind} became {actual.Kind}");
            return;
        }

        switch (expected.Kind)
        {
            case YamlValueKind.Mapping:
                var left = expected.Entries.Where(e => !e.Value.IsNull).ToDictionary(e => e.Key, e => e.Value);
                var right = actual.Entries.Where(e => !e.Value.IsNull).ToDictionary(e => e.Key, e => e.Value);
                foreach (var key in left.Keys.Union(right.Keys).Order(StringComparer.Ordinal))
                {
                    if (!left.TryGetValue(key, out var a) || !right.TryGetValue(key, out var b))
                    {
                        differences.Add($"{path}.{key}: {(left.ContainsKey(key) ? "lost" : "added")}");
                        continue;
                    }

                    Compare(a, b, $"{path}.{key}", differences);
                }

                break;
            case YamlValueKind.Sequence:
                if (expected.Items.Count != actual.Items.Count)
                {
                    differences.Add($"{path}: {expected.Items.Count} items became {actual.Items.Count}");
                    return;
                }

                for (var i = 0; i < expected.Items.Count; i++)
                {
                    Compare(expected.Items[i], actual.Items[i], $"{path}[{i}]", differences);
                }

                break;
            default:
                if (
                    !(expected.IsString == actual.IsString && expected.Text == actual.Text)
                    && !SameQuantity(expected.Text!, actual.Text!)
                    && !SameDuration(expected, actual)
                )
                {
                    differences.Add($"{path}: {Describe(expected)} became {Describe(actual)}");
                }

                break;
        }
    }

    private static bool SameQuantity(string a, string b)
    {
        try
        {
            return new ResourceQuantity(a) == new ResourceQuantity(b);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static bool SameDuration(YamlValue a, YamlValue b) =>
        a.IsString
        && b.IsString
        && GoDuration.TryParse(a.Text, out var left)
        && GoDuration.TryParse(b.Text, out var right)
        && left == right;

    private static string Describe(YamlValue value) => value.IsString ? $"\"{value.Text}\"" : value.Text ?? "";
}
