using HelmValues.Aws;
using HelmValues.Ecr;
using HelmValues.Kubernetes;
using HelmValues.Output;
using HelmValues.Pipelines;
using HelmValues.Stack;
using HelmValues.Validation;

namespace HelmValues.Tests.Stack;

/// <summary>The checks across a stack: each one broken on purpose, with its message, and no file written.</summary>
public class StackCheckTests
{
    private static readonly EcrRegistry Registry = EcrRegistry.Parse("123456789012.dkr.ecr.us-east-1.amazonaws.com");

    // Broken in the values (a typed rule and a reference), in a manifest (name and namespace) and across them.
    private static AgentStack BrokenEverywhere() =>
        new AgentStackBuilder("buildkite")
            .WithValues(v =>
                v.WithAgentStackSecret("token")
                    .WithConfig(c => c.WithMaxInFlight(-1).WithPodSpecPatch(p => p.WithServiceAccountName("ghost")))
            )
            .AddManifest(new ServiceAccountBuilder().WithName("Bad_Name").WithNamespace("other").Build())
            .Build();

    private static AgentStackBuilder Stack() => new AgentStackBuilder("buildkite").UseExistingAgentTokenSecret("buildkite-agent-token");

    public static IEnumerable<TestCaseData> Broken =>
        [
            Case(
                "a referenced Secret that is not in the stack",
                Stack()
                    .WithValues(v =>
                        v.WithConfig(c =>
                            c.WithDefaultCommandParams(p => p.AddEnvFrom(e => e.WithSecretRef(s => s.WithName("aws-credentials"))))
                        )
                    ),
                "config.default-command-params.envFrom[0].secretRef.name: Secret \"aws-credentials\" is neither in the stack nor declared existing (add it, or call WithExistingSecret(\"aws-credentials\"))"
            ),
            Case(
                "a referenced ServiceAccount that is not in the stack",
                Stack().WithValues(v => v.WithConfig(c => c.WithPodSpecPatch(p => p.WithServiceAccountName("ghost")))),
                "config.pod-spec-patch.serviceAccountName: ServiceAccount \"ghost\" is neither in the stack nor declared existing (add it, or call WithExistingServiceAccount(\"ghost\"))"
            ),
            Case(
                "the agent token Secret not declared",
                new AgentStackBuilder("buildkite").WithValues(v => v.WithAgentStackSecret("token")),
                "agentStackSecret: Secret \"token\" is neither in the stack nor declared existing (add it, or call WithExistingSecret(\"token\"))"
            ),
            Case(
                "a pipeline's imagePullSecret that is not in the stack",
                Stack()
                    .WithPipeline(p =>
                        p.AddStep(s =>
                            s.AddCommands("true")
                                .AddPlugin(
                                    new KubernetesPlugin(new PodSpecBuilder().AddImagePullSecret(i => i.WithName("regcred")).Build())
                                )
                        )
                    ),
                "pipeline.steps[0].plugins[0].kubernetes.podSpec.imagePullSecrets[0].name: Secret \"regcred\" is neither in the stack nor declared existing (add it, or call WithExistingSecret(\"regcred\"))"
            ),
            Case(
                "a manifest in another namespace",
                Stack().AddManifest(new ServiceAccountBuilder().WithName("sa").WithNamespace("default").Build()),
                "[\"manifests/serviceaccount-sa.yaml\"].metadata.namespace: is \"default\", but the stack's namespace is \"buildkite\" (values can only reference objects there)"
            ),
            Case(
                "a manifest without a namespace",
                Stack().AddManifest(new ServiceAccountBuilder().WithName("sa").Build()),
                "[\"manifests/serviceaccount-sa.yaml\"].metadata.namespace: is required: every object of the stack lives in namespace \"buildkite\""
            ),
            Case(
                "the same manifest twice",
                Stack()
                    .AddManifest(new ServiceAccountBuilder().WithName("sa").WithNamespace("buildkite").Build())
                    .AddManifest(new ServiceAccountBuilder().WithName("sa").WithNamespace("buildkite").Build()),
                "[\"manifests/serviceaccount-sa.yaml\"]: 2 manifests have this kind and name"
            ),
            Case(
                "a role in another account than the registry",
                Stack()
                    .UseIrsaForJobPods("buildkite-agent", IamRoleArn.Parse("arn:aws:iam::210987654321:role/ci"))
                    .UseExistingImagePullSecret(Registry, "ecr-credentials"),
                "[\"manifests/serviceaccount-buildkite-agent.yaml\"].metadata.annotations[\"eks.amazonaws.com/role-arn\"]: role arn:aws:iam::210987654321:role/ci is in account 210987654321, but the ECR registry 123456789012.dkr.ecr.us-east-1.amazonaws.com is in account 123456789012 (if the registry policy grants that account access, call AllowCrossAccountRegistries())"
            ),
            Case(
                "a role in another partition than the registry",
                Stack()
                    .UseIrsaForController(IamRoleArn.Parse("arn:aws-cn:iam::123456789012:role/ci"))
                    .UseExistingImagePullSecret(Registry, "ecr-credentials"),
                "serviceAccountMetadata.annotations[\"eks.amazonaws.com/role-arn\"]: role arn:aws-cn:iam::123456789012:role/ci is in partition aws-cn, but the ECR registry 123456789012.dkr.ecr.us-east-1.amazonaws.com is in aws"
            ),
            Case(
                "the ecr plugin in another region than the registry",
                Stack()
                    .UseExistingImagePullSecret(Registry, "ecr-credentials")
                    .WithPipeline(p => p.AddStep(s => s.AddCommands("true").AddPlugin(new EcrPlugin("eu-west-1")))),
                "pipeline.steps[0].plugins[0][\"ecr#v2.11.0\"].region: is eu-west-1, but the stack's ECR registries are in us-east-1"
            ),
            Case(
                "the assume-role plugin in another account than the registry",
                Stack()
                    .UseExistingImagePullSecret(Registry, "ecr-credentials")
                    .WithPipeline(p =>
                        p.AddStep(s =>
                            s.AddCommands("true")
                                .AddPlugin(new AssumeRoleWithWebIdentityPlugin(IamRoleArn.Parse("arn:aws:iam::111111111111:role/x")))
                        )
                    ),
                "pipeline.steps[0].plugins[0][\"aws-assume-role-with-web-identity#v1.4.0\"].role-arn: role arn:aws:iam::111111111111:role/x is in account 111111111111, but the ECR registry 123456789012.dkr.ecr.us-east-1.amazonaws.com is in account 123456789012 (if the registry policy grants that account access, call AllowCrossAccountRegistries())"
            ),
        ];

    [TestCaseSource(nameof(Broken))]
    public void The_check_fails_with_its_message_and_nothing_is_written(AgentStackBuilder builder, string expected)
    {
        var stack = builder.Build();
        var directory = Path.Combine(Path.GetTempPath(), "helmvalues-broken-" + Guid.NewGuid().ToString("N"));

        stack.Validate().Errors.Select(e => e.ToString()).ShouldBe([expected]);
        Should
            .Throw<ValidationException>(() => OutputWriter.Write(stack.ToOutput(), directory))
            .Problems.Select(p => p.ToString())
            .ShouldContain(expected);
        Directory.Exists(directory).ShouldBeFalse();
    }

    [Test]
    public void Every_problem_of_the_stack_is_reported_at_once()
    {
        BrokenEverywhere().Validate().Errors.Count().ShouldBe(5);
    }

    [Test]
    public void Writing_refuses_a_stack_with_exactly_the_problems_validating_it_finds()
    {
        // ToOutput judges the values in the walk that writes their text; the verdict must be Validate's, word for word.
        var stack = BrokenEverywhere();

        Should
            .Throw<ValidationException>(() => stack.ToOutput())
            .Problems.Select(p => p.ToString())
            .ShouldBe(stack.Validate().Problems.Select(p => p.ToString()));
    }

    [Test]
    public void A_written_stack_holds_the_text_of_its_values()
    {
        var stack = Stack().UseIrsaForJobPods("buildkite-agent", IamRoleArn.Parse("arn:aws:iam::123456789012:role/ci")).Build();

        var values = stack.ToOutput().Files.Single(f => f.Path == AgentStack.ValuesFile);

        values.Content.ShouldBe(GeneratedHeader.Prepend(stack.Values.ToYaml()));
    }

    [Test]
    public void Cross_account_registries_can_be_allowed()
    {
        var stack = Stack()
            .UseIrsaForJobPods("buildkite-agent", IamRoleArn.Parse("arn:aws:iam::210987654321:role/ci"))
            .UseExistingImagePullSecret(Registry, "ecr-credentials")
            .AllowCrossAccountRegistries()
            .Build();

        stack.Validate().Errors.ShouldBeEmpty();
    }

    [TestCase("123456789012.dkr.ecr.us-east-1.amazonaws.com", "123456789012", "us-east-1", "aws")]
    [TestCase("123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn", "123456789012", "cn-north-1", "aws-cn")]
    [TestCase("123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com", "123456789012", "us-gov-west-1", "aws-us-gov")]
    public void Registry_hosts_parse_into_account_region_and_partition(string host, string account, string region, string partition)
    {
        var registry = EcrRegistry.Parse(host);

        (registry.AccountId, registry.Region, registry.Partition).ShouldBe((account, region, partition));
    }

    [TestCase("registry.example.com")]
    [TestCase("12345.dkr.ecr.us-east-1.amazonaws.com")]
    [TestCase("https://123456789012.dkr.ecr.us-east-1.amazonaws.com")]
    [TestCase("123456789012.dkr.ecr.us-east-1.amazonaws.com/repo")]
    public void Other_hosts_are_not_ecr_registries(string host)
    {
        Should
            .Throw<FormatException>(() => EcrRegistry.Parse(host))
            .Message.ShouldBe(
                $"\"{host}\" is not an ECR registry host: expected <12-digit account>.dkr.ecr.<region>.amazonaws.com (or .amazonaws.com.cn in China), e.g. 123456789012.dkr.ecr.us-east-1.amazonaws.com"
            );
    }

    [TestCase("123456789012.dkr.ecr.cn-north-1.amazonaws.com")]
    [TestCase("123456789012.dkr.ecr.us-east-1.amazonaws.com.cn")]
    public void China_regions_and_the_cn_domain_go_together(string host)
    {
        Should
            .Throw<FormatException>(() => EcrRegistry.Parse(host))
            .Message.ShouldBe($"\"{host}\": China regions (cn-*) use .amazonaws.com.cn and only they do");
    }

    [Test]
    public void Stacks_validated_on_many_threads_at_once_each_get_their_own_problems()
    {
        // Validation reuses buffers per thread (the values' JSON, the schema evaluator): no stack may see another's values.
        static AgentStack Build(int i) =>
            i % 2 == 0
                ? HelmValues.Fleet.FleetStack.Build(i)
                : Stack().WithValues(v => v.WithConfig(c => c.WithPodSpecPatch(p => p.WithServiceAccountName($"ghost-{i}")))).Build();
        var errors = new IReadOnlyList<string>[100];

        System.Threading.Tasks.Parallel.For(
            0,
            errors.Length * 4,
            new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = 4 },
            n => errors[n % errors.Length] = Build(n % errors.Length).Validate().Errors.Select(e => e.ToString()).ToList()
        );

        for (var i = 0; i < errors.Length; i++)
        {
            errors[i]
                .ShouldBe(
                    i % 2 == 0
                        ? []
                        :
                        [
                            $"config.pod-spec-patch.serviceAccountName: ServiceAccount \"ghost-{i}\" is neither in the stack nor declared existing (add it, or call WithExistingServiceAccount(\"ghost-{i}\"))",
                        ]
                );
        }
    }

    private static TestCaseData Case(string name, AgentStackBuilder builder, string expected) =>
        new TestCaseData(builder, expected).SetName(name);
}
