using System;
using System.Collections.Generic;
using System.Linq;
using HelmValues.AgentStackK8s;
using HelmValues.Aws;
using HelmValues.Output;

namespace HelmValues.Stack;

/// <summary>The AWS files of a stack (under <c>aws/</c>): each role's trust and ECR policies, and the Pod Identity associations.</summary>
internal static class IamOutput
{
    public static string TrustPolicyFile(IamRoleArn role) => $"aws/iam/{role.RoleName}/trust-policy.json";

    public static string EcrPolicyFile(IamRoleArn role) => $"aws/iam/{role.RoleName}/ecr-policy.json";

    public static string SecretsManagerPolicyFile(IamRoleArn role) => $"aws/iam/{role.RoleName}/secretsmanager-policy.json";

    public static string PodIdentityAssociationFile(string @namespace, string serviceAccount) =>
        $"aws/pod-identity/{@namespace}-{serviceAccount}.json";

    /// <summary>The files, or none before <c>WithIamPolicies</c> (the checks report what needs it).</summary>
    public static IEnumerable<OutputFile> Files(StackState state)
    {
        if (state.Iam.Cluster is not { } cluster)
        {
            yield break;
        }

        foreach (var role in TrustedRoles(state))
        {
            yield return new OutputFile(TrustPolicyFile(role), TrustPolicy(state, cluster, role).ToJson());
        }

        foreach (var grants in state.Iam.Grants.GroupBy(g => g.Role))
        {
            var repositories = grants
                .SelectMany(g => g.Repositories.Select(r => new KeyValuePair<string, EcrAccess>(g.Registry.RepositoryArn(r), g.Access)))
                // Pull-and-push wins over pull when two grants name one repository.
                .GroupBy(r => r.Key)
                .Select(g => g.MaxBy(r => r.Value));
            yield return new OutputFile(EcrPolicyFile(grants.Key), IamPolicies.EcrAccessPolicy(repositories).ToJson());
        }

        foreach (var reads in state.Iam.SecretReads.GroupBy(r => r.Role))
        {
            yield return new OutputFile(
                SecretsManagerPolicyFile(reads.Key),
                IamPolicies.SecretsManagerReadPolicy(reads.Select(r => r.ArnPattern)).ToJson()
            );
        }

        foreach (var use in state.Roles.Where(u => u.Mechanism == RoleMechanism.PodIdentity))
        {
            var association = new PodIdentityAssociation(cluster.Name, state.Namespace, use.ServiceAccount!, use.Role);
            yield return new OutputFile(PodIdentityAssociationFile(state.Namespace, use.ServiceAccount!), association.ToCliInputJson());
        }
    }

    /// <summary>
    /// The roles whose trust policies the stack writes: those its pods get, and those the pipeline assumes once
    /// <c>TrustBuildkitePipelines</c> names its pipelines.
    /// </summary>
    public static IEnumerable<IamRoleArn> TrustedRoles(StackState state) =>
        state
            .Roles.Where(u => u.Mechanism != RoleMechanism.Plugin)
            .Select(u => u.Role)
            .Concat(state.Iam.Pipelines is null ? [] : StackChecks.PipelineRoles(state.Pipeline).Select(u => u.Role))
            .Distinct();

    /// <summary>The <c>sub</c>s an IRSA role's trust policy names: the ServiceAccounts the recipes gave it.</summary>
    public static IReadOnlyList<string> IrsaSubjects(StackState state, IamRoleArn role) =>
        state
            .Roles.Where(u => u.Mechanism == RoleMechanism.Irsa && u.Role.Equals(role))
            .Select(u => IamPolicies.ServiceAccountSubject(state.Namespace, u.ServiceAccount ?? ControllerServiceAccount(state)))
            .Distinct()
            .ToList();

    /// <summary>
    /// The chart's ServiceAccount: <c>&lt;fullname&gt;-controller</c>, where the fullname is <c>fullnameOverride</c>, or the release
    /// name when it contains the chart name (<c>nameOverride</c> or <c>agent-stack-k8s</c>), or <c>&lt;release&gt;-&lt;chart name&gt;</c>;
    /// Helm cuts it to 63 characters and trims a trailing '-'.
    /// </summary>
    public static string ControllerServiceAccount(StackState state)
    {
        var name = string.IsNullOrEmpty(state.Values.NameOverride) ? "agent-stack-k8s" : state.Values.NameOverride;
        var release = state.Iam.HelmRelease;
        var fullname =
            !string.IsNullOrEmpty(state.Values.FullnameOverride) ? state.Values.FullnameOverride
            : release.Contains(name, StringComparison.Ordinal) ? release
            : $"{release}-{name}";
        return AgentStackK8sValues.HelmName(fullname) + "-controller";
    }

    private static IamPolicyDocument TrustPolicy(StackState state, EksCluster cluster, IamRoleArn role)
    {
        var statements = new List<IamStatement>();
        var subjects = IrsaSubjects(state, role);
        if (subjects.Count > 0)
        {
            statements.AddRange(IamPolicies.IrsaTrust(cluster.OidcIssuer, role.AccountId, subjects).Statements);
        }

        if (state.Roles.Any(u => u.Mechanism == RoleMechanism.PodIdentity && u.Role.Equals(role)))
        {
            statements.AddRange(IamPolicies.PodIdentityTrust().Statements);
        }

        if (state.Iam.Pipelines is { } pipelines && StackChecks.PipelineRoles(state.Pipeline).Any(u => u.Role.Equals(role)))
        {
            var trust = IamPolicies.BuildkiteOidcTrust(role.Partition, role.AccountId, pipelines.Organization, pipelines.Slugs);
            statements.AddRange(trust.Statements);
        }

        return new IamPolicyDocument(statements);
    }
}
