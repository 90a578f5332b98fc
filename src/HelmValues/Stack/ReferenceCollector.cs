using System.Collections.Generic;
using HelmValues.AgentStackK8s;
using HelmValues.Pipelines;
using HelmValues.Validation;
using k8s.Models;

namespace HelmValues.Stack;

/// <summary>
/// Finds every ServiceAccount and Secret the values and the pipeline name (NOTES 3.5: agentStackSecret, envFrom,
/// imagePullSecrets, serviceAccountName, secret volumes, secretKeyRef env, gitCredentialsSecret).
/// </summary>
internal sealed class ReferenceCollector
{
    private readonly List<ObjectReference> _references = [];

    public static IReadOnlyList<ObjectReference> Collect(AgentStackK8sValues values, Pipeline? pipeline)
    {
        var collector = new ReferenceCollector();
        collector.Values(values);
        if (pipeline is not null)
        {
            collector.Pipeline(pipeline);
        }

        return collector._references;
    }

    private void Values(AgentStackK8sValues values)
    {
        var root = ValuePath.Root;
        Secret(values.AgentStackSecret, root.Key("agentStackSecret"));
        for (var i = 0; i < (values.ControllerEnv?.Count ?? 0); i++)
        {
            Env(values.ControllerEnv![i], root.Key("controllerEnv").Index(i));
        }

        if (values.Config is not { } config)
        {
            return;
        }

        var path = root.Key("config");
        if (config.PodSpecPatch is { } patch)
        {
            PodSpec(patch, path.Key("pod-spec-patch"));
        }

        EnvFrom(config.DefaultCheckoutParams?.EnvFrom, path.Key("default-checkout-params").Key("envFrom"));
        Secret(
            config.DefaultCheckoutParams?.GitCredentialsSecret?.SecretName,
            path.Key("default-checkout-params").Key("gitCredentialsSecret").Key("secretName")
        );
        Volume(config.DefaultCheckoutParams?.GitMirrors?.Volume, path.Key("default-checkout-params").Key("gitMirrors").Key("volume"));
        EnvFrom(config.DefaultCommandParams?.EnvFrom, path.Key("default-command-params").Key("envFrom"));
        EnvFrom(config.DefaultSidecarParams?.EnvFrom, path.Key("default-sidecar-params").Key("envFrom"));
        Volume(config.WorkspaceVolume, path.Key("workspace-volume"));
        if (config.AgentConfig is { } agent)
        {
            var agentPath = path.Key("agent-config");
            Volume(agent.HooksVolume, agentPath.Key("hooksVolume"));
            Volume(agent.PluginsVolume, agentPath.Key("pluginsVolume"));
            Volume(agent.SigningJwksVolume, agentPath.Key("signingJWKSVolume"));
            Volume(agent.VerificationJwksVolume, agentPath.Key("verificationJWKSVolume"));
            for (var i = 0; i < (agent.AdditionalHooks?.Count ?? 0); i++)
            {
                Volume(agent.AdditionalHooks![i].Volume, agentPath.Key("additional-hooks").Index(i).Key("volume"));
            }
        }
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
                    var path = ValuePath.Root.Key("pipeline").Key("steps").Index(s).Key("plugins").Index(p).Key(kubernetes.Key);
                    PodSpec(kubernetes.PodSpec, path.Key("podSpec"));
                    PodSpec(kubernetes.PodSpecPatch, path.Key("podSpecPatch"));
                }
            }
        }
    }

    private void PodSpec(V1PodSpec? spec, ValuePath path)
    {
        if (spec is null)
        {
            return;
        }

        ServiceAccount(spec.ServiceAccountName, path.Key("serviceAccountName"));
        for (var i = 0; i < (spec.ImagePullSecrets?.Count ?? 0); i++)
        {
            Secret(spec.ImagePullSecrets![i]?.Name, path.Key("imagePullSecrets").Index(i).Key("name"));
        }

        Containers(spec.Containers, path.Key("containers"));
        Containers(spec.InitContainers, path.Key("initContainers"));
        for (var i = 0; i < (spec.Volumes?.Count ?? 0); i++)
        {
            Volume(spec.Volumes![i], path.Key("volumes").Index(i));
        }
    }

    private void Containers(IList<V1Container>? containers, ValuePath path)
    {
        for (var i = 0; i < (containers?.Count ?? 0); i++)
        {
            var container = containers![i];
            EnvFrom(container?.EnvFrom, path.Index(i).Key("envFrom"));
            for (var e = 0; e < (container?.Env?.Count ?? 0); e++)
            {
                Env(container!.Env[e], path.Index(i).Key("env").Index(e));
            }
        }
    }

    private void EnvFrom(IEnumerable<V1EnvFromSource>? sources, ValuePath path)
    {
        var i = 0;
        foreach (var source in sources ?? [])
        {
            Secret(source?.SecretRef?.Name, path.Index(i++).Key("secretRef").Key("name"));
        }
    }

    private void Env(V1EnvVar? variable, ValuePath path) =>
        Secret(variable?.ValueFrom?.SecretKeyRef?.Name, path.Key("valueFrom").Key("secretKeyRef").Key("name"));

    private void Volume(V1Volume? volume, ValuePath path) => Secret(volume?.Secret?.SecretName, path.Key("secret").Key("secretName"));

    private void Secret(string? name, ValuePath path) => Add("Secret", name, path);

    private void ServiceAccount(string? name, ValuePath path) => Add("ServiceAccount", name, path);

    private void Add(string kind, string? name, ValuePath path)
    {
        if (!string.IsNullOrEmpty(name))
        {
            _references.Add(new ObjectReference(kind, name, path));
        }
    }
}
