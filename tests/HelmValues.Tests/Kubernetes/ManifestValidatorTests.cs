using System.Text;
using HelmValues.Aws;
using HelmValues.Kubernetes;
using HelmValues.Manifests;
using HelmValues.Validation;
using k8s;
using k8s.Models;

namespace HelmValues.Tests.Kubernetes;

public class ManifestValidatorTests
{
    private const string SubdomainRule =
        "must be a lowercase RFC 1123 subdomain: at most 253 characters of lowercase letters, digits, '-' and '.', "
        + "starting and ending with a letter or digit";

    private const string LabelRule =
        "must be a lowercase RFC 1123 label: at most 63 characters of lowercase letters, digits and '-', "
        + "starting and ending with a letter or digit";

    private const string QualifiedNameRule =
        "must be a qualified name: an optional prefix (a lowercase RFC 1123 subdomain) and '/', then a name of at most "
        + "63 characters of letters, digits, '-', '_' and '.', starting and ending with a letter or digit";

    private const string LabelValueRule =
        "must be empty or at most 63 characters of letters, digits, '-', '_' and '.', starting and ending with a letter or digit";

    private const string ConfigKeyRule =
        "must be at most 253 characters of letters, digits, '-', '_' and '.', and not be '.', '..' or start with '..'";

    private static readonly ConfigMapBuilder ConfigMap = new ConfigMapBuilder().WithName("settings");

    [Test]
    public void Accepts_valid_manifests()
    {
        var manifests = new IKubernetesObject[]
        {
            new ServiceAccountBuilder()
                .WithName("buildkite-agent")
                .WithNamespace("buildkite")
                .WithLabel("app.kubernetes.io/name", "agent-stack-k8s")
                .WithLabel("tier", "")
                .WithAnnotation("Example.COM/Note_1", "anything goes: \n here")
                .Build(),
            new RoleBuilder().WithName("system:controller:buildkite").Build(),
            new CronJobBuilder()
                .WithName(new string('c', 52))
                .WithSpec(s => s.WithSchedule("0 */6 * * *").WithJobTemplate(j => j.WithSpec(js => js.WithTemplate(t => t))))
                .Build(),
            new V1Namespace
            {
                ApiVersion = "v1",
                Kind = "Namespace",
                Metadata = new V1ObjectMeta { Name = "buildkite" },
            },
        };

        ManifestValidator.Validate(manifests).Problems.ShouldBeEmpty();
    }

    [TestCase("Buildkite")]
    [TestCase("build_kite")]
    [TestCase("-buildkite")]
    [TestCase("buildkite.")]
    [TestCase("a..b")]
    public void Refuses_a_name_that_is_not_a_dns_subdomain(string name) =>
        Errors(ConfigMap.WithName(name).Build()).ShouldBe([$"metadata.name: {SubdomainRule} (is \"{name}\")"]);

    [Test]
    public void Describes_a_name_that_is_too_long_by_its_length() =>
        Errors(ConfigMap.WithName(new string('a', 254)).Build()).ShouldBe([$"metadata.name: {SubdomainRule} (is 254 characters long)"]);

    [Test]
    public void Requires_a_name() =>
        Errors(new ConfigMapBuilder().Build()).ShouldBe(["metadata.name: is required: manifests are applied by name"]);

    [Test]
    public void Refuses_a_namespace_object_name_that_is_not_a_dns_label()
    {
        var ns = new V1Namespace
        {
            ApiVersion = "v1",
            Kind = "Namespace",
            Metadata = new V1ObjectMeta { Name = "build.kite" },
        };

        Errors(ns).ShouldBe([$"metadata.name: {LabelRule} (is \"build.kite\")"]);
    }

    [Test]
    public void Refuses_a_service_name_that_is_not_a_dns_1035_label()
    {
        var service = new V1Service
        {
            ApiVersion = "v1",
            Kind = "Service",
            Metadata = new V1ObjectMeta { Name = "1metrics" },
        };

        Errors(service)
            .ShouldBe([
                "metadata.name: must be a lowercase RFC 1035 label: at most 63 characters of lowercase letters, digits and '-', "
                    + "starting with a letter and ending with a letter or digit (is \"1metrics\")",
            ]);
    }

    [TestCase("a/b")]
    [TestCase("a%b")]
    [TestCase("..")]
    public void Refuses_an_rbac_name_that_is_not_a_path_segment(string name) =>
        Errors(
                new RoleBindingBuilder()
                    .WithName(name)
                    .WithRoleRef(r => r.WithApiGroup("rbac.authorization.k8s.io").WithKind("Role").WithName("r"))
                    .Build()
            )
            .ShouldBe([$"metadata.name: must not be '.' or '..' and must not contain '/' or '%' (is \"{name}\")"]);

    [Test]
    public void Refuses_a_cronjob_name_over_52_characters()
    {
        var cronJob = new CronJobBuilder()
            .WithName(new string('c', 53))
            .WithSpec(s => s.WithSchedule("0 */6 * * *").WithJobTemplate(j => j.WithSpec(js => js.WithTemplate(t => t))))
            .Build();

        Errors(cronJob)
            .ShouldBe([
                "metadata.name: must be at most 52 characters: the CronJob's Jobs get an 11-character suffix (is 53 characters long)",
            ]);
    }

    [TestCase("Buildkite")]
    [TestCase("build.kite")]
    public void Refuses_a_namespace_that_is_not_a_dns_label(string ns) =>
        Errors(ConfigMap.WithNamespace(ns).Build()).ShouldBe([$"metadata.namespace: {LabelRule} (is \"{ns}\")"]);

    [Test]
    public void Describes_a_namespace_that_is_too_long_by_its_length() =>
        Errors(ConfigMap.WithNamespace(new string('n', 64)).Build()).ShouldBe([$"metadata.namespace: {LabelRule} (is 64 characters long)"]);

    [TestCase("-team")]
    [TestCase("Example.com/team")]
    [TestCase("example.com/")]
    [TestCase("/team")]
    [TestCase("a/b/c")]
    [TestCase("team name")]
    public void Refuses_a_label_key_that_is_not_a_qualified_name(string key) =>
        Errors(ConfigMap.WithLabel(key, "ci").Build())
            .ShouldBe([$"{Path("metadata", "labels", key)}: the key {QualifiedNameRule} (is \"{key}\")"]);

    [Test]
    public void Refuses_a_label_key_whose_name_part_is_over_63_characters()
    {
        var key = "example.com/" + new string('k', 64);

        Errors(ConfigMap.WithLabel(key, "ci").Build())
            .ShouldBe([$"{Path("metadata", "labels", key)}: the key {QualifiedNameRule} (is \"{key}\")"]);
    }

    [TestCase("-ci")]
    [TestCase("ci/cd")]
    [TestCase("a b")]
    public void Refuses_a_label_value_that_kubernetes_refuses(string value) =>
        Errors(ConfigMap.WithLabel("team", value).Build()).ShouldBe([$"metadata.labels.team: {LabelValueRule} (is \"{value}\")"]);

    [Test]
    public void Refuses_a_label_value_over_63_characters() =>
        Errors(ConfigMap.WithLabel("team", new string('v', 64)).Build())
            .ShouldBe([$"metadata.labels.team: {LabelValueRule} (is 64 characters long)"]);

    [Test]
    public void Refuses_an_annotation_key_that_is_not_a_qualified_name() =>
        Errors(ConfigMap.WithAnnotation("example.com/a b", "x").Build())
            .ShouldBe([$"metadata.annotations[\"example.com/a b\"]: the key {QualifiedNameRule} (is \"example.com/a b\")"]);

    [Test]
    public void Refuses_annotations_over_256_KiB_in_total()
    {
        var configMap = ConfigMap.WithAnnotation("a", new string('x', 200 * 1024)).WithAnnotation("b", new string('é', 30 * 1024)).Build();

        Errors(configMap)
            .ShouldBe(["metadata.annotations: must be at most 262144 bytes (256 KiB) in total, keys and values in UTF-8 (is 266242)"]);
    }

    [Test]
    public void Refuses_fields_the_api_server_sets()
    {
        var configMap = ConfigMap.Build();
        configMap.Metadata.CreationTimestamp = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        configMap.Metadata.ResourceVersion = "42";
        configMap.Metadata.Uid = "b6b2c7d2-0000-0000-0000-000000000000";

        Errors(configMap)
            .ShouldBe([
                "metadata.creationTimestamp: is set by the API server: leave it out of manifests",
                "metadata.resourceVersion: is set by the API server: leave it out of manifests",
                "metadata.uid: is set by the API server: leave it out of manifests",
            ]);
    }

    [Test]
    public void Refuses_an_object_whose_type_has_no_generated_codec()
    {
        var deployment = new V1Deployment
        {
            ApiVersion = "apps/v1",
            Kind = "Deployment",
            Metadata = new V1ObjectMeta { Name = "web" },
        };

        Errors(deployment)
            .ShouldBe([
                "(root): cannot be written: k8s.Models.V1Deployment has no generated codec: name its Kubernetes definition in a "
                    + "*.kinds.json of your project (or use a kind HelmValues.Kubernetes builds)",
            ]);
        Should
            .Throw<ValidationException>(() => ManifestYaml.Serialize(deployment))
            .Message.ShouldContain("V1Deployment has no generated codec");
    }

    [Test]
    public void Requires_an_api_version_and_kind_that_match_the_type()
    {
        var account = new V1ServiceAccount { Metadata = new V1ObjectMeta { Name = "a" } };
        var wrong = new V1ServiceAccount
        {
            ApiVersion = "apps/v1",
            Kind = "Secret",
            Metadata = new V1ObjectMeta { Name = "a" },
        };

        Errors(account).ShouldBe(["apiVersion: is required (v1)", "kind: is required (ServiceAccount)"]);
        Errors(wrong)
            .ShouldBe([
                "apiVersion: must be v1 for a V1ServiceAccount (is \"apps/v1\")",
                "kind: must be ServiceAccount for a V1ServiceAccount (is \"Secret\")",
            ]);
        Errors(
                new V1Namespace
                {
                    ApiVersion = "v1",
                    Kind = "Namespaces",
                    Metadata = new V1ObjectMeta { Name = "a" },
                }
            )
            .ShouldBe(["kind: must be Namespace for a V1Namespace (is \"Namespaces\")"]);
    }

    [TestCase("a b")]
    [TestCase("..hidden")]
    [TestCase(".")]
    [TestCase("é")]
    public void Refuses_secret_keys_that_kubernetes_refuses(string key)
    {
        var secret = Secrets.Opaque("s", [new(key, "v")]).WithStringData(key, "v").Build();

        Errors(secret)
            .ShouldBe([
                $"data[\"{key}\"]: the key {ConfigKeyRule} (is \"{key}\")",
                $"stringData[\"{key}\"]: the key {ConfigKeyRule} (is \"{key}\")",
            ]);
    }

    [Test]
    public void Refuses_a_secret_key_over_253_characters()
    {
        var key = new string('k', 254);

        Errors(Secrets.Opaque("s", [new(key, "v")]).Build()).ShouldBe([$"data.{key}: the key {ConfigKeyRule} (is 254 characters long)"]);
    }

    [Test]
    public void Refuses_config_map_keys_that_kubernetes_refuses() =>
        Errors(ConfigMap.WithData("a b", "v").WithBinaryData("c:d", [1]).Build())
            .ShouldBe([
                $"data[\"a b\"]: the key {ConfigKeyRule} (is \"a b\")",
                $"binaryData[\"c:d\"]: the key {ConfigKeyRule} (is \"c:d\")",
            ]);

    [Test]
    public void Refuses_a_secret_over_1_MiB()
    {
        var secret = new SecretBuilder().WithName("s").WithData("a", new byte[1024 * 1024]).WithStringData("b", "x").Build();

        Errors(secret).ShouldBe(["data: must hold at most 1048576 bytes (1 MiB) of values in total (holds 1048577)"]);
    }

    [TestCase(SecretTypes.DockerConfigJson, ".dockerconfigjson")]
    [TestCase(SecretTypes.DockerCfg, ".dockercfg")]
    [TestCase(SecretTypes.SshAuth, "ssh-privatekey")]
    public void Requires_the_key_of_the_secret_type(string type, string key) =>
        Errors(new SecretBuilder().WithName("s").WithType(type).Build())
            .ShouldBe([$"{Path("data", key)}: is required for a Secret of type {type}"]);

    [Test]
    public void Requires_both_tls_keys() =>
        Errors(new SecretBuilder().WithName("s").WithType(SecretTypes.Tls).WithStringData("tls.key", "k").Build())
            .ShouldBe(["data[\"tls.crt\"]: is required for a Secret of type kubernetes.io/tls"]);

    [Test]
    public void Requires_a_username_or_password_for_basic_auth()
    {
        var secret = new SecretBuilder().WithName("s").WithType(SecretTypes.BasicAuth);

        Errors(secret.Build()).ShouldBe(["data: must have the key username or password for a Secret of type kubernetes.io/basic-auth"]);
        Errors(secret.WithStringData("password", "p").Build()).ShouldBeEmpty();
    }

    [Test]
    public void Requires_the_service_account_annotation_for_a_token_secret()
    {
        var secret = new SecretBuilder().WithName("s").WithType(SecretTypes.ServiceAccountToken);

        Errors(secret.Build())
            .ShouldBe([
                "metadata.annotations[\"kubernetes.io/service-account.name\"]: is required for a Secret of type "
                    + "kubernetes.io/service-account-token: it names the ServiceAccount the token is for",
            ]);
        Errors(secret.WithAnnotation("kubernetes.io/service-account.name", "buildkite-agent").Build()).ShouldBeEmpty();
    }

    [TestCase("not json")]
    [TestCase("[]")]
    [TestCase("{\"auths\":{}} {}")]
    public void Requires_docker_config_keys_to_hold_a_json_object(string json) =>
        Errors(new SecretBuilder().WithName("s").WithType(SecretTypes.DockerConfigJson).WithStringData(".dockerconfigjson", json).Build())
            .ShouldBe([
                "data[\".dockerconfigjson\"]: must be a JSON object (a Docker config file) for a Secret of type kubernetes.io/dockerconfigjson",
            ]);

    [Test]
    public void Reports_every_problem_of_every_manifest_at_once_with_its_index()
    {
        var manifests = new IKubernetesObject[]
        {
            new ServiceAccountBuilder()
                .WithName("Agent")
                .WithNamespace("Buildkite")
                .WithIamRole(@"arn\:aws\:iam::123456789012:role/r")
                .Build(),
            new SecretBuilder().WithName("registry").WithType(SecretTypes.DockerConfigJson).WithStringData("bad key", "v").Build(),
        };

        ManifestValidator
            .Validate(manifests)
            .Errors.Select(e => e.Path)
            .ShouldBe([
                "[0].metadata.name",
                "[0].metadata.namespace",
                "[0].metadata.annotations[\"eks.amazonaws.com/role-arn\"]",
                "[1].stringData[\"bad key\"]",
                "[1].data[\".dockerconfigjson\"]",
            ]);
    }

    [Test]
    public void Includes_the_rules_of_the_kubernetes_definitions()
    {
        var cronJob = new CronJobBuilder().WithName("refresh").WithSpec(s => s.WithConcurrencyPolicy("Forbid")).Build();

        Errors(cronJob).ShouldBe(["spec.jobTemplate: is required", "spec.schedule: is required"]);
    }

    [Test]
    public void Counts_annotation_size_in_utf8_bytes()
    {
        // 'é' is two bytes in UTF-8: 131072 of them are 262144 bytes, plus the one-byte key.
        var configMap = ConfigMap.WithAnnotation("a", new string('é', 131072)).Build();

        Encoding.UTF8.GetByteCount(configMap.Metadata.Annotations["a"]).ShouldBe(262144);
        Errors(configMap).Single().ShouldEndWith("(is 262145)");
    }

    private static string Path(params string[] keys) => keys.Aggregate(ValuePath.Root, (path, key) => path.Key(key)).ToString();

    private static List<string> Errors(IKubernetesObject manifest) =>
        ManifestValidator.Validate(manifest).Errors.Select(e => e.ToString()).ToList();
}
