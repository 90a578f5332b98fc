using HelmValues.Charts;
using HelmValues.Yaml;

namespace HelmValues.Tests.Charts;

/// <summary>
/// The values Helm validates are JSON made by sigs.k8s.io/yaml from go-yaml v2's reading of the YAML (YAML 1.1 rules),
/// with every number a float64.
/// </summary>
public class HelmDataModelTests
{
    private static HelmJson Convert(string yaml)
    {
        var document = YamlDocumentReader.Read(yaml);
        document.Problems.ShouldBeEmpty();
        var problems = new List<SchemaViolation>();
        var value = YamlToHelmJson.Convert(document.Root, problems);
        problems.ShouldBeEmpty();
        return value.Property("v")!;
    }

    [TestCase("on", true)]
    [TestCase("yes", true)]
    [TestCase("Y", true)]
    [TestCase("off", false)]
    [TestCase("NO", false)]
    [TestCase("true", true)]
    public void Plain_yes_no_on_off_are_booleans(string text, bool expected)
    {
        var value = Convert($"v: {text}");
        value.Kind.ShouldBe(HelmJsonKind.Boolean);
        value.Boolean.ShouldBe(expected);
    }

    [TestCase("\"on\"")]
    [TestCase("'yes'")]
    [TestCase("!!str on")]
    [TestCase("|\n  on")]
    public void Quoted_tagged_and_block_scalars_are_strings(string text) => Convert($"v: {text}").Kind.ShouldBe(HelmJsonKind.String);

    [TestCase("0755", "493")]
    [TestCase("0x1F", "31")]
    [TestCase("0b101", "5")]
    [TestCase("1_000", "1000")]
    [TestCase("+12", "12")]
    [TestCase("1e3", "1000")]
    [TestCase(".5", "0.5")]
    [TestCase("-0.0", "0")]
    [TestCase("1.0", "1")]
    [TestCase("9223372036854775807", "9223372036854775808")]
    [TestCase("18446744073709551615", "18446744073709551616")]
    [TestCase("-9223372036854775809", "-9223372036854775808")]
    public void Numbers_become_the_float64_helm_holds(string text, string exact)
    {
        var value = Convert($"v: {text}");
        value.Kind.ShouldBe(HelmJsonKind.Number);
        JsonDecimal.TryParse(exact, out var expected).ShouldBeTrue();

        // The float64 written the shortest way (Go's %v) is the exact decimal Helm's validator compares.
        value.Number.ShouldBe(JsonDecimal.FromDouble(double.Parse(exact, System.Globalization.CultureInfo.InvariantCulture)));
        value.Number.IsInteger.ShouldBe(expected.IsInteger);
    }

    [Test]
    public void Two_to_the_63_minus_1_is_integral_but_not_exactly_itself()
    {
        // 9223372036854775807 reads as the float64 2^63, which Go's %v writes 9.223372036854776e+18: exactly
        // 9223372036854776000, above the maximum.
        const string Schema = """{"properties": {"v": {"type": "integer", "maximum": 9223372036854775807}}}""";
        SchemaCheck
            .Lines(Schema, "v: 9223372036854775807")
            .ShouldBe(["v: maximum: must be at most 9223372036854775807 (is 9223372036854776000)"]);
        SchemaCheck
            .IsValid("""{"properties": {"v": {"type": "integer", "const": 9223372036854776000}}}""", "v: 9223372036854775807")
            .ShouldBeTrue();
    }

    [TestCase("~")]
    [TestCase("null")]
    [TestCase("NULL")]
    [TestCase("")]
    public void Tilde_null_and_empty_are_null(string text) => Convert($"v: {text}").Kind.ShouldBe(HelmJsonKind.Null);

    [TestCase("2001-12-14")]
    [TestCase("2001-12-14t21:59:43.10-05:00")]
    [TestCase("2001-12-14 21:59:43.10 -5")]
    public void Timestamps_stay_the_strings_they_were_written_as(string text)
    {
        // go-yaml v2 decodes a timestamp into interface{} as its text ("for backward compatibility", decode.go).
        var value = Convert($"v: {text}");
        value.Kind.ShouldBe(HelmJsonKind.String);
        value.Text.ShouldBe(text);
    }

    [TestCase("v: .inf")]
    [TestCase("v: -.Inf")]
    [TestCase("v: .nan")]
    [TestCase("v: !!float .inf")]
    public void Infinity_and_nan_are_violations_because_json_cannot_hold_them(string yaml)
    {
        var violation = SchemaCheck.Violations("{}", yaml).ShouldHaveSingleItem();
        violation.Keyword.ShouldBe("type");
        violation.Path.ShouldBe("v");
        violation.Message.ShouldContain("JSON cannot hold");
    }

    [TestCase("1: x", "1")]
    [TestCase("0x1F: x", "31")]
    [TestCase("0755: x", "493")]
    [TestCase("true: x", "true")]
    [TestCase("yes: x", "true")]
    [TestCase("off: x", "false")]
    [TestCase("1.5: x", "1.5")]
    [TestCase("1.0: x", "1")]
    [TestCase("1e6: x", "1e+06")]
    [TestCase("100000.0: x", "100000")]
    [TestCase("0.00001: x", "1e-05")]
    [TestCase("3.14159265358979: x", "3.1415927")]
    [TestCase("1e300: x", ".inf")]
    [TestCase("2001-12-14: x", "2001-12-14")]
    [TestCase("\"01\": x", "01")]
    public void Keys_become_the_strings_sigs_k8s_yaml_makes(string yaml, string key)
    {
        var document = YamlDocumentReader.Read(yaml);
        var problems = new List<SchemaViolation>();
        var value = YamlToHelmJson.Convert(document.Root, problems);
        problems.ShouldBeEmpty();
        value.Properties.Select(static p => p.Name).ShouldBe([key]);
    }

    [TestCase("~: x")]
    [TestCase("18446744073709551615: x")]
    public void Keys_json_cannot_hold_are_violations(string yaml)
    {
        var violation = SchemaCheck.Violations("{}", yaml).ShouldHaveSingleItem();
        violation.Keyword.ShouldBe("type");
        violation.Path.ShouldBe("");
        violation.Node.ShouldBeOfType<YamlSourceScalar>();
    }

    [Test]
    public void Keys_that_become_equal_keep_the_later_value()
    {
        // yes and true are different YAML keys, and the same JSON key.
        var document = YamlDocumentReader.Read("yes: a\ntrue: b\n");
        document.Problems.ShouldBeEmpty();
        var value = YamlToHelmJson.Convert(document.Root, []);
        value.Properties.ShouldHaveSingleItem().Value.Text.ShouldBe("b");
    }

    [Test]
    public void An_empty_document_is_an_empty_mapping()
    {
        var violations = new List<SchemaViolation>();
        ChartSchema.Parse("""{"required": ["a"]}""").Validate(null, violations);
        violations.ShouldHaveSingleItem().ShouldBe(new SchemaViolation("a", null, "required", "is required"));

        var empty = new List<SchemaViolation>();
        ChartSchema.Parse("""{"type": "object", "maxProperties": 0}""").Validate(null, empty);
        empty.ShouldBeEmpty();
    }

    [Test]
    public void A_list_at_the_top_is_refused_as_helm_cannot_load_it()
    {
        var violation = SchemaCheck.Violations("{}", "- a\n").ShouldHaveSingleItem();
        (violation.Path, violation.Keyword).ShouldBe(("", "type"));
    }

    [Test]
    public void Aliases_are_the_values_their_anchors_name()
    {
        const string Schema = """{"properties": {"b": {"properties": {"port": {"type": "integer"}}}}}""";
        SchemaCheck.Lines(Schema, "a: &x {port: http}\nb: *x\n").ShouldBe(["b.port: type: must be an integer (is the string \"http\")"]);
    }
}
