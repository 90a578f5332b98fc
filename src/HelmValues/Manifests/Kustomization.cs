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
    /// <exception cref="ArgumentNullException"><paramref name="resources"/> or one of them is null.</exception>
    /// <example>
    /// <code>
    /// Kustomization.ToYaml(["serviceaccount-buildkite-agent.yaml"])
    /// // apiVersion: kustomize.config.k8s.io/v1beta1
    /// // kind: Kustomization
    /// // resources:
    /// //   - serviceaccount-buildkite-agent.yaml
    /// </code>
    /// </example>
    public static string ToYaml(IEnumerable<string> resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        var files = resources.ToArray();
        if (Array.IndexOf(files, null) >= 0)
        {
            throw new ArgumentNullException(nameof(resources), "A resource is null.");
        }

        Array.Sort(files, string.CompareOrdinal);
        return YamlWriter.Serialize("", (Sorted: files, FolderLength: 0), WriteDocument);
    }

    /// <summary>
    /// The kustomization after <paramref name="prefix"/> (a header comment), as the UTF-8 of a file. <paramref name="resources"/>
    /// is sorted in place, and a file named twice is listed once: no sorted, distinct copy for each stack written. Each is
    /// listed without its first <paramref name="folderLength"/> characters: paths in the kustomization's folder
    /// (<c>manifests/</c>) need no copy relative to it.
    /// </summary>
    internal static byte[] ToUtf8(string prefix, string[] resources, int folderLength)
    {
        // A Comparison: Array.Sort with an IComparer (StringComparer.Ordinal) makes a delegate of its Compare on every call.
        Array.Sort(resources, string.CompareOrdinal);
        return YamlWriter.SerializeUtf8(prefix, (Sorted: resources, FolderLength: folderLength), WriteDocument);
    }

    // The document, from resources already sorted.
    private static void WriteDocument(YamlWriter w, (string[] Sorted, int FolderLength) state)
    {
        var sorted = state.Sorted;
        w.BeginMapping();
        w.WriteProperty("apiVersion", "kustomize.config.k8s.io/v1beta1");
        w.WriteProperty("kind", "Kustomization");
        w.WriteKey("resources");
        w.BeginSequence();
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i == 0 || sorted[i] != sorted[i - 1])
            {
                w.WriteChars(sorted[i].AsSpan(state.FolderLength));
            }
        }

        w.EndSequence();
        w.EndMapping();
    }
}
