using HelmValues.Charts;
using HelmValues.Tests.Yaml;
using HelmValues.Yaml;

namespace HelmValues.Tests.Charts;

/// <summary>Helm's rules for combining the chart's defaults with the user's files, one rule per test.</summary>
public class HelmCoalescingTests
{
    [Test]
    public void Mappings_merge_key_by_key_all_the_way_down()
    {
        Coalesce("image: {repository: app, tag: '1', pull: {policy: Always}}", "image: {tag: '2', pull: {secret: s}}")
            .ShouldBe("{image: {repository: app, tag: '2', pull: {policy: Always, secret: s}}}");
    }

    [Test]
    public void A_scalar_replaces_the_default()
    {
        Coalesce("replicas: 1\nname: web", "replicas: 3").ShouldBe("{replicas: 3, name: web}");
    }

    [Test]
    public void A_list_replaces_the_default_list_and_is_never_merged()
    {
        Coalesce("args: [a, b, c]", "args: [z]").ShouldBe("{args: [z]}");
    }

    [Test]
    public void A_null_deletes_the_default()
    {
        Coalesce("ports: {web: {port: 80}, websecure: {port: 443}}", "ports: {websecure: null}").ShouldBe("{ports: {web: {port: 80}}}");
    }

    [Test]
    public void A_null_deletes_a_default_mapping_or_list_too()
    {
        Coalesce("server: {ha: {raft: {enabled: true}}}\ntolerations: [a]", "server: {ha: {raft: ~}}\ntolerations: null")
            .ShouldBe("{server: {ha: {}}}");
    }

    [Test]
    public void A_null_for_a_key_the_defaults_lack_stays_null_for_the_schema_check()
    {
        Coalesce("config: {debug: false}", "config: {namespace: null}").ShouldBe("{config: {debug: false, namespace: null}}");
    }

    [Test]
    public void A_null_inside_a_value_the_defaults_lack_stays_null()
    {
        Coalesce("{}", "extra: {a: null}").ShouldBe("{extra: {a: null}}");
    }

    [Test]
    public void A_users_scalar_over_a_default_mapping_is_kept()
    {
        Coalesce("resources: {limits: {cpu: 1}}", "resources: none").ShouldBe("{resources: none}");
    }

    [Test]
    public void A_users_mapping_over_a_default_scalar_is_kept()
    {
        Coalesce("config: ''", "config: {a: 1}").ShouldBe("{config: {a: 1}}");
    }

    [Test]
    public void Keys_only_the_defaults_have_come_first_in_their_order_then_the_users_new_keys()
    {
        Coalesce("b: 1\na: 2", "c: 3\na: 4").ShouldBe("{b: 1, a: 4, c: 3}");
    }

    [Test]
    public void No_defaults_leave_the_users_values_as_they_are()
    {
        var user = Parse("a: null", "values.yaml");
        HelmCoalescing.Coalesce(null, user).ShouldBeSameAs(user);
    }

    [Test]
    public void Between_the_users_files_a_later_file_wins_and_mappings_merge()
    {
        MergeLayers("a: {x: 1, y: 2}\nlist: [1, 2]", "a: {y: 3}\nlist: [9]").ShouldBe("{a: {x: 1, y: 3}, list: [9]}");
    }

    [Test]
    public void Between_the_users_files_a_null_replaces_and_then_deletes_the_default()
    {
        var merged = HelmCoalescing.MergeLayers([Parse("a: {x: 1}", "base.yaml"), Parse("a: null", "prod.yaml")]);
        YamlTrees.Flow(merged).ShouldBe("{a: null}");
        YamlTrees.Flow(HelmCoalescing.Coalesce(Parse("a: {x: 0}\nb: 1", "defaults"), merged)).ShouldBe("{b: 1}");
    }

    [Test]
    public void Merged_values_keep_the_file_and_line_each_came_from()
    {
        var defaults = Parse("image:\n  repository: app\n  tag: '1'\n", "chart/values.yaml");
        var user = Parse("image:\n  tag: '2'\n", "prod.yaml");
        var image = Entry(HelmCoalescing.Coalesce(defaults, user), "image");

        image.Source.ShouldBe("prod.yaml");
        Entry(image, "repository").Source.ShouldBe("chart/values.yaml");
        Entry(image, "repository").Line.ShouldBe(2);
        Entry(image, "tag").Source.ShouldBe("prod.yaml");
        Entry(image, "tag").Line.ShouldBe(2);
    }

    [Test]
    public void Coalescing_changes_neither_tree()
    {
        var defaults = Parse("a: {x: 1}", "d");
        var user = Parse("a: {y: 2}", "u");
        HelmCoalescing.Coalesce(defaults, user);
        YamlTrees.Flow(defaults).ShouldBe("{a: {x: 1}}");
        YamlTrees.Flow(user).ShouldBe("{a: {y: 2}}");
    }

    private static string Coalesce(string defaults, string user) =>
        YamlTrees.Flow(HelmCoalescing.Coalesce(Parse(defaults, "defaults"), Parse(user, "user")));

    private static string MergeLayers(params string[] files) =>
        YamlTrees.Flow(HelmCoalescing.MergeLayers(files.Select((text, i) => Parse(text, $"file{i}")).ToList()));

    internal static YamlSourceNode Parse(string yaml, string source)
    {
        var document = YamlDocumentReader.Read(yaml, source);
        document.Problems.ShouldBeEmpty();
        return document.Root!;
    }

    private static YamlSourceNode Entry(YamlSourceNode mapping, string key) =>
        ((YamlSourceMapping)mapping).Entries.Single(e => e.Key.Value == key).Value;
}
