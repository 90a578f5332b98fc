using HelmValues.Aws;

namespace HelmValues.Tests.Stack;

/// <summary>The names of the Buildkite ECR guide (and an example EKS cluster), shared by the stack tests.</summary>
internal static class GuideNames
{
    public static readonly EcrRegistry Registry = EcrRegistry.Parse("123456789012.dkr.ecr.us-east-1.amazonaws.com");
    public static readonly IamRoleArn Role = IamRoleArn.Parse("arn:aws:iam::123456789012:role/buildkite-agent-ecr-role");
    public static readonly EksCluster Cluster = new(
        "buildkite",
        EksOidcIssuer.Parse("https://oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE")
    );
}
