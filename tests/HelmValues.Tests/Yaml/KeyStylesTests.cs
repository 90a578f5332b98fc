using CsCheck;
using HelmValues.Yaml;

namespace HelmValues.Tests.Yaml;

public class KeyStylesTests
{
    [TestCase("name")]
    [TestCase("yes")]
    [TestCase("1")]
    [TestCase("a: b")]
    [TestCase("")]
    [TestCase("- item")]
    [TestCase("é")]
    public void A_key_s_style_is_the_chooser_s_whether_remembered_or_not(string key)
    {
        var chosen = ScalarStyleChooser.ForKey(key);
        KeyStyles.For(key).ShouldBe(chosen);
        KeyStyles.For(key).ShouldBe(chosen);

        // Another string with the same text is a different key to the table, with the same style.
        KeyStyles.For(new string(key.AsSpan())).ShouldBe(chosen);
    }

    [Test]
    public void A_key_that_cannot_be_written_is_refused_every_time()
    {
        var key = "a\uD800";
        Should.Throw<ArgumentException>(() => KeyStyles.For(key));
        Should.Throw<ArgumentException>(() => KeyStyles.For(key));
    }

    [Test]
    public void Random_keys_get_the_chooser_s_style_however_the_slots_are_shared() =>
        YamlWriterPropertyTests
            .YamlishString.Array[1, 3000]
            .Sample(
                static keys =>
                {
                    foreach (var key in keys.Concat(keys))
                    {
                        KeyStyles.For(key).ShouldBe(ScalarStyleChooser.ForKey(key), key);
                    }
                },
                iter: 50
            );
}
