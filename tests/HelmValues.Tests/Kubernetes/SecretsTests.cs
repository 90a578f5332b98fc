using System.Diagnostics;
using System.Text;
using HelmValues.AgentStackK8s;
using HelmValues.Kubernetes;
using HelmValues.Manifests;
using HelmValues.Testing;
using HelmValues.Validation;
using k8s.Models;

namespace HelmValues.Tests.Kubernetes;

public class SecretsTests
{
    [Test]
    public void Writes_opaque_values_as_base64_data_by_default()
    {
        var secret = Secrets.Opaque("aws-credentials", new Dictionary<string, string> { ["B"] = "two", ["A"] = "ünïcode" }).Build();

        secret.Type.ShouldBe("Opaque");
        secret.StringData.ShouldBeNull();
        secret.Data.Keys.ShouldBe(["A", "B"]);
        secret.Data["A"].ShouldBe(Encoding.UTF8.GetBytes("ünïcode"));
        ManifestYaml.Serialize(secret).ShouldContain("data:\n  A: w7xuw69jb2Rl\n  B: dHdv\n");
    }

    [Test]
    public void Writes_base64_data_quoted_when_it_reads_as_another_yaml_type_and_plain_otherwise()
    {
        // Base64 "true" and "1234" would read back as a boolean and an integer; "/w==" and "dHdv" are strings; no bytes, "".
        var data = new Dictionary<string, byte[]>
        {
            ["bool"] = Convert.FromBase64String("true"),
            ["int"] = Convert.FromBase64String("1234"),
            ["slash"] = Convert.FromBase64String("/w=="),
            ["text"] = Encoding.UTF8.GetBytes("two"),
            ["empty"] = [],
        };
        var secret = new V1Secret
        {
            ApiVersion = "v1",
            Kind = "Secret",
            Metadata = new V1ObjectMeta { Name = "s" },
            Data = data,
        };

        ManifestYaml
            .Serialize(secret)
            .ShouldContain("data:\n  bool: \"true\"\n  empty: \"\"\n  int: \"1234\"\n  slash: /w==\n  text: dHdv\n");
    }

    [Test]
    public void Writes_opaque_values_as_string_data_on_request()
    {
        var secret = Secrets.Opaque("s", [new("AWS_REGION", "us-east-1"), new("ON", "on")], SecretDataField.StringData).Build();

        secret.Data.ShouldBeNull();
        ManifestYaml.Serialize(secret).ShouldContain("stringData:\n  AWS_REGION: us-east-1\n  \"ON\": \"on\"\n");
    }

    [Test]
    public void The_secrets_recipes_make_without_a_builder_are_those_the_builders_make()
    {
        KeyValuePair<string, string>[] values = [new("B", "two"), new("A", "ünïcode"), new("B", "2")];
        foreach (var field in new[] { SecretDataField.Data, SecretDataField.StringData })
        {
            ManifestYaml
                .Serialize(Secrets.OpaqueSecret("s", "buildkite", values, field))
                .ShouldBe(ManifestYaml.Serialize(Secrets.Opaque("s", values, field).WithNamespace("buildkite").Build()));
        }

        ManifestYaml
            .Serialize(Secrets.DockerConfigJsonSecret("ecr", "buildkite", "registry.example", "AWS", "p<&>\"\n", "a@b.c"))
            .ShouldBe(
                ManifestYaml.Serialize(
                    Secrets.DockerConfigJson("ecr", "registry.example", "AWS", "p<&>\"\n", "a@b.c").WithNamespace("buildkite").Build()
                )
            );
    }

    [Test]
    public void Builds_the_docker_config_json_of_kubectl_byte_for_byte()
    {
        var secret = Secrets
            .DockerConfigJson("ecr-credentials", "123456789012.dkr.ecr.us-east-1.amazonaws.com", "AWS", "ecr-login-password")
            .Build();

        secret.Type.ShouldBe("kubernetes.io/dockerconfigjson");
        secret.Data.Keys.ShouldBe([".dockerconfigjson"]);
        Encoding.UTF8.GetString(secret.Data[".dockerconfigjson"]).ShouldBe(KubectlDockerConfigJson("secret-docker-registry.yaml"));
    }

    [Test]
    public void Escapes_the_docker_config_json_as_go_does_with_an_email()
    {
        // The same arguments as the kubectl command in Expected/Manifests/README.md.
        var secret = Secrets
            .DockerConfigJson(
                "registry-credentials",
                "registry.example.com:5000/team",
                "ci<&>\"\\user",
                "p@ss:w0rd\u2028é\U0001F600\b\f\t\u0001\u007f",
                "ci+bot@example.com"
            )
            .Build();

        var json = Encoding.UTF8.GetString(secret.Data[".dockerconfigjson"]);

        json.ShouldBe(KubectlDockerConfigJson("secret-docker-registry-special.yaml"));
        json.ShouldContain("\"username\":\"ci\\u003c\\u0026\\u003e\\\"\\\\user\"");
    }

    [Test]
    public void Builds_the_agent_token_secret_the_chart_expects()
    {
        var secret = AgentTokenSecret.Create("buildkite-agent-token", "agent-token-value").WithNamespace("buildkite").Build();

        secret.Type.ShouldBe("Opaque");
        secret.Data.Keys.ShouldBe(["BUILDKITE_AGENT_TOKEN"]);
        Encoding.UTF8.GetString(secret.Data[AgentTokenSecret.Key]).ShouldBe("agent-token-value");
    }

    [Test]
    public void Refuses_empty_or_unencodable_arguments_naming_the_argument()
    {
        Should
            .Throw<ArgumentException>(() => AgentTokenSecret.Create("t", ""))
            .Message.ShouldStartWith("The agent token must not be empty.");
        Should
            .Throw<ArgumentException>(() => Secrets.DockerConfigJson("r", "", "AWS", "p"))
            .Message.ShouldStartWith("The registry server must not be empty.");
        Should
            .Throw<ArgumentException>(() => Secrets.DockerConfigJson("r", "s", "", "p"))
            .Message.ShouldStartWith("The user name must not be empty.");
        Should
            .Throw<ArgumentException>(() => Secrets.DockerConfigJson("r", "s", "AWS", ""))
            .Message.ShouldStartWith("The password must not be empty.");
        Should
            .Throw<ArgumentException>(() => Secrets.DockerConfigJson("r", "s", "AWS", "p\uD800"))
            .Message.ShouldStartWith("The password has an unpaired UTF-16 surrogate, which has no UTF-8 encoding.");
        Should
            .Throw<ArgumentException>(() => Secrets.Opaque("o", [new("KEY", null!)]))
            .Message.ShouldStartWith("The value of 'KEY' is null.");
    }

    [Test]
    public void Keeps_secret_values_out_of_strings_messages_and_logs()
    {
        const string Value = "hunter2-SECRET-VALUE";
        var forms = new[]
        {
            Value,
            Convert.ToBase64String(Encoding.UTF8.GetBytes(Value)),
            Convert.ToBase64String(Encoding.UTF8.GetBytes("AWS:" + Value)),
        };
        var seen = new List<string>();
        var log = new StringWriter();
        var (stdout, stderr) = (Console.Out, Console.Error);
        var listener = new TextWriterTraceListener(log);
        Trace.Listeners.Add(listener);
        Console.SetOut(log);
        Console.SetError(log);
        try
        {
            var builders = new[]
            {
                Secrets.Opaque("aws-credentials", [new("AWS_SECRET_ACCESS_KEY", Value)]),
                Secrets.Opaque("aws-credentials", [new("AWS_SECRET_ACCESS_KEY", Value)], SecretDataField.StringData),
                Secrets.DockerConfigJson("ecr-credentials", "123456789012.dkr.ecr.us-east-1.amazonaws.com", "AWS", Value),
                AgentTokenSecret.Create("agent-token", Value),
            };
            foreach (var builder in builders)
            {
                seen.Add(builder.ToString()!);
                seen.Add(builder.Build().ToString());
            }

            // Invalid Secrets holding the value: every message about them, from validation and from writing.
            var invalid = new V1Secret[]
            {
                builders[0].WithName("Bad_Name").WithData("bad key", Encoding.UTF8.GetBytes(Value)).WithType(SecretTypes.Tls).Build(),
                new SecretBuilder().WithName("r").WithType(SecretTypes.DockerConfigJson).WithStringData(".dockerconfigjson", Value).Build(),
                new SecretBuilder().WithName("r").WithType(SecretTypes.DockerCfg).WithStringData(".dockercfg", "{\"a\":" + Value).Build(),
                new SecretBuilder().WithName("r").WithStringData("k", new string('x', 1024 * 1024) + Value).Build(),
            };
            foreach (var secret in invalid)
            {
                var result = ManifestValidator.Validate(secret);
                result.IsValid.ShouldBeFalse();
                seen.Add(result.ToString());
                seen.Add(Should.Throw<ValidationException>(() => ManifestYaml.Serialize(secret)).ToString());
            }

            seen.Add(Should.Throw<ArgumentException>(() => Secrets.DockerConfigJson("r", "s", "AWS", Value + "\uDC00")).ToString());
            seen.Add(Should.Throw<ArgumentException>(() => AgentTokenSecret.Create("t", Value + "\uD800")).ToString());
            seen.Add(
                Should.Throw<ArgumentException>(() => Secrets.Opaque("o", [new(Value.Length.ToString(), Value + "\uD800")])).ToString()
            );
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
            Trace.Listeners.Remove(listener);
            listener.Flush();
        }

        seen.Add(log.ToString());
        foreach (var text in seen)
        {
            foreach (var form in forms)
            {
                text.ShouldNotContain(form);
            }
        }

        // The messages were about the right things, so the test did look at real failures.
        string.Join("\n", seen).ShouldContain("data[\"bad key\"]");
    }

    private static string KubectlDockerConfigJson(string file)
    {
        var yaml = File.ReadAllText(Repository.PathOf("tests", "HelmValues.Tests", "Expected", "Manifests", "kubectl", file));
        var line = yaml.Split('\n').Single(l => l.StartsWith("  .dockerconfigjson: ", StringComparison.Ordinal));
        return Encoding.UTF8.GetString(Convert.FromBase64String(line["  .dockerconfigjson: ".Length..]));
    }
}
