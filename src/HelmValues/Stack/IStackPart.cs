using HelmValues.Validation;
using k8s.Models;

namespace HelmValues.Stack;

/// <summary>
/// What a recipe adds to a stack beside the objects and values it writes: state of its own, the checks across the stack that
/// need that state, and what it knows about the Secrets it writes. The stack knows recipes only through this interface, so
/// recipes (<c>HelmValues.Ecr</c>) depend on the stack and never the reverse.
/// </summary>
/// <remarks>
/// <para>
/// A part is immutable and value-equal, like the rest of the stack's state. A stack holds at most one part of each type: a recipe
/// reads and replaces its part with <see cref="AgentStackBuilder.WithPart{TPart, TArg}"/>, and finds it in a built stack with
/// <see cref="StackState.Part{TPart}"/>.
/// </para>
/// <para>
/// <see cref="AgentStack.Validate()"/> runs the parts' checks after the stack's own (duplicates, namespaces, references, External
/// Secrets) and before the IAM checks, in the order the parts were first added.
/// </para>
/// </remarks>
internal interface IStackPart
{
    /// <summary>Checks the part against the whole stack, reporting each problem at the path where the stack names it.</summary>
    /// <param name="stack">Everything the stack holds, this part included.</param>
    /// <param name="context">Collects problems; its path is the root of the stack's output.</param>
    void Check(StackState stack, ValidationContext context);

    /// <summary>
    /// True when <paramref name="secret"/>, one of the stack's manifests, is a placeholder that a job of this part fills in the
    /// cluster: as written it holds no credentials, so writing it needs no opt-in and it has no setup command.
    /// </summary>
    /// <param name="secret">A Secret of the stack.</param>
    bool FillsInCluster(V1Secret secret);
}
