using System;
using System.Collections.Generic;
using HelmValues.Aws;
using HelmValues.Kubelet;
using HelmValues.Kubernetes;
using HelmValues.Stack;
using HelmValues.Validation;

namespace HelmValues.Ecr;

/// <summary>
/// The Amazon ECR scenarios of the Buildkite guide, each a few lines on an <see cref="AgentStackBuilder"/>: the
/// manifests it needs and the values that point at them, consistent by construction.
/// </summary>
public static class EcrRecipes
{
    /// <summary>The ECR user name of every docker login (the token is the password).</summary>
    public const string EcrUsername = "AWS";

    private const string AccessKeyId = "AWS_ACCESS_KEY_ID";
    private const string SecretAccessKey = "AWS_SECRET_ACCESS_KEY";

    /// <summary>
    /// IRSA for job pods: a ServiceAccount annotated with the IAM role, and <c>config.pod-spec-patch.serviceAccountName</c>
    /// pointing at it. AWS rotates the credentials; nothing is stored.
    /// </summary>
    /// <param name="stack">The stack.</param>
    /// <param name="serviceAccountName">The ServiceAccount to create (<c>buildkite-agent</c>).</param>
    /// <param name="role">The role job pods assume.</param>
    public static AgentStackBuilder UseIrsaForJobPods(this AgentStackBuilder stack, string serviceAccountName, IamRoleArn role)
    {
        ArgumentNullException.ThrowIfNull(stack);
        ArgumentNullException.ThrowIfNull(role);
        return stack.AddIrsaServiceAccount(serviceAccountName, role, jobPod: stack.JobPod.WithServiceAccount(serviceAccountName));
    }

    /// <summary>IRSA for the controller itself: the role annotation on the chart's own ServiceAccount (<c>serviceAccountMetadata</c>).</summary>
    /// <param name="stack">The stack.</param>
    /// <param name="role">The role the controller assumes.</param>
    public static AgentStackBuilder UseIrsaForController(this AgentStackBuilder stack, IamRoleArn role)
    {
        ArgumentNullException.ThrowIfNull(stack);
        ArgumentNullException.ThrowIfNull(role);
        var path = ValuePath.Root.Key("serviceAccountMetadata").Key("annotations").Key(Irsa.RoleArnAnnotation);
        return stack
            .WithRole(new RoleUse(role, path, RoleMechanism.Irsa))
            .WithValues(v => v.WithServiceAccountMetadata(m => m.WithAnnotation(Irsa.RoleArnAnnotation, role.ToString())));
    }

    /// <summary>
    /// AWS credentials as a Secret, handed to every command container by <c>config.default-command-params.envFrom</c>.
    /// The Secret holds credentials: writing it needs <see cref="Output.OutputOptions.AllowSecrets"/>; prefer
    /// <see cref="UseExistingAwsCredentialsSecret"/> for committed output.
    /// </summary>
    /// <param name="stack">The stack.</param>
    /// <param name="secretName">The Secret (<c>aws-credentials</c>).</param>
    /// <param name="accessKeyId">The access key ID.</param>
    /// <param name="secretAccessKey">The secret access key.</param>
    public static AgentStackBuilder UseAwsCredentialsSecret(
        this AgentStackBuilder stack,
        string secretName,
        string accessKeyId,
        string secretAccessKey
    )
    {
        ArgumentNullException.ThrowIfNull(stack);
        var secret = Secrets.OpaqueSecret(
            secretName,
            stack.Namespace,
            [
                new KeyValuePair<string, string>(AccessKeyId, accessKeyId),
                new KeyValuePair<string, string>(SecretAccessKey, secretAccessKey),
            ],
            SecretDataField.Data
        );
        return stack.AddManifest(secret, null, stack.JobPod.AddEnvFrom(secretName));
    }

    /// <summary>AWS credentials from a Secret that already exists (created with the command <see cref="AgentStack.SetupCommands"/> lists).</summary>
    /// <param name="stack">The stack.</param>
    /// <param name="secretName">The Secret (<c>aws-credentials</c>).</param>
    public static AgentStackBuilder UseExistingAwsCredentialsSecret(this AgentStackBuilder stack, string secretName)
    {
        ArgumentNullException.ThrowIfNull(stack);
        return stack
            .WithExistingSecret(secretName, SecretCommands.CreateGenericCommand(secretName, stack.Namespace, AccessKeyId, SecretAccessKey))
            .WithCommandEnvFrom(secretName);
    }

    /// <summary>
    /// A <c>kubernetes.io/dockerconfigjson</c> Secret for an ECR registry, used by every job pod
    /// (<c>config.pod-spec-patch.imagePullSecrets</c>). ECR tokens expire after 12 hours: pair it with
    /// <see cref="AddEcrTokenRefresh"/>, or prefer the kubelet credential provider.
    /// </summary>
    /// <param name="stack">The stack.</param>
    /// <param name="registry">The registry.</param>
    /// <param name="secretName">The Secret (<c>ecr-credentials</c>).</param>
    /// <param name="password">An ECR token (<c>aws ecr get-login-password</c>).</param>
    public static AgentStackBuilder UseImagePullSecret(
        this AgentStackBuilder stack,
        EcrRegistry registry,
        string secretName,
        string password
    )
    {
        ArgumentNullException.ThrowIfNull(stack);
        ArgumentNullException.ThrowIfNull(registry);
        var secret = Secrets.DockerConfigJsonSecret(secretName, stack.Namespace, registry.Host, EcrUsername, password, email: null);
        // The registry, the Secret and its use by job pods in one change of the stack.
        return stack.AddManifest(secret, null, stack.JobPod.AddImagePullSecret(secretName), stack.PartsWithRegistry(registry));
    }

    /// <summary>An ECR image pull Secret that already exists, used by every job pod.</summary>
    /// <param name="stack">The stack.</param>
    /// <param name="registry">The registry it logs in to.</param>
    /// <param name="secretName">The Secret (<c>ecr-credentials</c>).</param>
    public static AgentStackBuilder UseExistingImagePullSecret(this AgentStackBuilder stack, EcrRegistry registry, string secretName)
    {
        ArgumentNullException.ThrowIfNull(stack);
        ArgumentNullException.ThrowIfNull(registry);
        var command = SecretCommands.CreateDockerRegistryCommand(
            secretName,
            stack.Namespace,
            registry.Host,
            EcrUsername,
            $"\"$(aws ecr get-login-password --region {registry.Region})\""
        );
        return stack.WithExistingSecret(secretName, command).WithRegistry(registry).WithImagePullSecret(secretName);
    }

    /// <summary>
    /// Keeps an ECR image pull Secret fresh: the Secret (without credentials), and a CronJob that replaces its token
    /// every few hours, with its own IRSA ServiceAccount and a Role that can touch only that Secret. Job pods use it
    /// through <c>config.pod-spec-patch.imagePullSecrets</c>.
    /// </summary>
    /// <param name="stack">The stack.</param>
    /// <param name="refresh">The registry, the Secret, the role, the schedule and the image.</param>
    public static AgentStackBuilder AddEcrTokenRefresh(this AgentStackBuilder stack, EcrTokenRefresh refresh)
    {
        ArgumentNullException.ThrowIfNull(stack);
        ArgumentNullException.ThrowIfNull(refresh);
        var manifests = EcrTokenRefreshManifests.Create(refresh, stack.Namespace);
        foreach (var manifest in manifests.All)
        {
            stack = stack.AddManifest(manifest);
        }

        return stack
            .WithRegistry(refresh.Registry)
            .WithEcr(refresh.SecretName, static (p, name) => p.AddRefreshedSecret(name))
            .WithRole(RoleUse.OnServiceAccount(manifests.ServiceAccount, refresh.Role, refresh.Name, refresh.Registry))
            .WithImagePullSecret(refresh.SecretName);
    }

    /// <summary>
    /// The kubelet credential provider for ECR (<c>kubelet/credential-provider-config.yaml</c>, installed on the
    /// nodes): the recommended way, with no Secret at all.
    /// </summary>
    /// <param name="stack">The stack.</param>
    /// <param name="cacheDuration">How long the kubelet caches a token (default 12h, the token's lifetime).</param>
    public static AgentStackBuilder UseKubeletCredentialProvider(this AgentStackBuilder stack, TimeSpan? cacheDuration = null)
    {
        ArgumentNullException.ThrowIfNull(stack);
        return stack.WithCredentialProvider(CredentialProviderConfig.ForEcr(cacheDuration));
    }

    /// <summary>
    /// Allows ECR registries in another AWS account than the IAM roles (the registry policy must grant the roles
    /// access); otherwise a different account is reported as an error.
    /// </summary>
    /// <param name="stack">The stack.</param>
    public static AgentStackBuilder AllowCrossAccountRegistries(this AgentStackBuilder stack)
    {
        ArgumentNullException.ThrowIfNull(stack);
        return stack.WithEcr(true, static (p, allow) => p with { AllowCrossAccount = allow });
    }

    /// <summary>Records that the stack's images come from <paramref name="registry"/>, for the checks of <see cref="EcrStackPart"/>.</summary>
    internal static AgentStackBuilder WithRegistry(this AgentStackBuilder stack, EcrRegistry registry) =>
        stack.WithEcr(registry, static (p, r) => p.AddRegistry(r));

    /// <summary>The stack's parts once <see cref="WithRegistry"/> has recorded <paramref name="registry"/>.</summary>
    private static IReadOnlyList<IStackPart> PartsWithRegistry(this AgentStackBuilder stack, EcrRegistry registry) =>
        stack.PartsWith<EcrStackPart, EcrRegistry>(registry, static (p, r) => (p ?? EcrStackPart.Empty).AddRegistry(r));

    /// <summary>Changes the stack's <see cref="EcrStackPart"/>, starting from an empty one; static lambdas allocate nothing.</summary>
    private static AgentStackBuilder WithEcr<TArg>(this AgentStackBuilder stack, TArg arg, Func<EcrStackPart, TArg, EcrStackPart> change) =>
        stack.WithPart<EcrStackPart, (Func<EcrStackPart, TArg, EcrStackPart> Change, TArg Arg)>(
            (change, arg),
            static (p, c) => c.Change(p ?? EcrStackPart.Empty, c.Arg)
        );

    /// <summary>
    /// Adds a ServiceAccount annotated with <paramref name="role"/> (IRSA), and the role's use by it, so the role's trust policy
    /// names it; <paramref name="pullsFrom"/> is a registry whose ECR tokens it fetches (its ECR policy must cover it), and
    /// <paramref name="jobPod"/> the job pod changes that come with it (none by default).
    /// </summary>
    internal static AgentStackBuilder AddIrsaServiceAccount(
        this AgentStackBuilder stack,
        string serviceAccountName,
        IamRoleArn role,
        EcrRegistry? pullsFrom = null,
        JobPodEdits? jobPod = null
    )
    {
        var account = Irsa.ServiceAccount(serviceAccountName, stack.Namespace, role);
        return stack.AddManifest(account, RoleUse.OnServiceAccount(account, role, serviceAccountName, pullsFrom), jobPod ?? stack.JobPod);
    }
}
