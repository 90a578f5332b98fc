using System;
using System.Diagnostics.CodeAnalysis;

namespace HelmValues.Aws;

/// <summary>
/// The ARN of an AWS IAM role, checked against IAM's rules: <c>arn:{partition}:iam::{account}:role{path}{name}</c>
/// with partition <c>aws</c>, <c>aws-cn</c> or <c>aws-us-gov</c>, a 12-digit account, an optional path
/// (<c>/</c> or <c>/…/</c>) and a role name. The value IRSA puts in <c>eks.amazonaws.com/role-arn</c>.
/// </summary>
/// <example>
/// <code>
/// var role = IamRoleArn.Parse("arn:aws:iam::123456789012:role/ci/buildkite-agent");
/// // role.AccountId == "123456789012", role.Path == "/ci/", role.RoleName == "buildkite-agent"
/// IamRoleArn.Parse(@"arn\:aws\:iam::123456789012:role/x"); // FormatException: backslash-escaped colons
/// </code>
/// </example>
public sealed class IamRoleArn : IEquatable<IamRoleArn>
{
    // IAM's limits (CreateRole API reference): RoleName 1-64 characters of [\w+=,.@-]; Path 1-512 characters,
    // "/" alone or "/" + characters from '!' to '~' + "/".
    private const int MaxRoleNameLength = 64;
    private const int MaxPathLength = 512;
    private const string Example = "arn:aws:iam::123456789012:role/my-role";

    private readonly string _value;

    private IamRoleArn(string value, string partition, string accountId, string path, string roleName)
    {
        _value = value;
        Partition = partition;
        AccountId = accountId;
        Path = path;
        RoleName = roleName;
    }

    /// <summary>The AWS partition: <c>aws</c>, <c>aws-cn</c> or <c>aws-us-gov</c>.</summary>
    public string Partition { get; }

    /// <summary>The 12-digit account ID.</summary>
    public string AccountId { get; }

    /// <summary>The role's path: <c>/</c> when it has none, otherwise <c>/…/</c>.</summary>
    public string Path { get; }

    /// <summary>The role's name, without its path.</summary>
    public string RoleName { get; }

    /// <summary>Parses an IAM role ARN.</summary>
    /// <param name="value">The ARN, such as <c>arn:aws:iam::123456789012:role/my-role</c>.</param>
    /// <exception cref="FormatException">The text is not an IAM role ARN; the message names the rule it breaks.</exception>
    public static IamRoleArn Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return TryParse(value, out var arn, out var problem) ? arn : throw new FormatException($"\"{value}\" {problem}");
    }

    /// <summary>Parses an IAM role ARN, or returns false when <paramref name="value"/> is not one.</summary>
    /// <param name="value">The text.</param>
    /// <param name="arn">The ARN, when the text is one.</param>
    public static bool TryParse([NotNullWhen(true)] string? value, [NotNullWhen(true)] out IamRoleArn? arn) =>
        TryParse(value, out arn, out _);

    /// <summary>The ARN as text.</summary>
    public override string ToString() => _value;

    /// <inheritdoc/>
    public bool Equals(IamRoleArn? other) => other is not null && string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as IamRoleArn);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>
    /// Parses <paramref name="value"/>; on failure <paramref name="problem"/> is the broken rule, worded to follow
    /// a subject ("… must be …").
    /// </summary>
    internal static bool TryParse(
        [NotNullWhen(true)] string? value,
        [NotNullWhen(true)] out IamRoleArn? arn,
        [NotNullWhen(false)] out string? problem
    )
    {
        arn = null;
        Span<Range> parts = stackalloc Range[6];
        problem = Check(value, parts);
        if (problem is not null)
        {
            return false;
        }

        var resource = value![parts[5]];
        var lastSlash = resource.LastIndexOf('/');
        arn = new IamRoleArn(value, value[parts[1]], value[parts[4]], resource[4..(lastSlash + 1)], resource[(lastSlash + 1)..]);
        return true;
    }

    /// <summary>The rule <paramref name="value"/> breaks, worded to follow a subject, or null for a valid role ARN.</summary>
    /// <remarks>Validation calls this for every ServiceAccount written, so the valid case allocates nothing.</remarks>
    internal static string? Check(string? value)
    {
        Span<Range> parts = stackalloc Range[6];
        return Check(value, parts);
    }

    private static string? Check(string? value, Span<Range> parts)
    {
        if (string.IsNullOrEmpty(value))
        {
            return $"must be an IAM role ARN such as {Example} (is empty)";
        }

        // Some documentation (the Buildkite ECR guide among them) shows ARNs with "\:" so a Markdown or YAML
        // processor leaves them alone; copied verbatim, IAM refuses them and the pods silently get no credentials.
        if (value.Contains(@"\:", StringComparison.Ordinal))
        {
            return $"contains backslash-escaped colons (\\:), as shown in some documentation; write plain colons: {value.Replace(@"\:", ":", StringComparison.Ordinal)}";
        }

        var text = value.AsSpan();
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return "must not start or end with whitespace";
        }

        // arn:partition:service:region:account:resource; the resource ("role/path/name") may itself hold colons,
        // and Split leaves them in the last part.
        if (text.Split(parts, ':') != 6 || !text[parts[0]].SequenceEqual("arn"))
        {
            return $"must be an IAM role ARN such as {Example}";
        }

        var partition = text[parts[1]];
        if (!(partition.SequenceEqual("aws") || partition.SequenceEqual("aws-cn") || partition.SequenceEqual("aws-us-gov")))
        {
            return $"must have the partition aws, aws-cn or aws-us-gov (is \"{partition}\")";
        }

        if (!text[parts[2]].SequenceEqual("iam"))
        {
            return $"must be an IAM ARN (arn:{partition}:iam::…), not one of the service \"{text[parts[2]]}\"";
        }

        if (!text[parts[3]].IsEmpty)
        {
            return $"must have an empty region (IAM is global: arn:{partition}:iam::…), not \"{text[parts[3]]}\"";
        }

        var account = text[parts[4]];
        if (account.Length != 12 || !IsDigits(account))
        {
            return $"must have a 12-digit account ID (is \"{account}\")";
        }

        var resource = text[parts[5]];
        if (!resource.StartsWith("role/", StringComparison.Ordinal))
        {
            return $"must name a role (…:role/<name>), not \"{resource}\"";
        }

        var lastSlash = resource.LastIndexOf('/');
        var rolePath = resource[4..(lastSlash + 1)];
        var name = resource[(lastSlash + 1)..];
        if (name.Length is 0 or > MaxRoleNameLength || !IsRoleName(name))
        {
            return $"must have a role name of 1 to 64 letters, digits and +=,.@_- characters (is \"{name}\")";
        }

        if (rolePath.Length > MaxPathLength || !IsPath(rolePath))
        {
            return $"must have a role path of at most 512 characters from '!' to '~', starting and ending with '/' (is \"{rolePath}\")";
        }

        return null;
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsRoleName(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '+' or '=' or ',' or '.' or '@' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    // The path always starts and ends with '/' here (it is cut between "role" and the last '/'); IAM allows
    // '!' to '~' in it, and no empty segment rule, so "//" is a valid (if odd) path.
    private static bool IsPath(ReadOnlySpan<char> path)
    {
        foreach (var c in path)
        {
            if (c is < '!' or > '~')
            {
                return false;
            }
        }

        return true;
    }
}
