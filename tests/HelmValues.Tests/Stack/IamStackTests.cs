using System.Text.Json;
using HelmValues.Aws;
using HelmValues.Ecr;
using HelmValues.Kubernetes;
using HelmValues.Pipelines;
using HelmValues.Stack;
using HelmValues.Tests.Aws;
using static HelmValues.Tests.Stack.GuideNames;

namespace HelmValues.Tests.Stack;

/// <summary>The IAM documents a stack writes under aws/, and their cross-checks with the ServiceAccounts and the pipeline.</summary>
public class IamStackTests
{
    private static AgentStackBuilder Stack() =>
        new AgentStackBuilder("buildkite").UseExistingAgentTokenSecret("buildkite-agent-token").WithIamPolicies(Cluster);

    private static string File(AgentStack stack, string path) => stack.ToOutput().Files.Single(f => f.Path == path).Content;

    private static IReadOnlyList<string> Subjects(string trustPolicy)
    {
        using var document = JsonDocument.Parse(trustPolicy);
        var sub = document
            .RootElement.GetProperty("Statement")[0]
            .GetProperty("Condition")
            .GetProperty("StringEquals")
            .EnumerateObject()
            .Single(p => p.Name.EndsWith(":sub", StringComparison.Ordinal))
            .Value;
        return sub.ValueKind == JsonValueKind.String ? [sub.GetString()!] : sub.EnumerateArray().Select(v => v.GetString()!).ToList();
    }

    [Test]
    public void Every_aws_file_of_the_quickstart_follows_the_iam_grammar_and_trusts_exactly_its_service_accounts()
    {
        var stack = EcrQuickstart.QuickstartStack.Create();
        var files = stack.ToOutput().Files;

        files
            .Select(f => f.Path)
            .Where(p => p.StartsWith("aws/", StringComparison.Ordinal))
            .ShouldBe([
                "aws/iam/buildkite-agent-ecr-role/ecr-policy.json",
                "aws/iam/buildkite-agent-ecr-role/trust-policy.json",
                "aws/iam/ecr-access-role/ecr-policy.json",
                "aws/iam/ecr-access-role/trust-policy.json",
            ]);
        foreach (var policy in files.Where(f => f.Path.StartsWith("aws/iam/", StringComparison.Ordinal)))
        {
            IamPolicyGrammar.Problems(policy.Content).ShouldBeEmpty(policy.Path);
        }

        // Read back from the manifests, not from the recipes: the ServiceAccounts that carry the role.
        var carriers = stack
            .Manifests.OfType<k8s.Models.V1ServiceAccount>()
            .Where(a =>
                a.Metadata.Annotations is { } annotations
                && annotations.TryGetValue(Irsa.RoleArnAnnotation, out var arn)
                && arn == Role.ToString()
            )
            .Select(a => $"system:serviceaccount:{a.Metadata.NamespaceProperty}:{a.Metadata.Name}");
        Subjects(File(stack, "aws/iam/buildkite-agent-ecr-role/trust-policy.json")).ShouldBe(carriers.Order(StringComparer.Ordinal));
    }

    [Test]
    public void The_role_a_pipeline_assumes_trusts_buildkites_oidc_tokens_of_exactly_the_pipelines_named()
    {
        var pusher = IamRoleArn.Parse("arn:aws:iam::123456789012:role/pusher");
        var stack = Stack()
            .UseIrsaForJobPods("buildkite-agent", pusher)
            .WithPipeline(p => p.AddStep(s => s.AddCommands("make").AddPlugin(new AssumeRoleWithWebIdentityPlugin(pusher))))
            .TrustBuildkitePipelines("acme", "web", "api", "web")
            .Build();

        var trust = File(stack, "aws/iam/pusher/trust-policy.json");
        IamPolicyGrammar.Problems(trust).ShouldBeEmpty();
        using var document = JsonDocument.Parse(trust);
        var statements = document.RootElement.GetProperty("Statement").EnumerateArray().ToList();
        // The job pods' ServiceAccount (IRSA) and the pipeline's jobs (Buildkite OIDC), each in its own statement.
        statements.Count.ShouldBe(2);
        var buildkite = statements[1];
        buildkite
            .GetProperty("Principal")
            .GetProperty("Federated")
            .GetString()
            .ShouldBe("arn:aws:iam::123456789012:oidc-provider/agent.buildkite.com");
        buildkite
            .GetProperty("Condition")
            .GetProperty("StringEquals")
            .GetProperty("agent.buildkite.com:aud")
            .GetString()
            .ShouldBe("sts.amazonaws.com");
        buildkite
            .GetProperty("Condition")
            .GetProperty("StringLike")
            .GetProperty("agent.buildkite.com:sub")
            .EnumerateArray()
            .Select(v => v.GetString())
            .ShouldBe(["organization:acme:pipeline:api:*", "organization:acme:pipeline:web:*"]);
    }

    [TestCase("acme", new[] { "web*" }, "\"web*\"")]
    [TestCase("acme", new[] { "web:main", "Api", "ok" }, "\"web:main\", \"Api\"")]
    [TestCase("", new[] { "web" }, "\"\"")]
    public void A_slug_that_would_widen_the_trust_is_refused_with_every_bad_slug(string organization, string[] pipelines, string named)
    {
        Should
            .Throw<ArgumentException>(() => Stack().TrustBuildkitePipelines(organization, pipelines))
            .Message.ShouldStartWith(
                named
                    + " is not a Buildkite slug: lower-case letters, digits, '-' and '_' (a '*', '?' or ':' would let other pipelines assume the role)"
            );
    }

    [TestCase(null, null, "agent-stack-k8s-controller")]
    [TestCase("ci", null, "ci-agent-stack-k8s-controller")]
    [TestCase("ci-agent-stack-k8s", null, "ci-agent-stack-k8s-controller")]
    [TestCase("ci", "buildkite", "buildkite-controller")]
    public void The_controller_role_trusts_the_charts_service_account(string? release, string? fullnameOverride, string serviceAccount)
    {
        var controllerRole = IamRoleArn.Parse("arn:aws:iam::123456789012:role/buildkite-controller");
        var stack = new AgentStackBuilder("buildkite")
            .UseExistingAgentTokenSecret("buildkite-agent-token")
            .WithValues(v => fullnameOverride is null ? v : v.WithFullnameOverride(fullnameOverride))
            .UseIrsaForController(controllerRole)
            .WithIamPolicies(Cluster, release ?? IamRecipes.DefaultHelmRelease)
            .Build();

        Subjects(File(stack, "aws/iam/buildkite-controller/trust-policy.json"))
            .ShouldBe([$"system:serviceaccount:buildkite:{serviceAccount}"]);
    }

    [Test]
    public void Pod_identity_gives_job_pods_a_role_without_an_annotation()
    {
        var stack = Stack().UsePodIdentityForJobPods("buildkite-agent", Role).GrantEcr(Role, Registry, EcrAccess.Pull, "base").Build();
        var output = stack.ToOutput();

        stack.Validate().Problems.ShouldBeEmpty();
        File(stack, "manifests/serviceaccount-buildkite-agent.yaml").ShouldNotContain("annotations");
        File(stack, "values.yaml").ShouldContain("serviceAccountName: buildkite-agent");
        File(stack, "aws/iam/buildkite-agent-ecr-role/trust-policy.json").ShouldBe(IamPolicies.PodIdentityTrust().ToJson());
        File(stack, "aws/pod-identity/buildkite-buildkite-agent.json")
            .ShouldBe(new PodIdentityAssociation("buildkite", "buildkite", "buildkite-agent", Role).ToCliInputJson());
        output
            .Files.Where(f => f.Path.StartsWith("aws/iam/", StringComparison.Ordinal))
            .ShouldAllBe(f => IamPolicyGrammar.Problems(f.Content).Count == 0);
    }

    [Test]
    public void A_role_used_by_irsa_and_pod_identity_trusts_both()
    {
        var stack = Stack()
            .UsePodIdentityForJobPods("buildkite-agent", Role)
            .AddEcrTokenRefresh(new EcrTokenRefresh(Registry, Role))
            .GrantEcr(Role, Registry, EcrAccess.Pull, "base")
            .Build();
        var trust = File(stack, "aws/iam/buildkite-agent-ecr-role/trust-policy.json");

        IamPolicyGrammar.Problems(trust).ShouldBeEmpty();
        trust.ShouldContain("\"Federated\"");
        trust.ShouldContain("\"Service\": \"pods.eks.amazonaws.com\"");
    }

    [Test]
    public void The_documents_are_the_same_bytes_whatever_the_order_of_the_calls()
    {
        var pushRole = IamRoleArn.Parse("arn:aws:iam::123456789012:role/pusher");
        var one = Stack()
            .UseIrsaForJobPods("buildkite-agent", Role)
            .AddEcrTokenRefresh(new EcrTokenRefresh(Registry, Role))
            .GrantEcr(Role, Registry, EcrAccess.Pull, "bb", "aa")
            .GrantEcr(pushRole, Registry, EcrAccess.PullAndPush, "aa")
            .Build();
        var other = Stack()
            .GrantEcr(pushRole, Registry, EcrAccess.PullAndPush, "aa")
            .GrantEcr(Role, Registry, EcrAccess.Pull, "aa", "bb")
            .AddEcrTokenRefresh(new EcrTokenRefresh(Registry, Role))
            .UseIrsaForJobPods("buildkite-agent", Role)
            .Build();

        string Aws(AgentStack s) =>
            string.Concat(
                s.ToOutput().Files.Where(f => f.Path.StartsWith("aws/", StringComparison.Ordinal)).Select(f => f.Path + f.Content)
            );
        Aws(one).ShouldBe(Aws(other));
        Aws(one).ShouldNotContain("\r");
    }

    public static IEnumerable<TestCaseData> Broken =>
        [
            Case(
                "a ServiceAccount added by hand with a role no recipe gave it",
                Stack()
                    .UseIrsaForJobPods("buildkite-agent", Role)
                    .AddManifest(new ServiceAccountBuilder().WithName("intruder").WithNamespace("buildkite").WithIamRole(Role).Build()),
                "[\"manifests/serviceaccount-intruder.yaml\"].metadata.annotations[\"eks.amazonaws.com/role-arn\"]: role buildkite-agent-ecr-role's trust policy (aws/iam/buildkite-agent-ecr-role/trust-policy.json) does not trust system:serviceaccount:buildkite:intruder: give the role to this ServiceAccount with UseIrsaForJobPods, or remove the annotation"
            ),
            Case(
                "a step that pushes with a role that may only pull",
                Stack()
                    .UseIrsaForJobPods("buildkite-agent", Role)
                    .GrantEcr(Role, Registry, EcrAccess.Pull, "myimage")
                    .WithPipeline(p =>
                        p.AddStep(s =>
                            s.AddCommands("docker build -t x .", "docker push 123456789012.dkr.ecr.us-east-1.amazonaws.com/myimage:latest")
                        )
                    ),
                "pipeline.steps[0].commands[1]: pushes to 123456789012.dkr.ecr.us-east-1.amazonaws.com/myimage as role buildkite-agent-ecr-role, which has no push rights there: call GrantEcr(role, registry, EcrAccess.PullAndPush, \"myimage\")"
            ),
            Case(
                "a step that pushes through the assume-role plugin to a repository its role was not granted",
                Stack()
                    .GrantEcr(IamRoleArn.Parse("arn:aws:iam::123456789012:role/pusher"), Registry, EcrAccess.PullAndPush, "other")
                    .TrustBuildkitePipelines("acme", "app")
                    .WithPipeline(p =>
                        p.AddStep(s =>
                            s.AddCommands("docker push --quiet 123456789012.dkr.ecr.us-east-1.amazonaws.com/team/app@sha256:abc")
                                .AddPlugin(new AssumeRoleWithWebIdentityPlugin(IamRoleArn.Parse("arn:aws:iam::123456789012:role/pusher")))
                        )
                    ),
                "pipeline.steps[0].commands[0]: pushes to 123456789012.dkr.ecr.us-east-1.amazonaws.com/team/app as role pusher, which has no push rights there: call GrantEcr(role, registry, EcrAccess.PullAndPush, \"team/app\")"
            ),
            Case(
                "a role the pipeline assumes, without the pipelines its trust policy names",
                Stack()
                    .WithPipeline(p =>
                        p.AddStep(s =>
                            s.AddCommands("make")
                                .AddPlugin(new AssumeRoleWithWebIdentityPlugin(IamRoleArn.Parse("arn:aws:iam::123456789012:role/pusher")))
                        )
                    ),
                "pipeline.steps[0].plugins[0][\"aws-assume-role-with-web-identity#v1.4.0\"].role-arn: role pusher is assumed with the job's Buildkite OIDC token, and its trust policy must name the pipelines: call TrustBuildkitePipelines(\"<organization>\", \"<pipeline>\")"
            ),
            Case(
                "pipelines named for a trust no step needs",
                Stack().TrustBuildkitePipelines("acme", "app"),
                "aws.buildkite: TrustBuildkitePipelines names pipelines, but no step assumes a role with the aws-assume-role-with-web-identity plugin"
            ),
            Case(
                "pipelines named without the IAM documents",
                new AgentStackBuilder("buildkite")
                    .UseExistingAgentTokenSecret("buildkite-agent-token")
                    .TrustBuildkitePipelines("acme", "app"),
                "aws: TrustBuildkitePipelines writes trust policies only with the IAM documents: call WithIamPolicies(new EksCluster(…))"
            ),
            Case(
                "a token refresh whose role has no ECR access",
                Stack().AddEcrTokenRefresh(new EcrTokenRefresh(Registry, Role)),
                "[\"manifests/serviceaccount-ecr-credentials-refresh.yaml\"].metadata.annotations[\"eks.amazonaws.com/role-arn\"]: role buildkite-agent-ecr-role fetches the pull token for 123456789012.dkr.ecr.us-east-1.amazonaws.com, but has no ECR access there: call GrantEcr(role, registry, EcrAccess.Pull, <repositories the job pods pull>)"
            ),
            Case(
                "a role in another partition than the cluster",
                Stack().UseIrsaForJobPods("buildkite-agent", IamRoleArn.Parse("arn:aws-cn:iam::123456789012:role/ci")),
                "[\"manifests/serviceaccount-buildkite-agent.yaml\"].metadata.annotations[\"eks.amazonaws.com/role-arn\"]: role arn:aws-cn:iam::123456789012:role/ci is in partition aws-cn, but the cluster (us-east-1) is in aws"
            ),
            Case(
                "two roles of one name",
                Stack()
                    .UseIrsaForJobPods("buildkite-agent", Role)
                    .GrantEcr(
                        IamRoleArn.Parse("arn:aws:iam::123456789012:role/ci/buildkite-agent-ecr-role"),
                        Registry,
                        EcrAccess.Pull,
                        "base"
                    )
                    .GrantEcr(Role, Registry, EcrAccess.Pull, "base"),
                "aws.iam.buildkite-agent-ecr-role: 2 roles are named buildkite-agent-ecr-role (arn:aws:iam::123456789012:role/buildkite-agent-ecr-role, arn:aws:iam::123456789012:role/ci/buildkite-agent-ecr-role): their IAM documents would share a file"
            ),
            Case(
                "an invalid cluster name",
                new AgentStackBuilder("buildkite")
                    .UseExistingAgentTokenSecret("buildkite-agent-token")
                    .WithIamPolicies(Cluster with { Name = "-bad name" }),
                "aws.cluster.name: must be an EKS cluster name: 1 to 100 letters, digits, '-' and '_', starting with a letter or digit (is \"-bad name\")"
            ),
            Case(
                "pod identity without the cluster",
                new AgentStackBuilder("buildkite")
                    .UseExistingAgentTokenSecret("buildkite-agent-token")
                    .UsePodIdentityForJobPods("buildkite-agent", Role),
                "[\"aws/pod-identity/buildkite-buildkite-agent.json\"].roleArn: EKS Pod Identity needs the cluster's name for the association: call WithIamPolicies(new EksCluster(…))"
            ),
            Case(
                "an ECR grant without the IAM documents",
                new AgentStackBuilder("buildkite")
                    .UseExistingAgentTokenSecret("buildkite-agent-token")
                    .GrantEcr(Role, Registry, EcrAccess.Pull, "base"),
                "aws: GrantEcr writes ECR policies only with the IAM documents: call WithIamPolicies(new EksCluster(…))"
            ),
        ];

    [TestCaseSource(nameof(Broken))]
    public void The_check_fails_with_its_message(AgentStackBuilder builder, string expected) =>
        builder.Build().Validate().Errors.Select(e => e.ToString()).ShouldBe([expected]);

    [Test]
    public void Every_iam_problem_is_reported_at_once()
    {
        var stack = Stack()
            .UseIrsaForJobPods("buildkite-agent", IamRoleArn.Parse("arn:aws-us-gov:iam::123456789012:role/ci"))
            .AddEcrTokenRefresh(new EcrTokenRefresh(Registry, Role))
            .AddManifest(new ServiceAccountBuilder().WithName("intruder").WithNamespace("buildkite").WithIamRole(Role).Build())
            .Build();

        stack.Validate().Errors.Count().ShouldBeGreaterThanOrEqualTo(3);
    }

    [Test]
    public void A_push_from_job_pods_without_a_service_account_is_not_blamed_on_the_controllers_role()
    {
        var stack = Stack()
            .UseIrsaForController(IamRoleArn.Parse("arn:aws:iam::123456789012:role/buildkite-controller"))
            .GrantEcr(Role, Registry, EcrAccess.Pull, "base")
            .WithPipeline(p => p.AddStep(s => s.AddCommands("docker push 123456789012.dkr.ecr.us-east-1.amazonaws.com/myimage")))
            .Build();

        stack.Validate().Errors.ShouldBeEmpty();
    }

    [Test]
    public void A_bad_repository_name_is_refused_with_every_bad_name()
    {
        var error = Should.Throw<FormatException>(() => Stack().GrantEcr(Role, Registry, EcrAccess.Pull, "ok", "Bad", "-x"));

        error.Message.ShouldStartWith("\"Bad\", \"-x\" must be an ECR repository name");
    }

    private static TestCaseData Case(string name, AgentStackBuilder builder, string expected) =>
        new TestCaseData(builder, expected).SetArgDisplayNames(name);
}
