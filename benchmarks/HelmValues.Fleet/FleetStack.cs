using HelmValues.Aws;
using HelmValues.Ecr;
using HelmValues.Stack;

namespace HelmValues.Fleet;

/// <summary>
/// One stack of the fleet, as the issue measures it: values.yaml, the IRSA ServiceAccount, an AWS credentials Secret and an
/// ECR docker-registry Secret, built with the public API. Stacks differ by namespace and queue.
/// </summary>
public static class FleetStack
{
    /// <summary>Stack <paramref name="index"/>.</summary>
    /// <param name="index">The stack's number.</param>
    public static AgentStack Build(int index)
    {
        var name = FleetNames.Namespace(index);
        return new AgentStackBuilder(name)
            .UseExistingAgentTokenSecret("buildkite-agent-token")
            .WithValues(v => v.WithConfig(c => c.WithQueue(name)))
            .UseIrsaForJobPods("buildkite-agent", Role)
            .UseAwsCredentialsSecret("aws-credentials", "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
            .UseImagePullSecret(Registry, "ecr-credentials", "ecr-login-password")
            .Build();
    }

    private static readonly IamRoleArn Role = IamRoleArn.Parse("arn:aws:iam::123456789012:role/buildkite-agent-ecr-role");

    private static readonly EcrRegistry Registry = EcrRegistry.Parse("123456789012.dkr.ecr.us-east-1.amazonaws.com");
}
