using System;
using HelmValues.Kubernetes;
using HelmValues.Yaml;
using k8s.Models;

namespace HelmValues.Pipelines;

/// <summary>
/// The <c>kubernetes</c> plugin of agent-stack-k8s: the step's own <c>podSpec</c> (its containers, its
/// <c>imagePullSecrets</c>) or a <c>podSpecPatch</c> over what the controller builds.
/// </summary>
public sealed record KubernetesPlugin : PipelinePlugin
{
    /// <summary>Creates the plugin with a pod spec and/or a patch.</summary>
    /// <param name="podSpec">The step's pod spec.</param>
    /// <param name="podSpecPatch">A strategic-merge patch over the controller's pod spec.</param>
    public KubernetesPlugin(V1PodSpec? podSpec = null, V1PodSpec? podSpecPatch = null)
        : base("kubernetes", null)
    {
        if (podSpec is null && podSpecPatch is null)
        {
            throw new ArgumentException("The kubernetes plugin needs a podSpec or a podSpecPatch.", nameof(podSpec));
        }

        PodSpec = podSpec;
        PodSpecPatch = podSpecPatch;
    }

    /// <summary>The step's pod spec.</summary>
    public V1PodSpec? PodSpec { get; }

    /// <summary>A strategic-merge patch over the controller's pod spec.</summary>
    public V1PodSpec? PodSpecPatch { get; }

    /// <inheritdoc/>
    public override void WriteConfiguration(YamlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.BeginMapping();
        writer.WriteProperty("podSpec", PodSpec, static (w, spec) => PodSpecBuilder.WriteYaml(w, spec));
        writer.WriteProperty("podSpecPatch", PodSpecPatch, static (w, patch) => PodSpecBuilder.WriteYaml(w, patch, asPatch: true));
        writer.EndMapping();
    }
}
