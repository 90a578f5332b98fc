using System;
using HelmValues.Aws;

namespace HelmValues.Ecr;

/// <summary>What <see cref="ExternalSecretsRecipes.UseAwsCredentialsFromSecretsManager"/> sets up.</summary>
/// <param name="SecretId">
/// The name of the AWS Secrets Manager secret (<c>buildkite/aws-credentials</c>): a JSON object with the keys
/// <c>AWS_ACCESS_KEY_ID</c> and <c>AWS_SECRET_ACCESS_KEY</c>.
/// </param>
/// <param name="Region">The secret's region (<c>us-east-1</c>).</param>
/// <param name="Role">
/// The IAM role the SecretStore assumes (IRSA, through its own ServiceAccount): it gets <c>secretsmanager:GetSecretValue</c> on
/// that one secret, in the role's account.
/// </param>
public sealed record AwsSecretsManagerCredentials(string SecretId, string Region, IamRoleArn Role)
{
    /// <summary>The Kubernetes Secret the ExternalSecret writes and job pods read (default <c>aws-credentials</c>).</summary>
    public string SecretName { get; init; } = "aws-credentials";

    /// <summary>The SecretStore, and the ServiceAccount it authenticates as (default <c>aws-secrets-manager</c>).</summary>
    public string StoreName { get; init; } = "aws-secrets-manager";

    /// <summary>How often External Secrets reads the secret again (default one hour, written as the Go duration <c>1h</c>): a rotation reaches jobs within it.</summary>
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromHours(1);

    internal void ThrowIfInvalid()
    {
        ArgumentException.ThrowIfNullOrEmpty(SecretId);
        ArgumentException.ThrowIfNullOrEmpty(Region);
        ArgumentNullException.ThrowIfNull(Role);
        ArgumentException.ThrowIfNullOrEmpty(SecretName);
        ArgumentException.ThrowIfNullOrEmpty(StoreName);
        if (RefreshInterval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(RefreshInterval), RefreshInterval, "the refresh interval must be positive");
        }
    }
}
