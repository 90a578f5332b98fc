using HelmValues.AgentStackK8s;
using HelmValues.Aws;
using HelmValues.Kubernetes;
using HelmValues.Manifests;
using HelmValues.Testing;
using HelmValues.Validation;
using k8s;
using k8s.Models;

namespace HelmValues.Tests.Kubernetes;

/// <summary>
/// The manifests of the ECR seed scenario, written by us (golden files) and compared with what kubectl creates for
/// the same input (checked-in kubectl output, see Expected/Manifests/README.md).
/// </summary>
public class ManifestYamlTests
{
    private static readonly string[] Directory = ["tests", "HelmValues.Tests", "Expected", "Manifests"];

    private static IEnumerable<TestCaseData> KubectlCases()
    {
        yield return new TestCaseData(
            "serviceaccount-irsa.yaml",
            new ServiceAccountBuilder()
                .WithName("buildkite-agent")
                .WithNamespace("buildkite")
                .WithIamRole("arn:aws:iam::123456789012:role/buildkite-agent-ecr-role")
                .Build()
        ).SetArgDisplayNames("serviceaccount-irsa");
        yield return new TestCaseData(
            "secret-opaque.yaml",
            Secrets
                .Opaque(
                    "aws-credentials",
                    new Dictionary<string, string>
                    {
                        ["AWS_ACCESS_KEY_ID"] = "your-access-key",
                        ["AWS_SECRET_ACCESS_KEY"] = "your-secret-key",
                    }
                )
                .WithNamespace("buildkite")
                .Build()
        ).SetArgDisplayNames("secret-opaque");
        yield return new TestCaseData(
            "secret-docker-registry.yaml",
            Secrets
                .DockerConfigJson("ecr-credentials", "123456789012.dkr.ecr.us-east-1.amazonaws.com", "AWS", "ecr-login-password")
                .WithNamespace("buildkite")
                .Build()
        ).SetArgDisplayNames("secret-docker-registry");
        yield return new TestCaseData(
            "secret-docker-registry-special.yaml",
            Secrets
                .DockerConfigJson(
                    "registry-credentials",
                    "registry.example.com:5000/team",
                    "ci<&>\"\\user",
                    "p@ss:w0rd\u2028é\U0001F600\b\f\t\u0001\u007f",
                    "ci+bot@example.com"
                )
                .WithNamespace("buildkite")
                .Build()
        ).SetArgDisplayNames("secret-docker-registry-special");
        yield return new TestCaseData(
            "secret-agent-token.yaml",
            AgentTokenSecret.Create("buildkite-agent-token", "agent-token-value").WithNamespace("buildkite").Build()
        ).SetArgDisplayNames("secret-agent-token");
    }

    [TestCaseSource(nameof(KubectlCases))]
    public void Writes_the_golden_file(string file, IKubernetesObject manifest) =>
        ExpectedFiles.VerifyFile(Repository.PathOf([.. Directory, file]), ManifestYaml.Serialize(manifest));

    [TestCaseSource(nameof(KubectlCases))]
    public void Writes_the_same_data_as_kubectl(string file, IKubernetesObject manifest)
    {
        var kubectl = File.ReadAllText(Repository.PathOf([.. Directory, "kubectl", file]));

        // kubectl writes `creationTimestamp: null` for an object that does not exist yet; we write nothing unset.
        YamlData.Of(ManifestYaml.Serialize(manifest)).ShouldBe(YamlData.Of(kubectl, "metadata.creationTimestamp"));
        kubectl.ShouldContain("creationTimestamp: null");
    }

    [Test]
    public void Writes_the_seed_manifests_as_one_stream() =>
        ExpectedFiles.VerifyFile(
            Repository.PathOf([.. Directory, "seed-manifests.yaml"]),
            ManifestYaml.Serialize(KubectlCases().Take(3).Select(c => (IKubernetesObject)c.Arguments[1]!))
        );

    [Test]
    public void Separates_documents_with_dashes_and_ends_with_a_newline()
    {
        var yaml = ManifestYaml.Serialize(new ConfigMapBuilder().WithName("a").Build(), new ConfigMapBuilder().WithName("b").Build());

        yaml.ShouldBe(
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n"
        );
        ManifestYaml.Serialize([]).ShouldBe("");
    }

    [Test]
    public void Puts_api_version_kind_and_metadata_first_then_fields_and_keys_in_ordinal_order()
    {
        var configMap = new ConfigMapBuilder()
            .WithData("b", "2")
            .WithData("B", "1")
            .WithData("a", "on")
            .WithImmutable(true)
            .WithLabel("z", "1")
            .WithLabel("a", "2")
            .WithName("settings")
            .Build();

        ManifestYaml
            .Serialize(configMap)
            .ShouldBe(
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  labels:\n    a: \"2\"\n    z: \"1\"\n  name: settings\n"
                    + "data:\n  B: \"1\"\n  a: \"on\"\n  b: \"2\"\nimmutable: true\n"
            );
    }

    [Test]
    public void Writes_no_status_and_nothing_unset()
    {
        var job = new V1CronJob
        {
            ApiVersion = "batch/v1",
            Kind = "CronJob",
            Metadata = new V1ObjectMeta { Name = "refresh" },
            Spec = new V1CronJobSpec
            {
                Schedule = "0 */6 * * *",
                JobTemplate = new V1JobTemplateSpec { Spec = new V1JobSpec { Template = new V1PodTemplateSpec() } },
            },
            Status = new V1CronJobStatus { LastScheduleTime = DateTime.UtcNow },
        };

        ManifestYaml
            .Serialize(job)
            .ShouldBe(
                "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: refresh\nspec:\n  jobTemplate:\n    spec:\n"
                    + "      template: {}\n  schedule: 0 */6 * * *\n"
            );
    }

    [Test]
    public void Keeps_integers_floats_quantities_and_int_or_strings_as_they_are()
    {
        var pod = new PodTemplateSpecBuilder().WithSpec(s =>
            s.AddContainer(c =>
                c.WithName("agent")
                    .WithImage("buildkite/agent:3")
                    .AddPort(p => p.WithContainerPort(8080))
                    .WithResources(r => r.WithLimit("cpu", new ResourceQuantity("1")).WithLimit("memory", new ResourceQuantity("1Gi")))
                    .WithLivenessProbe(p => p.WithHttpGet(h => h.WithPort(8080)).WithPeriodSeconds(10))
                    .WithReadinessProbe(p => p.WithHttpGet(h => h.WithPort("metrics")))
            )
        );
        var cronJob = new CronJobBuilder()
            .WithName("refresh")
            .WithSpec(s => s.WithSchedule("0 */6 * * *").WithJobTemplate(j => j.WithSpec(js => js.WithTemplate(_ => pod))))
            .Build();
        var schema = new V1CustomResourceDefinition
        {
            ApiVersion = "apiextensions.k8s.io/v1",
            Kind = "CustomResourceDefinition",
            Metadata = new V1ObjectMeta { Name = "widgets.example.com" },
            Spec = new V1CustomResourceDefinitionSpec
            {
                Group = "example.com",
                Scope = "Namespaced",
                Names = new V1CustomResourceDefinitionNames { Kind = "Widget", Plural = "widgets" },
                Versions =
                [
                    new V1CustomResourceDefinitionVersion
                    {
                        Name = "v1",
                        Served = true,
                        Storage = true,
                        Schema = new V1CustomResourceValidation
                        {
                            OpenAPIV3Schema = new V1JSONSchemaProps
                            {
                                Type = "number",
                                Minimum = 1.0,
                                Maximum = 2.5,
                            },
                        },
                    },
                ],
            },
        };

        var yaml = ManifestYaml.Serialize(cronJob, schema);

        // Quantities are strings even when they look like numbers; int-or-strings are what they hold.
        yaml.ShouldContain("\n                  cpu: \"1\"\n                  memory: 1Gi\n");
        yaml.ShouldContain("\n                - containerPort: 8080\n");
        yaml.ShouldContain("\n                  port: 8080\n                periodSeconds: 10\n");
        yaml.ShouldContain("\n                  port: metrics\n");
        yaml.ShouldContain("\n          maximum: 2.5\n          minimum: 1.0\n");
        YamlData.Of(yaml).ShouldContain("[0] spec.jobTemplate.spec.template.spec.containers[0].ports[0].containerPort = 8080");
    }

    [Test]
    public void Quotes_strings_a_yaml_1_1_reader_would_misread()
    {
        var configMap = new ConfigMapBuilder()
            .WithName("yaml11")
            .WithData(
                new Dictionary<string, string>
                {
                    ["bool"] = "yes",
                    ["octal"] = "0755",
                    ["float"] = "1e3",
                    ["null"] = "~",
                    ["date"] = "2001-12-14",
                    ["sexagesimal"] = "1:20",
                    ["lines"] = "a\nb\n",
                }
            )
            .Build();

        ManifestYaml
            .Serialize(configMap)
            .ShouldEndWith(
                "data:\n  bool: \"yes\"\n  date: \"2001-12-14\"\n  float: \"1e3\"\n  lines: |\n    a\n    b\n  \"null\": \"~\"\n"
                    + "  octal: \"0755\"\n  sexagesimal: \"1:20\"\n"
            );
    }

    [Test]
    public void Throws_with_every_error_and_writes_nothing_when_a_manifest_is_invalid()
    {
        var output = new StringWriter();
        var manifests = new IKubernetesObject[]
        {
            new ServiceAccountBuilder().WithName("ok").Build(),
            new ServiceAccountBuilder().WithName("Bad").WithIamRole(@"arn\:aws\:iam::123456789012:role/r").Build(),
            new SecretBuilder().WithName("tls").WithType(SecretTypes.Tls).Build(),
        };

        var error = Should.Throw<ValidationException>(() => ManifestYaml.Write(output, manifests));

        output.ToString().ShouldBeEmpty();
        error
            .Problems.Select(p => p.Path)
            .ShouldBe([
                "[1].metadata.name",
                "[1].metadata.annotations[\"eks.amazonaws.com/role-arn\"]",
                "[2].data[\"tls.crt\"]",
                "[2].data[\"tls.key\"]",
            ]);
        error.Message.ShouldStartWith("4 errors:\n  [1].metadata.name: must be a lowercase RFC 1123 subdomain");
    }

    [Test]
    public void Writes_a_valid_stream_to_a_text_writer()
    {
        var output = new StringWriter();

        ManifestYaml.Write(output, [new ServiceAccountBuilder().WithName("a").Build()]);

        output.ToString().ShouldBe("apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: a\n");
    }
}
