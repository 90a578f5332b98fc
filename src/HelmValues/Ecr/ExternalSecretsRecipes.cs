using System;
using HelmValues.ExternalSecrets.EcrAuthorizationTokenV1Alpha1;
using HelmValues.ExternalSecrets.ExternalSecretV1;
using HelmValues.ExternalSecrets.SecretStoreV1;
using HelmValues.Kubernetes;
using HelmValues.Stack;
using HelmValues.Validation;
using HelmValues.Yaml;

namespace HelmValues.Ecr;

/// <summary>
/// The ECR scenarios with the External Secrets Operator, for clusters that run it: External Secrets keeps the Secrets
/// fresh, so nothing home-made runs in the cluster and no credential is ever committed. The objects are typed from the
/// External Secrets CRDs (<c>HelmValues.ExternalSecrets</c>); each store and generator authenticates with IRSA through a
/// ServiceAccount of its own, whose role the IAM documents (<see cref="IamRecipes.WithIamPolicies"/>) trust and grant.
/// </summary>
public static class ExternalSecretsRecipes
{
    private const string AccessKeyId = "AWS_ACCESS_KEY_ID";
    private const string SecretAccessKey = "AWS_SECRET_ACCESS_KEY";

    /// <summary>
    /// An ECR image pull Secret that External Secrets renders and refreshes, instead of <see cref="EcrRecipes.AddEcrTokenRefresh"/>'s
    /// CronJob: an <c>ECRAuthorizationToken</c> generator (with an IRSA ServiceAccount for <see cref="EcrExternalSecret.Role"/>),
    /// and an <c>ExternalSecret</c> that turns its token into a <c>kubernetes.io/dockerconfigjson</c> Secret every
    /// <see cref="EcrExternalSecret.RefreshInterval"/>. Job pods use it through <c>config.pod-spec-patch.imagePullSecrets</c>.
    /// </summary>
    /// <param name="stack">The stack.</param>
    /// <param name="pullSecret">The registry, the role, the Secret and the refresh interval.</param>
    /// <example>
    /// <code>
    /// stack.AddEcrExternalSecret(new EcrExternalSecret(registry, jobRole))
    ///     .GrantEcr(jobRole, registry, EcrAccess.Pull, "my-private-image");
    /// </code>
    /// </example>
    public static AgentStackBuilder AddEcrExternalSecret(this AgentStackBuilder stack, EcrExternalSecret pullSecret)
    {
        ArgumentNullException.ThrowIfNull(stack);
        ArgumentNullException.ThrowIfNull(pullSecret);
        pullSecret.ThrowIfInvalid();
        var ns = stack.Namespace;
        var generator = ECRAuthorizationTokenBuilder
            .Create(pullSecret.SecretName, ns)
            .WithSpec(s =>
                s.WithRegion(pullSecret.Registry.Region)
                    .WithAuth(a => a.WithJwt(j => j.WithServiceAccountRef(r => r.WithName(pullSecret.ServiceAccountName))))
            )
            .Build();
        // The generator's keys are username, password and proxy_endpoint; the registry host is the stack's, checked already.
        var dockerConfig =
            "{\"auths\":{\""
            + pullSecret.Registry.Host
            + "\":{\"username\":\"{{ .username }}\",\"password\":\"{{ .password }}\",\"auth\":\"{{ printf \"%s:%s\" .username .password | b64enc }}\"}}}";
        var externalSecret = ExternalSecretBuilder
            .Create(pullSecret.SecretName, ns)
            .WithSpec(s =>
                s.WithRefreshInterval(GoDuration.Format(pullSecret.RefreshInterval))
                    .AddDataFrom(d =>
                        d.WithSourceRef(r =>
                            r.WithGeneratorRef(g =>
                                g.WithApiVersion(ECRAuthorizationToken.ResourceApiVersion)
                                    .WithKind(DataFromItemSourceRefGeneratorRefKind.ECRAuthorizationToken)
                                    .WithName(pullSecret.SecretName)
                            )
                        )
                    )
                    .WithTarget(t =>
                        t.WithName(pullSecret.SecretName)
                            .WithCreationPolicy(CreationPolicy.Owner)
                            .WithTemplate(p =>
                                p.WithType(SecretTypes.DockerConfigJson)
                                    .WithEngineVersion(EngineVersion.V2)
                                    .WithData(DockerConfigJsonEncoder.Key, dockerConfig)
                            )
                    )
            )
            .Build();
        return stack
            .AddIrsaServiceAccount(pullSecret.ServiceAccountName, pullSecret.Role, pullSecret.Registry)
            .AddResource(generator)
            .AddResource(externalSecret)
            .WithRegistry(pullSecret.Registry)
            .WithImagePullSecret(pullSecret.SecretName);
    }

    /// <summary>
    /// AWS credentials for every command container (<c>config.default-command-params.envFrom</c>) from an AWS Secrets Manager
    /// secret, instead of a Secret made by hand: a <c>SecretStore</c> for Secrets Manager (with an IRSA ServiceAccount for
    /// <see cref="AwsSecretsManagerCredentials.Role"/>), and an <c>ExternalSecret</c> that copies the secret's
    /// <c>AWS_ACCESS_KEY_ID</c> and <c>AWS_SECRET_ACCESS_KEY</c> into the Secret and keeps them current. With
    /// <see cref="IamRecipes.WithIamPolicies"/>, the role gets <c>secretsmanager-policy.json</c>: <c>GetSecretValue</c> on that secret only.
    /// </summary>
    /// <param name="stack">The stack.</param>
    /// <param name="credentials">The secret, its region, the role, and the names of the objects.</param>
    /// <example>
    /// <code>
    /// stack.UseAwsCredentialsFromSecretsManager(new AwsSecretsManagerCredentials("buildkite/aws-credentials", "us-east-1", storeRole))
    /// </code>
    /// </example>
    public static AgentStackBuilder UseAwsCredentialsFromSecretsManager(
        this AgentStackBuilder stack,
        AwsSecretsManagerCredentials credentials
    )
    {
        ArgumentNullException.ThrowIfNull(stack);
        ArgumentNullException.ThrowIfNull(credentials);
        credentials.ThrowIfInvalid();
        var ns = stack.Namespace;
        var store = SecretStoreBuilder
            .Create(credentials.StoreName, ns)
            .WithSpec(s =>
                s.WithProvider(p =>
                    p.WithAws(a =>
                        a.WithService(Service.SecretsManager)
                            .WithRegion(credentials.Region)
                            .WithAuth(u => u.WithJwt(j => j.WithServiceAccountRef(r => r.WithName(credentials.StoreName))))
                    )
                )
            )
            .Build();
        var externalSecret = ExternalSecretBuilder
            .Create(credentials.SecretName, ns)
            .WithSpec(s =>
                s.WithRefreshInterval(GoDuration.Format(credentials.RefreshInterval))
                    .WithSecretStoreRef(r => r.WithKind(Kind.SecretStore).WithName(credentials.StoreName))
                    .AddData(d =>
                        d.WithSecretKey(AccessKeyId).WithRemoteRef(r => r.WithKey(credentials.SecretId).WithProperty(AccessKeyId))
                    )
                    .AddData(d =>
                        d.WithSecretKey(SecretAccessKey).WithRemoteRef(r => r.WithKey(credentials.SecretId).WithProperty(SecretAccessKey))
                    )
                    .WithTarget(t => t.WithName(credentials.SecretName).WithCreationPolicy(CreationPolicy.Owner))
            )
            .Build();
        var regionPath = ValuePath
            .Root.Key(AgentStack.ManifestFile(SecretStore.ResourceKind, credentials.StoreName))
            .Key("spec")
            .Key("provider")
            .Key("aws")
            .Key("region");
        var read = new SecretsManagerRead(credentials.Role, credentials.Region, credentials.SecretId, regionPath);
        return stack
            .AddIrsaServiceAccount(credentials.StoreName, credentials.Role)
            .AddResource(store)
            .AddResource(externalSecret)
            .WithIam(iam => iam with { SecretReads = [.. iam.SecretReads, read] })
            .WithCommandEnvFrom(credentials.SecretName);
    }
}
