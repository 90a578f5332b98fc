using System;
using HelmValues.Aws;

namespace HelmValues.Ecr;

/// <summary>What <see cref="ExternalSecretsRecipes.AddEcrExternalSecret"/> sets up.</summary>
/// <param name="Registry">The registry the pull Secret logs in to.</param>
/// <param name="Role">
/// The IAM role the <c>ECRAuthorizationToken</c> generator assumes (IRSA, through its own ServiceAccount): it needs
/// <c>ecr:GetAuthorizationToken</c> and pull rights on the repositories job pods pull (<c>GrantEcr</c>).
/// </param>
public sealed record EcrExternalSecret(EcrRegistry Registry, IamRoleArn Role)
{
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(12);

    /// <summary>
    /// The <c>kubernetes.io/dockerconfigjson</c> Secret the ExternalSecret renders (default <c>ecr-credentials</c>); the
    /// ExternalSecret and the generator have its name too.
    /// </summary>
    public string SecretName { get; init; } = "ecr-credentials";

    /// <summary>
    /// How often External Secrets asks for a new token (default one hour, written as the Go duration <c>1h</c>): ECR tokens last 12 hours, so a
    /// few failed refreshes never let the Secret expire.
    /// </summary>
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromHours(1);

    /// <summary>The ServiceAccount the generator authenticates as (default <c>&lt;secret&gt;-generator</c>); it carries the role.</summary>
    public string ServiceAccountName => SecretName + "-generator";

    internal void ThrowIfInvalid()
    {
        ArgumentNullException.ThrowIfNull(Registry);
        ArgumentNullException.ThrowIfNull(Role);
        ArgumentException.ThrowIfNullOrEmpty(SecretName);
        if (RefreshInterval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(RefreshInterval), RefreshInterval, "the refresh interval must be positive");
        }

        if (RefreshInterval >= TokenLifetime)
        {
            throw new ArgumentOutOfRangeException(
                nameof(RefreshInterval),
                RefreshInterval,
                "the refresh interval must be shorter than an ECR token's 12 hours, or the pull Secret expires between refreshes"
            );
        }
    }
}
