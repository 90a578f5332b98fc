using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace HelmValues.Aws;

/// <summary>
/// The OIDC issuer of an EKS cluster (<c>aws eks describe-cluster --query cluster.identity.oidc.issuer</c>):
/// <c>https://oidc.eks.&lt;region&gt;.amazonaws.com/id/&lt;ID&gt;</c>, <c>.amazonaws.com.cn</c> in the China regions.
/// IRSA trust policies name it as the federated principal and in their condition keys.
/// </summary>
/// <example>
/// <code>
/// var issuer = EksOidcIssuer.Parse("https://oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE");
/// // issuer.Name == "oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE"
/// // issuer.ProviderArn("123456789012") ==
/// //   "arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE"
/// </code>
/// </example>
public sealed partial class EksOidcIssuer : IEquatable<EksOidcIssuer>
{
    private EksOidcIssuer(string name, string region)
    {
        Name = name;
        Region = region;
    }

    /// <summary>The issuer without its scheme: the name IAM gives the OIDC provider and the prefix of its condition keys.</summary>
    public string Name { get; }

    /// <summary>The cluster's region.</summary>
    public string Region { get; }

    /// <summary>The partition of the cluster's region: <c>aws</c>, <c>aws-cn</c> or <c>aws-us-gov</c>.</summary>
    public string Partition => AwsPartitions.ForRegion(Region);

    /// <summary>The issuer URL, as EKS reports it.</summary>
    public string Url => "https://" + Name;

    /// <summary>The ARN of the IAM OIDC provider registered for this issuer in <paramref name="accountId"/>.</summary>
    /// <param name="accountId">The account of the roles that trust the provider (IRSA needs the provider in the role's account).</param>
    public string ProviderArn(string accountId)
    {
        ArgumentException.ThrowIfNullOrEmpty(accountId);
        return $"arn:{Partition}:iam::{accountId}:oidc-provider/{Name}";
    }

    /// <summary>Parses an issuer URL (with or without <c>https://</c>).</summary>
    /// <param name="value">The issuer.</param>
    /// <exception cref="FormatException">It is not an EKS OIDC issuer; the message shows the expected form.</exception>
    public static EksOidcIssuer Parse(string value) =>
        TryParse(value, out var issuer, out var error) ? issuer : throw new FormatException(error);

    /// <summary>Parses an issuer URL, or says why it is not one.</summary>
    /// <param name="value">The issuer.</param>
    /// <param name="issuer">The issuer, when it parses.</param>
    /// <param name="error">Why it does not.</param>
    public static bool TryParse(string? value, [NotNullWhen(true)] out EksOidcIssuer? issuer, [NotNullWhen(false)] out string? error)
    {
        issuer = null;
        var match = value is null ? null : Pattern().Match(value);
        if (match is null || !match.Success)
        {
            error =
                $"\"{value}\" is not an EKS OIDC issuer: expected https://oidc.eks.<region>.amazonaws.com/id/<ID> (.amazonaws.com.cn in China), "
                + "as `aws eks describe-cluster --query cluster.identity.oidc.issuer` prints it";
            return false;
        }

        var region = match.Groups["region"].Value;
        if (match.Groups["cn"].Success != region.StartsWith("cn-", StringComparison.Ordinal))
        {
            error = $"\"{value}\": China regions (cn-*) use .amazonaws.com.cn and only they do";
            return false;
        }

        issuer = new EksOidcIssuer(match.Groups["name"].Value, region);
        error = null;
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => Url;

    /// <inheritdoc/>
    public bool Equals(EksOidcIssuer? other) => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EksOidcIssuer);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    // EKS issuer IDs are upper-case hex today; any alphanumerics are accepted so a future ID format still parses.
    [GeneratedRegex(
        @"^(https://)?(?<name>oidc\.eks\.(?<region>[a-z]{2}(-gov)?-[a-z]+-[0-9])\.amazonaws\.com(?<cn>\.cn)?/id/[A-Za-z0-9]+)/?$",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex Pattern();
}
