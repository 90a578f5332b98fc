using HelmValues.Generators.Tests.Infrastructure;

namespace HelmValues.Generators.Tests;

/// <summary>
/// A user's own chart, dropped in as <c>&lt;chart&gt;.values.schema.json</c> with no overlay, and remote refs mapped by the
/// project's <c>HelmValuesRef</c> items (the <c>HelmValuesRefs</c> property the package's targets write).
/// </summary>
public class UserChartTests
{
    private const string Common = """
        { "$defs": { "io.example.Image": { "type": "object", "additionalProperties": false, "properties": { "tag": { "type": "string" } } } } }
        """;

    private const string ChartReferringToCommon = """
        { "type": "object", "properties": { "image": { "$ref": "https://schemas.example.com/common/v1/common.json#/$defs/io.example.Image" } } }
        """;

    [Test]
    public void A_chart_with_a_root_ref_defs_dotted_names_and_closed_objects_generates_the_expected_sources()
    {
        var result = GeneratorHarness.Run(Fixtures.Webapp);

        result.Diagnostics.ShouldBeEmpty();
        result
            .GeneratedSources.Select(s => s.HintName)
            .ShouldBe(
                [
                    "Fixtures.Webapp.Image.g.cs",
                    "Fixtures.Webapp.Service.g.cs",
                    "Fixtures.Webapp.WebappValues.g.cs",
                    "Fixtures.Webapp.WebappValues.Chart.g.cs",
                    "Fixtures.Webapp.PullPolicy.g.cs",
                    "Fixtures.Webapp.ServiceType.g.cs",
                ],
                ignoreOrder: true
            );
        GoldenFiles.Verify("Webapp", result.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())));
    }

    [Test]
    public void The_root_type_is_named_after_the_chart_and_closed_by_the_root_ref_target()
    {
        var root = Source(GeneratorHarness.Run(Fixtures.Webapp), "Fixtures.Webapp.WebappValues.g.cs");

        root.ShouldContain("public sealed partial record WebappValues : global::HelmValues.IValuesObject");
        root.ShouldContain("public sealed partial class WebappValuesBuilder");
        root.ShouldContain("isClosed: true,");
        root.ShouldContain("global::k8s.Models.V1EnvVar");
    }

    // `additionalProperties: false` alone: an object that must stay empty. Its reader keeps nulls and reads no key.
    [Test]
    public void An_object_that_allows_no_key_compiles_without_a_warning()
    {
        var result = GeneratorHarness.Run(
            ("/c/locked.values.schema.json", """{ "properties": { "locked": { "type": "object", "additionalProperties": false } } }""")
        );

        result.Diagnostics.ShouldBeEmpty();
        Source(result, "Fixtures.Locked.Locked.g.cs").ShouldNotContain("switch (entry.Key)");
    }

    // The defaults reach the runtime with YamlDotNet's parsing events recorded (its first validation replays them), unless
    // the runtime could read the text differently: then it parses the text, as before.
    [TestCase("replicas: 2\n", true)]
    [TestCase("replicas: 2\n\t# a tab\n", false)]
    [TestCase("replicas: [2\n", false)]
    public void A_charts_defaults_come_with_their_parsing_events_when_the_runtime_reads_them_alike(string defaults, bool recorded)
    {
        var result = GeneratorHarness.Run(
            ("/c/app.values.schema.json", """{ "properties": { "replicas": { "type": "integer" } } }"""),
            ("/c/app.values.yaml", defaults)
        );

        var chart = Source(result, "Fixtures.App.AppValues.Chart.g.cs");
        chart.Contains("private const string _defaultsEvents = ", StringComparison.Ordinal).ShouldBe(recorded);
        chart.ShouldContain(recorded ? ", _defaultsEvents);" : ", null, null);");
    }

    [Test]
    public void HelmValuesNamespace_replaces_the_root_namespace_as_the_parent_of_chart_types()
    {
        var result = GeneratorHarness.Run(new Dictionary<string, string> { ["HelmValuesNamespace"] = "Acme.Charts" }, Fixtures.Webapp);

        result.Diagnostics.ShouldBeEmpty();
        Source(result, "Acme.Charts.Webapp.WebappValues.g.cs").ShouldContain("namespace Acme.Charts.Webapp;");
    }

    [Test]
    public void A_project_ref_maps_a_remote_url_to_a_schema_document()
    {
        var result = GeneratorHarness.Run(
            Refs("https://schemas.example.com/common/=common.schema.json"),
            ("/c/app.values.schema.json", ChartReferringToCommon),
            ("/c/common.schema.json", Common)
        );

        result.Diagnostics.ShouldBeEmpty();
        Source(result, "Fixtures.App.AppValues.g.cs").ShouldContain("public global::Fixtures.App.Image? Image { get; init; }");
        Source(result, "Fixtures.App.Image.g.cs").ShouldContain("public string? Tag { get; init; }");
    }

    [Test]
    public void A_project_ref_maps_a_url_to_the_kubernetes_definitions()
    {
        var result = GeneratorHarness.Run(
            Refs("vendor/k8s/=kubernetes"),
            (
                "/c/app.values.schema.json",
                """{ "properties": { "env": { "type": "array", "items": { "$ref": "vendor/k8s/_definitions.json#/definitions/io.k8s.api.core.v1.EnvVar" } } } }"""
            ),
            Fixtures.File("mini.definitions.json")
        );

        result.Diagnostics.ShouldBeEmpty();
        Source(result, "Fixtures.App.AppValues.g.cs")
            .ShouldContain("public global::System.Collections.Generic.IReadOnlyList<global::k8s.Models.V1EnvVar>? Env { get => _Env;");
    }

    [Test]
    public void For_the_same_prefix_the_overlay_ref_wins_over_the_project_ref()
    {
        var overlay = """{ "x-helmvalues": { "refs": { "https://schemas.example.com/common/": "common.schema.json" } } }""";

        var result = GeneratorHarness.Run(
            Refs("https://schemas.example.com/common/=missing.schema.json"),
            ("/c/app.values.schema.json", ChartReferringToCommon),
            ("/c/app.values.overlay.json", overlay),
            ("/c/common.schema.json", Common)
        );

        result.Diagnostics.ShouldBeEmpty();
    }

    [Test]
    public void A_longer_project_prefix_beats_a_shorter_overlay_prefix()
    {
        var overlay = """{ "x-helmvalues": { "refs": { "https://schemas.example.com/": "missing.schema.json" } } }""";

        var result = GeneratorHarness.Run(
            Refs("https://schemas.example.com/common/v1/=common.schema.json"),
            ("/c/app.values.schema.json", ChartReferringToCommon),
            ("/c/app.values.overlay.json", overlay),
            ("/c/common.schema.json", Common)
        );

        result.Diagnostics.ShouldBeEmpty();
    }

    [Test]
    public void Without_a_mapping_the_error_names_the_project_item_that_would_fix_it()
    {
        var result = GeneratorHarness.Run(("/c/app.values.schema.json", ChartReferringToCommon), ("/c/common.schema.json", Common));

        result
            .Diagnostics.ShouldHaveSingleItem()
            .GetMessage()
            .ShouldEndWith(
                "(or add <HelmValuesRef Include=\"https://schemas.example.com/common/v1/common.json\" MapTo=\"...\" /> to the project)"
            );
    }

    [Test]
    public void Project_refs_are_read_in_any_order_into_equal_options()
    {
        var first = Parsing.OptionsReader.Read("App", null, "https://b.example/=kubernetes|https://a.example/=a.schema.json");
        var second = Parsing.OptionsReader.Read("App", null, " https://a.example/ = a.schema.json | https://b.example/=kubernetes |");

        second.ShouldBe(first);
        first.Diagnostics.ShouldBeEmpty();
        first
            .Options.Refs.Select(r => (r.Prefix, r.Target))
            .ShouldBe([("https://a.example/", "a.schema.json"), ("https://b.example/", "kubernetes")]);
    }

    [Test]
    public void A_url_holding_an_equals_sign_is_split_at_the_last_one()
    {
        var result = Parsing.OptionsReader.Read("App", null, "https://a.example/get?schema=1=kubernetes");

        result.Options.Refs.Single().ShouldBe(new Model.RefMapping("https://a.example/get?schema=1", "kubernetes"));
    }

    private static Dictionary<string, string> Refs(string value) => new() { ["HelmValuesRefs"] = value };

    private static string Source(Microsoft.CodeAnalysis.GeneratorRunResult result, string hintName) =>
        result.GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();
}
