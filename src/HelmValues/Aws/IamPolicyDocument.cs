using System;
using System.Collections.Generic;
using System.Linq;

namespace HelmValues.Aws;

/// <summary>
/// An IAM policy document (version <c>2012-10-17</c>): a trust policy (its statements name a principal) or a permissions
/// policy. <see cref="ToJson"/> writes what <c>aws iam create-role --assume-role-policy-document</c> and
/// <c>aws iam put-role-policy --policy-document</c> take. Build them with <see cref="IamPolicies"/>.
/// </summary>
/// <param name="Statements">The statements, in the order written.</param>
/// <example>
/// <code>
/// var policy = new IamPolicyDocument([new IamStatement("Pull", ["ecr:BatchGetImage"], ["arn:aws:ecr:us-east-1:123456789012:repository/app"])]);
/// File.WriteAllText("ecr-policy.json", policy.ToJson());
/// </code>
/// writes
/// <code>
/// {
///   "Version": "2012-10-17",
///   "Statement": [
///     {
///       "Sid": "Pull",
///       "Effect": "Allow",
///       "Action": "ecr:BatchGetImage",
///       "Resource": "arn:aws:ecr:us-east-1:123456789012:repository/app"
///     }
///   ]
/// }
/// </code>
/// </example>
public sealed record IamPolicyDocument(IReadOnlyList<IamStatement> Statements)
{
    /// <summary>The policy language version every document declares.</summary>
    public const string Version = "2012-10-17";

    /// <summary>
    /// The document as JSON: keys in a fixed order (<c>Version</c>, <c>Statement</c>; in a statement <c>Sid</c>, <c>Effect</c>,
    /// <c>Principal</c>, <c>Action</c>, <c>Resource</c>, <c>Condition</c>), actions, resources, condition keys and values
    /// sorted ordinally (their order has no meaning to IAM), a single value as a string, 2-space indentation, LF, a final newline.
    /// </summary>
    public string ToJson() => IamPolicyJson.Write(this);
}

/// <summary>One statement of an <see cref="IamPolicyDocument"/>; empty lists are left out of the JSON.</summary>
/// <param name="Sid">An identifier for the statement (letters and digits), or null.</param>
/// <param name="Actions">The actions (<c>ecr:BatchGetImage</c>, <c>sts:AssumeRoleWithWebIdentity</c>).</param>
/// <param name="Resources">The resource ARNs, or <c>*</c>; empty in a trust policy.</param>
public sealed record IamStatement(string? Sid, IReadOnlyList<string> Actions, IReadOnlyList<string> Resources)
{
    /// <summary>Allow (the default) or deny.</summary>
    public IamEffect Effect { get; init; } = IamEffect.Allow;

    /// <summary>Who the statement is about, in a trust policy.</summary>
    public IamPrincipal? Principal { get; init; }

    /// <summary>The conditions; all must hold.</summary>
    public IReadOnlyList<IamCondition> Conditions { get; init; } = [];

    internal IEnumerable<string> SortedActions => Actions.Distinct().Order(StringComparer.Ordinal);

    internal IEnumerable<string> SortedResources => Resources.Distinct().Order(StringComparer.Ordinal);
}

/// <summary>The effect of an <see cref="IamStatement"/>.</summary>
public enum IamEffect
{
    /// <summary>Grants the actions.</summary>
    Allow,

    /// <summary>Refuses the actions, whatever else grants them.</summary>
    Deny,
}

/// <summary>The principal of a trust policy statement.</summary>
/// <param name="Type"><c>Federated</c> (an OIDC provider's ARN) or <c>Service</c> (<c>pods.eks.amazonaws.com</c>).</param>
/// <param name="Value">The provider ARN or the service principal.</param>
public sealed record IamPrincipal(string Type, string Value);

/// <summary>A condition of an <see cref="IamStatement"/>: the key matches one of the values.</summary>
/// <param name="Operator"><c>StringEquals</c> or <c>StringLike</c>.</param>
/// <param name="Key">The condition key (<c>oidc.eks.us-east-1.amazonaws.com/id/…:sub</c>).</param>
/// <param name="Values">The values; any one matches.</param>
public sealed record IamCondition(string Operator, string Key, IReadOnlyList<string> Values);
