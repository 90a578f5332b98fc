using System;

namespace HelmValues.Aws;

/// <summary>The EKS cluster the stack runs in: its name (for Pod Identity associations) and its OIDC issuer (for IRSA trust policies).</summary>
/// <param name="Name">The cluster name, as <c>aws eks describe-cluster --name</c> takes it.</param>
/// <param name="OidcIssuer">The cluster's OIDC issuer.</param>
/// <example>
/// <code>
/// var cluster = new EksCluster("buildkite", EksOidcIssuer.Parse("https://oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE"));
/// </code>
/// </example>
public sealed record EksCluster(string Name, EksOidcIssuer OidcIssuer)
{
    /// <summary>The rule the name breaks (EKS: 1 to 100 letters, digits, '-' and '_', starting with a letter or digit), or null.</summary>
    internal string? NameProblem =>
        Name is { Length: >= 1 and <= 100 }
        && char.IsAsciiLetterOrDigit(Name[0])
        && Name.AsSpan().IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_") < 0
            ? null
            : $"must be an EKS cluster name: 1 to 100 letters, digits, '-' and '_', starting with a letter or digit (is \"{Name}\")";
}
