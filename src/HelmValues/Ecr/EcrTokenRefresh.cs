using System;
using HelmValues.Aws;

namespace HelmValues.Ecr;

/// <summary>What <see cref="EcrRecipes.AddEcrTokenRefresh"/> sets up.</summary>
/// <param name="Registry">The registry whose token is refreshed.</param>
/// <param name="Role">The IAM role the refresh job assumes (IRSA): it needs <c>ecr:GetAuthorizationToken</c>.</param>
public sealed record EcrTokenRefresh(EcrRegistry Registry, IamRoleArn Role)
{
    /// <summary>The image the job runs: the AWS CLI (bash, curl and base64 included). Pin it to a release you have vetted.</summary>
    public const string DefaultImage = "public.ecr.aws/aws-cli/aws-cli:2.17.0";

    /// <summary>The image pull Secret kept fresh (default <c>ecr-credentials</c>).</summary>
    public string SecretName { get; init; } = "ecr-credentials";

    /// <summary>
    /// The cron schedule (default every six hours: ECR tokens last twelve, so one failed run never lets them expire).
    /// </summary>
    public string Schedule { get; init; } = "0 */6 * * *";

    /// <summary>The image the job runs.</summary>
    public string Image { get; init; } = DefaultImage;

    /// <summary>The name of the CronJob, its ServiceAccount, Role and RoleBinding (default <c>&lt;secret&gt;-refresh</c>).</summary>
    public string Name => SecretName + "-refresh";

    /// <summary>Checks the arguments.</summary>
    /// <exception cref="ArgumentException">A name or the schedule is empty.</exception>
    internal void ThrowIfInvalid()
    {
        ArgumentNullException.ThrowIfNull(Registry);
        ArgumentNullException.ThrowIfNull(Role);
        ArgumentException.ThrowIfNullOrEmpty(SecretName);
        ArgumentException.ThrowIfNullOrEmpty(Schedule);
        ArgumentException.ThrowIfNullOrEmpty(Image);
    }
}
