using HelmValues.Aws;
using HelmValues.Ecr;
using HelmValues.Stack;

namespace EcrQuickstart;

/// <summary>
/// The quickstart's alternatives for clusters that run the External Secrets Operator: the pull Secret rendered from an
/// ECRAuthorizationToken instead of the refresh CronJob, and the AWS credentials from AWS Secrets Manager instead of a
/// Secret made by hand. Its output is committed in charts/ecr-external-secrets.
/// </summary>
public static class ExternalSecretsStack
{
    public static AgentStack Create()
    {
        #region external_secrets
        var registry = EcrRegistry.Parse("123456789012.dkr.ecr.us-east-1.amazonaws.com");
        var jobRole = IamRoleArn.Parse("arn:aws:iam::123456789012:role/buildkite-agent-ecr-role");
        var secretsRole = IamRoleArn.Parse("arn:aws:iam::123456789012:role/buildkite-secrets-reader");
        var cluster = new EksCluster(
            "buildkite",
            EksOidcIssuer.Parse("https://oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE")
        );

        return new AgentStackBuilder("buildkite")
            .UseExistingAgentTokenSecret("buildkite-agent-token")
            .WithValues(v => v.WithConfig(c => c.WithQueue("kubernetes")))
            .UseIrsaForJobPods("buildkite-agent", jobRole)
            // The pull Secret, rendered by External Secrets from an ECRAuthorizationToken every hour.
            .AddEcrExternalSecret(new EcrExternalSecret(registry, jobRole) { SecretName = "ecr-credentials" })
            // AWS credentials for every command container, copied from AWS Secrets Manager by a SecretStore.
            .UseAwsCredentialsFromSecretsManager(new AwsSecretsManagerCredentials("buildkite/aws-credentials", "us-east-1", secretsRole))
            .WithIamPolicies(cluster)
            .GrantEcr(jobRole, registry, EcrAccess.Pull, "my-private-image")
            .Build();
        #endregion
    }
}
