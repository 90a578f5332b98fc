using CsCheck;
using HelmValues.Yaml;

namespace HelmValues.Tests.Yaml;

public class YamlWriterTests
{
    [Test]
    public void Writes_a_small_document_byte_for_byte()
    {
        var yaml = YamlWriter.Serialize(w =>
        {
            w.BeginMapping();
            w.WriteProperty("queue", "kubernetes");
            w.WriteProperty("debug", "on");
            w.WriteProperty("max-in-flight", 25);
            w.WriteProperty("skipped", (string?)null);
            w.WriteDurationProperty("job-ttl", TimeSpan.FromMinutes(10));
            w.WriteKey("tags");
            w.WriteSequence(["queue=kubernetes", "arch=arm64"], static (w, t) => w.WriteString(t));
            w.WriteKey("default-metadata");
            w.BeginMapping();
            w.WriteKey("labels");
            w.WriteMap(new Dictionary<string, string> { ["team"] = "ci", ["app"] = "agent" }, static (w, v) => w.WriteString(v));
            w.WriteKey("annotations");
            w.WriteMap(new Dictionary<string, string>(), static (w, v) => w.WriteString(v));
            w.EndMapping();
            w.WriteKey("extra");
            w.BeginSequence();
            w.EndSequence();
            w.EndMapping();
        });

        yaml.ShouldBe(
            "queue: kubernetes\n"
                + "debug: \"on\"\n"
                + "max-in-flight: 25\n"
                + "job-ttl: 10m\n"
                + "tags:\n"
                + "  - queue=kubernetes\n"
                + "  - arch=arm64\n"
                + "default-metadata:\n"
                + "  labels:\n"
                + "    app: agent\n"
                + "    team: ci\n"
                + "  annotations: {}\n"
                + "extra: []\n"
        );
    }

    [Test]
    public void Writes_lists_of_mappings_and_block_scalars_indented_under_their_key()
    {
        var yaml = YamlWriter.Serialize(w =>
        {
            w.BeginMapping();
            w.WriteKey("containers");
            w.BeginSequence();
            w.BeginMapping();
            w.WriteProperty("name", "container-0");
            w.WriteKey("command");
            w.WriteSequence(["/bin/sh", "-c", "echo hello\necho world\n"], static (w, c) => w.WriteString(c));
            w.EndMapping();
            w.EndSequence();
            w.WriteProperty("script", "  indented first line\nsecond");
            w.WriteProperty("kept", "a\n\n");
            w.EndMapping();
        });

        yaml.ShouldBe(
            """
            containers:
              - name: container-0
                command:
                  - /bin/sh
                  - "-c"
                  - |
                    echo hello
                    echo world
            script: |2-
                indented first line
              second
            kept: |+
              a


            """.ReplaceLineEndings("\n")
        );
    }

    [Test]
    public void Separates_several_documents_with_dashes_and_ends_with_one_newline()
    {
        var output = new StringWriter();
        using (var writer = new YamlWriter(output))
        {
            writer.BeginDocument();
            writer.BeginMapping();
            writer.WriteProperty("kind", "ServiceAccount");
            writer.EndMapping();
            writer.EndDocument();
            writer.BeginDocument();
            writer.BeginMapping();
            writer.WriteProperty("kind", "Secret");
            writer.EndMapping();
            writer.EndDocument();
        }

        output.ToString().ShouldBe("kind: ServiceAccount\n---\nkind: Secret\n");
    }

    [Test]
    public void A_single_document_has_no_markers()
    {
        YamlWriter.Serialize(w => w.WriteString("x")).ShouldBe("x\n");
        YamlWriter.Serialize(w => w.WriteInteger(1)).ShouldBe("1\n");
    }

    [TestCase("on")]
    [TestCase("yes")]
    [TestCase("no")]
    [TestCase("y")]
    [TestCase("Y")]
    [TestCase("off")]
    [TestCase("~")]
    [TestCase("null")]
    [TestCase("0755")]
    [TestCase("0x1F")]
    [TestCase("0o17")]
    [TestCase("0b101")]
    [TestCase("1e3")]
    [TestCase("1_000")]
    [TestCase(".inf")]
    [TestCase("-.inf")]
    [TestCase(".NaN")]
    [TestCase("2001-12-14")]
    [TestCase("2001-12-14 21:59:43.10 -5")]
    [TestCase("1:20")]
    [TestCase("1.2.3")]
    [TestCase("42")]
    [TestCase("3.14")]
    [TestCase("<<")]
    [TestCase("=")]
    public void Quotes_every_YAML_1_1_special_form(string value)
    {
        AssertWrittenAs(value, "\"" + value + "\"");
    }

    [TestCase("kubernetes", "kubernetes")]
    [TestCase("arch=arm64", "arch=arm64")]
    [TestCase("/workspace", "/workspace")]
    [TestCase("200m", "200m")]
    [TestCase("x:y", "x:y")]
    [TestCase("x#y", "x#y")]
    [TestCase("a b", "a b")]
    [TestCase("x]", "x]")]
    [TestCase("onion", "onion")]
    [TestCase("v1.2.3", "v1.2.3")]
    [TestCase("é ü 中文", "é ü 中文")]
    [TestCase("back\\slash", "back\\slash")]
    [TestCase("123456789012.dkr.ecr.eu-west-1.amazonaws.com/agent:3.1", "123456789012.dkr.ecr.eu-west-1.amazonaws.com/agent:3.1")]
    public void Leaves_safe_strings_plain(string value, string expected)
    {
        AssertWrittenAs(value, expected);
    }

    [TestCase("", "\"\"")]
    [TestCase(" lead", "\" lead\"")]
    [TestCase("trail ", "\"trail \"")]
    [TestCase("\ttab", "\"\ttab\"")]
    [TestCase("a: b", "\"a: b\"")]
    [TestCase("a #b", "\"a #b\"")]
    [TestCase("x:", "\"x:\"")]
    [TestCase("- x", "\"- x\"")]
    [TestCase("-x", "\"-x\"")]
    [TestCase("?x", "\"?x\"")]
    [TestCase(":x", "\":x\"")]
    [TestCase(",x", "\",x\"")]
    [TestCase("[x", "\"[x\"")]
    [TestCase("]x", "\"]x\"")]
    [TestCase("{x", "\"{x\"")]
    [TestCase("}x", "\"}x\"")]
    [TestCase("#x", "\"#x\"")]
    [TestCase("&x", "\"&x\"")]
    [TestCase("*x", "\"*x\"")]
    [TestCase("!x", "\"!x\"")]
    [TestCase("|x", "\"|x\"")]
    [TestCase(">x", "\">x\"")]
    [TestCase("'x", "\"'x\"")]
    [TestCase("\"x", "\"\\\"x\"")]
    [TestCase("%x", "\"%x\"")]
    [TestCase("@x", "\"@x\"")]
    [TestCase("`x", "\"`x\"")]
    [TestCase("---", "\"---\"")]
    [TestCase("...", "\"...\"")]
    [TestCase("a\u0001b", "\"a\\x01b\"")]
    [TestCase("a\u007Fb", "\"a\\x7Fb\"")]
    [TestCase("a\u0085b", "\"a\\Nb\"")]
    [TestCase("a\u2028b", "\"a\\Lb\"")]
    [TestCase("a\0b", "\"a\\0b\"")]
    [TestCase("emoji \U0001F600", "\"emoji \\U0001F600\"")]
    [TestCase("crlf\r\nx", "\"crlf\\r\\nx\"")]
    [TestCase("\n", "\"\\n\"")]
    [TestCase("trailing \nspace", "\"trailing \\nspace\"")]
    [TestCase("\tfirst\nline", "\"\tfirst\\nline\"")]
    public void Quotes_and_escapes_unsafe_strings(string value, string expected)
    {
        AssertWrittenAs(value, expected);
    }

    [TestCase("a\nb", "|-\n  a\n  b")]
    [TestCase("a\nb\n", "|\n  a\n  b")]
    [TestCase("a\nb\n\n", "|+\n  a\n  b\n")]
    [TestCase(" a\nb", "|2-\n   a\n  b")]
    [TestCase("\n\na", "|2-\n\n\n  a")]
    [TestCase("a\n\tb", "|-\n  a\n  \tb")]
    [TestCase("#!/bin/sh\nset -e", "|-\n  #!/bin/sh\n  set -e")]
    [TestCase("key: value\n- item", "|-\n  key: value\n  - item")]
    [TestCase("yes\nno", "|-\n  yes\n  no")]
    [TestCase("x\U0001F600\ny", "|-\n  x\U0001F600\n  y")]
    public void Writes_multi_line_strings_as_literal_blocks(string value, string expected)
    {
        AssertWrittenAs(value, expected);
    }

    [TestCase("yes")]
    [TestCase("a: b")]
    [TestCase("multi\nline")]
    [TestCase("")]
    [TestCase("-")]
    [TestCase("<<")]
    public void Quotes_keys_with_the_same_rules_but_never_as_blocks(string key)
    {
        var yaml = YamlWriter.Serialize(w =>
        {
            w.BeginMapping();
            w.WriteKey(key);
            w.WriteString("v");
            w.EndMapping();
        });

        // A multi-line key is an explicit key ("? "): YAML limits implicit keys to one line.
        yaml.TrimStart('?', ' ').ShouldStartWith("\"");
        var root = (YamlDotNet.RepresentationModel.YamlMappingNode)YamlDotNetReadBack.Root(yaml);
        ((YamlDotNet.RepresentationModel.YamlScalarNode)root.Children.Single().Key).Value.ShouldBe(key);
    }

    [Test]
    public void Writes_long_keys_as_explicit_keys()
    {
        var key = new string('k', 1100);
        var yaml = YamlWriter.Serialize(w =>
        {
            w.BeginMapping();
            w.WriteProperty(key, "v");
            w.EndMapping();
        });

        yaml.ShouldBe("? " + key + "\n: v\n");
        YamlDotNetReadBack.ScalarAt(yaml, key).ShouldBe("v");
    }

    [Test]
    public void Refuses_a_key_that_only_escaping_makes_too_long()
    {
        var key = new string('\u0001', 300);
        Should.Throw<ArgumentException>(() =>
            YamlWriter.Serialize(w =>
            {
                w.BeginMapping();
                w.WriteKey(key);
            })
        );
    }

    [Test]
    public void Refuses_unpaired_surrogates()
    {
        Should.Throw<ArgumentException>(() => YamlWriter.Serialize(w => w.WriteString("a\uD800b")));
        Should.Throw<ArgumentException>(() => YamlWriter.Serialize(w => w.WriteString("\uDC00")));
    }

    [TestCase(1.0, "1.0")]
    [TestCase(0.5, "0.5")]
    [TestCase(-2.25, "-2.25")]
    [TestCase(1e20, "1.0e+20")]
    [TestCase(1.5e-7, "1.5e-7")]
    [TestCase(-0.0, "-0.0")]
    [TestCase(0.1 + 0.2, "0.30000000000000004")]
    [TestCase(double.MaxValue, "1.7976931348623157e+308")]
    [TestCase(double.Epsilon, "5.0e-324")]
    [TestCase(double.NaN, ".nan")]
    [TestCase(double.PositiveInfinity, ".inf")]
    [TestCase(double.NegativeInfinity, "-.inf")]
    public void Writes_floats_that_stay_floats(double value, string expected)
    {
        YamlWriter.Serialize(w => w.WriteNumber(value)).ShouldBe(expected + "\n");
        Yaml11Scalars.ResolveGoYamlV2(expected).ToString().ShouldBe("Float");
        Yaml11Scalars.ResolveCore12(expected).ToString().ShouldBe("Float");
        if (!double.IsNaN(value))
        {
            Yaml11Scalars.TryParseFloat(expected, out var parsed).ShouldBeTrue();
            parsed.ShouldBe(value);
        }
    }

    [Test]
    public void Float_format_round_trips_and_is_a_YAML_1_1_float()
    {
        Gen.Double.Sample(
            value =>
            {
                var text = YamlNumberFormat.FormatDouble(value);
                var yaml11 = System.Text.RegularExpressions.Regex.IsMatch(
                    text,
                    @"^([-+]?([0-9][0-9_]*)?\.[0-9.]*([eE][-+][0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$"
                );
                return yaml11
                    && Yaml11Scalars.ResolveCore12(text) == YamlScalarKind.Float
                    && Yaml11Scalars.TryParseFloat(text, out var parsed)
                    && (parsed.Equals(value) || (double.IsNaN(value) && double.IsNaN(parsed)));
            },
            iter: 10_000
        );
    }

    [TestCase(0L, "0")]
    [TestCase(-42L, "-42")]
    [TestCase(long.MaxValue, "9223372036854775807")]
    [TestCase(long.MinValue, "-9223372036854775808")]
    public void Writes_integers_in_decimal(long value, string expected)
    {
        YamlWriter.Serialize(w => w.WriteInteger(value)).ShouldBe(expected + "\n");
    }

    [Test]
    public void Writes_booleans_and_null()
    {
        var yaml = YamlWriter.Serialize(w =>
        {
            w.BeginSequence();
            w.WriteBoolean(true);
            w.WriteBoolean(false);
            w.WriteNull();
            w.EndSequence();
        });

        yaml.ShouldBe("- true\n- false\n- null\n");
    }

    [Test]
    public void Convenience_properties_skip_nulls_and_write_values()
    {
        var yaml = YamlWriter.Serialize(w =>
        {
            w.BeginMapping();
            w.WriteProperty("s", (string?)null);
            w.WriteProperty("b", (bool?)null);
            w.WriteProperty("i", (int?)null);
            w.WriteProperty("l", (long?)null);
            w.WriteProperty("d", (double?)null);
            w.WriteDurationProperty("t", null);
            w.WriteProperty<YamlValue>("v", null, static (w, v) => w.WriteValue(v));
            w.WriteValueProperty<int>("n", null, static (w, v) => w.WriteInteger(v));
            w.WriteProperty("b2", (bool?)false);
            w.WriteProperty("i2", (int?)7);
            w.WriteProperty("l2", (long?)8);
            w.WriteProperty("d2", (double?)2);
            w.WriteDurationProperty("t2", TimeSpan.FromSeconds(90));
            w.WriteProperty<YamlValue>("v2", YamlValue.String("yes"), static (w, v) => w.WriteValue(v));
            w.WriteValueProperty<int>("n2", 3, static (w, v) => w.WriteInteger(v));
            w.EndMapping();
        });

        yaml.ShouldBe("b2: false\ni2: 7\nl2: 8\nd2: 2.0\nt2: 1m30s\nv2: \"yes\"\nn2: 3\n");
    }

    [Test]
    public void WriteMap_sorts_keys_ordinally_whatever_the_input_order()
    {
        var entries = new List<KeyValuePair<string, int>> { new("b", 2), new("B", 1), new("a", 3), new("_", 4), new("a-b", 5) };
        var yaml = YamlWriter.Serialize(w => w.WriteMap(entries, static (w, v) => w.WriteInteger(v)));
        yaml.ShouldBe("B: 1\n_: 4\na: 3\na-b: 5\nb: 2\n");

        entries.Reverse();
        YamlWriter.Serialize(w => w.WriteMap(entries, static (w, v) => w.WriteInteger(v))).ShouldBe(yaml);
        YamlWriter.Serialize(w => w.WriteMap(entries.Select(e => e), static (w, v) => w.WriteInteger(v))).ShouldBe(yaml);
    }

    [Test]
    public void WriteMap_refuses_duplicate_keys()
    {
        var entries = new[] { new KeyValuePair<string, int>("a", 1), new KeyValuePair<string, int>("a", 2) };
        Should.Throw<ArgumentException>(() => YamlWriter.Serialize(w => w.WriteMap(entries, static (w, v) => w.WriteInteger(v))));
    }

    [Test]
    public void WriteValue_writes_loaded_plain_scalars_as_they_were()
    {
        var value = YamlValue.Mapping([
            new("plain-on", YamlValue.Plain("on")),
            new("quoted-on", YamlValue.String("on")),
            new("octal", YamlValue.Plain("0755")),
            new("list", YamlValue.Sequence([1, 2.5, true, YamlValue.Null, "x"])),
            new("empty", YamlValue.Mapping([])),
        ]);

        YamlWriter
            .Serialize(w => w.WriteValue(value))
            .ShouldBe("empty: {}\nlist:\n  - 1\n  - 2.5\n  - true\n  - null\n  - x\noctal: 0755\nplain-on: on\nquoted-on: \"on\"\n");
    }

    [Test]
    public void Misuse_throws_instead_of_writing_broken_YAML()
    {
        Should.Throw<InvalidOperationException>(() =>
            YamlWriter.Serialize(w =>
            {
                w.BeginMapping();
                w.WriteString("value without key");
            })
        );
        Should.Throw<InvalidOperationException>(() =>
            YamlWriter.Serialize(w =>
            {
                w.BeginMapping();
                w.WriteKey("a");
                w.WriteKey("b");
            })
        );
        Should.Throw<InvalidOperationException>(() =>
            YamlWriter.Serialize(w =>
            {
                w.BeginMapping();
                w.WriteKey("a");
                w.EndMapping();
            })
        );
        Should.Throw<InvalidOperationException>(() =>
            YamlWriter.Serialize(w =>
            {
                w.WriteString("a");
                w.WriteString("b");
            })
        );
        Should.Throw<InvalidOperationException>(() => YamlWriter.Serialize(w => w.BeginSequence()));
        Should.Throw<InvalidOperationException>(() => YamlWriter.Serialize(_ => { }));
        Should.Throw<InvalidOperationException>(() => YamlWriter.Serialize(w => w.WriteKey("a")));
        Should.Throw<InvalidOperationException>(() => new YamlWriter(new StringWriter()).WriteString("no document"));
    }

    [Test]
    public void Output_is_deterministic()
    {
        static string Write() =>
            YamlWriter.Serialize(w =>
                w.WriteMap(
                    new Dictionary<string, string>
                    {
                        ["z"] = "1",
                        ["y"] = "on",
                        ["x"] = "a\nb",
                    },
                    static (w, v) => w.WriteString(v)
                )
            );

        Write().ShouldBe(Write());
        Write().ShouldNotContain("\r");
    }

    private static void AssertWrittenAs(string value, string expectedScalar)
    {
        var yaml = YamlWriter.Serialize(w =>
        {
            w.BeginMapping();
            w.WriteKey("k");
            w.WriteString(value);
            w.EndMapping();
        });

        yaml.ShouldBe("k: " + expectedScalar + "\n");
        YamlDotNetReadBack.ScalarAt(yaml, "k").ShouldBe(value);
    }
}
