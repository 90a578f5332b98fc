using HelmValues.Validation;

namespace HelmValues.AgentStackK8s;

/// <summary>What <c>buildkite-agent start</c> checks in the settings the controller passes to it.</summary>
public sealed partial record AgentConfig
{
    private static readonly string[] VerificationBehaviors = ["block", "warn"];

    // The controller passes the word through as BUILDKITE_AGENT_JOB_VERIFICATION_NO_SIGNATURE_BEHAVIOR; the agent checks
    // it only when it verifies jobs, that is when a JWKS file is set (directly, or by the volume the controller mounts).
    partial void ValidateRules(ValidationContext context)
    {
        if (VerificationFailureBehavior is not { } behavior || System.Array.IndexOf(VerificationBehaviors, behavior) >= 0)
        {
            return;
        }

        var path = context.Path.Key("verification-failure-behavior");
        if (VerificationJwksFile is not null || VerificationJwksVolume is not null)
        {
            context.AddError(
                path,
                $"\"{behavior}\" is not block or warn: with a verification key set, buildkite-agent start refuses it and no job runs"
            );
        }
        else
        {
            context.AddWarning(
                path,
                $"\"{behavior}\" is not block or warn: unused while no verification key is set, refused by the agent once one is"
            );
        }
    }
}
