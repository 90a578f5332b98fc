using System.Text;
using System.Text.Json;
using CsCheck;
using HelmValues.Kubernetes;

namespace HelmValues.Tests.Kubernetes;

/// <summary>
/// The docker config's JSON strings against Go's escaping character by character (the kubectl fixtures in
/// <see cref="SecretsTests"/> are the oracle for the rule itself): escapes found anywhere in strings of any length, where
/// the encoder looks for them many characters at a time.
/// </summary>
public class DockerConfigJsonEncoderTests
{
    // Every class of character Go treats differently, and ordinary text in long runs around them.
    private static readonly Gen<string> Text = Gen.Frequency(
            (6, Gen.String[Gen.Char["ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="], 0, 80]),
            (2, Gen.OneOf("\"", "\\", "<", ">", "&", "\u2028", "\u2029", "\u007f", "é", "\U0001F600", "\uFFFE")),
            (2, Gen.Char['\0', '\u001f'].Select(static c => c.ToString()))
        )
        .Array[0, 40]
        .Select(static parts => string.Concat(parts));

    [Test]
    public void Every_string_is_escaped_as_go_escapes_it_wherever_its_escapes_fall() =>
        Gen.Select(Text, Text)
            .Sample(
                static (username, password) =>
                {
                    var json = Encoding.UTF8.GetString(DockerConfigJsonEncoder.Encode("registry.example", username, password, null));

                    json.ShouldStartWith(
                        $"{{\"auths\":{{\"registry.example\":{{\"username\":{GoString(username)},\"password\":{GoString(password)},\"auth\":\""
                    );
                    using var document = JsonDocument.Parse(json);
                    var entry = document.RootElement.GetProperty("auths").GetProperty("registry.example");
                    entry.GetProperty("username").GetString().ShouldBe(username);
                    entry.GetProperty("password").GetString().ShouldBe(password);
                },
                iter: 2000
            );

    // Built at run time: an attribute's strings are stored as UTF-8, which has no lone surrogate.
    public static IEnumerable<TestCaseData> Surrogates =>
        [
            new TestCaseData("", false).SetName("empty"),
            new TestCaseData("plain ascii, long enough to be searched a vector at a time", false).SetName("none"),
            new TestCaseData("a pair \U0001F600 is fine", false).SetName("a pair"),
            new TestCaseData("a lone high \uD800 surrogate", true).SetName("a lone high surrogate"),
            new TestCaseData("a lone low \uDC00 surrogate", true).SetName("a lone low surrogate"),
            new TestCaseData("\U0001F600\uD800", true).SetName("a high surrogate at the end, after a pair"),
            new TestCaseData("reversed \uDC00\uD800", true).SetName("a pair in the wrong order"),
        ];

    [TestCaseSource(nameof(Surrogates))]
    public void Unpaired_surrogates_are_found_anywhere(string value, bool unpaired)
    {
        DockerConfigJsonEncoder.HasUnpairedSurrogate(value).ShouldBe(unpaired);
        DockerConfigJsonEncoder.HasUnpairedSurrogate(new string('x', 100) + value).ShouldBe(unpaired);
    }

    // Go's encoding/json, one character at a time: short escapes where it has them, \u00xx for the other control
    // characters and for < > & U+2028 U+2029 (lower-case hex), everything else as itself.
    private static string GoString(string value)
    {
        var escaped = new StringBuilder("\"");
        foreach (var c in value)
        {
            escaped.Append(
                c switch
                {
                    '"' => "\\\"",
                    '\\' => "\\\\",
                    '\b' => "\\b",
                    '\f' => "\\f",
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    < ' ' or '<' or '>' or '&' or '\u2028' or '\u2029' => $"\\u{(int)c:x4}",
                    _ => c.ToString(),
                }
            );
        }

        return escaped.Append('"').ToString();
    }
}
