using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using HelmValues.Kubernetes;
using HelmValues.Manifests;
using HelmValues.Validation;
using k8s.Models;

namespace HelmValues.Aws;

/// <summary>
/// IAM Roles for Service Accounts (IRSA) on EKS: the ServiceAccount annotations that the
/// amazon-eks-pod-identity-webhook reads to give pods AWS credentials.
/// </summary>
/// <remarks>
/// The methods only set annotations. Their values are checked when the manifest is validated (and so before it is
/// written, see <see cref="ManifestYaml"/>), each problem reported at its annotation's path, e.g.
/// <c>metadata.annotations["eks.amazonaws.com/role-arn"]</c>, together with every other problem of the manifest.
/// </remarks>
/// <example>
/// <code>
/// var account = new ServiceAccountBuilder()
///     .WithName("buildkite-agent")
///     .WithNamespace("buildkite")
///     .WithIamRole("arn:aws:iam::123456789012:role/buildkite-agent-ecr-role");
/// </code>
/// writes
/// <code>
/// apiVersion: v1
/// kind: ServiceAccount
/// metadata:
///   annotations:
///     eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/buildkite-agent-ecr-role
///   name: buildkite-agent
///   namespace: buildkite
/// </code>
/// </example>
public static class Irsa
{
    /// <summary>The annotation that names the IAM role the pods assume.</summary>
    public const string RoleArnAnnotation = "eks.amazonaws.com/role-arn";

    /// <summary>The annotation that sets the audience of the projected token (the webhook's default is <c>sts.amazonaws.com</c>).</summary>
    public const string AudienceAnnotation = "eks.amazonaws.com/audience";

    /// <summary>The annotation that makes the webhook set <c>AWS_STS_REGIONAL_ENDPOINTS=regional</c> (<c>"true"</c> or <c>"false"</c>).</summary>
    public const string StsRegionalEndpointsAnnotation = "eks.amazonaws.com/sts-regional-endpoints";

    /// <summary>The annotation that sets the projected token's lifetime in seconds (the webhook's default is 86400).</summary>
    public const string TokenExpirationAnnotation = "eks.amazonaws.com/token-expiration";

    /// <summary>The shortest token lifetime: the API server refuses projected tokens under 10 minutes.</summary>
    public const int MinTokenExpirationSeconds = 600;

    /// <summary>The longest token lifetime: 24 hours, the EKS maximum.</summary>
    public const int MaxTokenExpirationSeconds = 86400;

    /// <summary>Sets <c>eks.amazonaws.com/role-arn</c> to a parsed role ARN.</summary>
    /// <param name="builder">The ServiceAccount.</param>
    /// <param name="roleArn">The role the pods assume.</param>
    public static ServiceAccountBuilder WithIamRole(this ServiceAccountBuilder builder, IamRoleArn roleArn)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(roleArn);
        return builder.WithAnnotation(RoleArnAnnotation, roleArn.ToString());
    }

    /// <summary>
    /// A ServiceAccount annotated with <paramref name="roleArn"/>: what <see cref="ServiceAccountBuilder"/> builds with
    /// <c>WithName</c>, <c>WithNamespace</c> and <see cref="WithIamRole(ServiceAccountBuilder, IamRoleArn)"/>, made directly
    /// because recipes add one to every stack, and a builder's states and copies are most of its cost.
    /// </summary>
    internal static V1ServiceAccount ServiceAccount(string name, string @namespace, IamRoleArn roleArn)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(@namespace);
        ArgumentNullException.ThrowIfNull(roleArn);
        return new()
        {
            ApiVersion = V1ServiceAccount.KubeApiVersion,
            Kind = V1ServiceAccount.KubeKind,
            Metadata = new V1ObjectMeta
            {
                Name = name,
                NamespaceProperty = @namespace,
                Annotations = new ModelMap<string>(1) { [RoleArnAnnotation] = roleArn.ToString() },
            },
        };
    }

    /// <summary>
    /// Sets <c>eks.amazonaws.com/role-arn</c>. The text is checked with the rest of the manifest, by the same rules as
    /// <see cref="IamRoleArn.Parse"/>.
    /// </summary>
    /// <param name="builder">The ServiceAccount.</param>
    /// <param name="roleArn">The role the pods assume, such as <c>arn:aws:iam::123456789012:role/my-role</c>.</param>
    public static ServiceAccountBuilder WithIamRole(this ServiceAccountBuilder builder, string roleArn)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(roleArn);
        return builder.WithAnnotation(RoleArnAnnotation, roleArn);
    }

    /// <summary>Sets <c>eks.amazonaws.com/audience</c>, the audience of the web identity token (must not be empty).</summary>
    /// <param name="builder">The ServiceAccount.</param>
    /// <param name="audience">The audience the role's trust policy expects.</param>
    public static ServiceAccountBuilder WithIrsaAudience(this ServiceAccountBuilder builder, string audience)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(audience);
        return builder.WithAnnotation(AudienceAnnotation, audience);
    }

    /// <summary>Sets <c>eks.amazonaws.com/sts-regional-endpoints</c> to <c>"true"</c> or <c>"false"</c>.</summary>
    /// <param name="builder">The ServiceAccount.</param>
    /// <param name="regional">True to make the AWS SDKs call the regional STS endpoint instead of the global one.</param>
    public static ServiceAccountBuilder WithIrsaStsRegionalEndpoints(this ServiceAccountBuilder builder, bool regional)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.WithAnnotation(StsRegionalEndpointsAnnotation, regional ? "true" : "false");
    }

    /// <summary>
    /// Sets <c>eks.amazonaws.com/token-expiration</c>: the lifetime of the web identity token, from
    /// <see cref="MinTokenExpirationSeconds"/> to <see cref="MaxTokenExpirationSeconds"/> seconds.
    /// </summary>
    /// <param name="builder">The ServiceAccount.</param>
    /// <param name="seconds">The lifetime in seconds.</param>
    public static ServiceAccountBuilder WithIrsaTokenExpiration(this ServiceAccountBuilder builder, int seconds)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.WithAnnotation(TokenExpirationAnnotation, seconds.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Makes <see cref="ManifestValidator"/> check the IRSA annotations of every ServiceAccount. Manifests know nothing of AWS, so
    /// the rule joins them from here, when the assembly is loaded (before any manifest can be validated).
    /// </summary>
    [ModuleInitializer]
    [SuppressMessage(
        "Usage",
        "CA2255:The 'ModuleInitializer' attribute should not be used in libraries",
        Justification = "It only adds a rule of this assembly to a list of this assembly: no user code runs, nothing is loaded."
    )]
    internal static void AddManifestRule() =>
        ManifestRules.Add(
            static (context, path, manifest) =>
            {
                if (manifest is V1ServiceAccount { Metadata.Annotations: { } annotations })
                {
                    ValidateAnnotations(context, path.Key("metadata").Key("annotations"), annotations);
                }
            }
        );

    /// <summary>Checks the IRSA annotations of a ServiceAccount; <paramref name="annotations"/> is at <paramref name="path"/>.</summary>
    internal static void ValidateAnnotations(ValidationContext context, ValuePath path, IDictionary<string, string> annotations)
    {
        var hasRole = false;
        if (annotations.TryGetValue(RoleArnAnnotation, out var roleArn))
        {
            hasRole = true;
            if (IamRoleArn.Check(roleArn) is { } problem)
            {
                context.AddError(path.Key(RoleArnAnnotation), problem);
            }
        }

        if (annotations.TryGetValue(AudienceAnnotation, out var audience))
        {
            if (string.IsNullOrWhiteSpace(audience))
            {
                context.AddError(path.Key(AudienceAnnotation), "must not be empty: it is the audience of the token the role trusts");
            }

            WarnWithoutRole(context, path, AudienceAnnotation, hasRole);
        }

        if (annotations.TryGetValue(StsRegionalEndpointsAnnotation, out var regional))
        {
            if (regional is not ("true" or "false"))
            {
                context.AddError(path.Key(StsRegionalEndpointsAnnotation), $"must be \"true\" or \"false\" (is \"{regional}\")");
            }

            WarnWithoutRole(context, path, StsRegionalEndpointsAnnotation, hasRole);
        }

        if (annotations.TryGetValue(TokenExpirationAnnotation, out var expiration))
        {
            // The webhook silently raises a shorter value to 600 and ignores one that is not a number, and EKS
            // caps tokens at 24 hours: refusing such values is the only way users learn the token lives otherwise.
            if (!IsSeconds(expiration, out var seconds) || seconds is < MinTokenExpirationSeconds or > MaxTokenExpirationSeconds)
            {
                context.AddError(
                    path.Key(TokenExpirationAnnotation),
                    $"must be a whole number of seconds from {MinTokenExpirationSeconds} (the API server's minimum) "
                        + $"to {MaxTokenExpirationSeconds} (the EKS maximum) (is \"{expiration}\")"
                );
            }

            WarnWithoutRole(context, path, TokenExpirationAnnotation, hasRole);
        }
    }

    private static void WarnWithoutRole(ValidationContext context, ValuePath path, string annotation, bool hasRole)
    {
        if (!hasRole)
        {
            context.AddWarning(path.Key(annotation), $"has no effect without the {RoleArnAnnotation} annotation");
        }
    }

    private static bool IsSeconds(string text, out long seconds)
    {
        seconds = 0;
        if (text.Length is 0 or > 9)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            seconds = (seconds * 10) + (c - '0');
        }

        return true;
    }
}
