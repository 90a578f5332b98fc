using System.Text.Json;
using HelmValues.Aws;
using HelmValues.Ecr;
using HelmValues.ExternalSecrets.EcrAuthorizationTokenV1Alpha1;
using HelmValues.ExternalSecrets.ExternalSecretV1;
using HelmValues.ExternalSecrets.SecretStoreV1;
using HelmValues.Output;
using HelmValues.Stack;
using HelmValues.Testing;
using HelmValues.Tests.Aws;
using HelmValues.Tests.Yaml;
using Json.Schema;
using static HelmValues.Tests.Stack.GuideNames;

namespace HelmValues.Tests.ExternalSecrets;

/// <summary>
/// The External Secrets recipes: an ECR pull Secret rendered from an <c>ECRAuthorizationToken</c>, and AWS credentials from
/// Secrets Manager, written as the objects External Secrets reads, with the IAM rights their roles need.
/// </summary>
public class ExternalSecretsRecipeTests
{
    private static readonly IamRoleArn StoreRole = IamRoleArn.Parse("arn:aws:iam::123456789012:role/buildkite-secrets-reader");

    private static readonly string Committed = Repository.PathOf("charts", "ecr-external-secrets");

    /// <summary>Both recipes, on the guide's names, with the IAM documents: the example's stack.</summary>
    public static AgentStack Stack() => EcrQuickstart.ExternalSecretsStack.Create();

    private static IReadOnlyDictionary<string, string> Files(AgentStack stack) =>
        stack.ToOutput().Files.ToDictionary(f => f.Path, f => f.Content);

    [Test]
    public void The_committed_charts_directory_is_up_to_date()
    {
        var output = Stack().ToOutput();
        if (ExpectedFiles.Updating)
        {
            OutputWriter.Write(output, Committed);
        }

        output
            .Files.Select(f => f.Path)
            .Order(StringComparer.Ordinal)
            .ShouldBe([
                "aws/iam/buildkite-agent-ecr-role/ecr-policy.json",
                "aws/iam/buildkite-agent-ecr-role/trust-policy.json",
                "aws/iam/buildkite-secrets-reader/secretsmanager-policy.json",
                "aws/iam/buildkite-secrets-reader/trust-policy.json",
                "manifests/ecrauthorizationtoken-ecr-credentials.yaml",
                "manifests/externalsecret-aws-credentials.yaml",
                "manifests/externalsecret-ecr-credentials.yaml",
                "manifests/kustomization.yaml",
                "manifests/secretstore-aws-secrets-manager.yaml",
                "manifests/serviceaccount-aws-secrets-manager.yaml",
                "manifests/serviceaccount-buildkite-agent.yaml",
                "manifests/serviceaccount-ecr-credentials-generator.yaml",
                "values.yaml",
            ]);
        var report = OutputChecker.Check(output, Committed);
        report.IsUpToDate.ShouldBeTrue(
            "charts/ecr-external-secrets is stale; run: HELMVALUES_UPDATE_EXPECTED=1 dotnet test tests/HelmValues.Tests --filter FullyQualifiedName~ExternalSecretsRecipeTests\n"
                + report
        );
    }

    [Test]
    public void The_stack_is_valid_and_holds_no_secret_values()
    {
        var stack = Stack();

        stack.Validate().Problems.ShouldBeEmpty();
        stack.ToOutput().Files.ShouldAllBe(f => !f.HoldsSecrets);
    }

    [Test]
    public void The_values_use_the_rendered_secrets()
    {
        var config = Stack().Values.Config!;

        config.PodSpecPatch!.ImagePullSecrets!.Select(s => s.Name).ShouldBe(["ecr-credentials"]);
        config.DefaultCommandParams!.EnvFrom!.Select(e => e.SecretRef!.Name).ShouldBe(["aws-credentials"]);
        Stack()
            .SetupCommands.ShouldBe([
                "kubectl create secret generic buildkite-agent-token --namespace buildkite --from-literal=BUILDKITE_AGENT_TOKEN='<BUILDKITE_AGENT_TOKEN>'",
            ]);
    }

    [Test]
    public void Each_written_object_loads_back_strictly_to_the_object_that_was_built()
    {
        var stack = Stack();
        var files = Files(stack);

        foreach (var resource in stack.Resources)
        {
            switch (resource)
            {
                case ExternalSecret secret:
                    Load(ExternalSecret.Load, files[$"manifests/externalsecret-{secret.Metadata!.Name}.yaml"]).ShouldBe(secret);
                    break;
                case SecretStore store:
                    Load(SecretStore.Load, files[$"manifests/secretstore-{store.Metadata!.Name}.yaml"]).ShouldBe(store);
                    break;
                case ECRAuthorizationToken token:
                    Load(ECRAuthorizationToken.Load, files[$"manifests/ecrauthorizationtoken-{token.Metadata!.Name}.yaml"]).ShouldBe(token);
                    break;
                default:
                    throw new InvalidOperationException(resource.GetType().Name);
            }
        }
    }

    [Test]
    public void The_pull_secret_template_renders_a_dockerconfigjson_for_the_registry()
    {
        var secret = Stack().Resources.OfType<ExternalSecret>().Single(s => s.Metadata!.Name == "ecr-credentials");
        var template = secret.Spec!.Target!.Template!;

        template.Type.ShouldBe("kubernetes.io/dockerconfigjson");
        // What External Secrets' template engine gives for username AWS and password "token": the registry's auths entry.
        var rendered = template
            .Data![".dockerconfigjson"]
            .Replace("{{ .username }}", "AWS")
            .Replace("{{ .password }}", "token")
            .Replace("{{ printf \"%s:%s\" .username .password | b64enc }}", Convert.ToBase64String("AWS:token"u8.ToArray()));
        using var json = JsonDocument.Parse(rendered);
        var auth = json.RootElement.GetProperty("auths").GetProperty(Registry.Host);
        auth.GetProperty("username").GetString().ShouldBe("AWS");
        auth.GetProperty("auth").GetString().ShouldBe("QVdTOnRva2Vu");
    }

    [Test]
    public void Every_written_object_is_valid_against_its_crd_openapi_schema()
    {
        var files = Files(Stack());
        var crds = new Dictionary<string, CustomResourceDefinitions.Crd>
        {
            ["ExternalSecret"] = CustomResourceDefinitions.ExternalSecret,
            ["SecretStore"] = CustomResourceDefinitions.SecretStore,
            ["ECRAuthorizationToken"] = CustomResourceDefinitions.EcrAuthorizationToken,
        };
        var checkedKinds = new List<string>();

        foreach (var (path, content) in files.Where(f => f.Key.StartsWith("manifests/", StringComparison.Ordinal)))
        {
            var json = YamlJson.ToJson(content)!;
            var kind = (string)json["kind"]!;
            if (!crds.TryGetValue(kind, out var crd))
            {
                continue;
            }

            // The whole CRD schema (every provider), independent of the derived file and of HelmValues' own schema check.
            var schema = JsonSchema.FromText(
                CustomResourceDefinitions.Schema(crd).ToJsonString(),
                new BuildOptions { Dialect = Dialect.Draft07, SchemaRegistry = new SchemaRegistry() }
            );
            var result = schema.Evaluate(
                JsonSerializer.SerializeToElement(json),
                new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical }
            );
            JsonSchemaFailures.Of(result).ShouldBeEmpty(path);
            checkedKinds.Add(kind);
        }

        checkedKinds.Order(StringComparer.Ordinal).ShouldBe(["ECRAuthorizationToken", "ExternalSecret", "ExternalSecret", "SecretStore"]);
    }

    [Test]
    public void The_independent_validator_refuses_what_the_crd_schema_refuses()
    {
        // The check above could pass by checking nothing: a value of the wrong type must fail it.
        var schema = JsonSchema.FromText(
            CustomResourceDefinitions.Schema(CustomResourceDefinitions.ExternalSecret).ToJsonString(),
            new BuildOptions { Dialect = Dialect.Draft07, SchemaRegistry = new SchemaRegistry() }
        );
        var json = YamlJson.ToJson(Files(Stack())["manifests/externalsecret-aws-credentials.yaml"])!;
        json["spec"]!["secretStoreRef"]!["kind"] = "Vault";

        var result = schema.Evaluate(
            JsonSerializer.SerializeToElement(json),
            new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical }
        );

        JsonSchemaFailures.Of(result).ShouldContain(f => f.StartsWith("/spec/secretStoreRef/kind", StringComparison.Ordinal));
    }

    [Test]
    public void Helm_values_own_check_reports_a_crd_rule_with_the_manifest_path()
    {
        var externalSecret = ExternalSecretBuilder
            .Create("aws-credentials", "buildkite")
            .WithSpec(s => s.WithRefreshInterval("1h").AddData(d => d.WithSecretKey("AWS_ACCESS_KEY_ID")))
            .Build();

        var problems = externalSecret.Validate().Problems.Select(p => p.ToString()).ToList();

        problems.ShouldContain(p => p.StartsWith("spec.data[0].remoteRef: is required", StringComparison.Ordinal));
    }

    [Test]
    public void The_secrets_manager_policy_grants_get_secret_value_on_that_secret_only()
    {
        var policy = Files(Stack())["aws/iam/buildkite-secrets-reader/secretsmanager-policy.json"];

        IamPolicyGrammar.Problems(policy).ShouldBeEmpty();
        policy.ShouldBe(
            """
            {
              "Version": "2012-10-17",
              "Statement": [
                {
                  "Sid": "GetSecretValue",
                  "Effect": "Allow",
                  "Action": "secretsmanager:GetSecretValue",
                  "Resource": "arn:aws:secretsmanager:us-east-1:123456789012:secret:buildkite/aws-credentials-??????"
                }
              ]
            }

            """
        );
        foreach (var file in Files(Stack()).Where(f => f.Key.StartsWith("aws/iam/", StringComparison.Ordinal)))
        {
            IamPolicyGrammar.Problems(file.Value).ShouldBeEmpty(file.Key);
        }
    }

    [Test]
    public void The_trust_policies_trust_the_service_accounts_the_store_and_the_generator_use()
    {
        var files = Files(Stack());

        files["aws/iam/buildkite-agent-ecr-role/trust-policy.json"]
            .ShouldContain("\"system:serviceaccount:buildkite:ecr-credentials-generator\"");
        files["aws/iam/buildkite-secrets-reader/trust-policy.json"]
            .ShouldContain("\"system:serviceaccount:buildkite:aws-secrets-manager\"");
        files["manifests/serviceaccount-aws-secrets-manager.yaml"].ShouldContain("eks.amazonaws.com/role-arn: " + StoreRole);
    }

    [Test]
    public void A_generator_role_without_ecr_pull_rights_is_an_error_that_names_the_call_to_make()
    {
        var stack = new AgentStackBuilder("buildkite")
            .UseExistingAgentTokenSecret("buildkite-agent-token")
            .AddEcrExternalSecret(new EcrExternalSecret(Registry, Role))
            .WithIamPolicies(Cluster)
            .Build();

        stack
            .Validate()
            .Problems.Select(p => p.ToString())
            .ShouldBe([
                "[\"manifests/serviceaccount-ecr-credentials-generator.yaml\"].metadata.annotations[\"eks.amazonaws.com/role-arn\"]: role buildkite-agent-ecr-role fetches the pull token for 123456789012.dkr.ecr.us-east-1.amazonaws.com, but has no ECR access there: call GrantEcr(role, registry, EcrAccess.Pull, <repositories the job pods pull>)",
            ]);
    }

    [TestCase(
        "cn-north-1",
        "[\"manifests/secretstore-aws-secrets-manager.yaml\"].spec.provider.aws.region: is cn-north-1, in partition aws-cn, but role buildkite-secrets-reader, which reads the secret, is in aws"
    )]
    [TestCase(
        "us-east",
        "[\"manifests/secretstore-aws-secrets-manager.yaml\"].spec.provider.aws.region: \"us-east\" is not an AWS region (such as us-east-1): Secrets Manager's endpoint and the secret's ARN need one"
    )]
    public void A_secrets_manager_region_the_role_cannot_read_is_an_error(string region, string expected)
    {
        var stack = new AgentStackBuilder("buildkite")
            .UseExistingAgentTokenSecret("buildkite-agent-token")
            .UseAwsCredentialsFromSecretsManager(new AwsSecretsManagerCredentials("buildkite/aws-credentials", region, StoreRole))
            .WithIamPolicies(Cluster)
            .Build();

        stack.Validate().Problems.Select(p => p.ToString()).ShouldBe([expected]);
    }

    [Test]
    public void References_between_external_secrets_objects_must_resolve_in_the_stack()
    {
        var externalSecret = ExternalSecretBuilder
            .Create("other", "buildkite")
            .WithSpec(s =>
                s.WithSecretStoreRef(r => r.WithName("missing-store"))
                    .AddDataFrom(d =>
                        d.WithSourceRef(r =>
                            r.WithGeneratorRef(g =>
                                g.WithApiVersion(ECRAuthorizationToken.ResourceApiVersion)
                                    .WithKind(DataFromItemSourceRefGeneratorRefKind.ECRAuthorizationToken)
                                    .WithName("missing-generator")
                            )
                        )
                    )
            )
            .Build();
        var builder = new AgentStackBuilder("buildkite").UseExistingAgentTokenSecret("buildkite-agent-token");

        var problems = Stack(builder, externalSecret).Validate().Problems.Select(p => p.ToString());

        problems.ShouldBe([
            "[\"manifests/externalsecret-other.yaml\"].spec.secretStoreRef.name: SecretStore \"missing-store\" is not in the stack (a SecretStore is namespaced: the ExternalSecret can only use one in its namespace)",
            "[\"manifests/externalsecret-other.yaml\"].spec.dataFrom[0].sourceRef.generatorRef.name: ECRAuthorizationToken \"missing-generator\" is not in the stack (a generator is namespaced: the ExternalSecret can only use one in its namespace)",
        ]);
    }

    [Test]
    public void A_custom_resource_without_its_api_version_and_kind_is_an_error()
    {
        var externalSecret = new ExternalSecretBuilder().WithMetadata(m => m.WithName("bare").WithNamespace("buildkite")).Build();
        var builder = new AgentStackBuilder("buildkite").UseExistingAgentTokenSecret("buildkite-agent-token");

        Stack(builder, externalSecret)
            .Validate()
            .Problems.Select(p => p.ToString())
            .ShouldBe([
                "[\"manifests/externalsecret-bare.yaml\"].apiVersion: is required (external-secrets.io/v1)",
                "[\"manifests/externalsecret-bare.yaml\"].kind: is required (ExternalSecret)",
            ]);
    }

    [TestCase(0)]
    [TestCase(12)]
    public void A_pull_secret_refresh_interval_that_lets_the_token_expire_is_refused(int hours)
    {
        var pullSecret = new EcrExternalSecret(Registry, Role) { RefreshInterval = TimeSpan.FromHours(hours) };

        Should.Throw<ArgumentOutOfRangeException>(() => new AgentStackBuilder("buildkite").AddEcrExternalSecret(pullSecret));
    }

    [Test]
    public void The_output_is_the_same_bytes_every_time()
    {
        var first = Stack().ToOutput().Files.Select(f => (f.Path, f.Content)).ToList();
        var second = Stack().ToOutput().Files.Select(f => (f.Path, f.Content)).ToList();

        second.ShouldBe(first);
    }

    [Test]
    public void The_output_checks_clean_after_a_write()
    {
        var directory = Path.Combine(Path.GetTempPath(), "helmvalues-eso-" + Guid.NewGuid().ToString("N"));
        try
        {
            OutputWriter.Write(Stack().ToOutput(), directory);

            OutputChecker.Check(Stack().ToOutput(), directory).IsUpToDate.ShouldBeTrue();
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static T Load<T>(Func<string, HelmValues.Yaml.ValuesLoadResult<T>> load, string yaml)
        where T : class, IValuesObject
    {
        var result = load(yaml);
        result.Problems.ShouldBeEmpty();
        return result.Value!;
    }

    private static AgentStack Stack(AgentStackBuilder builder, ExternalSecret externalSecret) =>
        builder.AddManifest(externalSecret).Build();
}
