using System.Collections.Generic;
using HelmValues.Validation;
using k8s.Models;

namespace HelmValues.Aws;

/// <summary>
/// <c>AWS_ROLE_ARN</c> in a container's environment: the role AWS SDKs assume with a web-identity token. An escaped or
/// malformed ARN there fails every AWS call, as it does in the IRSA annotation.
/// </summary>
internal static class RoleArnEnv
{
    public const string Name = "AWS_ROLE_ARN";

    /// <summary>Reports each literal <c>AWS_ROLE_ARN</c> of <paramref name="env"/> that is not a role ARN.</summary>
    public static void Check(ValidationContext context, ValuePath path, IEnumerable<V1EnvVar>? env)
    {
        var i = 0;
        foreach (var variable in env ?? [])
        {
            if (variable is { Name: Name, Value: { } value } && IamRoleArn.Check(value) is { } problem)
            {
                context.AddError(path.Index(i).Key("value"), $"{problem}; AWS SDKs cannot assume it, so every AWS call fails");
            }

            i++;
        }
    }
}
