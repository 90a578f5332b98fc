using HelmValues.Aws;
using HelmValues.Ecr;
using HelmValues.Kubernetes;
using HelmValues.Output;
using HelmValues.Pipelines;
using HelmValues.Stack;
using HelmValues.Testing;
using static HelmValues.Tests.Stack.GuideNames;

namespace HelmValues.Tests.Stack;

/// <summary>Each ECR recipe on its own: the whole output it produces, compared with expected files.</summary>
public class StackRecipeTests
{
    private static AgentStackBuilder Stack() => new AgentStackBuilder("buildkite").UseExistingAgentTokenSecret("buildkite-agent-token");

    public static IEnumerable<TestCaseData> Recipes =>
        [
            Recipe("irsa-job-pods", Stack().UseIrsaForJobPods("buildkite-agent", Role)),
            Recipe(
                "irsa-controller",
                Stack().UseIrsaForController(IamRoleArn.Parse("arn:aws:iam::123456789012:role/buildkite-controller"))
            ),
            Recipe(
                "aws-credentials-secret",
                Stack().UseAwsCredentialsSecret("aws-credentials", "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
            ),
            Recipe("aws-credentials-existing", Stack().UseExistingAwsCredentialsSecret("aws-credentials")),
            Recipe("image-pull-secret", Stack().UseImagePullSecret(Registry, "ecr-credentials", "eyJwYXlsb2FkIjoiZXhhbXBsZSJ9")),
            Recipe("image-pull-secret-existing", Stack().UseExistingImagePullSecret(Registry, "ecr-credentials")),
            Recipe("ecr-token-refresh", Stack().AddEcrTokenRefresh(new EcrTokenRefresh(Registry, Role))),
            Recipe("kubelet-credential-provider", Stack().UseKubeletCredentialProvider()),
            Recipe(
                "iam-policies",
                Stack()
                    .UseIrsaForJobPods("buildkite-agent", Role)
                    .UseIrsaForController(IamRoleArn.Parse("arn:aws:iam::123456789012:role/buildkite-controller"))
                    .AddEcrTokenRefresh(new EcrTokenRefresh(Registry, Role))
                    .WithIamPolicies(Cluster)
                    .GrantEcr(Role, Registry, EcrAccess.PullAndPush, "myimage", "team/app")
            ),
            Recipe(
                "pod-identity",
                Stack()
                    .UsePodIdentityForJobPods("buildkite-agent", Role)
                    .WithIamPolicies(Cluster)
                    .GrantEcr(Role, Registry, EcrAccess.Pull, "base")
            ),
            Recipe(
                "pipeline-steps",
                Stack()
                    .UseExistingImagePullSecret(Registry, "ecr-credentials")
                    .WithPipeline(p =>
                        p.AddStep(s =>
                            s.WithLabel(":docker: Build and push to ECR")
                                .AddCommands(
                                    "docker build -t myimage:latest .",
                                    "docker push 123456789012.dkr.ecr.us-east-1.amazonaws.com/myimage:latest"
                                )
                                .OnQueue("kubernetes")
                                .AddPlugin(
                                    new AssumeRoleWithWebIdentityPlugin(IamRoleArn.Parse("arn:aws:iam::123456789012:role/ecr-access-role"))
                                )
                                .AddPlugin(new EcrPlugin("us-east-1"))
                                .AddPlugin(
                                    new KubernetesPlugin(
                                        new PodSpecBuilder().AddContainer(c => c.WithImage("my-custom-image:latest")).Build()
                                    )
                                )
                        )
                    )
            ),
        ];

    [TestCaseSource(nameof(Recipes))]
    public void The_recipe_writes_the_expected_files(AgentStackBuilder stack)
    {
        var output = stack.Build().ToOutput();

        ExpectedFiles.VerifyDirectory(
            Repository.PathOf("tests", "HelmValues.Tests", "Expected", "Stacks", TestContext.CurrentContext.Test.Name),
            output.Files.ToDictionary(f => f.Path.Replace('/', '_'), f => f.Content)
        );
    }

    [Test]
    public void Recipes_compose_into_one_consistent_stack()
    {
        var stack = Stack()
            .UseIrsaForJobPods("buildkite-agent", Role)
            .UseExistingAwsCredentialsSecret("aws-credentials")
            .AddEcrTokenRefresh(new EcrTokenRefresh(Registry, Role))
            .Build();

        stack.Validate().Problems.ShouldBeEmpty();
        var patch = stack.Values.Config!.PodSpecPatch!;
        patch.ServiceAccountName.ShouldBe("buildkite-agent");
        patch.ImagePullSecrets.Single().Name.ShouldBe("ecr-credentials");
        stack.Values.Config.DefaultCommandParams!.EnvFrom!.Single().SecretRef.Name.ShouldBe("aws-credentials");
        stack.SetupCommands.ShouldBe([
            "kubectl create secret generic buildkite-agent-token --namespace buildkite --from-literal=BUILDKITE_AGENT_TOKEN='<BUILDKITE_AGENT_TOKEN>'",
            "kubectl create secret generic aws-credentials --namespace buildkite --from-literal=AWS_ACCESS_KEY_ID='<AWS_ACCESS_KEY_ID>' --from-literal=AWS_SECRET_ACCESS_KEY='<AWS_SECRET_ACCESS_KEY>'",
        ]);
    }

    [Test]
    public void A_recipe_that_holds_credentials_is_refused_without_the_opt_in()
    {
        var output = Stack().UseAwsCredentialsSecret("aws-credentials", "AKIAIOSFODNN7EXAMPLE", "secret").Build().ToOutput();
        var directory = Path.Combine(Path.GetTempPath(), "helmvalues-refused-" + Guid.NewGuid().ToString("N"));

        var problem = Should.Throw<Validation.ValidationException>(() => OutputWriter.Write(output, directory)).Problems.Single();

        problem.Path.ShouldBe("manifests/secret-aws-credentials.yaml");
        problem.Message.ShouldEndWith(
            "kubectl create secret generic aws-credentials --namespace buildkite --from-literal=AWS_ACCESS_KEY_ID='<AWS_ACCESS_KEY_ID>' --from-literal=AWS_SECRET_ACCESS_KEY='<AWS_SECRET_ACCESS_KEY>'"
        );
        problem.ToString().ShouldNotContain("AKIAIOSFODNN7EXAMPLE");
        Directory.Exists(directory).ShouldBeFalse();
    }

    [Test]
    public void The_docker_registry_refusal_names_the_registry_and_elides_the_password()
    {
        var output = Stack().UseImagePullSecret(Registry, "ecr-credentials", "s3cr3t-token").Build().ToOutput();

        var problem = Should.Throw<Validation.ValidationException>(() => OutputWriter.Write(output, Path.GetTempPath())).Problems.Single();

        problem.Message.ShouldEndWith(
            "kubectl create secret docker-registry ecr-credentials --namespace buildkite --docker-server=123456789012.dkr.ecr.us-east-1.amazonaws.com --docker-username=AWS --docker-password='<password>'"
        );
        problem.ToString().ShouldNotContain("s3cr3t-token");
    }

    private static TestCaseData Recipe(string name, AgentStackBuilder stack) => new TestCaseData(stack).SetName(name);
}
