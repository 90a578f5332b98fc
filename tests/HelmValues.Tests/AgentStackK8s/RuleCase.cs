using HelmValues.AgentStackK8s;

namespace HelmValues.Tests.AgentStackK8s;

/// <summary>
/// A values file that breaks a rule, the same values built in C# when the type system allows them at all, and every
/// problem expected (as <c>ValidationError.ToString()</c>, with the line and column of the YAML).
/// </summary>
public sealed record RuleCase(string Name, string Yaml, Func<AgentStackK8sValues>? Build, params string[] Expected)
{
    public override string ToString() => Name;
}
