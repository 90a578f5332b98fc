using System;
using System.Collections.Immutable;
using HelmValues.Validation;
using k8s;

namespace HelmValues.Manifests;

/// <summary>
/// The rules a layer above this one adds to <see cref="ManifestValidator"/>. Manifests know Kubernetes only: a rule about what
/// another system reads from a manifest (the EKS IRSA annotations of a ServiceAccount, in <c>HelmValues.Aws</c>) lives in that
/// system's layer, which adds it here from a module initializer, so every validation of a manifest runs it without this layer
/// naming that one.
/// </summary>
internal static class ManifestRules
{
    private static ImmutableArray<Action<ValidationContext, ValuePath, IKubernetesObject>> _rules = [];

    /// <summary>Adds a rule, run on every manifest validated after the rules of Kubernetes itself, in the order added.</summary>
    /// <param name="rule">Checks a manifest; the path is the object's (<c>metadata.name</c> is below it).</param>
    public static void Add(Action<ValidationContext, ValuePath, IKubernetesObject> rule) =>
        ImmutableInterlocked.Update(ref _rules, static (rules, rule) => rules.Add(rule), rule);

    /// <summary>Runs every rule added on <paramref name="manifest"/>, at <paramref name="path"/>.</summary>
    public static void Run(ValidationContext context, ValuePath path, IKubernetesObject manifest)
    {
        foreach (var rule in _rules)
        {
            rule(context, path, manifest);
        }
    }
}
