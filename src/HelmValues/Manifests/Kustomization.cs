using System;
using System.Collections.Generic;
using System.Linq;
using HelmValues.Yaml;

namespace HelmValues.Manifests;

/// <summary>
/// A <c>kustomization.yaml</c> that lists manifest files, so GitOps tools (Flux's Kustomization, Argo CD) and
/// <c>kubectl apply -k</c> take a folder of manifests as it is.
/// </summary>
public static class Kustomization
{
    /// <summary>The kustomization: <c>apiVersion</c>, <c>kind</c>, then <c>resources</c> in ordinal order.</summary>
    /// <param name="resources">The manifest files, relative to the kustomization's folder.</param>
    /// <example>
    /// <code>
    /// Kustomization.ToYaml(["serviceaccount-buildkite-agent.yaml"])
    /// // apiVersion: kustomize.config.k8s.io/v1beta1
    /// // kind: Kustomization
    /// // resources:
    /// //   - serviceaccount-buildkite-agent.yaml
    /// </code>
    /// </example>
    public static string ToYaml(IEnumerable<string> resources) => ToYaml("", resources);

    /// <summary>The kustomization after <paramref name="prefix"/> (a header comment), in one string.</summary>
    internal static string ToYaml(string prefix, IEnumerable<string> resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        var sorted = resources.Distinct().Order(StringComparer.Ordinal).ToList();
        return YamlWriter.Serialize(
            prefix,
            sorted,
            static (w, sorted) =>
            {
                w.BeginMapping();
                w.WriteProperty("apiVersion", "kustomize.config.k8s.io/v1beta1");
                w.WriteProperty("kind", "Kustomization");
                w.WriteKey("resources");
                w.WriteSequence(sorted, static (writer, file) => writer.WriteString(file));
                w.EndMapping();
            }
        );
    }
}
