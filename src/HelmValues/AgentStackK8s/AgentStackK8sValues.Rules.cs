using HelmValues.Aws;
using HelmValues.Validation;

namespace HelmValues.AgentStackK8s;

/// <summary>The chart templates' own checks, which the schema cannot express.</summary>
public sealed partial record AgentStackK8sValues
{
    partial void ValidateRules(ValidationContext context)
    {
        // The chart fails with `agentToken must be set` when both are empty. Tokens belong outside git, so a values
        // file without either is fine if the install adds --set agentToken=…: a warning, not an error.
        if (string.IsNullOrEmpty(AgentToken) && string.IsNullOrEmpty(AgentStackSecret))
        {
            context.AddWarning(
                context.Path.Key("agentStackSecret"),
                "neither agentStackSecret nor agentToken is set: the chart fails with 'agentToken must be set' unless the install passes --set agentToken=…"
            );
        }

        CheckRoleArnAnnotation(context);
        CheckChartNames(context);
        ControllerEnvOverrides.Check(context, ControllerEnv);
        // Its path only when there is a list to check.
        if (ControllerEnv is { } controllerEnv)
        {
            RoleArnEnv.Check(context, context.Path.Key("controllerEnv"), controllerEnv);
        }
    }

    // The job pods' ServiceAccount gets these annotations; EKS honours the IRSA one only as a plain role ARN, and an
    // escaped one (`arn\:aws\:iam::…`, as some documentation shows it) silently gives the pods no credentials.
    private void CheckRoleArnAnnotation(ValidationContext context)
    {
        if (
            ServiceAccountMetadata?.Annotations is { } annotations
            && annotations.TryGetValue(Irsa.RoleArnAnnotation, out var arn)
            && IamRoleArn.Check(arn) is { } problem
        )
        {
            context.AddError(
                context.Path.Key("serviceAccountMetadata").Key("annotations").Key(Irsa.RoleArnAnnotation),
                $"{problem}; EKS would give the job pods no AWS credentials"
            );
        }
    }
}
