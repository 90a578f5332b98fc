using System.Text.Json;
using HelmValues.Kubernetes;
using HelmValues.Yaml;

namespace HelmValues.Tests.Kubernetes;

/// <summary>Free-form Kubernetes fields (RawExtension and the like): each kind of value <c>WriteRaw</c> takes.</summary>
public class KubernetesYamlWritingTests
{
    private const string Json = """{"b": [1, "two", true, null, 2.5], "a": {"c": "d"}}""";

    // Keys in ordinal order, as every map HelmValues writes.
    private const string Yaml = """
        a:
          c: d
        b:
          - 1
          - two
          - true
          - null
          - 2.5

        """;

    [Test]
    public void A_json_element_is_written_as_yaml()
    {
        using var json = JsonDocument.Parse(Json);

        Raw(json.RootElement).ShouldBe(Yaml.ReplaceLineEndings("\n"));
    }

    [Test]
    public void A_yaml_value_is_written_as_it_is()
    {
        using var json = JsonDocument.Parse(Json);

        Raw(YamlValues.FromJson(json.RootElement)).ShouldBe(Yaml.ReplaceLineEndings("\n"));
    }

    [Test]
    public void Any_other_object_is_written_as_system_text_json_serializes_it_where_reflection_is_on()
    {
        var value = new Dictionary<string, object?>
        {
            ["b"] = new object?[] { 1, "two", true, null, 2.5 },
            ["a"] = new Dictionary<string, string> { ["c"] = "d" },
        };

        Raw(value).ShouldBe(Yaml.ReplaceLineEndings("\n"));
    }

    private static string Raw(object value) => YamlWriter.Serialize(w => KubernetesYamlWriting.WriteRaw(w, value));
}
