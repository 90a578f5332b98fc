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
}
