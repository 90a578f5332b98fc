using System;

namespace HelmValues.Aws;

/// <summary>
/// An EKS Pod Identity association: pods of <paramref name="ServiceAccount"/> in <paramref name="Namespace"/> get
/// <paramref name="Role"/>. Written as the input of the AWS CLI rather than as an AWS Controllers for Kubernetes resource,
/// because the CLI (or Terraform, CloudFormation, the console, which take the same four fields) needs nothing in the
/// cluster, while ACK would need its EKS controller installed, with an IAM role of its own allowed to create associations.
/// </summary>
/// <param name="ClusterName">The EKS cluster.</param>
/// <param name="Namespace">The ServiceAccount's namespace.</param>
/// <param name="ServiceAccount">The ServiceAccount.</param>
/// <param name="Role">The role its pods get; its trust policy is <see cref="IamPolicies.PodIdentityTrust"/>.</param>
/// <example>
/// <c>aws eks create-pod-identity-association --cli-input-json file://aws/pod-identity/buildkite-buildkite-agent.json</c> with
/// <code>
/// {
///   "clusterName": "buildkite",
///   "namespace": "buildkite",
///   "serviceAccount": "buildkite-agent",
///   "roleArn": "arn:aws:iam::123456789012:role/buildkite-agent-ecr-role"
/// }
/// </code>
/// </example>
public sealed record PodIdentityAssociation(string ClusterName, string Namespace, string ServiceAccount, IamRoleArn Role)
{
    /// <summary>The JSON <c>aws eks create-pod-identity-association --cli-input-json</c> takes (keys in the CLI's order).</summary>
    public string ToCliInputJson()
    {
        ArgumentNullException.ThrowIfNull(Role);
        return AwsJson.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("clusterName", ClusterName);
            writer.WriteString("namespace", Namespace);
            writer.WriteString("serviceAccount", ServiceAccount);
            writer.WriteString("roleArn", Role.ToString());
            writer.WriteEndObject();
        });
    }
}
