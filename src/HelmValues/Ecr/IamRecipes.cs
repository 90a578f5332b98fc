using System;
using System.Linq;
using HelmValues.Aws;
using HelmValues.Collections;
using HelmValues.Kubernetes;
using HelmValues.Stack;
using HelmValues.Validation;

namespace HelmValues.Ecr;

/// <summary>
/// The AWS side of the stack: the IAM documents of every role it uses (written under <c>aws/</c>), and EKS Pod Identity as
/// an alternative to IRSA. The trust policies come from the ServiceAccounts the recipes create, so the <c>sub</c> of each is
/// exactly the ServiceAccount the values use.
/// </summary>
/// <example>
/// <code>
/// stack.UseIrsaForJobPods("buildkite-agent", jobRole)
///     .WithIamPolicies(new EksCluster("buildkite", EksOidcIssuer.Parse("https://oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE")))
///     .GrantEcr(jobRole, registry, EcrAccess.PullAndPush, "myimage");
/// </code>
/// writes <c>aws/iam/buildkite-agent-ecr-role/trust-policy.json</c> (the cluster's OIDC provider, for
/// <c>system:serviceaccount:buildkite:buildkite-agent</c>) and <c>aws/iam/buildkite-agent-ecr-role/ecr-policy.json</c>.
/// </example>
public static class IamRecipes
{
    /// <summary>The default Helm release name, as Buildkite's install instructions use it.</summary>
    public const string DefaultHelmRelease = "agent-stack-k8s";

    /// <summary>
    /// Writes the IAM documents of every role the stack uses: for each role, <c>aws/iam/&lt;role&gt;/trust-policy.json</c>
    /// (IRSA: the cluster's OIDC provider, for exactly the ServiceAccounts that carry the role; Pod Identity:
    /// <c>pods.eks.amazonaws.com</c>) and, for roles given ECR access with <see cref="GrantEcr"/>, <c>ecr-policy.json</c>.
    /// </summary>
    /// <param name="stack">The stack.</param>
    /// <param name="cluster">The EKS cluster.</param>
    /// <param name="helmRelease">The Helm release name; it names the controller's ServiceAccount (<c>&lt;fullname&gt;-controller</c>).</param>
    public static AgentStackBuilder WithIamPolicies(
        this AgentStackBuilder stack,
        EksCluster cluster,
        string helmRelease = DefaultHelmRelease
    )
    {
        ArgumentNullException.ThrowIfNull(stack);
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(cluster.OidcIssuer);
        ArgumentException.ThrowIfNullOrEmpty(helmRelease);
        return stack.WithIam(iam => iam with { Cluster = cluster, HelmRelease = helmRelease });
    }

    /// <summary>
    /// Gives <paramref name="role"/> least-privilege access to repositories of <paramref name="registry"/>, written in its
    /// <c>ecr-policy.json</c> (with <c>ecr:GetAuthorizationToken</c>, which has no resource). The stack checks that a role the
    /// pipeline pushes with has push rights, and that the token refresh role can pull.
    /// </summary>
    /// <param name="stack">The stack.</param>
    /// <param name="role">The role.</param>
    /// <param name="registry">The registry.</param>
    /// <param name="access">Pull, or pull and push.</param>
    /// <param name="repositories">The repository names (<c>myimage</c>, <c>team/app</c>).</param>
    /// <exception cref="FormatException">A repository name breaks ECR's rules; the message lists every such name.</exception>
    public static AgentStackBuilder GrantEcr(
        this AgentStackBuilder stack,
        IamRoleArn role,
        EcrRegistry registry,
        EcrAccess access,
        params string[] repositories
    )
    {
        ArgumentNullException.ThrowIfNull(stack);
        ArgumentNullException.ThrowIfNull(role);
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(repositories);
        if (repositories.Length == 0)
        {
            throw new ArgumentException("name at least one repository", nameof(repositories));
        }

        var problems = repositories.Where(r => EcrRegistry.CheckRepositoryName(r) is not null).Select(r => $"\"{r}\"").ToList();
        if (problems.Count > 0)
        {
            throw new FormatException($"{string.Join(", ", problems)} {EcrRegistry.CheckRepositoryName(null)}");
        }

        var grant = new EcrGrant(role, registry, access, repositories.ToArray());
        return stack.WithRegistry(registry).WithIam(iam => iam with { Grants = [.. iam.Grants, grant] });
    }

    /// <summary>
    /// Writes the trust policy of each role the pipeline assumes with the <c>aws-assume-role-with-web-identity</c> plugin: Buildkite's
    /// OIDC provider (<c>agent.buildkite.com</c>, audience <c>sts.amazonaws.com</c>) for jobs of exactly these pipelines
    /// (<c>sub</c> <c>organization:&lt;org&gt;:pipeline:&lt;pipeline&gt;:*</c>), in <c>aws/iam/&lt;role&gt;/trust-policy.json</c>.
    /// Needs <see cref="WithIamPolicies"/>; the stack checks that every plugin's <c>role-arn</c> gets one.
    /// </summary>
    /// <param name="stack">The stack.</param>
    /// <param name="organization">The Buildkite organization's slug.</param>
    /// <param name="pipelines">The slugs of the pipelines whose steps assume the roles.</param>
    /// <exception cref="ArgumentException">No pipeline is named, or a slug is not one; the message lists every bad slug.</exception>
    public static AgentStackBuilder TrustBuildkitePipelines(this AgentStackBuilder stack, string organization, params string[] pipelines)
    {
        ArgumentNullException.ThrowIfNull(stack);
        var slugs = IamPolicies.CheckedPipelines(organization, pipelines);
        var identity = new BuildkitePipelines(organization, ValueList.From(slugs.Distinct().Order(StringComparer.Ordinal)));
        return stack.WithIam(iam => iam with { Pipelines = identity });
    }

    /// <summary>
    /// EKS Pod Identity for job pods, instead of IRSA: a ServiceAccount with no annotation, <c>config.pod-spec-patch.serviceAccountName</c>
    /// pointing at it, the role's trust policy for <c>pods.eks.amazonaws.com</c>, and the association
    /// (<c>aws/pod-identity/&lt;namespace&gt;-&lt;serviceaccount&gt;.json</c>, for
    /// <c>aws eks create-pod-identity-association --cli-input-json file://…</c>). Needs <see cref="WithIamPolicies"/> for the cluster name.
    /// </summary>
    /// <param name="stack">The stack.</param>
    /// <param name="serviceAccountName">The ServiceAccount to create.</param>
    /// <param name="role">The role job pods get.</param>
    public static AgentStackBuilder UsePodIdentityForJobPods(this AgentStackBuilder stack, string serviceAccountName, IamRoleArn role)
    {
        ArgumentNullException.ThrowIfNull(stack);
        ArgumentNullException.ThrowIfNull(role);
        var account = new ServiceAccountBuilder().WithName(serviceAccountName).WithNamespace(stack.Namespace).Build();
        var path = ValuePath.Root.Key(IamOutput.PodIdentityAssociationFile(stack.Namespace, serviceAccountName)).Key("roleArn");
        return stack.AddManifest(
            account,
            new RoleUse(role, path, RoleMechanism.PodIdentity, serviceAccountName),
            stack.JobPod.WithServiceAccount(serviceAccountName)
        );
    }
}
