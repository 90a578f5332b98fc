using System;
using System.Collections.Generic;
using HelmValues.AgentStackK8s;
using HelmValues.Pipelines;
using HelmValues.Validation;
using k8s.Models;

namespace HelmValues.Stack;

/// <summary>
/// Finds every ServiceAccount and Secret the values and the pipeline name (NOTES 3.5: agentStackSecret, envFrom,
/// imagePullSecrets, serviceAccountName, secret volumes, secretKeyRef env, gitCredentialsSecret) that the stack does not have.
/// </summary>
/// <remarks>
/// The walk keeps its place as a <see cref="PathStack"/>: a reference's path is built only when the stack lacks its object,
/// and most stacks lack none.
/// </remarks>
internal sealed class ReferenceCollector
{
    // The path stack is reused per thread (taken, not shared): every stack validated walks its values. A walk that throws
    // drops it, as it may be left mid-path.
    [ThreadStatic]
    private static PathStack? _sparePath;

    private readonly StackState _state;
    private readonly PathStack _path;
    private List<ObjectReference>? _unresolved;

    private ReferenceCollector(StackState state, PathStack path)
    {
        _state = state;
        _path = path;
    }

    /// <summary>The references to objects that are neither in the stack nor declared existing, in the order they are named.</summary>
    public static IReadOnlyList<ObjectReference> Unresolved(StackState state)
    {
        var collector = new ReferenceCollector(state, _sparePath ?? new PathStack());
        _sparePath = null;
        collector.Values(state.Values);
        if (state.Pipeline is not null)
        {
            collector.Pipeline(state.Pipeline);
        }

        _sparePath = collector._path;
        return collector._unresolved ?? (IReadOnlyList<ObjectReference>)Array.Empty<ObjectReference>();
    }

    private void Values(AgentStackK8sValues values)
    {
        Secret(values.AgentStackSecret, "agentStackSecret");
        for (var i = 0; i < (values.ControllerEnv?.Count ?? 0); i++)
        {
            _path.Push("controllerEnv");
            _path.Push(i);
            Env(values.ControllerEnv![i]);
            Pop(2);
        }

        if (values.Config is not { } config)
        {
            return;
        }

        _path.Push("config");
        if (config.PodSpecPatch is { } patch)
        {
            _path.Push("pod-spec-patch");
            PodSpec(patch);
            _path.Pop();
        }

        _path.Push("default-checkout-params");
        EnvFrom(config.DefaultCheckoutParams?.EnvFrom);
        _path.Push("gitCredentialsSecret");
        Secret(config.DefaultCheckoutParams?.GitCredentialsSecret?.SecretName, "secretName");
        _path.Pop();
        _path.Push("gitMirrors");
        Volume(config.DefaultCheckoutParams?.GitMirrors?.Volume, "volume");
        Pop(2);
        _path.Push("default-command-params");
        EnvFrom(config.DefaultCommandParams?.EnvFrom);
        _path.Pop();
        _path.Push("default-sidecar-params");
        EnvFrom(config.DefaultSidecarParams?.EnvFrom);
        _path.Pop();
        Volume(config.WorkspaceVolume, "workspace-volume");
        if (config.AgentConfig is { } agent)
        {
            _path.Push("agent-config");
            Volume(agent.HooksVolume, "hooksVolume");
            Volume(agent.PluginsVolume, "pluginsVolume");
            Volume(agent.SigningJwksVolume, "signingJWKSVolume");
            Volume(agent.VerificationJwksVolume, "verificationJWKSVolume");
            for (var i = 0; i < (agent.AdditionalHooks?.Count ?? 0); i++)
            {
                _path.Push("additional-hooks");
                _path.Push(i);
                Volume(agent.AdditionalHooks![i].Volume, "volume");
                Pop(2);
            }

            _path.Pop();
        }

        _path.Pop();
    }

    private void Pipeline(Pipeline pipeline)
    {
        for (var s = 0; s < pipeline.Steps.Count; s++)
        {
            var plugins = pipeline.Steps[s].Plugins;
            for (var p = 0; p < plugins.Count; p++)
            {
                if (plugins[p] is KubernetesPlugin kubernetes)
                {
                    _path.Push("pipeline");
                    _path.Push("steps");
                    _path.Push(s);
                    _path.Push("plugins");
                    _path.Push(p);
                    _path.Push(kubernetes.Key);
                    In("podSpec", kubernetes.PodSpec);
                    In("podSpecPatch", kubernetes.PodSpecPatch);
                    Pop(6);
                }
            }
        }
    }

    private void In(string key, V1PodSpec? spec)
    {
        _path.Push(key);
        PodSpec(spec);
        _path.Pop();
    }

    private void PodSpec(V1PodSpec? spec)
    {
        if (spec is null)
        {
            return;
        }

        ServiceAccount(spec.ServiceAccountName, "serviceAccountName");
        for (var i = 0; i < (spec.ImagePullSecrets?.Count ?? 0); i++)
        {
            _path.Push("imagePullSecrets");
            _path.Push(i);
            Secret(spec.ImagePullSecrets![i]?.Name, "name");
            Pop(2);
        }

        Containers(spec.Containers, "containers");
        Containers(spec.InitContainers, "initContainers");
        for (var i = 0; i < (spec.Volumes?.Count ?? 0); i++)
        {
            _path.Push("volumes");
            _path.Push(i);
            Volume(spec.Volumes![i]);
            Pop(2);
        }
    }

    private void Containers(IList<V1Container>? containers, string key)
    {
        for (var i = 0; i < (containers?.Count ?? 0); i++)
        {
            var container = containers![i];
            _path.Push(key);
            _path.Push(i);
            EnvFrom(container?.EnvFrom);
            for (var e = 0; e < (container?.Env?.Count ?? 0); e++)
            {
                _path.Push("env");
                _path.Push(e);
                Env(container!.Env[e]);
                Pop(2);
            }

            Pop(2);
        }
    }

    // The envFrom list of the value at the current path.
    private void EnvFrom(IEnumerable<V1EnvFromSource>? sources)
    {
        // Indexed when it can be (the values' lists and the models' both can): an enumerator through the interface is an allocation.
        if (sources is IReadOnlyList<V1EnvFromSource> list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                EnvFrom(list[i], i);
            }
        }
        else
        {
            var i = 0;
            foreach (var source in sources ?? [])
            {
                EnvFrom(source, i++);
            }
        }
    }

    private void EnvFrom(V1EnvFromSource? source, int index)
    {
        _path.Push("envFrom");
        _path.Push(index);
        _path.Push("secretRef");
        Secret(source?.SecretRef?.Name, "name");
        Pop(3);
    }

    private void Env(V1EnvVar? variable)
    {
        _path.Push("valueFrom");
        _path.Push("secretKeyRef");
        Secret(variable?.ValueFrom?.SecretKeyRef?.Name, "name");
        Pop(2);
    }

    private void Volume(V1Volume? volume, string key)
    {
        _path.Push(key);
        Volume(volume);
        _path.Pop();
    }

    // The volume at the current path.
    private void Volume(V1Volume? volume)
    {
        _path.Push("secret");
        Secret(volume?.Secret?.SecretName, "secretName");
        _path.Pop();
    }

    private void Secret(string? name, string key) => Add("Secret", name, key);

    private void ServiceAccount(string? name, string key) => Add("ServiceAccount", name, key);

    // A reference under `key` of the current path.
    private void Add(string kind, string? name, string key)
    {
        if (!string.IsNullOrEmpty(name) && !StackChecks.Has(_state, kind, name))
        {
            _path.Push(key);
            (_unresolved ??= []).Add(new ObjectReference(kind, name, _path.ToValuePath()));
            _path.Pop();
        }
    }

    private void Pop(int levels)
    {
        for (var i = 0; i < levels; i++)
        {
            _path.Pop();
        }
    }
}
