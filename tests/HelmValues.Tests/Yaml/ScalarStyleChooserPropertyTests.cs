using CsCheck;
using HelmValues.Yaml;
using YamlDotNet.Core;

namespace HelmValues.Tests.Yaml;

/// <summary>
/// <see cref="ScalarStyleChooser"/> skips runs of ordinary characters and applies its rules only at the others; these
/// tests compare every decision with <see cref="ScalarStyleReference"/>, which applies each rule to each character.
/// </summary>
public class ScalarStyleChooserPropertyTests
{
    // The characters some rule looks at, and their neighbours.
    private const string Interesting = ":#* \t\n-?.,[]{}&!|>'\"%@`~\r";

    private static readonly string[] Unusual =
    [
        "\0",
        "\u0001",
        "\u001F",
        "\u007F",
        "\u0080",
        "\u0085",
        "\u009F",
        "\u00A0",
        "é",
        "\u2028",
        "\u2029",
        "\uD7FF",
        "\uE000",
        "\uFEFF",
        "\uFFFD",
        "\uFFFE",
        "\uFFFF",
        "\U0001F600",
        "\uD800",
        "\uDBFF",
        "\uDC00",
        "\uDFFF",
    ];

    private static readonly string[] Fragments =
    [
        "...",
        "---",
        ": ",
        ":\t",
        " #",
        " *",
        " \n",
        "\t\n",
        "yes",
        "on",
        "null",
        "~",
        "0755",
        "-1",
        "1e3",
        ".inf",
        "2001-12-14",
        "arn:aws:iam::123456789012:role/buildkite-agent-ecr-role",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com",
    ];

    private static readonly Gen<string> Atom = Gen.Frequency(
        (5, Gen.Char[Interesting].Select(static c => c.ToString())),
        (2, Gen.OneOf(Unusual)),
        (2, Gen.OneOf(Fragments)),
        // Long runs: of characters no rule looks at, and of any printable ASCII.
        (2, Gen.String[Gen.Char["abzAZ09-_./=+"], 1, 100]),
        (1, Gen.String[Gen.Char[' ', '~'], 1, 40]),
        (1, Gen.Char.Select(static c => c.ToString()))
    );

    private static readonly Gen<string> Text = Atom.Array[0, 10].Select(static parts => string.Concat(parts));

    [Test]
    public void Chooses_as_the_character_by_character_rules_do()
    {
        Text.Sample(AssertSameDecisions, iter: 100_000);
    }

    [Test]
    public void Chooses_as_the_character_by_character_rules_do_for_every_character_in_every_position()
    {
        for (var c = char.MinValue; ; c++)
        {
            foreach (var text in (string[])[$"{c}", $"a{c}b", $"a{c}", $"{c}a", $"a\n{c}", $"{c}\nb", $"a {c}b", $"a{c} b"])
            {
                AssertSameDecisions(text);
            }

            if (c == char.MaxValue)
            {
                break;
            }
        }
    }

    [Test]
    public void Calls_a_span_a_plain_string_exactly_when_it_would_write_it_plain_and_its_first_character_starts_no_other_type()
    {
        // What YamlWriter.WriteChars relies on to write a span without a string of it.
        Text.Sample(
            static text =>
            {
                var plain = Outcome(static t => ScalarStyleChooser.ForValue(t), text) == ScalarStyle.Plain;
                var startsString = text.Length > 0 && !Yaml11Scalars.MayStartNonString(text[0]);
                ScalarStyleChooser.IsPlainString(text).ShouldBe(plain && startsString, $"\"{Escaped(text)}\"");
            },
            iter: 20_000
        );
    }

    private static void AssertSameDecisions(string text)
    {
        var chooser = (
            Outcome(static t => ScalarStyleChooser.ForValue(t), text),
            Outcome(static t => ScalarStyleChooser.ForKey(t), text),
            ScalarStyleChooser.IsValidPlain(text)
        );
        var reference = (
            ScalarStyleReference.Choose(text, isKey: false),
            ScalarStyleReference.Choose(text, isKey: true),
            ScalarStyleReference.IsValidPlain(text)
        );
        chooser.ShouldBe(reference, $"(value, key, valid plain) for \"{Escaped(text)}\"");
    }

    private static ScalarStyle? Outcome(Func<string, ScalarStyle> choose, string text)
    {
        try
        {
            return choose(text);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string Escaped(string text) =>
        string.Concat(text.Select(static c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}"));
}
