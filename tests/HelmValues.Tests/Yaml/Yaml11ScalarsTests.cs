using HelmValues.Yaml;

namespace HelmValues.Tests.Yaml;

public class Yaml11ScalarsTests
{
    [TestCase("y", "Boolean")]
    [TestCase("Y", "Boolean")]
    [TestCase("yes", "Boolean")]
    [TestCase("Yes", "Boolean")]
    [TestCase("YES", "Boolean")]
    [TestCase("n", "Boolean")]
    [TestCase("N", "Boolean")]
    [TestCase("no", "Boolean")]
    [TestCase("No", "Boolean")]
    [TestCase("NO", "Boolean")]
    [TestCase("true", "Boolean")]
    [TestCase("True", "Boolean")]
    [TestCase("TRUE", "Boolean")]
    [TestCase("false", "Boolean")]
    [TestCase("False", "Boolean")]
    [TestCase("FALSE", "Boolean")]
    [TestCase("on", "Boolean")]
    [TestCase("On", "Boolean")]
    [TestCase("ON", "Boolean")]
    [TestCase("off", "Boolean")]
    [TestCase("Off", "Boolean")]
    [TestCase("OFF", "Boolean")]
    [TestCase("~", "Null")]
    [TestCase("null", "Null")]
    [TestCase("Null", "Null")]
    [TestCase("NULL", "Null")]
    [TestCase("", "Null")]
    [TestCase("0", "Integer")]
    [TestCase("42", "Integer")]
    [TestCase("-42", "Integer")]
    [TestCase("+1", "Integer")]
    [TestCase("0755", "Integer")]
    [TestCase("0o17", "Integer")]
    [TestCase("0O17", "Integer")]
    [TestCase("0x1F", "Integer")]
    [TestCase("0X1F", "Integer")]
    [TestCase("-0x1F", "Integer")]
    [TestCase("0b101", "Integer")]
    [TestCase("-0b101", "Integer")]
    [TestCase("1_000", "Integer")]
    [TestCase("1:20", "Integer")]
    [TestCase("190:20:30", "Integer")]
    [TestCase("99999999999999999999", "Integer")]
    [TestCase("0xFFFFFFFFFFFFFFFFFFFF", "Integer")]
    [TestCase("1.0", "Float")]
    [TestCase(".5", "Float")]
    [TestCase("-.5", "Float")]
    [TestCase("1.", "Float")]
    [TestCase("1e3", "Float")]
    [TestCase("1E3", "Float")]
    [TestCase("1e+3", "Float")]
    [TestCase("1.5e-3", "Float")]
    [TestCase("1_000.5", "Float")]
    [TestCase("1.0_0", "Float")]
    [TestCase("1:20.5", "Float")]
    [TestCase(".inf", "Float")]
    [TestCase(".Inf", "Float")]
    [TestCase(".INF", "Float")]
    [TestCase("+.inf", "Float")]
    [TestCase("-.inf", "Float")]
    [TestCase("-.Inf", "Float")]
    [TestCase(".nan", "Float")]
    [TestCase(".NaN", "Float")]
    [TestCase(".NAN", "Float")]
    [TestCase("1.2.3", "Float")]
    [TestCase(".", "Float")]
    [TestCase("2001-12-14", "Timestamp")]
    [TestCase("2001-12-14t21:59:43.10-05:00", "Timestamp")]
    [TestCase("2001-12-14T21:59:43.10Z", "Timestamp")]
    [TestCase("2001-12-14 21:59:43.10 -5", "Timestamp")]
    [TestCase("2001-12-15 2:59:43.10", "Timestamp")]
    [TestCase("2002-1-2", "Timestamp")]
    [TestCase("2001-02-30", "Timestamp")]
    [TestCase("<<", "Other")]
    [TestCase("=", "Other")]
    [TestCase("yes please", "String")]
    [TestCase("onion", "String")]
    [TestCase("nullable", "String")]
    [TestCase("Yes!", "String")]
    [TestCase("yEs", "String")]
    [TestCase("oN", "String")]
    [TestCase("NaN", "String")]
    [TestCase(".nAn", "String")]
    [TestCase("-.nan", "String")]
    [TestCase("inf", "String")]
    [TestCase("0x", "String")]
    [TestCase("0b", "String")]
    [TestCase("0b2", "String")]
    [TestCase("1e", "String")]
    [TestCase("e3", "String")]
    [TestCase("+", "String")]
    [TestCase("-", "String")]
    [TestCase("1.2.3-beta", "String")]
    [TestCase("v1.2.3", "String")]
    [TestCase("3.1.2-rc.1", "String")]
    [TestCase("200m", "String")]
    [TestCase("128Mi", "String")]
    [TestCase("15m", "String")]
    [TestCase("1h30m", "String")]
    [TestCase("2001-12-14-foo", "String")]
    [TestCase("12:345", "String")]
    [TestCase("0:20", "String")]
    [TestCase("<<<", "String")]
    [TestCase("==", "String")]
    [TestCase("buildkite/agent:3.1.2", "String")]
    [TestCase("arn:aws:iam::123456789012:role/ci", "String")]
    public void Resolve_reads_plain_scalars_like_the_most_eager_YAML_reader(string plain, string expected)
    {
        Yaml11Scalars.Resolve(plain).ToString().ShouldBe(expected);
    }

    [TestCase("yes", "Boolean")]
    [TestCase("0755", "Integer")]
    [TestCase("0o17", "Integer")]
    [TestCase("1e3", "Float")]
    [TestCase("08", "Float")]
    [TestCase("+99999999999999999999", "Float")]
    [TestCase("18446744073709551615", "Integer")]
    [TestCase("0xFFFFFFFFFFFFFFFFFFFF", "String")]
    [TestCase("1e999", "String")]
    [TestCase(".5_5", "Float")]
    [TestCase("._5", "String")]
    [TestCase("1:20", "String")]
    [TestCase("1.2.3", "String")]
    [TestCase(".", "String")]
    [TestCase("2001-12-14", "Timestamp")]
    [TestCase("2001-1-2", "Timestamp")]
    [TestCase("2001-12-14 1:2:3", "Timestamp")]
    [TestCase("2001-12-14T21:59:43", "String")]
    [TestCase("2001-12-14T21:59:43+05:00", "Timestamp")]
    [TestCase("2001-02-30", "String")]
    [TestCase("2000-02-29", "Timestamp")]
    [TestCase("1900-02-29", "String")]
    [TestCase("=", "String")]
    public void ResolveGoYamlV2_follows_go_yaml_v2_resolve(string plain, string expected)
    {
        Yaml11Scalars.ResolveGoYamlV2(plain).ToString().ShouldBe(expected);
    }

    [TestCase("yes", "String")]
    [TestCase("True", "Boolean")]
    [TestCase("0755", "Integer")]
    [TestCase("0o17", "Integer")]
    [TestCase("0b101", "String")]
    [TestCase("1_000", "String")]
    [TestCase("1e3", "Float")]
    [TestCase("2001-12-14", "String")]
    [TestCase("-.INF", "Float")]
    public void ResolveCore12_follows_the_YAML_1_2_core_schema(string plain, string expected)
    {
        Yaml11Scalars.ResolveCore12(plain).ToString().ShouldBe(expected);
    }

    [TestCase("yes", true)]
    [TestCase("Y", true)]
    [TestCase("on", true)]
    [TestCase("TRUE", true)]
    [TestCase("no", false)]
    [TestCase("n", false)]
    [TestCase("Off", false)]
    [TestCase("false", false)]
    public void TryParseBoolean_accepts_YAML_1_1_booleans(string plain, bool expected)
    {
        Yaml11Scalars.TryParseBoolean(plain, out var value).ShouldBeTrue();
        value.ShouldBe(expected);
    }

    [TestCase("yEs")]
    [TestCase("1")]
    [TestCase("")]
    public void TryParseBoolean_refuses_other_text(string plain)
    {
        Yaml11Scalars.TryParseBoolean(plain, out _).ShouldBeFalse();
    }

    [TestCase("0", 0L)]
    [TestCase("42", 42L)]
    [TestCase("+1", 1L)]
    [TestCase("-17", -17L)]
    [TestCase("0x1F", 31L)]
    [TestCase("0X1f", 31L)]
    [TestCase("-0x1F", -31L)]
    [TestCase("0755", 493L)]
    [TestCase("0o17", 15L)]
    [TestCase("0b101", 5L)]
    [TestCase("-0b101", -5L)]
    [TestCase("1_000", 1000L)]
    [TestCase("0x_1F", 31L)]
    [TestCase("9223372036854775807", long.MaxValue)]
    [TestCase("-9223372036854775808", long.MinValue)]
    public void TryParseInteger_reads_go_yaml_v2_integers(string plain, long expected)
    {
        Yaml11Scalars.TryParseInteger(plain, out var value).ShouldBeTrue();
        value.ShouldBe(expected);
    }

    [TestCase("1:20")]
    [TestCase("08")]
    [TestCase("1.0")]
    [TestCase("1e3")]
    [TestCase("9223372036854775808")]
    [TestCase("0x")]
    [TestCase("ten")]
    [TestCase("2001-12-14")]
    public void TryParseInteger_refuses_what_go_yaml_v2_does_not_read_as_an_int64(string plain)
    {
        Yaml11Scalars.TryParseInteger(plain, out _).ShouldBeFalse();
    }

    [TestCase("1.0", 1.0)]
    [TestCase(".5", 0.5)]
    [TestCase("-.5", -0.5)]
    [TestCase("+.5", 0.5)]
    [TestCase("1.", 1.0)]
    [TestCase("1e3", 1000.0)]
    [TestCase("1E-3", 0.001)]
    [TestCase("1_000.5", 1000.5)]
    [TestCase(".5_5", 0.55)]
    [TestCase("42", 42.0)]
    [TestCase("0x1F", 31.0)]
    [TestCase("08", 8.0)]
    [TestCase("18446744073709551615", 18446744073709551615.0)]
    public void TryParseFloat_reads_go_yaml_v2_numbers(string plain, double expected)
    {
        Yaml11Scalars.TryParseFloat(plain, out var value).ShouldBeTrue();
        value.ShouldBe(expected);
    }

    [TestCase(".inf", double.PositiveInfinity)]
    [TestCase("+.Inf", double.PositiveInfinity)]
    [TestCase("-.INF", double.NegativeInfinity)]
    public void TryParseFloat_reads_infinities(string plain, double expected)
    {
        Yaml11Scalars.TryParseFloat(plain, out var value).ShouldBeTrue();
        value.ShouldBe(expected);
    }

    [Test]
    public void TryParseFloat_reads_NaN()
    {
        Yaml11Scalars.TryParseFloat(".NaN", out var value).ShouldBeTrue();
        double.IsNaN(value).ShouldBeTrue();
    }

    [TestCase("1e999")]
    [TestCase("1:20.5")]
    [TestCase("1.2.3")]
    [TestCase("inf")]
    [TestCase("NaN")]
    [TestCase("0x1p3")]
    [TestCase("")]
    public void TryParseFloat_refuses_what_go_yaml_v2_reads_as_a_string(string plain)
    {
        Yaml11Scalars.TryParseFloat(plain, out _).ShouldBeFalse();
    }

    [TestCase("yes")]
    [TestCase("0755")]
    [TestCase("1e3")]
    [TestCase("1_000")]
    [TestCase(".inf")]
    [TestCase("2001-12-14")]
    [TestCase("1:20")]
    [TestCase("~")]
    [TestCase("<<")]
    [TestCase("0o17")]
    [TestCase("1.2.3")]
    [TestCase("plain text")]
    [TestCase("v1.2")]
    public void Resolve_agrees_with_the_independent_oracle(string plain)
    {
        (Yaml11Scalars.Resolve(plain) == YamlScalarKind.String).ShouldBe(IndependentYamlOracle.IsStringInEveryReader(plain));
    }
}
