using System.Text;
using System.Text.Json;
using CsCheck;
using HelmValues.Kubernetes;

namespace HelmValues.Tests.Kubernetes;

// DockerConfigLogin reads a .dockerconfigjson in one pass where the commands used to make a JsonDocument. The document is
// kept here as the oracle: for any text, both must give the same answers.
public class DockerConfigLoginTests
{
    [TestCase("""{"auths":{}}""", true, null)]
    [TestCase("""{"auths":{"ghcr.io":{"auth":"dTpw"}}}""", false, "ghcr.io||")]
    [TestCase("""{"auths":{"r":{"username":"u","email":"e@x"}}}""", false, "r|u|e@x")]
    [TestCase("""{"auths":{"r":{"username":null,"email":null}}}""", false, "r||")]
    [TestCase("""{"auths":{"r":{"username":1}}}""", false, null)]
    [TestCase("""{"auths":{"r":{"email":{}}}}""", false, null)]
    [TestCase("""{"auths":{"r":{"username":1,"username":"u"}}}""", false, "r|u|")]
    [TestCase("""{"auths":{"r":{"username":"u","username":[]}}}""", false, null)]
    [TestCase("""{"auths":{"r":{"user\u006eame":"u"}}}""", false, "r|u|")]
    [TestCase("""{"\u0061uths":{"r\u00e9":{"username":"u"}}}""", false, "ré|u|")]
    [TestCase("""{"auths":{"r":1,"s":{"username":"u"}}}""", false, null)]
    [TestCase("""{"auths":{"r":{"username":"u"}},"auths":{}}""", true, null)]
    [TestCase("""{"auths":{},"auths":{"r":{}}}""", false, "r||")]
    [TestCase("""{"auths":[]}""", false, null)]
    [TestCase("""{"other":{"auths":{}}}""", false, null)]
    [TestCase("""[{"auths":{}}]""", false, null)]
    [TestCase("""{"auths":{}""", false, null)]
    [TestCase("""{"auths":{}} x""", false, null)]
    [TestCase("""{"auths":{}}{}""", false, null)]
    [TestCase("""{"auths":{"r":{}},"x":[1,}""", false, null)]
    [TestCase("""{"auths":{"r":{},"s":{"a":tru}}}""", false, null)]
    [TestCase("""{"auths":{}} // note""", false, null)]
    [TestCase("""{"auths":{},}""", false, null)]
    [TestCase("", false, null)]
    [TestCase("null", false, null)]
    public void A_docker_config_is_read_as_its_document_reads(string json, bool namesNoRegistry, string? login)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var summary = DockerConfigLogin.Read(bytes);
        summary.NamesNoRegistry.ShouldBe(namesNoRegistry);
        Text(summary.Login).ShouldBe(login);
        summary.ShouldBe(Oracle(bytes));
    }

    [Test]
    public void Text_that_is_not_UTF_8_makes_the_entry_unreadable_as_the_document_does()
    {
        byte[][] cases =
        [
            [.. "{\"auths\":{\"r\":{\"username\":\""u8, 0xFF, .. "\"}}}"u8],
            [.. "{\"auths\":{\""u8, 0xC3, .. "\":{}}}"u8],
            [.. "{\"auths\":{\"r\":{\"email\":\""u8, 0xFF, .. "\",\"email\":\"e\"}}}"u8],
        ];
        foreach (var bytes in cases)
        {
            DockerConfigLogin.Read(bytes).ShouldBe(Oracle(bytes));
        }

        DockerConfigLogin.Read(cases[0]).Login.ShouldBeNull();
        DockerConfigLogin.Read(cases[2]).Login.ShouldBe(new DockerConfigLogin("r", "", "e"));
    }

    [Test]
    public void Nesting_deeper_than_the_document_allows_is_not_JSON()
    {
        var deep = Encoding.UTF8.GetBytes("""{"auths":{},"x":""" + new string('[', 64) + new string(']', 64) + "}");
        DockerConfigLogin.Read(deep).ShouldBe(Oracle(deep));
        DockerConfigLogin.Read(deep).NamesNoRegistry.ShouldBeFalse();
    }

    [Test]
    public void Random_docker_configs_are_read_as_their_document_reads() =>
        Config.Sample(
            static json =>
            {
                var bytes = Encoding.UTF8.GetBytes(json);
                DockerConfigLogin.Read(bytes).ShouldBe(Oracle(bytes), json);
            },
            iter: 20_000
        );

    // Objects whose keys are mostly the ones the reader looks for, written twice at times, with values of every kind,
    // and now and then a broken token.
    private static readonly Gen<string> Key = Gen.OneOf("auths", "username", "email", "auth", "r", "s", "user\\u006eame", "x");

    private static readonly Gen<string> Scalar = Gen.OneOf("\"u\"", "\"\"", "null", "1", "true", "\"e\\u0040x\"", "tru", "\"open");

    private static readonly Gen<string> Config = Value(depth: 4);

    private static Gen<string> Value(int depth) =>
        depth == 0
            ? Scalar
            : Gen.Frequency(
                (2, Scalar),
                (4, Gen.Select(Key, Value(depth - 1)).Array[0, 4].Select(static members => Object(members))),
                (1, Value(depth - 1).Array[0, 3].Select(static items => "[" + string.Join(",", items) + "]"))
            );

    private static string Object((string Key, string Value)[] members) =>
        "{" + string.Join(",", members.Select(static m => $"\"{m.Key}\":{m.Value}")) + "}";

    private static string? Text(DockerConfigLogin? login) => login is var (server, username, email) ? $"{server}|{username}|{email}" : null;

    // What SecretCommands read with a JsonDocument: the last "auths" of a JSON object; the first registry in it, whose
    // username and e-mail are read with GetString, any failure meaning no login; and whether the document is an object.
    private static DockerConfigLogin.Summary Oracle(byte[] json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return default;
        }

        using (document)
        {
            var root = document.RootElement;
            var isObject = root.ValueKind == JsonValueKind.Object;
            var namesNoRegistry =
                root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("auths", out var auths)
                && auths.ValueKind == JsonValueKind.Object
                && !auths.EnumerateObject().MoveNext();
            try
            {
                var registries = root.GetProperty("auths").EnumerateObject();
                if (!registries.MoveNext() || registries.Current is not { Value.ValueKind: JsonValueKind.Object } entry)
                {
                    return new(namesNoRegistry, null, isObject);
                }

                var username = entry.Value.TryGetProperty("username", out var user) ? user.GetString() ?? "" : "";
                var email = entry.Value.TryGetProperty("email", out var mail) ? mail.GetString() : null;
                return new(namesNoRegistry, new DockerConfigLogin(entry.Name, username, email), isObject);
            }
            catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException)
            {
                return new(namesNoRegistry, null, isObject);
            }
        }
    }
}
