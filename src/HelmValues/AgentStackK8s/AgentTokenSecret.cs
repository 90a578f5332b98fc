using System;
using HelmValues.Kubernetes;

namespace HelmValues.AgentStackK8s;

/// <summary>
/// The Secret the chart's <c>agentStackSecret</c> names: the Buildkite agent token under <see cref="Key"/>, which the controller
/// reads.
/// </summary>
/// <example>
/// <code>
/// var secret = AgentTokenSecret.Create("buildkite-agent-token", token).WithNamespace("buildkite").Build();
/// </code>
/// writes
/// <code>
/// apiVersion: v1
/// data:
///   BUILDKITE_AGENT_TOKEN: …
/// kind: Secret
/// metadata:
///   name: buildkite-agent-token
///   namespace: buildkite
/// type: Opaque
/// </code>
/// </example>
public static class AgentTokenSecret
{
    /// <summary>The key the chart's <c>agentStackSecret</c> and the controller read the agent token from.</summary>
    public const string Key = "BUILDKITE_AGENT_TOKEN";

    /// <summary>
    /// An <c>Opaque</c> Secret with the agent token under <see cref="Key"/>, as
    /// <c>kubectl create secret generic NAME --from-literal=BUILDKITE_AGENT_TOKEN=…</c> makes it.
    /// </summary>
    /// <param name="name">The Secret's name, the value of <c>agentStackSecret</c>.</param>
    /// <param name="agentToken">The cluster's agent token.</param>
    /// <exception cref="ArgumentException">The token is empty (the controller refuses to start: "agent token is empty").</exception>
    public static SecretBuilder Create(string name, string agentToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        Secrets.CheckText(agentToken, "The agent token", nameof(agentToken), allowEmpty: false);
        return Secrets.Opaque(name, [new(Key, agentToken)]);
    }
}
