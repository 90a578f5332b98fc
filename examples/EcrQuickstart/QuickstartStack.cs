using HelmValues.Aws;
using HelmValues.Ecr;
using HelmValues.Kubernetes;
using HelmValues.Pipelines;
using HelmValues.Stack;

namespace EcrQuickstart;

/// <summary>
/// The Buildkite guide "Amazon ECR authentication" as C#: every scenario, with the guide's names.
/// </summary>
public static class QuickstartStack
{
    public const string Namespace = "buildkite";

    public static AgentStack Create()
    {
        #region quickstart
        var registry = EcrRegistry.Parse("123456789012.dkr.ecr.us-east-1.amazonaws.com");
        var jobRole = IamRoleArn.Parse("arn:aws:iam::123456789012:role/buildkite-agent-ecr-role");
        var pushRole = IamRoleArn.Parse("arn:aws:iam::123456789012:role/ecr-access-role");
        var cluster = new EksCluster(
            "buildkite",
            EksOidcIssuer.Parse("https://oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE")
        );

        return new AgentStackBuilder(Namespace)
            .UseExistingAgentTokenSecret("buildkite-agent-token")
            .WithValues(v => v.WithConfig(c => c.WithQueue("kubernetes")))
            // IRSA: job pods run as buildkite-agent, which assumes the ECR role.
            .UseIrsaForJobPods("buildkite-agent", jobRole)
            // AWS credentials as a Secret that exists in the cluster, for every command container.
            .UseExistingAwsCredentialsSecret("aws-credentials")
            // imagePullSecrets at controller level, kept fresh by a CronJob (ECR tokens last 12 hours).
            .AddEcrTokenRefresh(new EcrTokenRefresh(registry, jobRole) { SecretName = "ecr-credentials" })
            // The recommended alternative for nodes you manage: the kubelet credential provider.
            .UseKubeletCredentialProvider()
            .WithPipeline(p => p.AddStep(BuildAndPush(registry, pushRole)).AddStep(RunPrivateImage(registry)))
            // The IAM documents under aws/: each role's trust policy and least-privilege ECR policy.
            .WithIamPolicies(cluster)
            .GrantEcr(jobRole, registry, EcrAccess.Pull, "my-private-image")
            .GrantEcr(pushRole, registry, EcrAccess.PullAndPush, "myimage")
            // The push role is assumed with the job's Buildkite OIDC token: it trusts this pipeline's jobs only.
            .TrustBuildkitePipelines("my-org", "my-pipeline")
            .Build();
        #endregion
    }

    // The ecr plugin logs Docker in; aws-assume-role-with-web-identity gets its credentials from Buildkite OIDC.
    private static Func<CommandStepBuilder, CommandStepBuilder> BuildAndPush(EcrRegistry registry, IamRoleArn role) =>
        step =>
            step.WithLabel(":docker: Build and push to ECR")
                .AddCommands("docker build -t myimage:latest .", $"docker push {registry.Host}/myimage:latest")
                .OnQueue("kubernetes")
                .AddPlugin(new AssumeRoleWithWebIdentityPlugin(role))
                .AddPlugin(new EcrPlugin(registry.Region))
                .AddPlugin(new KubernetesPlugin(new PodSpecBuilder().AddContainer(c => c.WithImage("my-custom-image:latest")).Build()));

    // imagePullSecrets per pipeline: the step's own pod pulls a private image with the refreshed Secret.
    private static Func<CommandStepBuilder, CommandStepBuilder> RunPrivateImage(EcrRegistry registry) =>
        step =>
            step.WithLabel(":docker: Run private ECR image")
                .AddCommands("echo \"Running from private ECR image\"")
                .OnQueue("kubernetes")
                .AddPlugin(
                    new KubernetesPlugin(
                        new PodSpecBuilder()
                            .AddImagePullSecret(s => s.WithName("ecr-credentials"))
                            .AddContainer(c => c.WithImage($"{registry.Host}/my-private-image:latest"))
                            .Build()
                    )
                );
}
