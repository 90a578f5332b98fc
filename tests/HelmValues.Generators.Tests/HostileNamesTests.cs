using System.Text.Json;
using HelmValues.Generators.Naming;
using HelmValues.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace HelmValues.Generators.Tests;

/// <summary>
/// Keys picked to break generated code: C# keywords, keys that become one name, names of object members and of every
/// member the generator writes itself, digits first, empty, non-ASCII, line terminators, very long. The harness compiles
/// the output and fails on any compiler diagnostic; these tests check that no key is lost on the way.
/// </summary>
public class HostileNamesTests
{
    private static readonly (string Path, string Text) Hostile = Fixtures.File("hostile.values.schema.json");

    [Test]
    public void Every_hostile_key_compiles_and_is_still_read_and_written()
    {
        var result = GeneratorHarness.Run(Hostile);

        result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
        var root = Source(result, "Fixtures.Hostile.HostileValues.g.cs");
        foreach (var key in Keys())
        {
            var literal = IdentifierNames.Literal(key);
            root.ShouldContain($"case {literal}:", customMessage: $"the reader of {literal}");
            root.ShouldContain(
                $"writer.Write{(key == "mode" ? "Value" : "")}Property({literal}, ",
                customMessage: $"the writer of {literal}"
            );
        }
    }

    [Test]
    public void Keys_that_become_one_name_are_numbered_and_each_clash_is_reported()
    {
        var result = GeneratorHarness.Run(Hostile);

        var clashes = result.Diagnostics.Where(d => d.Id == "HV0005").Select(d => d.GetMessage()).ToList();
        clashes.ShouldContain(m => m.Contains("'AB' and 'a-b' both become the C# name 'AB'; 'a-b' is generated as 'AB2'"));
        var root = Source(result, "Fixtures.Hostile.HostileValues.g.cs");
        root.ShouldContain("public string? AB5 { get; init; }");
    }

    [Test]
    public void Builder_methods_that_take_one_item_get_names_of_their_own()
    {
        var root = Source(GeneratorHarness.Run(Hostile), "Fixtures.Hostile.HostileValues.g.cs");

        root.ShouldContain("public HostileValuesBuilder AddTag(string value)");
        root.ShouldContain("public HostileValuesBuilder AddTag2(string value)");
        root.ShouldContain("public HostileValuesBuilder WithLabel(string key, string value)");
        root.ShouldContain("public HostileValuesBuilder WithLabel2(string key, string value)");
        root.ShouldContain("public HostileValuesBuilder WithAdditionalProperty2(string key, global::HelmValues.Yaml.YamlValue value)");
    }

    [Test]
    public void A_very_long_key_gives_a_name_csharp_accepts()
    {
        var root = Source(GeneratorHarness.Run(Hostile), "Fixtures.Hostile.HostileValues.g.cs");

        root.ShouldContain($"public string? {new string('a', IdentifierNames.MaxLength)} {{ get; init; }}");
    }

    [TestCase("x-helmvalues-name", "class")]
    [TestCase("x-helmvalues-name", "not valid")]
    [TestCase("x-helmvalues-name", "lowerCase")]
    [TestCase("x-helmvalues-type-name", "1Bad")]
    public void A_chosen_name_csharp_cannot_take_is_an_error_that_says_why(string keyword, string name)
    {
        var schema =
            $$"""{ "properties": { "size": { "type": "object", "properties": { "x": { "type": "string" } }, "{{keyword}}": "{{name}}" } } }""";

        var result = GeneratorHarness.Run(("/c/app.values.schema.json", schema));

        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("HV0006");
        diagnostic.GetMessage().ShouldContain($"{keyword} must be a C# name that starts with an upper-case letter A-Z");
        Source(result, "Fixtures.App.AppValues.g.cs").ShouldContain("? Size { get; init; }");
    }

    [TestCase("namespace", "My-Charts.Web")]
    [TestCase("namespace", "Charts.class")]
    [TestCase("typeName", "values")]
    public void An_overlay_setting_csharp_cannot_take_is_an_error_and_the_default_is_used(string setting, string value)
    {
        var schema = $$"""{ "x-helmvalues": { "{{setting}}": "{{value}}" }, "properties": { "x": { "type": "string" } } }""";

        var result = GeneratorHarness.Run(("/c/app.values.schema.json", schema));

        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("HV0006");
        diagnostic.GetMessage().ShouldContain($"x-helmvalues.{setting} must be a C# ");
        result.GeneratedSources.Select(s => s.HintName).ShouldContain("Fixtures.App.AppValues.g.cs");
    }

    [Test]
    public void A_HelmValuesNamespace_csharp_cannot_declare_is_an_error_and_RootNamespace_is_used()
    {
        var result = GeneratorHarness.Run(
            new Dictionary<string, string> { ["HelmValuesNamespace"] = "Acme.Charts-1" },
            ("/c/app.values.schema.json", """{ "properties": { "x": { "type": "string" } } }""")
        );

        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("HV0010");
        diagnostic.GetMessage().ShouldStartWith("MSBuild property HelmValuesNamespace: 'Acme.Charts-1' is not a C# namespace");
        result.GeneratedSources.Select(s => s.HintName).ShouldContain("Fixtures.App.AppValues.g.cs");
    }

    private static IEnumerable<string> Keys()
    {
        using var document = JsonDocument.Parse(Hostile.Text);
        return document.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
    }

    private static string Source(GeneratorRunResult result, string hintName) =>
        result.GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();
}
