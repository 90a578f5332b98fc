using System;
using System.Collections.Generic;
using System.Linq;

namespace HelmValues.Aws;

/// <summary>The IAM documents of the agent stack's roles: IRSA and EKS Pod Identity trust policies, least-privilege ECR access.</summary>
/// <example>
/// <code>
/// var issuer = EksOidcIssuer.Parse("https://oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE");
/// var json = IamPolicies.IrsaTrust(issuer, "123456789012", [IamPolicies.ServiceAccountSubject("buildkite", "buildkite-agent")]).ToJson();
/// </code>
/// writes
/// <code>
/// {
///   "Version": "2012-10-17",
///   "Statement": [
///     {
///       "Effect": "Allow",
///       "Principal": {
///         "Federated": "arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE"
///       },
///       "Action": "sts:AssumeRoleWithWebIdentity",
///       "Condition": {
///         "StringEquals": {
///           "oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:aud": "sts.amazonaws.com",
///           "oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:sub": "system:serviceaccount:buildkite:buildkite-agent"
///         }
///       }
///     }
///   ]
/// }
/// </code>
/// </example>
public static class IamPolicies
{
    /// <summary>The audience of the tokens EKS projects for IRSA.</summary>
    public const string StsAudience = "sts.amazonaws.com";

    /// <summary>Buildkite's OIDC provider, which signs the token of every job (<c>buildkite-agent oidc request-token</c>).</summary>
    public const string BuildkiteOidcProvider = "agent.buildkite.com";

    /// <summary>The service principal of EKS Pod Identity (the same in every partition).</summary>
    public const string PodIdentityService = "pods.eks.amazonaws.com";

    // The smallest sets that work: docker pull needs the first three; docker push the layer upload calls and PutImage, and
    // BatchCheckLayerAvailability, which the pull statement already grants on every pushed repository.
    private static readonly string[] PullActions = ["ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"];
    private static readonly string[] PushActions =
    [
        "ecr:CompleteLayerUpload",
        "ecr:InitiateLayerUpload",
        "ecr:PutImage",
        "ecr:UploadLayerPart",
    ];

    /// <summary>The <c>sub</c> of a ServiceAccount's token: <c>system:serviceaccount:&lt;namespace&gt;:&lt;name&gt;</c>.</summary>
    /// <param name="namespace">The ServiceAccount's namespace.</param>
    /// <param name="serviceAccount">The ServiceAccount's name.</param>
    public static string ServiceAccountSubject(string @namespace, string serviceAccount)
    {
        ArgumentException.ThrowIfNullOrEmpty(@namespace);
        ArgumentException.ThrowIfNullOrEmpty(serviceAccount);
        return $"system:serviceaccount:{@namespace}:{serviceAccount}";
    }

    /// <summary>
    /// The IRSA trust policy: the cluster's OIDC provider (in <paramref name="accountId"/>) may assume the role for tokens with
    /// audience <see cref="StsAudience"/> whose <c>sub</c> is exactly one of <paramref name="subjects"/>.
    /// </summary>
    /// <param name="issuer">The cluster's OIDC issuer.</param>
    /// <param name="accountId">The role's account, where the OIDC provider is registered.</param>
    /// <param name="subjects">The ServiceAccounts (<see cref="ServiceAccountSubject"/>) that may assume the role.</param>
    /// <exception cref="ArgumentException">There is no subject: the role would trust nobody.</exception>
    public static IamPolicyDocument IrsaTrust(EksOidcIssuer issuer, string accountId, IEnumerable<string> subjects)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(subjects);
        var list = subjects.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("an IRSA trust policy needs at least one ServiceAccount", nameof(subjects));
        }

        return new IamPolicyDocument([
            new IamStatement(null, ["sts:AssumeRoleWithWebIdentity"], [])
            {
                Principal = new IamPrincipal("Federated", issuer.ProviderArn(accountId)),
                Conditions =
                [
                    new IamCondition("StringEquals", issuer.Name + ":aud", [StsAudience]),
                    new IamCondition("StringEquals", issuer.Name + ":sub", list),
                ],
            },
        ]);
    }

    /// <summary>
    /// The trust policy of a role that pipelines assume with their jobs' Buildkite OIDC tokens (the
    /// <c>aws-assume-role-with-web-identity</c> plugin): Buildkite's OIDC provider, registered in <paramref name="accountId"/>,
    /// may assume the role for tokens with audience <see cref="StsAudience"/> whose <c>sub</c> names the organization and
    /// one of <paramref name="pipelines"/> (<c>organization:acme:pipeline:app:*</c>: any branch, commit and step).
    /// </summary>
    /// <param name="partition">The role's partition (<c>aws</c>, <c>aws-cn</c>, <c>aws-us-gov</c>).</param>
    /// <param name="accountId">The role's account, where the OIDC provider is registered.</param>
    /// <param name="organization">The Buildkite organization's slug. Every organization's tokens share the issuer, so it is required.</param>
    /// <param name="pipelines">The slugs of the pipelines that may assume the role.</param>
    /// <exception cref="ArgumentException">There is no pipeline, or a slug is not one (<see cref="CheckBuildkiteSlug"/>).</exception>
    public static IamPolicyDocument BuildkiteOidcTrust(
        string partition,
        string accountId,
        string organization,
        IEnumerable<string> pipelines
    )
    {
        ArgumentException.ThrowIfNullOrEmpty(partition);
        ArgumentException.ThrowIfNullOrEmpty(accountId);
        var list = CheckedPipelines(organization, pipelines);
        return new IamPolicyDocument([
            new IamStatement(null, ["sts:AssumeRoleWithWebIdentity"], [])
            {
                Principal = new IamPrincipal("Federated", $"arn:{partition}:iam::{accountId}:oidc-provider/{BuildkiteOidcProvider}"),
                Conditions =
                [
                    new IamCondition("StringEquals", BuildkiteOidcProvider + ":aud", [StsAudience]),
                    new IamCondition(
                        "StringLike",
                        BuildkiteOidcProvider + ":sub",
                        list.Distinct().Order(StringComparer.Ordinal).Select(p => $"organization:{organization}:pipeline:{p}:*").ToList()
                    ),
                ],
            },
        ]);
    }

    /// <summary>The pipelines, once the organization and each pipeline are known to be slugs.</summary>
    /// <exception cref="ArgumentException">There is no pipeline, or a slug is not one; the message lists every bad slug.</exception>
    internal static List<string> CheckedPipelines(string organization, IEnumerable<string> pipelines)
    {
        ArgumentNullException.ThrowIfNull(pipelines);
        var list = pipelines.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("name at least one Buildkite pipeline", nameof(pipelines));
        }

        var bad = list.Prepend(organization).Where(s => CheckBuildkiteSlug(s) is not null).Select(s => $"\"{s}\"").ToList();
        if (bad.Count > 0)
        {
            throw new ArgumentException($"{string.Join(", ", bad)} {CheckBuildkiteSlug(null)}", nameof(pipelines));
        }

        return list;
    }

    /// <summary>
    /// Null when <paramref name="slug"/> is a Buildkite organization or pipeline slug (lower-case letters, digits, '-' and
    /// '_'); otherwise why not. A '*', '?' or ':' would widen the trust policy's <c>sub</c> match to other pipelines.
    /// </summary>
    public static string? CheckBuildkiteSlug(string? slug) =>
        slug is { Length: > 0 } && slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_')
            ? null
            : "is not a Buildkite slug: lower-case letters, digits, '-' and '_' (a '*', '?' or ':' would let other pipelines assume the role)";

    /// <summary>
    /// The EKS Pod Identity trust policy: the Pod Identity agent may assume the role and tag the session (it tags it with the
    /// cluster, namespace and ServiceAccount). Which ServiceAccount gets the role is the association's job, not the policy's.
    /// </summary>
    public static IamPolicyDocument PodIdentityTrust() =>
        new([
            new IamStatement(null, ["sts:AssumeRole", "sts:TagSession"], [])
            {
                Principal = new IamPrincipal("Service", PodIdentityService),
            },
        ]);

    /// <summary>
    /// Least-privilege ECR access: <c>ecr:GetAuthorizationToken</c> on <c>*</c> (it has no resource), pull on every repository
    /// given, push on those granted <see cref="EcrAccess.PullAndPush"/>.
    /// </summary>
    /// <param name="repositories">Repository ARNs (<c>arn:aws:ecr:us-east-1:123456789012:repository/myimage</c>) and their access.</param>
    /// <exception cref="ArgumentException">There is no repository.</exception>
    public static IamPolicyDocument EcrAccessPolicy(IEnumerable<KeyValuePair<string, EcrAccess>> repositories)
    {
        ArgumentNullException.ThrowIfNull(repositories);
        var list = repositories.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("an ECR policy needs at least one repository", nameof(repositories));
        }

        var statements = new List<IamStatement>
        {
            new("GetAuthorizationToken", ["ecr:GetAuthorizationToken"], ["*"]),
            new("Pull", PullActions, list.Select(r => r.Key).ToList()),
        };
        var push = list.Where(r => r.Value == EcrAccess.PullAndPush).Select(r => r.Key).ToList();
        if (push.Count > 0)
        {
            statements.Add(new IamStatement("Push", PushActions, push));
        }

        return new IamPolicyDocument(statements);
    }

    /// <summary>
    /// Least-privilege Secrets Manager access for an External Secrets <c>SecretStore</c> that reads secrets:
    /// <c>secretsmanager:GetSecretValue</c> on exactly the secrets given, nothing else (no listing, no writing).
    /// </summary>
    /// <param name="secretArns">
    /// The secrets' ARNs or ARN patterns (<c>arn:aws:secretsmanager:us-east-1:123456789012:secret:buildkite/aws-credentials-??????</c>:
    /// Secrets Manager appends a hyphen and six characters to every name).
    /// </param>
    /// <exception cref="ArgumentException">There is no secret.</exception>
    public static IamPolicyDocument SecretsManagerReadPolicy(IEnumerable<string> secretArns)
    {
        ArgumentNullException.ThrowIfNull(secretArns);
        var list = secretArns.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("a Secrets Manager policy needs at least one secret", nameof(secretArns));
        }

        return new IamPolicyDocument([new IamStatement("GetSecretValue", ["secretsmanager:GetSecretValue"], list)]);
    }
}
