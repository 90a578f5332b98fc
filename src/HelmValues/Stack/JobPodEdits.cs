using System;
using System.Collections.Generic;
using HelmValues.AgentStackK8s;
using HelmValues.Collections;
using HelmValues.Kubernetes;
using k8s.Models;

namespace HelmValues.Stack;

/// <summary>
/// What recipes changed in the job pods' config since the values were last read: the ServiceAccount, the image pull Secrets
/// (<c>config.pod-spec-patch</c>) and the Secrets handed to command containers (<c>config.default-command-params.envFrom</c>).
/// A stack usually gets several of these in a row; <see cref="ApplyTo"/> makes them one copy of the values, the config and the
/// pod spec patch, instead of one of each per recipe.
/// </summary>
/// <param name="ServiceAccountName">The job pods' ServiceAccount, or null when no recipe set it (the last one set wins).</param>
/// <param name="ImagePullSecrets">The pull Secrets to append, in the order the recipes named them.</param>
/// <param name="EnvFromSecrets">The Secrets to append to the command containers' <c>envFrom</c>, in order.</param>
internal sealed record JobPodEdits(string? ServiceAccountName, IReadOnlyList<string> ImagePullSecrets, IReadOnlyList<string> EnvFromSecrets)
{
    // Records are immutable: an unset config or command params starts from these.
    private static readonly ControllerConfig EmptyConfig = new();
    private static readonly CommandParams EmptyCommandParams = new();

    public static JobPodEdits None { get; } = new(null, ValueList.From(Array.Empty<string>()), ValueList.From(Array.Empty<string>()));

    public JobPodEdits WithServiceAccount(string name) => this with { ServiceAccountName = name };

    public JobPodEdits AddImagePullSecret(string secretName) =>
        this with
        {
            ImagePullSecrets = ValueList.Append(ImagePullSecrets, secretName),
        };

    public JobPodEdits AddEnvFrom(string secretName) => this with { EnvFromSecrets = ValueList.Append(EnvFromSecrets, secretName) };

    public bool IsEmpty => ServiceAccountName is null && ImagePullSecrets.Count == 0 && EnvFromSecrets.Count == 0;

    /// <summary>
    /// <paramref name="values"/> with these edits, as the builders' <c>WithPodSpecPatch(p =&gt; p.WithServiceAccountName(…))</c>,
    /// <c>AddImagePullSecret</c> and <c>AddEnvFrom</c> would leave them, one after the other.
    /// </summary>
    public AgentStackK8sValues ApplyTo(AgentStackK8sValues values)
    {
        if (IsEmpty)
        {
            return values;
        }

        var config = values.Config ?? EmptyConfig;
        var podSpecPatch = config.PodSpecPatch;
        if (ServiceAccountName is not null || ImagePullSecrets.Count > 0)
        {
            // A pod spec that nothing else holds (the values' one may be held by an earlier builder, so it is copied), which
            // may then be changed in place: what the builder's Build makes, and no builder state per change.
            podSpecPatch = podSpecPatch is null ? new V1PodSpec() : PodSpecBuilder.From(podSpecPatch).Build();
            if (ServiceAccountName is not null)
            {
                podSpecPatch.ServiceAccountName = ServiceAccountName;
            }

            if (ImagePullSecrets.Count > 0)
            {
                var pullSecrets = podSpecPatch.ImagePullSecrets ?? new ModelList<V1LocalObjectReference>(ImagePullSecrets.Count);
                // for, not foreach: a read-only list's enumerator is an allocation.
                for (var i = 0; i < ImagePullSecrets.Count; i++)
                {
                    pullSecrets.Add(new V1LocalObjectReference { Name = ImagePullSecrets[i] });
                }

                podSpecPatch.ImagePullSecrets = pullSecrets;
            }
        }

        var commandParams = config.DefaultCommandParams;
        if (EnvFromSecrets.Count > 0)
        {
            commandParams ??= EmptyCommandParams;
            var envFrom = commandParams.EnvFrom;
            for (var i = 0; i < EnvFromSecrets.Count; i++)
            {
                // New objects that nothing else holds: the values may keep them without a copy.
                envFrom = ValueList.Append(envFrom, new V1EnvFromSource { SecretRef = new V1SecretEnvSource { Name = EnvFromSecrets[i] } });
            }

            commandParams = commandParams with { EnvFrom = envFrom };
        }

        return values with
        {
            Config = config with { PodSpecPatch = podSpecPatch, DefaultCommandParams = commandParams },
        };
    }
}
