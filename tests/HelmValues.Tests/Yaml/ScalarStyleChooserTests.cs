using HelmValues.Yaml;
using YamlDotNet.Core;

namespace HelmValues.Tests.Yaml;

public class ScalarStyleChooserTests
{
    [TestCase("plain", "Plain")]
    [TestCase("yes", "DoubleQuoted")]
    [TestCase("a\nb", "Literal")]
    [TestCase("a\r\nb", "DoubleQuoted")]
    [TestCase("a \nb", "DoubleQuoted")]
    [TestCase("\ta\nb", "DoubleQuoted")]
    [TestCase("\n", "DoubleQuoted")]
    [TestCase("a\u0001\nb", "DoubleQuoted")]
    [TestCase("a\u2028\nb", "DoubleQuoted")]
    public void Chooses_value_styles(string value, string style)
    {
        ScalarStyleChooser.ForValue(value).ToString().ShouldBe(style);
    }

    [TestCase("a\nb")]
    [TestCase("a *b")]
    [TestCase("a *")]
    public void Keys_are_never_block_scalars_and_avoid_YamlDotNet_pitfalls(string key)
    {
        ScalarStyleChooser.ForKey(key).ShouldBe(ScalarStyle.DoubleQuoted);
    }

    [Test]
    public void Values_may_contain_space_asterisk()
    {
        ScalarStyleChooser.ForValue("a *b").ShouldBe(ScalarStyle.Plain);
    }

    [TestCase("-1", true)]
    [TestCase("-.inf", true)]
    [TestCase("2001-12-14 21:59:43.10 -5", true)]
    [TestCase("on", true)]
    [TestCase("- 1", false)]
    [TestCase("a: b", false)]
    [TestCase("a #b", false)]
    [TestCase("a:", false)]
    [TestCase(" a", false)]
    [TestCase("a\nb", false)]
    [TestCase("...", false)]
    [TestCase("#", false)]
    public void IsValidPlain_checks_syntax_only(string text, bool expected)
    {
        ScalarStyleChooser.IsValidPlain(text).ShouldBe(expected);
    }

    [Test]
    public void DoubleQuotedLength_is_an_upper_bound_of_the_written_length()
    {
        ScalarStyleChooser.DoubleQuotedLength("ab").ShouldBe(4);
        ScalarStyleChooser.DoubleQuotedLength("\u0001").ShouldBe(6);
        ScalarStyleChooser.DoubleQuotedLength("\n").ShouldBe(4);
        ScalarStyleChooser.DoubleQuotedLength("\U0001F600").ShouldBe(12);
        ScalarStyleChooser.DoubleQuotedLength("\uFFFE").ShouldBe(8);
    }
}
