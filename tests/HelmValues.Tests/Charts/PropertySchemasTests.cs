using HelmValues.Charts;
using HelmValues.Yaml;

namespace HelmValues.Tests.Charts;

/// <summary>
/// A schema's properties by name (<see cref="PropertySchemas"/>): found by identity when the key is interned, by text
/// otherwise, with the same answer either way.
/// </summary>
public class PropertySchemasTests
{
    // Enough names that the identity table wraps around and probes past taken slots.
    private static readonly string[] Names = Enumerable.Range(0, 40).Select(i => $"property-{i}").Append("queue").ToArray();

    [Test]
    public void Every_property_is_found_by_an_interned_key_and_by_a_copy_of_its_text()
    {
        var nodes = Names.Select(n => new KeyValuePair<string, SchemaNode>(n, new SchemaNode("#/properties/" + n))).ToArray();
        var properties = new PropertySchemas(nodes);

        foreach (var (name, node) in nodes)
        {
            properties.TryGetValue(string.Intern(name), out var byIdentity).ShouldBeTrue();
            properties.TryGetValue(new string(name.AsSpan()), out var byText).ShouldBeTrue();
            byIdentity.ShouldBeSameAs(node);
            byText.ShouldBeSameAs(node);
        }
    }

    [TestCase("missing")]
    [TestCase("property-40")]
    [TestCase("")]
    public void A_key_the_schema_lacks_is_not_found_interned_or_not(string key)
    {
        var properties = new PropertySchemas(Names.Select(n => new KeyValuePair<string, SchemaNode>(n, SchemaNode.True)).ToArray());

        properties.TryGetValue(string.Intern(key), out _).ShouldBeFalse();
        properties.TryGetValue(new string(key.AsSpan()), out _).ShouldBeFalse();
    }

    [Test]
    public void An_object_without_properties_finds_nothing()
    {
        new PropertySchemas([]).TryGetValue("queue", out _).ShouldBeFalse();
    }

    [Test]
    public void The_keys_of_a_shared_tree_are_interned_so_that_they_are_found_by_identity()
    {
        var root = YamlDocumentReader.Read("config:\n  queue: default\n\"on\": 1\n").Root!;

        var converted = YamlToHelmJson.ConvertShared(root)[root];

        converted.Properties.Select(p => p.Name).ShouldBe(["config", "on"]);
        foreach (var property in converted.Properties.Concat(converted.Properties[0].Value.Properties))
        {
            string.IsInterned(property.Name).ShouldBeSameAs(property.Name);
        }
    }
}
