using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace HelmValues.Aws;

/// <summary>
/// An Amazon ECR registry host: <c>&lt;account&gt;.dkr.ecr[-fips].&lt;region&gt;.amazonaws.com</c>
/// (<c>.amazonaws.com.cn</c> in the China regions).
/// </summary>
public sealed partial class EcrRegistry : IEquatable<EcrRegistry>
{
    private EcrRegistry(string host, string accountId, string region, bool isChina)
    {
        Host = host;
        AccountId = accountId;
        Region = region;
        IsChina = isChina;
    }

    /// <summary>The host, e.g. <c>123456789012.dkr.ecr.us-east-1.amazonaws.com</c>.</summary>
    public string Host { get; }

    /// <summary>The 12-digit AWS account that owns the registry.</summary>
    public string AccountId { get; }

    /// <summary>The AWS region of the registry.</summary>
    public string Region { get; }

    /// <summary>Whether the registry is in an AWS China region (partition <c>aws-cn</c>).</summary>
    public bool IsChina { get; }

    /// <summary>The IAM partition the registry belongs to.</summary>
    public string Partition => AwsPartitions.ForRegion(Region);

    /// <summary>The ARN of a repository of this registry: <c>arn:&lt;partition&gt;:ecr:&lt;region&gt;:&lt;account&gt;:repository/&lt;name&gt;</c>.</summary>
    /// <param name="repository">The repository name (<c>myimage</c>, <c>team/app</c>).</param>
    /// <exception cref="FormatException">The name breaks ECR's rules; the message says which.</exception>
    public string RepositoryArn(string repository) =>
        CheckRepositoryName(repository) is { } problem
            ? throw new FormatException($"\"{repository}\" {problem}")
            : $"arn:{Partition}:ecr:{Region}:{AccountId}:repository/{repository}";

    /// <summary>The rule an ECR repository name breaks, worded to follow a subject, or null when it is valid.</summary>
    internal static string? CheckRepositoryName(string? name) =>
        name is { Length: >= 2 and <= 256 } && RepositoryNamePattern().IsMatch(name)
            ? null
            : "must be an ECR repository name: 2 to 256 characters, lower-case letters and digits separated by '.', '_', '-' or '/' (e.g. team/app)";

    /// <summary>Parses a registry host.</summary>
    /// <param name="host">The host, without scheme or path.</param>
    /// <exception cref="FormatException">The host is not an ECR registry; the message says which form is expected.</exception>
    public static EcrRegistry Parse(string host) =>
        TryParse(host, out var registry, out var error) ? registry : throw new FormatException(error);

    /// <summary>Parses a registry host, or says why it is not one.</summary>
    /// <param name="host">The host.</param>
    /// <param name="registry">The registry, when it parses.</param>
    /// <param name="error">Why it does not.</param>
    public static bool TryParse(string? host, [NotNullWhen(true)] out EcrRegistry? registry, [NotNullWhen(false)] out string? error)
    {
        registry = null;
        var match = host is null ? null : Pattern().Match(host);
        if (match is null || !match.Success)
        {
            error =
                $"\"{host}\" is not an ECR registry host: expected <12-digit account>.dkr.ecr.<region>.amazonaws.com (or .amazonaws.com.cn in China), e.g. 123456789012.dkr.ecr.us-east-1.amazonaws.com";
            return false;
        }

        var isChina = match.Groups["cn"].Success;
        var region = match.Groups["region"].Value;
        if (isChina != region.StartsWith("cn-", StringComparison.Ordinal))
        {
            error = $"\"{host}\": China regions (cn-*) use .amazonaws.com.cn and only they do";
            return false;
        }

        registry = new EcrRegistry(host!, match.Groups["account"].Value, region, isChina);
        error = null;
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => Host;

    /// <inheritdoc/>
    public bool Equals(EcrRegistry? other) => other is not null && string.Equals(Host, other.Host, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EcrRegistry);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Host);

    [GeneratedRegex(
        @"^(?<account>[0-9]{12})\.dkr\.ecr(-fips)?\.(?<region>[a-z]{2}(-gov)?-[a-z]+-[0-9])\.amazonaws\.com(?<cn>\.cn)?$",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex Pattern();

    // ECR's CreateRepository rule for repositoryName.
    [GeneratedRegex(@"^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex RepositoryNamePattern();
}
