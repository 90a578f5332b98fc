using HelmValues.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace HelmValues.Generators.Tests;

/// <summary>Every diagnostic ID has a fixture that triggers it, with its message and location checked.</summary>
public class DiagnosticTests
{
    private const string Definitions =
        """{ "definitions": { "io.k8s.api.core.v1.EnvVar": { "type": "object", "properties": { "name": { "type": "string" } } } } }""";

    [Test]
    public void HV0001_invalid_json_names_the_file_and_position()
    {
        var diagnostic = Single(("/c/bad.values.schema.json", "{\n  \"type\": \"object\",\n}"));

        diagnostic.Id.ShouldBe("HV0001");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        diagnostic.GetMessage().ShouldBe("'/c/bad.values.schema.json' is not valid JSON: expected a property name in double quotes");
        Position(diagnostic).ShouldBe(("/c/bad.values.schema.json", 2, 0));
    }

    [Test]
    public void HV0002_unresolvable_local_ref_names_the_pointer()
    {
        var diagnostic = Single(("/c/app.values.schema.json", """{ "properties": { "db": { "$ref": "#/$defs/Missing" } } }"""));

        diagnostic.Id.ShouldBe("HV0002");
        diagnostic
            .GetMessage()
            .ShouldBe(
                "'/c/app.values.schema.json' at #/properties/db: cannot resolve $ref '#/$defs/Missing': '#/$defs/Missing' does not exist in 'app.values.schema.json'"
            );
        Position(diagnostic).ShouldBe(("/c/app.values.schema.json", 0, 34));
    }

    [Test]
    public void HV0002_remote_refs_are_never_fetched()
    {
        var diagnostic = Single(
            ("/c/app.values.schema.json", """{ "properties": { "x": { "$ref": "https://example.com/common.json#/$defs/X" } } }""")
        );

        diagnostic.Id.ShouldBe("HV0002");
        diagnostic
            .GetMessage()
            .ShouldContain("remote references are never fetched; map 'https://example.com/common.json' to a file in x-helmvalues.refs");
    }

    [Test]
    public void HV0002_kubernetes_definition_that_does_not_exist()
    {
        var diagnostic = Single(
            (
                "/c/app.values.schema.json",
                """{ "properties": { "x": { "$ref": "https://k8s.example/_definitions.json#/definitions/io.k8s.api.core.v1.Nope" } } }"""
            ),
            ("/c/k8s.definitions.json", Definitions)
        );

        diagnostic.Id.ShouldBe("HV0002");
        diagnostic.GetMessage().ShouldEndWith("no definition 'io.k8s.api.core.v1.Nope' in k8s.definitions.json");
    }

    [Test]
    public void HV0003_a_keyword_the_runtime_check_cannot_apply_is_reported_not_dropped()
    {
        var diagnostic = Single(
            ("/c/app.values.schema.json", """{ "properties": { "x": { "type": "string", "$dynamicAnchor": "a" } } }""")
        );

        diagnostic.Id.ShouldBe("HV0003");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        diagnostic
            .GetMessage()
            .ShouldBe(
                "'/c/app.values.schema.json' at #/properties/x: the keyword '$dynamicAnchor' is not supported: HelmValues could not check values as Helm does"
            );
        Position(diagnostic).ShouldBe(("/c/app.values.schema.json", 0, 43));
    }

    [Test]
    public void Keywords_the_runtime_checks_and_unknown_words_are_not_reported()
    {
        var result = GeneratorHarness.Run(
            (
                "/c/app.values.schema.json",
                """{ "properties": { "x": { "type": ["string", "boolean"], "oneOf": [{ "const": "a" }, { "const": true }], "uniqueItems": true, "descripton": "typo" } }, "required": ["undeclared"] }"""
            )
        );

        result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ShouldBeEmpty();
    }

    [Test]
    public void A_charts_noWarn_silences_its_warnings_but_never_an_error()
    {
        var collision =
            """{ "x-helmvalues": { "noWarn": ["HV0005"] }, "properties": { "a-b": { "type": "string" }, "a_b": { "type": "string" } } }""";
        GeneratorHarness.Run(("/c/app.values.schema.json", collision)).Diagnostics.ShouldBeEmpty();

        var error = Single(("/c/app.values.schema.json", """{ "x-helmvalues": { "noWarn": ["HV0003"] } }"""));
        error.Id.ShouldBe("HV0006");
        error.GetMessage().ShouldContain("errors cannot be silenced");
    }

    [Test]
    public void A_summary_setting_that_is_not_a_non_empty_string_is_HV0006()
    {
        var error = Single(("/c/app.values.schema.json", """{ "x-helmvalues": { "summary": 1 } }"""));

        error.Id.ShouldBe("HV0006");
        error.GetMessage().ShouldContain("x-helmvalues.summary must be a non-empty string");
    }

    [Test]
    public void HV0004_tuple_items_are_an_unsupported_construct()
    {
        var diagnostic = Single(
            ("/c/app.values.schema.json", """{ "properties": { "pair": { "type": "array", "items": [{ "type": "string" }] } } }""")
        );

        diagnostic.Id.ShouldBe("HV0004");
        diagnostic
            .GetMessage()
            .ShouldBe(
                "'/c/app.values.schema.json' at #/properties/pair/items: tuple 'items' (an array of schemas) is not supported; items are generated as untyped YamlValue"
            );
    }

    [Test]
    public void HV0004_union_of_object_and_string()
    {
        var diagnostic = Single(("/c/app.values.schema.json", """{ "properties": { "x": { "type": ["object", "string"] } } }"""));

        diagnostic.Id.ShouldBe("HV0004");
        diagnostic.GetMessage().ShouldEndWith("a value of type [object, string] has no single C# type; generated as an untyped YamlValue");
    }

    [Test]
    public void HV0005_two_keys_with_one_csharp_name()
    {
        var diagnostic = Single(
            ("/c/app.values.schema.json", """{ "properties": { "pod-spec": { "type": "string" }, "podSpec": { "type": "string" } } }""")
        );

        diagnostic.Id.ShouldBe("HV0005");
        diagnostic
            .GetMessage()
            .ShouldBe(
                "'/c/app.values.schema.json' at #/properties/podSpec: 'pod-spec' and 'podSpec' both become the C# name 'PodSpec'; 'podSpec' is generated as 'PodSpec2'"
            );
        Position(diagnostic).ShouldBe(("/c/app.values.schema.json", 0, 52));
    }

    [Test]
    public void HV0006_keyword_with_a_value_of_the_wrong_type()
    {
        var diagnostic = Single(("/c/app.values.schema.json", """{ "properties": { "port": { "type": "integer", "minimum": "1" } } }"""));

        diagnostic.Id.ShouldBe("HV0006");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        diagnostic.GetMessage().ShouldBe("'/c/app.values.schema.json' at #/properties/port: minimum must be a number");
    }

    [Test]
    public void HV0006_unknown_keys_can_only_be_ignored()
    {
        var diagnostic = Single(
            ("/c/app.values.schema.json", """{ "additionalProperties": false, "x-helmvalues-unknown-keys": "warned" }""")
        );

        diagnostic.Id.ShouldBe("HV0006");
        diagnostic.GetMessage().ShouldBe("'/c/app.values.schema.json' at #: x-helmvalues-unknown-keys must be \"ignored\"");
    }

    [Test]
    public void HV0007_overlay_without_a_schema()
    {
        var diagnostic = Single(("/c/other.values.overlay.json", "{}"));

        diagnostic.Id.ShouldBe("HV0007");
        diagnostic
            .GetMessage()
            .ShouldBe("'/c/other.values.overlay.json': there is no 'other.values.schema.json' for this overlay to apply to");
    }

    [Test]
    public void HV0008_kinds_file_naming_an_unknown_kind()
    {
        var diagnostic = Single(
            ("/c/k8s.definitions.json", Definitions),
            ("/c/k8s.kinds.json", """{ "definitions": "k8s.definitions.json", "namespace": "K", "kinds": ["io.k8s.api.core.v1.Pod"] }""")
        );

        diagnostic.Id.ShouldBe("HV0008");
        diagnostic.GetMessage().ShouldBe("'/c/k8s.kinds.json' at #/kinds: no definition 'io.k8s.api.core.v1.Pod' in k8s.definitions.json");
        Position(diagnostic).ShouldBe(("/c/k8s.kinds.json", 0, 69));
    }

    [Test]
    public void HV0009_two_schemas_generating_the_same_types()
    {
        var diagnostic = Single(("/a/app.values.schema.json", "{}"), ("/b/app.values.schema.json", "{}"));

        diagnostic.Id.ShouldBe("HV0009");
        diagnostic
            .GetMessage()
            .ShouldBe("'/b/app.values.schema.json': another schema already generates 'Fixtures.App.AppValues'; this one is skipped");
    }

    [Test]
    public void HV0010_a_malformed_project_ref_mapping_names_the_property_and_the_item_to_use()
    {
        var diagnostic = GeneratorHarness
            .Run(
                new Dictionary<string, string> { ["HelmValuesRefs"] = "https://a.example/=kubernetes|https://b.example/" },
                ("/c/app.values.schema.json", """{ "properties": { "x": { "type": "string" } } }""")
            )
            .Diagnostics.ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("HV0010");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        diagnostic
            .GetMessage()
            .ShouldBe(
                "MSBuild property HelmValuesRefs: 'https://b.example/' is not 'url-prefix=target' (use <HelmValuesRef Include=\"url-prefix\" MapTo=\"kubernetes or a file name\" />)"
            );
        diagnostic.Location.ShouldBe(Location.None);
    }

    [Test]
    public void Every_descriptor_has_a_test_and_a_row_in_the_release_tracking_file()
    {
        var ids = Descriptors().Select(d => d.Id).ToList();
        var tested = typeof(DiagnosticTests).GetMethods().Select(m => m.Name[..Math.Min(6, m.Name.Length)]).ToHashSet();
        var releases = File.ReadAllText(
            Path.Combine(Fixtures.RepositoryRoot, "generators", "HelmValues.Generators", "AnalyzerReleases.Unshipped.md")
        );

        ids.ShouldAllBe(id => tested.Contains(id));
        ids.ShouldAllBe(id => releases.Contains(id + " |"));
    }

    [Test]
    public void Every_descriptor_links_to_its_row_in_the_README()
    {
        // The README's rows carry these anchors (ReadmeTests in HelmValues.Tests checks them).
        foreach (var descriptor in Descriptors())
        {
            descriptor.HelpLinkUri.ShouldBe($"{GeneratorVersion.ReadmeUrl}#{descriptor.Id.ToLowerInvariant()}");
        }
    }

    private static IEnumerable<DiagnosticDescriptor> Descriptors() =>
        typeof(HelmValuesGenerator)
            .Assembly.GetType("HelmValues.Generators.Diagnostics.DiagnosticDescriptors")!
            .GetFields()
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!);

    private static Diagnostic Single(params (string Path, string Text)[] files) =>
        GeneratorHarness.Run(files).Diagnostics.ShouldHaveSingleItem();

    private static (string Path, int Line, int Character) Position(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return (span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character);
    }
}
