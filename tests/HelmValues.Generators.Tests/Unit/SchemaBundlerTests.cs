using System.Text.Json.Nodes;
using HelmValues.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HelmValues.Generators.Tests.Unit;

/// <summary>The chart schema the runtime checks values against: the chart's own, made self-contained.</summary>
public class SchemaBundlerTests
{
    private const string KubernetesRef =
        "https://raw.githubusercontent.com/yannh/kubernetes-json-schema/master/v1.35.0/_definitions.json#/definitions/";

    [Test]
    public void A_remote_Kubernetes_ref_is_copied_in_under_defs_and_pointed_at_there()
    {
        var schema = Bundle(
            $$"""
            { "type": "object", "properties": {
                "env": { "type": "array", "items": { "$ref": "{{KubernetesRef}}io.k8s.api.core.v1.EnvVar" } },
                "first": { "$ref": "{{KubernetesRef}}io.k8s.api.core.v1.EnvVar" } } }
            """
        );

        schema["properties"]!["env"]!["items"]!["$ref"]!.GetValue<string>().ShouldBe("#/$defs/io.k8s.api.core.v1.EnvVar");
        schema["properties"]!["first"]!["$ref"]!.GetValue<string>().ShouldBe("#/$defs/io.k8s.api.core.v1.EnvVar");
        schema["$defs"]!.AsObject().Select(p => p.Key).ShouldBe(["io.k8s.api.core.v1.EnvVar"]);
        schema["$defs"]!["io.k8s.api.core.v1.EnvVar"]!["required"]!.AsArray().Single()!.GetValue<string>().ShouldBe("name");
    }

    [Test]
    public void References_inside_a_copied_definition_are_copied_too_and_nothing_points_outside()
    {
        var text = BundleText($$"""{ "properties": { "meta": { "$ref": "{{KubernetesRef}}io.k8s.api.core.v1.ConfigMap" } } }""");

        text.ShouldNotContain("https://");
        var definitions = JsonNode.Parse(text)!["$defs"]!.AsObject().Select(p => p.Key).ToList();
        definitions.ShouldContain("io.k8s.api.core.v1.ConfigMap");
        definitions.ShouldContain("io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta");
    }

    [Test]
    public void Before_draft_2019_09_copies_go_under_definitions()
    {
        var schema = Bundle(
            $$"""{ "$schema": "http://json-schema.org/draft-07/schema#", "properties": { "e": { "$ref": "{{KubernetesRef}}io.k8s.api.core.v1.EnvVar" } } }"""
        );

        schema["properties"]!["e"]!["$ref"]!.GetValue<string>().ShouldBe("#/definitions/io.k8s.api.core.v1.EnvVar");
        schema["definitions"].ShouldNotBeNull();
        schema["$defs"].ShouldBeNull();
    }

    [Test]
    public void The_charts_own_definitions_and_local_refs_stay_as_written_and_a_copy_never_takes_their_names()
    {
        var schema = Bundle(
            $$"""
            { "$defs": { "io.k8s.api.core.v1.EnvVar": { "type": "string" } },
              "properties": { "mine": { "$ref": "#/$defs/io.k8s.api.core.v1.EnvVar" }, "theirs": { "$ref": "{{KubernetesRef}}io.k8s.api.core.v1.EnvVar" } } }
            """
        );

        schema["properties"]!["mine"]!["$ref"]!.GetValue<string>().ShouldBe("#/$defs/io.k8s.api.core.v1.EnvVar");
        schema["properties"]!["theirs"]!["$ref"]!.GetValue<string>().ShouldBe("#/$defs/io.k8s.api.core.v1.EnvVar-2");
        schema["$defs"]!["io.k8s.api.core.v1.EnvVar"]!["type"]!.GetValue<string>().ShouldBe("string");
        schema["$defs"]!["io.k8s.api.core.v1.EnvVar-2"]!["type"]!.GetValue<string>().ShouldBe("object");
    }

    [Test]
    public void A_property_called_ref_and_a_ref_inside_data_are_not_references()
    {
        var schema = Bundle(
            """{ "properties": { "$ref": { "type": "string", "default": { "$ref": "https://example.com/x.json" } } }, "examples": [{ "$ref": "https://example.com/y.json" }] }"""
        );

        schema["properties"]!["$ref"]!["default"]!["$ref"]!.GetValue<string>().ShouldBe("https://example.com/x.json");
        schema["examples"]![0]!["$ref"]!.GetValue<string>().ShouldBe("https://example.com/y.json");
    }

    [Test]
    public void The_bundled_text_is_the_same_on_every_run_and_keeps_the_original_key_order()
    {
        var chart =
            $$"""{ "type": "object", "properties": { "z": { "type": "string" }, "a": { "$ref": "{{KubernetesRef}}io.k8s.api.core.v1.EnvVar" } } }""";

        BundleText(chart).ShouldBe(BundleText(chart));
        BundleText(chart).ShouldStartWith("""{"type":"object","properties":{"z":{"type":"string"},"a":{"$ref":"#/$defs/""");
    }

    private static JsonObject Bundle(string chartSchema) => JsonNode.Parse(BundleText(chartSchema))!.AsObject();

    // The constant the generated Chart property is made from, read back through Roslyn.
    private static string BundleText(string chartSchema)
    {
        var result = GeneratorHarness.Run(("/charts/demo.values.schema.json", chartSchema), Fixtures.File("mini.definitions.json"));
        result.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ShouldBeEmpty();
        var chartFile = result.GeneratedSources.Single(s => s.HintName.EndsWith(".Chart.g.cs", StringComparison.Ordinal));
        var field = CSharpSyntaxTree
            .ParseText(chartFile.SourceText)
            .GetRoot()
            .DescendantNodes()
            .OfType<VariableDeclaratorSyntax>()
            .Single(v => v.Identifier.Text == "_schemaJson");
        return ((LiteralExpressionSyntax)field.Initializer!.Value).Token.ValueText;
    }
}
