using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using HelmValues.Aws;
using HelmValues.Pipelines;
using HelmValues.Validation;
using k8s.Models;

namespace HelmValues.Stack;

/// <summary>
/// The checks between the IAM documents and the rest of the stack: what the cluster would otherwise find out at run time, as
/// an AccessDenied in a job log.
/// </summary>
internal static partial class IamChecks
{
    private static readonly ValuePath AwsPath = ValuePath.Root.Key("aws");

    public static void Run(StackState state, ValidationContext context)
    {
        if (state.Iam.Cluster is not { } cluster)
        {
            RequireCluster(state, context);
            return;
        }

        if (cluster.NameProblem is { } problem)
        {
            context.AddError(AwsPath.Key("cluster").Key("name"), problem);
        }

        CheckRoleNames(state, context);
        CheckPartitions(state, cluster, context);
        CheckWebIdentityTrust(state, context);
        CheckTrustedServiceAccounts(state, context);
        CheckTokenRefreshPulls(state, context);
        CheckSecretReads(state, context);
        CheckPushes(state, context);
    }

    private static void RequireCluster(StackState state, ValidationContext context)
    {
        // Indexed, not a query: most stacks have no cluster and come here on every validation.
        for (var i = 0; i < state.Roles.Count; i++)
        {
            if (state.Roles[i].Mechanism == RoleMechanism.PodIdentity)
            {
                context.AddError(
                    state.Roles[i].Path,
                    "EKS Pod Identity needs the cluster's name for the association: call WithIamPolicies(new EksCluster(…))"
                );
            }
        }

        if (state.Iam.Grants.Count > 0)
        {
            context.AddError(AwsPath, "GrantEcr writes ECR policies only with the IAM documents: call WithIamPolicies(new EksCluster(…))");
        }

        if (state.Iam.Pipelines is not null)
        {
            context.AddError(
                AwsPath,
                "TrustBuildkitePipelines writes trust policies only with the IAM documents: call WithIamPolicies(new EksCluster(…))"
            );
        }
    }

    // The documents are filed by role name (the name `aws iam create-role` takes); two roles of one name would share a file.
    private static void CheckRoleNames(StackState state, ValidationContext context)
    {
        var roles = IamOutput
            .TrustedRoles(state)
            .Concat(state.Iam.Grants.Select(g => g.Role))
            .Concat(state.Iam.SecretReads.Select(r => r.Role));
        foreach (var clash in roles.Distinct().GroupBy(r => r.RoleName).Where(g => g.Count() > 1))
        {
            context.AddError(
                AwsPath.Key("iam").Key(clash.Key),
                $"{clash.Count()} roles are named {clash.Key} ({string.Join(", ", clash.Select(r => r.ToString()).Order(System.StringComparer.Ordinal))}): their IAM documents would share a file"
            );
        }
    }

    // The OIDC provider and the Pod Identity agent live in the cluster's partition; a role of another partition cannot trust them.
    private static void CheckPartitions(StackState state, EksCluster cluster, ValidationContext context)
    {
        foreach (var use in state.Roles.Where(u => u.Mechanism != RoleMechanism.Plugin && u.Role.Partition != cluster.OidcIssuer.Partition))
        {
            context.AddError(
                use.Path,
                $"role {use.Role} is in partition {use.Role.Partition}, but the cluster ({cluster.OidcIssuer.Region}) is in {cluster.OidcIssuer.Partition}"
            );
        }
    }

    // The trust policies come from the recipes; a ServiceAccount added by hand with a role annotation is reported rather
    // than trusted silently: widening who may assume a role must be deliberate.
    private static void CheckTrustedServiceAccounts(StackState state, ValidationContext context)
    {
        foreach (var account in state.Manifests.OfType<V1ServiceAccount>())
        {
            if (
                account.Metadata?.Annotations?.TryGetValue(Irsa.RoleArnAnnotation, out var text) != true
                || !IamRoleArn.TryParse(text, out var role)
            )
            {
                continue;
            }

            var subject = IamPolicies.ServiceAccountSubject(account.Metadata.NamespaceProperty ?? state.Namespace, account.Metadata.Name);
            if (!IamOutput.IrsaSubjects(state, role).Contains(subject))
            {
                context.AddError(
                    ValuePath.Root.Key(AgentStack.ManifestFile(account)).Key("metadata").Key("annotations").Key(Irsa.RoleArnAnnotation),
                    $"role {role.RoleName}'s trust policy ({IamOutput.TrustPolicyFile(role)}) does not trust {subject}: "
                        + "give the role to this ServiceAccount with UseIrsaForJobPods, or remove the annotation"
                );
            }
        }
    }

    // A role the pipeline assumes with its jobs' OIDC tokens trusts Buildkite's provider only for the pipelines named; without
    // them its trust policy cannot be written, and naming pipelines that assume no role is a mistake of another kind.
    private static void CheckWebIdentityTrust(StackState state, ValidationContext context)
    {
        var uses = StackChecks.PipelineRoles(state.Pipeline).ToList();
        if (state.Iam.Pipelines is null)
        {
            foreach (var use in uses)
            {
                context.AddError(
                    use.Path,
                    $"role {use.Role.RoleName} is assumed with the job's Buildkite OIDC token, and its trust policy must name the pipelines: "
                        + "call TrustBuildkitePipelines(\"<organization>\", \"<pipeline>\")"
                );
            }
        }
        else if (uses.Count == 0)
        {
            context.AddError(
                AwsPath.Key("buildkite"),
                "TrustBuildkitePipelines names pipelines, but no step assumes a role with the aws-assume-role-with-web-identity plugin"
            );
        }
    }

    // An ECR token carries the permissions of the role that asked for it: the kubelet can pull with it only what the role may.
    private static void CheckTokenRefreshPulls(StackState state, ValidationContext context)
    {
        foreach (var use in state.Roles.Where(u => u.PullsFrom is not null))
        {
            if (!state.Iam.Grants.Any(g => g.Role.Equals(use.Role) && g.Allows(use.PullsFrom!, null, EcrAccess.Pull)))
            {
                context.AddError(
                    use.Path,
                    $"role {use.Role.RoleName} fetches the pull token for {use.PullsFrom}, but has no ECR access there: "
                        + $"call GrantEcr(role, registry, EcrAccess.Pull, <repositories the job pods pull>)"
                );
            }
        }
    }

    // The policy names the secret in the role's account and the secret's region: both must be in the role's partition, and
    // the region must be one (a typo there is an AccessDenied, or a store that never becomes ready).
    private static void CheckSecretReads(StackState state, ValidationContext context)
    {
        foreach (var read in state.Iam.SecretReads)
        {
            if (!AwsRegion().IsMatch(read.Region))
            {
                context.AddError(
                    read.Path,
                    $"\"{read.Region}\" is not an AWS region (such as us-east-1): Secrets Manager's endpoint and the secret's ARN need one"
                );
            }
            else if (AwsPartitions.ForRegion(read.Region) != read.Role.Partition)
            {
                context.AddError(
                    read.Path,
                    $"is {read.Region}, in partition {AwsPartitions.ForRegion(read.Region)}, but role {read.Role.RoleName}, which reads the secret, is in {read.Role.Partition}"
                );
            }
        }
    }

    // A step that runs `docker push <ecr registry>/<repository>` needs push rights on that repository, with the role it
    // runs as: the one its assume-role plugin assumes, else the job pods' role.
    private static void CheckPushes(StackState state, ValidationContext context)
    {
        var jobAccount = state.Values.Config?.PodSpecPatch?.ServiceAccountName;
        // The controller's use has no ServiceAccount name: a stack whose job pods name none must not match it.
        var jobRole = jobAccount is null
            ? null
            : state.Roles.FirstOrDefault(u => u.Mechanism != RoleMechanism.Plugin && u.ServiceAccount == jobAccount)?.Role;
        var steps = state.Pipeline?.Steps ?? [];
        for (var s = 0; s < steps.Count; s++)
        {
            var role = steps[s].Plugins.OfType<AssumeRoleWithWebIdentityPlugin>().LastOrDefault()?.RoleArn ?? jobRole;
            for (var c = 0; role is not null && c < steps[s].Commands.Count; c++)
            {
                foreach (var (registry, repository) in EcrPushes(steps[s].Commands[c]))
                {
                    if (!state.Iam.Grants.Any(g => g.Role.Equals(role) && g.Allows(registry, repository, EcrAccess.PullAndPush)))
                    {
                        context.AddError(
                            ValuePath.Root.Key("pipeline").Key("steps").Index(s).Key("commands").Index(c),
                            $"pushes to {registry}/{repository} as role {role.RoleName}, which has no push rights there: "
                                + $"call GrantEcr(role, registry, EcrAccess.PullAndPush, \"{repository}\")"
                        );
                    }
                }
            }
        }
    }

    private static IEnumerable<(EcrRegistry Registry, string Repository)> EcrPushes(string command)
    {
        foreach (Match match in DockerPush().Matches(command))
        {
            var image = match.Groups["image"].Value;
            var slash = image.IndexOf('/');
            if (slash < 0 || !EcrRegistry.TryParse(image[..slash], out var registry, out _))
            {
                continue;
            }

            // The repository is the rest up to the tag or digest (a ':' after the host can only start a tag).
            var repository = image[(slash + 1)..].Split('@')[0].Split(':')[0];
            yield return (registry, repository);
        }
    }

    [GeneratedRegex(@"^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex AwsRegion();

    [GeneratedRegex(@"\bdocker\s+(?:image\s+)?push\s+(?:-\S+\s+)*(?<image>[^\s;&|]+)", RegexOptions.CultureInvariant)]
    private static partial Regex DockerPush();
}
