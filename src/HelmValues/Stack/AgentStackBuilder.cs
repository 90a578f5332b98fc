using System;
using System.Collections.Generic;
using HelmValues.AgentStackK8s;
using HelmValues.Aws;
using HelmValues.Collections;
using HelmValues.Kubelet;
using HelmValues.Manifests;
using HelmValues.Pipelines;
using HelmValues.Validation;
using k8s;
using k8s.Models;

namespace HelmValues.Stack;

/// <summary>
/// Builds an <see cref="AgentStack"/>: the chart's values, the manifests around them, and what references what.
/// Every method returns a new builder; recipes (the ECR ones in <c>HelmValues.Ecr</c>) are extension methods on it, which keep
/// their own state in the stack as an <see cref="IStackPart"/>.
/// </summary>
/// <example>
/// <code>
/// var stack = new AgentStackBuilder("buildkite")
///     .UseExistingAgentTokenSecret("buildkite-agent-token")
///     .UseIrsaForJobPods("buildkite-agent", IamRoleArn.Parse("arn:aws:iam::123456789012:role/buildkite-agent-ecr-role"))
///     .WithValues(v =&gt; v.WithConfig(c =&gt; c.WithQueue("kubernetes")))
///     .Build();
/// OutputWriter.Write(stack.ToOutput(), "charts/buildkite");
/// </code>
/// </example>
public sealed class AgentStackBuilder
{
    private readonly StackState _state;

    /// <summary>Starts a stack whose objects all live in <paramref name="namespace"/> (the Helm release namespace).</summary>
    /// <param name="namespace">The namespace.</param>
    public AgentStackBuilder(string @namespace)
        : this(StackState.Empty(@namespace))
    {
        // Every stack is validated against the chart before it is written. Making the chart now starts its schema's parse
        // (tens of milliseconds the first time) on the thread pool while the stack is built, not after.
        _ = AgentStackK8sValues.Chart;
    }

    private AgentStackBuilder(StackState state) => _state = state;

    /// <summary>The stack's namespace.</summary>
    public string Namespace => _state.Namespace;

    /// <summary>Changes the chart values.</summary>
    /// <param name="configure">Configures the values, starting from the current ones.</param>
    public AgentStackBuilder WithValues(Func<AgentStackK8sValuesBuilder, AgentStackK8sValuesBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var state = _state.WithJobPodEditsApplied();
        return new(state with { Values = configure(AgentStackK8sValuesBuilder.From(state.Values)).Build() });
    }

    /// <summary>The recipes' job pod changes not yet in the values; a recipe that adds a manifest too passes them on changed.</summary>
    internal JobPodEdits JobPod => _state.JobPod;

    /// <summary>Makes job pods run as <paramref name="serviceAccountName"/> (<c>config.pod-spec-patch.serviceAccountName</c>).</summary>
    /// <remarks>This and the next two only note the change: <see cref="JobPodEdits"/> says why and when it reaches the values.</remarks>
    internal AgentStackBuilder WithJobServiceAccount(string serviceAccountName) =>
        new(_state with { JobPod = _state.JobPod.WithServiceAccount(serviceAccountName) });

    /// <summary>Makes job pods pull with the Secret (<c>config.pod-spec-patch.imagePullSecrets</c>).</summary>
    internal AgentStackBuilder WithImagePullSecret(string secretName) =>
        new(_state with { JobPod = _state.JobPod.AddImagePullSecret(secretName) });

    /// <summary>Hands the Secret's keys to every command container as variables (<c>config.default-command-params.envFrom</c>).</summary>
    internal AgentStackBuilder WithCommandEnvFrom(string secretName) => new(_state with { JobPod = _state.JobPod.AddEnvFrom(secretName) });

    /// <summary>Adds a manifest (a ServiceAccount, Secret, CronJob, …) to write beside the values.</summary>
    /// <param name="manifest">The object; its namespace must be the stack's.</param>
    public AgentStackBuilder AddManifest(IKubernetesObject<V1ObjectMeta> manifest) => AddManifest(manifest, null, _state.JobPod);

    /// <summary>
    /// Adds a manifest, the use of the role it gets (when not null) and the job pod changes it needs (<see cref="JobPod"/>
    /// changed), in one change of the state: recipes add them together, and a fleet does so for each of thousands of stacks.
    /// </summary>
    /// <remarks><paramref name="parts"/>, when not null, replaces the stack's parts (<see cref="PartsWith"/>) in the same change.</remarks>
    internal AgentStackBuilder AddManifest(
        IKubernetesObject<V1ObjectMeta> manifest,
        RoleUse? role,
        JobPodEdits jobPod,
        IReadOnlyList<IStackPart>? parts = null
    )
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return new(
            _state with
            {
                Manifests = ValueList.Append(_state.Manifests, manifest),
                Roles = role is null ? _state.Roles : ValueList.Append(_state.Roles, role),
                JobPod = jobPod,
                Parts = parts ?? _state.Parts,
            }
        );
    }

    /// <summary>Adds an External Secrets <c>ExternalSecret</c> to write beside the values; the Secret it renders counts as in the stack.</summary>
    /// <param name="externalSecret">The object; its namespace must be the stack's.</param>
    public AgentStackBuilder AddManifest(ExternalSecrets.ExternalSecretV1.ExternalSecret externalSecret) => AddResource(externalSecret);

    /// <summary>Adds an External Secrets <c>SecretStore</c> to write beside the values.</summary>
    /// <param name="store">The object; its namespace must be the stack's.</param>
    public AgentStackBuilder AddManifest(ExternalSecrets.SecretStoreV1.SecretStore store) => AddResource(store);

    /// <summary>Adds an External Secrets <c>ECRAuthorizationToken</c> generator to write beside the values.</summary>
    /// <param name="generator">The object; its namespace must be the stack's.</param>
    public AgentStackBuilder AddManifest(ExternalSecrets.EcrAuthorizationTokenV1Alpha1.ECRAuthorizationToken generator) =>
        AddResource(generator);

    /// <summary>Declares a Secret that exists in the cluster already, so the stack may reference it.</summary>
    /// <param name="name">The Secret's name.</param>
    /// <param name="createCommand">How to create it (values elided), shown to whoever sets up the cluster.</param>
    public AgentStackBuilder WithExistingSecret(string name, string? createCommand = null) =>
        WithExisting(new ExistingObject("Secret", name, createCommand));

    /// <summary>Declares a ServiceAccount that exists in the cluster already, so the stack may reference it.</summary>
    /// <param name="name">The ServiceAccount's name.</param>
    public AgentStackBuilder WithExistingServiceAccount(string name) => WithExisting(new ExistingObject("ServiceAccount", name));

    /// <summary>
    /// Uses a Secret that already holds the agent token (key <c>BUILDKITE_AGENT_TOKEN</c>), as <c>agentStackSecret</c>,
    /// so the token never appears in values.
    /// </summary>
    /// <param name="secretName">The Secret's name.</param>
    public AgentStackBuilder UseExistingAgentTokenSecret(string secretName)
    {
        // The existing Secret and the values that name it, in one change of the state.
        var existing = new ExistingObject(
            "Secret",
            secretName,
            SecretCommands.CreateGenericCommand(secretName, Namespace, AgentTokenSecret.Key)
        );
        ArgumentException.ThrowIfNullOrEmpty(existing.Name);
        var state = _state.WithJobPodEditsApplied();
        return new(
            state with
            {
                Existing = ValueList.Append(state.Existing, existing),
                Values = state.Values with { AgentStackSecret = secretName },
            }
        );
    }

    /// <summary>Sets the pipeline (<c>pipeline.yaml</c>) written with the stack.</summary>
    /// <param name="configure">Configures the pipeline, starting from an empty one.</param>
    public AgentStackBuilder WithPipeline(Func<PipelineBuilder, PipelineBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return new(_state with { Extras = _state.Extras with { Pipeline = configure(new PipelineBuilder()).Build() } });
    }

    /// <summary>Sets the kubelet credential provider configuration written with the stack (for the nodes).</summary>
    /// <param name="config">The configuration.</param>
    public AgentStackBuilder WithCredentialProvider(CredentialProviderConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new(_state with { Extras = _state.Extras with { CredentialProvider = config } });
    }

    /// <summary>The stack. Call <see cref="AgentStack.Validate()"/> or <see cref="AgentStack.ToOutput"/> next.</summary>
    public AgentStack Build() => new(_state.WithJobPodEditsApplied());

    /// <summary>Adds a custom resource (an External Secrets object, typed from its CRD) to write beside the values.</summary>
    internal AgentStackBuilder AddResource(ICustomResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return new(_state with { Extras = _state.Extras with { Resources = ValueList.Append(_state.Resources, resource) } });
    }

    /// <summary>
    /// Adds or replaces the stack's part of type <typeparamref name="TPart"/>: <paramref name="change"/> gets the current one, or
    /// null when the stack has none yet, and <paramref name="arg"/>. A new part goes after the others; a replaced one keeps its place.
    /// </summary>
    /// <remarks>The argument lets callers pass a static lambda: recipes call this for every registry, and need no closure.</remarks>
    internal AgentStackBuilder WithPart<TPart, TArg>(TArg arg, Func<TPart?, TArg, TPart> change)
        where TPart : class, IStackPart => new(_state with { Parts = PartsWith(arg, change) });

    /// <summary>
    /// The stack's parts with the one of type <typeparamref name="TPart"/> added or replaced, as <see cref="WithPart"/> sets them:
    /// for a recipe that changes a part and adds a manifest in one change of the state.
    /// </summary>
    internal IReadOnlyList<IStackPart> PartsWith<TPart, TArg>(TArg arg, Func<TPart?, TArg, TPart> change)
        where TPart : class, IStackPart
    {
        var parts = _state.Parts;
        var index = parts.Count;
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i] is TPart)
            {
                index = i;
                break;
            }
        }

        var part = change(index < parts.Count ? (TPart)parts[index] : null, arg);
        ArgumentNullException.ThrowIfNull(part, nameof(change));
        var updated = new IStackPart[Math.Max(parts.Count, index + 1)];
        for (var i = 0; i < parts.Count; i++)
        {
            updated[i] = parts[i];
        }

        updated[index] = part;
        return new ValueList<IStackPart>(updated);
    }

    internal AgentStackBuilder WithRole(RoleUse use) => new(_state with { Roles = ValueList.Append(_state.Roles, use) });

    internal AgentStackBuilder WithIam(Func<IamSetup, IamSetup> change) =>
        new(_state with { Extras = _state.Extras with { Iam = change(_state.Iam) } });

    private AgentStackBuilder WithExisting(ExistingObject existing)
    {
        ArgumentException.ThrowIfNullOrEmpty(existing.Name);
        return new(_state with { Existing = ValueList.Append(_state.Existing, existing) });
    }
}

/// <summary>How pods get an IAM role.</summary>
internal enum RoleMechanism
{
    /// <summary>A pipeline plugin assumes it; the stack writes no trust policy for it.</summary>
    Plugin,

    /// <summary>IAM Roles for Service Accounts: the role ARN annotation on the ServiceAccount.</summary>
    Irsa,

    /// <summary>EKS Pod Identity: an association of the ServiceAccount with the role, nothing on the ServiceAccount.</summary>
    PodIdentity,
}

/// <summary>Where an IAM role is used and by whom: for the cross-checks and the IAM documents.</summary>
/// <param name="Role">The role.</param>
/// <param name="NamedAt">Where the stack names it, for errors; null when <see cref="AnnotatedAccount"/> names it.</param>
/// <param name="Mechanism">How pods get it.</param>
/// <param name="ServiceAccount">The ServiceAccount that gets it; null with IRSA means the chart's own (the controller's).</param>
/// <param name="PullsFrom">A registry the role's ECR tokens pull from (the token refresh): its ECR policy must cover it.</param>
internal sealed record RoleUse(
    IamRoleArn Role,
    ValuePath? NamedAt,
    RoleMechanism Mechanism = RoleMechanism.Plugin,
    string? ServiceAccount = null,
    EcrRegistry? PullsFrom = null
)
{
    /// <summary>The ServiceAccount manifest whose IRSA annotation names the role, when <see cref="NamedAt"/> is null.</summary>
    public IKubernetesObject<V1ObjectMeta>? AnnotatedAccount { get; init; }

    /// <summary>
    /// Where the stack names the role, for errors: the path of <see cref="AnnotatedAccount"/>'s annotation is made only when an
    /// error needs it, not for every ServiceAccount of every stack built.
    /// </summary>
    public ValuePath Path =>
        NamedAt
        ?? ValuePath.Root.Key(AgentStack.ManifestFile(AnnotatedAccount!)).Key("metadata").Key("annotations").Key(Irsa.RoleArnAnnotation);

    /// <summary>The IRSA use of <paramref name="role"/> by <paramref name="account"/>, whose annotation names it.</summary>
    public static RoleUse OnServiceAccount(
        IKubernetesObject<V1ObjectMeta> account,
        IamRoleArn role,
        string? serviceAccount,
        EcrRegistry? pullsFrom
    ) => new(role, null, RoleMechanism.Irsa, serviceAccount, pullsFrom) { AnnotatedAccount = account };
}

/// <summary>What the IAM documents need beyond the stack: the cluster, the Helm release, and the ECR access of each role.</summary>
/// <param name="Cluster">The cluster; null until the recipe <c>WithIamPolicies</c>, and then no IAM document is written.</param>
/// <param name="HelmRelease">The Helm release name, which names the controller's ServiceAccount.</param>
/// <param name="Grants">The ECR access of each role.</param>
/// <param name="Pipelines">The Buildkite pipelines that assume roles with OIDC (the web-identity plugin), or null.</param>
internal sealed record IamSetup(
    EksCluster? Cluster,
    string HelmRelease,
    IReadOnlyList<EcrGrant> Grants,
    BuildkitePipelines? Pipelines = null
)
{
    /// <summary>The Secrets Manager secrets each role reads (the SecretStores' roles).</summary>
    public IReadOnlyList<SecretsManagerRead> SecretReads { get; init; } = ValueList.From(Array.Empty<SecretsManagerRead>());

    public static IamSetup Empty { get; } = new(null, "agent-stack-k8s", ValueList.From(Array.Empty<EcrGrant>()));
}

/// <summary>The Buildkite organization and pipelines whose jobs' OIDC tokens the web-identity roles trust.</summary>
internal sealed record BuildkitePipelines(string Organization, IReadOnlyList<string> Slugs);

/// <summary>A Secrets Manager secret a role reads: its <c>secretsmanager-policy.json</c> grants <c>GetSecretValue</c> on it.</summary>
/// <param name="Role">The role.</param>
/// <param name="Region">The secret's region.</param>
/// <param name="SecretId">The secret's name.</param>
/// <param name="Path">Where the stack names the region, for errors.</param>
internal sealed record SecretsManagerRead(IamRoleArn Role, string Region, string SecretId, ValuePath Path)
{
    /// <summary>
    /// The secret's ARN pattern, in the role's account: Secrets Manager appends a hyphen and six random characters to the name.
    /// </summary>
    public string ArnPattern => $"arn:{AwsPartitions.ForRegion(Region)}:secretsmanager:{Region}:{Role.AccountId}:secret:{SecretId}-??????";
}

/// <summary>Everything an <see cref="AgentStackBuilder"/> has collected.</summary>
/// <remarks>
/// Every change of a stack copies its state: what few stacks set is in <see cref="Extras"/>, one field here, so that each
/// copy, several per stack of a fleet, is smaller.
/// </remarks>
internal sealed record StackState(
    string Namespace,
    AgentStackK8sValues Values,
    IReadOnlyList<IKubernetesObject<V1ObjectMeta>> Manifests,
    IReadOnlyList<ExistingObject> Existing,
    IReadOnlyList<RoleUse> Roles,
    IReadOnlyList<IStackPart> Parts,
    JobPodEdits JobPod,
    StackExtras Extras
)
{
    /// <summary>The custom resources (External Secrets objects).</summary>
    public IReadOnlyList<ICustomResource> Resources => Extras.Resources;

    /// <summary>The pipeline, if any.</summary>
    public Pipeline? Pipeline => Extras.Pipeline;

    /// <summary>The kubelet credential provider configuration, if any.</summary>
    public CredentialProviderConfig? CredentialProvider => Extras.CredentialProvider;

    /// <summary>What the IAM documents need.</summary>
    public IamSetup Iam => Extras.Iam;

    /// <summary>This state with the recipes' pending job pod edits in its values: what every reader of the values needs.</summary>
    public StackState WithJobPodEditsApplied() =>
        JobPod.IsEmpty ? this : this with { Values = JobPod.ApplyTo(Values), JobPod = JobPodEdits.None };

    /// <summary>The part of type <typeparamref name="TPart"/>, or null when no recipe added one.</summary>
    public TPart? Part<TPart>()
        where TPart : class, IStackPart
    {
        // for, not foreach: a read-only list's enumerator is an allocation.
        for (var i = 0; i < Parts.Count; i++)
        {
            if (Parts[i] is TPart found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>True when a part's job fills in <paramref name="secret"/> in the cluster (see <see cref="IStackPart.FillsInCluster"/>).</summary>
    public bool FillsInCluster(V1Secret secret)
    {
        for (var i = 0; i < Parts.Count; i++)
        {
            if (Parts[i].FillsInCluster(secret))
            {
                return true;
            }
        }

        return false;
    }

    // Everything in a state is immutable, so every new stack starts from this one, with its namespace.
    private static readonly StackState Blank = new(
        "",
        new AgentStackK8sValues(),
        ValueList.From(Array.Empty<IKubernetesObject<V1ObjectMeta>>()),
        ValueList.From(Array.Empty<ExistingObject>()),
        ValueList.From(Array.Empty<RoleUse>()),
        ValueList.From(Array.Empty<IStackPart>()),
        JobPodEdits.None,
        new StackExtras(ValueList.From(Array.Empty<ICustomResource>()), null, null, IamSetup.Empty)
    );

    public static StackState Empty(string @namespace)
    {
        ArgumentException.ThrowIfNullOrEmpty(@namespace);
        return Blank with { Namespace = @namespace };
    }
}

/// <summary>What few stacks set, kept apart from the rest of a <see cref="StackState"/>: see its remarks.</summary>
/// <param name="Resources">The custom resources (External Secrets objects).</param>
/// <param name="Pipeline">The pipeline, if any.</param>
/// <param name="CredentialProvider">The kubelet credential provider configuration, if any.</param>
/// <param name="Iam">What the IAM documents need.</param>
internal sealed record StackExtras(
    IReadOnlyList<ICustomResource> Resources,
    Pipeline? Pipeline,
    CredentialProviderConfig? CredentialProvider,
    IamSetup Iam
);
