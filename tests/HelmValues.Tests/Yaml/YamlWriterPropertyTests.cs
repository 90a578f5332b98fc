using System.Text;
using CsCheck;
using HelmValues.Yaml;
using YamlDotNet.Core;
using RM = YamlDotNet.RepresentationModel;

namespace HelmValues.Tests.Yaml;

/// <summary>
/// Random strings, biased towards what breaks YAML, written with <see cref="YamlWriter"/> and read back with YamlDotNet's
/// parser: the exact string must come back, and every scalar written plain must be a string for the independent
/// regex oracle (YAML 1.1 types, YAML 1.2 core, go-yaml v2).
/// </summary>
public class YamlWriterPropertyTests
{
    private const int Iterations = 10_000;

    // Fragments that YAML gives a meaning to: special forms, indicators, blanks, breaks, Unicode and controls.
    private static readonly string[] Fragments =
    [
        "on",
        "On",
        "ON",
        "off",
        "yes",
        "Yes",
        "no",
        "NO",
        "y",
        "Y",
        "n",
        "N",
        "true",
        "False",
        "~",
        "null",
        "Null",
        "NULL",
        "0755",
        "0o17",
        "0x1F",
        "0X1f",
        "0b101",
        "1e3",
        "1E-3",
        "1_000",
        "1_000.5",
        ".5",
        "1.",
        "1.0",
        "-1",
        "+1",
        ".inf",
        "-.Inf",
        ".NaN",
        "2001-12-14",
        "2001-12-14T21:59:43.10Z",
        " 21:59:43",
        "1:20",
        "190:20:30.15",
        "<<",
        "=",
        "1.2.3",
        "-",
        "?",
        ":",
        ",",
        "[",
        "]",
        "{",
        "}",
        "#",
        "&",
        "*",
        "!",
        "|",
        ">",
        "'",
        "\"",
        "%",
        "@",
        "`",
        "\\",
        ": ",
        " #",
        "- ",
        "? ",
        "---",
        "...",
        " ",
        "  ",
        "\t",
        "\n",
        "\n\n",
        "\r",
        "\r\n",
        "a",
        "kubernetes",
        "arch=arm64",
        "/workspace",
        "x",
        "0",
        "1",
        "9",
        ".",
        "_",
        "e",
        "E",
        "+",
        "é",
        "ü",
        "中文",
        "\u00A0",
        "\u0085",
        "\u2028",
        "\u2029",
        "\uFEFF",
        "\uFFFD",
        "\u200B",
        "\U0001F600",
        "\U00010000",
        "\U0010FFFF",
        "\0",
        "\u0001",
        "\u0007",
        "\u001B",
        "\u007F",
        "\u0080",
        "\u009F",
    ];

    private static readonly Gen<string> Fragment = Gen.OneOf(Fragments);

    private static readonly Gen<string> RandomBmpCharacter = Gen.Char['\u0020', '\uD7FF'].Select(static c => c.ToString());

    private static readonly Gen<string> Atom = Gen.Frequency(
        (6, Fragment),
        (2, Gen.Char["abcxyz019 -:#.\n\t"].Select(static c => c.ToString())),
        (1, RandomBmpCharacter)
    );

    /// <summary>Strings of 0 to 8 atoms; always valid UTF-16 (no unpaired surrogates).</summary>
    internal static readonly Gen<string> YamlishString = Atom.Array[0, 8].Select(static parts => string.Concat(parts));

    [Test]
    public void Strings_round_trip_exactly_as_values_and_keys()
    {
        YamlishString.Sample(
            value =>
            {
                var yaml = YamlWriter.Serialize(w =>
                {
                    w.BeginMapping();
                    w.WriteKey("value");
                    w.WriteString(value);
                    w.WriteKey("keys");
                    w.BeginMapping();
                    w.WriteKey(value);
                    w.WriteString("k");
                    w.EndMapping();
                    w.WriteKey("list");
                    w.BeginSequence();
                    w.WriteString(value);
                    w.EndSequence();
                    w.EndMapping();
                });

                AssertReadsBack(yaml, value);
            },
            iter: Iterations
        );
    }

    [Test]
    public void Maps_of_strings_round_trip_in_ordinal_key_order()
    {
        Gen.Select(YamlishString, YamlishString)
            .Array[0, 6]
            .Sample(
                pairs =>
                {
                    var map = new Dictionary<string, string>(StringComparer.Ordinal);
                    foreach (var (key, value) in pairs)
                    {
                        map[key] = value;
                    }

                    var yaml = YamlWriter.Serialize(w => w.WriteMap(map, static (w, v) => w.WriteString(v)));
                    var root = (RM.YamlMappingNode)YamlDotNetReadBack.Root(yaml);
                    var keys = root.Children.Keys.Select(static k => ((RM.YamlScalarNode)k).Value!).ToList();
                    keys.ShouldBe(map.Keys.Order(StringComparer.Ordinal).ToList());
                    foreach (var (key, node) in root.Children)
                    {
                        ((RM.YamlScalarNode)node).Value.ShouldBe(map[((RM.YamlScalarNode)key).Value!]);
                    }

                    AssertPlainScalarsAreStrings(yaml);
                    AssertEditorSafe(yaml);
                },
                iter: Iterations
            );
    }

    private static void AssertReadsBack(string yaml, string value)
    {
        RM.YamlNode root;
        try
        {
            root = YamlDotNetReadBack.Root(yaml);
        }
        catch (YamlException exception)
        {
            throw new InvalidOperationException($"Output does not parse ({exception.Message}):\n{yaml}", exception);
        }

        var mapping = (RM.YamlMappingNode)root;
        Scalar(mapping, "value").ShouldBe(value, yaml);
        var keys = (RM.YamlMappingNode)mapping.Children[new RM.YamlScalarNode("keys")];
        ((RM.YamlScalarNode)keys.Children.Single().Key).Value.ShouldBe(value, yaml);
        ((RM.YamlScalarNode)((RM.YamlSequenceNode)mapping.Children[new RM.YamlScalarNode("list")]).Children.Single()).Value.ShouldBe(
            value,
            yaml
        );
        AssertPlainScalarsAreStrings(yaml);
        AssertEditorSafe(yaml);
    }

    private static string? Scalar(RM.YamlMappingNode mapping, string key) =>
        ((RM.YamlScalarNode)mapping.Children[new RM.YamlScalarNode(key)]).Value;

    private static void AssertPlainScalarsAreStrings(string yaml)
    {
        foreach (var (text, style) in YamlDotNetReadBack.Scalars(yaml))
        {
            if (style == ScalarStyle.Plain)
            {
                IndependentYamlOracle
                    .IsStringInEveryReader(text)
                    .ShouldBeTrue($"`{text}` was written plain but is not a string for every reader:\n{yaml}");
            }
        }
    }

    // No CR, no blank at the end of a line (editors and git hooks strip those), a final newline.
    private static void AssertEditorSafe(string yaml)
    {
        yaml.ShouldEndWith("\n");
        yaml.ShouldNotContain("\r");
        foreach (var line in yaml.Split('\n'))
        {
            (line.EndsWith(' ') || line.EndsWith('\t')).ShouldBeFalse($"line `{line}` ends with a blank:\n{yaml}");
        }

        Encoding.UTF8.GetByteCount(yaml).ShouldBeGreaterThan(0);
    }
}
