using System;

namespace HelmValues.Kubernetes;

/// <summary>
/// The name rules of <c>k8s.io/apimachinery/pkg/util/validation</c>, as the API server applies them. Each check
/// returns null for a valid value, or the rule worded to follow a path ("metadata.name: must be …").
/// </summary>
/// <remarks>Hand-written loops rather than regular expressions: they run for every name, key and label written.</remarks>
internal static class KubernetesNames
{
    public const int MaxSubdomainLength = 253;
    public const int MaxLabelLength = 63;

    private const string SubdomainRule =
        "must be a lowercase RFC 1123 subdomain: at most 253 characters of lowercase letters, digits, '-' and '.', "
        + "starting and ending with a letter or digit";

    private const string LabelRule =
        "must be a lowercase RFC 1123 label: at most 63 characters of lowercase letters, digits and '-', "
        + "starting and ending with a letter or digit";

    private const string Dns1035LabelRule =
        "must be a lowercase RFC 1035 label: at most 63 characters of lowercase letters, digits and '-', "
        + "starting with a letter and ending with a letter or digit";

    private const string QualifiedNameRule =
        "must be a qualified name: an optional prefix (a lowercase RFC 1123 subdomain) and '/', then a name of at most "
        + "63 characters of letters, digits, '-', '_' and '.', starting and ending with a letter or digit";

    private const string LabelValueRule =
        "must be empty or at most 63 characters of letters, digits, '-', '_' and '.', starting and ending with a letter or digit";

    private const string ConfigKeyRule =
        "must be at most 253 characters of letters, digits, '-', '_' and '.', and not be '.', '..' or start with '..'";

    /// <summary>A DNS-1123 subdomain: most object names, label and annotation key prefixes.</summary>
    public static string? CheckDnsSubdomain(string value) =>
        IsDnsSubdomain(value) ? null : Describe(SubdomainRule, value, MaxSubdomainLength);

    /// <summary>A DNS-1123 label: namespaces and the names of Namespace objects.</summary>
    public static string? CheckDnsLabel(string value) => IsDnsLabel(value) ? null : Describe(LabelRule, value, MaxLabelLength);

    /// <summary>A DNS-1035 label: the names of Services.</summary>
    public static string? CheckDns1035Label(string value) =>
        IsDnsLabel(value) && char.IsAsciiLetterLower(value[0]) ? null : Describe(Dns1035LabelRule, value, MaxLabelLength);

    /// <summary>A path segment: the names of RBAC objects (<c>system:controller:foo</c> is valid there).</summary>
    public static string? CheckPathSegmentName(string value)
    {
        if (value.Length == 0)
        {
            return "must not be empty";
        }

        return value is "." or ".." || value.AsSpan().IndexOfAny('/', '%') >= 0
            ? Describe("must not be '.' or '..' and must not contain '/' or '%'", value, int.MaxValue)
            : null;
    }

    /// <summary>A label key.</summary>
    public static string? CheckQualifiedName(string value) =>
        IsQualifiedName(value) ? null : Describe(QualifiedNameRule, value, MaxSubdomainLength + 1 + MaxLabelLength);

    /// <summary>An annotation key: the API server lower-cases it before checking, so <c>Example.com/Note</c> is valid.</summary>
    public static string? CheckAnnotationKey(string value) =>
        IsQualifiedName(value.ToLowerInvariant()) ? null : Describe(QualifiedNameRule, value, MaxSubdomainLength + 1 + MaxLabelLength);

    /// <summary>A label value.</summary>
    public static string? CheckLabelValue(string value) =>
        value.Length == 0 || (value.Length <= MaxLabelLength && IsLabelValueText(value))
            ? null
            : Describe(LabelValueRule, value, MaxLabelLength);

    /// <summary>A key of Secret or ConfigMap data (<c>IsConfigMapKey</c>): it becomes a file name when mounted.</summary>
    public static string? CheckConfigKey(string value)
    {
        var valid = value.Length is > 0 and <= MaxSubdomainLength && !value.StartsWith("..", StringComparison.Ordinal) && value != ".";
        foreach (var c in value)
        {
            valid &= char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.';
        }

        return valid ? null : Describe(ConfigKeyRule, value, MaxSubdomainLength);
    }

    private static bool IsQualifiedName(string value)
    {
        var slash = value.IndexOf('/');
        var name = slash < 0 ? value : value[(slash + 1)..];
        return (slash < 0 || (IsDnsSubdomain(value[..slash]) && name.IndexOf('/') < 0))
            && name.Length is > 0 and <= MaxLabelLength
            && IsLabelValueText(name);
    }

    private static bool IsDnsSubdomain(string value)
    {
        if (value.Length is 0 or > MaxSubdomainLength)
        {
            return false;
        }

        // Dots separate labels; each label starts and ends with a letter or digit.
        var start = 0;
        for (var i = 0; i <= value.Length; i++)
        {
            if (i == value.Length || value[i] == '.')
            {
                if (!IsLabelText(value.AsSpan(start, i - start)))
                {
                    return false;
                }

                start = i + 1;
            }
        }

        return true;
    }

    private static bool IsDnsLabel(string value) => value.Length <= MaxLabelLength && IsLabelText(value);

    // [a-z0-9]([-a-z0-9]*[a-z0-9])?
    private static bool IsLabelText(ReadOnlySpan<char> text)
    {
        if (text.Length == 0 || text[0] == '-' || text[^1] == '-')
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                return false;
            }
        }

        return true;
    }

    // ([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9], for a non-empty text.
    private static bool IsLabelValueText(string text)
    {
        if (!char.IsAsciiLetterOrDigit(text[0]) || !char.IsAsciiLetterOrDigit(text[^1]))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    // A value that is too long is described by its length: the reader cannot count characters in a quoted value.
    private static string Describe(string rule, string value, int maxLength) =>
        value.Length > maxLength ? $"{rule} (is {value.Length} characters long)" : $"{rule} (is \"{value}\")";
}
