using System.Text;
using HelmValues.Yaml;

namespace HelmValues.Tests.Yaml;

/// <summary>Text in a builder of many chunks, as UTF-8: the same bytes as the string's.</summary>
public class Utf8TextTests
{
    [Test]
    public void A_builder_of_many_chunks_encodes_as_its_string_does()
    {
        var text = new StringBuilder(16);
        for (var i = 0; i < 500; i++)
        {
            text.Append("ü-é-😀 ").Append(i);
        }

        Utf8Text.Encode(text).ShouldBe(Encoding.UTF8.GetBytes(text.ToString()));
    }

    [Test]
    public void Serialized_as_utf8_a_document_is_the_text_serialized_as_a_string()
    {
        static void Write(YamlWriter writer, string value)
        {
            writer.BeginMapping();
            writer.WriteKey("key");
            writer.WriteString(value);
            writer.EndMapping();
        }

        var value = string.Concat(Enumerable.Repeat("välue ", 400));

        YamlWriter
            .SerializeUtf8("# header\n", value, Write)
            .ShouldBe(Encoding.UTF8.GetBytes(YamlWriter.Serialize("# header\n", value, Write)));
    }
}
