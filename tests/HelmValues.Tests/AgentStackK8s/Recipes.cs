using HelmValues.AgentStackK8s;
using k8s.Models;

namespace HelmValues.Tests.AgentStackK8s;

/// <summary>
/// The documented values.yaml recipes (NOTES section 5, numbered as there), written with the typed API.
/// Each has a fixture with the documented YAML (Fixtures/Recipes) and an expected file with what we write.
/// </summary>
internal static class Recipes
{
    public static readonly IReadOnlyDictionary<string, Func<AgentStackK8sValues>> All = new Dictionary<string, Func<AgentStackK8sValues>>
    {
        ["01-minimal-install"] = () =>
            Values().WithAgentToken("<buildkite-cluster-agent-token>").WithConfig(c => c.AddTag("queue=some-queue")).Build(),
        ["02-existing-token-secret"] = () =>
            Values().WithAgentStackSecret("buildkite-agent-token").WithConfig(c => c.AddTag("queue=kubernetes")).Build(),
        ["04-controller-placement"] = () =>
            Values()
                .WithNodeSelector("teamowner", "services")
                .AddControllerEnv(e => e.WithName("KUBERNETES_SERVICE_HOST").WithValue("10.10.10.10"))
                .AddControllerEnv(e => e.WithName("KUBERNETES_SERVICE_PORT").WithValue("8443"))
                .WithAnnotation("kubernetes.io/description", "Agent Stack K8s Controller")
                .WithAnnotation("prometheus.io/scrape", "true")
                .WithAnnotation("prometheus.io/port", "8080")
                .Build(),
        ["05-agent-options"] = () =>
            Config(c =>
                c.WithAgentConfig(a =>
                    a.WithNoHttp2(false)
                        .AddExperiment("use-zzglob")
                        .WithShell("/bin/bash")
                        .WithNoColor(false)
                        .WithStrictSingleHooks(true)
                        .WithNoMultipartArtifactUpload(false)
                        .WithTraceContextEncoding("json")
                        .AddDisableWarningsFor("submodules-disabled")
                        .WithNoPty(false)
                        .WithNoCommandEval(true)
                        .WithNoLocalHooks(true)
                        .WithNoPlugins(true)
                        .WithPluginValidation(false)
                )
            ),
        ["06-pipeline-signing"] = () =>
            Config(c =>
                c.WithAgentConfig(a =>
                    a.WithSigningJwksFile("key")
                        .WithSigningJwksKeyId("my-jwks-key")
                        .WithSigningJwksVolume(v =>
                            v.WithName("buildkite-signing-jwks").WithSecret(s => s.WithSecretName("my-signing-key"))
                        )
                        .WithVerificationJwksFile("key")
                        .WithVerificationFailureBehavior("warn")
                        .WithVerificationJwksVolume(v =>
                            v.WithName("buildkite-verification-jwks").WithSecret(s => s.WithSecretName("my-verification-key"))
                        )
                )
            ),
        ["07-hooks-configmap"] = () =>
            Config(c =>
                c.WithAgentConfig(a =>
                    a.WithHooksPath("/buildkite/hooks")
                        .WithHooksVolume(v =>
                            v.WithName("buildkite-hooks")
                                .WithConfigMap(m => m.WithDefaultMode(0b111_101_101).WithName("buildkite-agent-hooks"))
                        )
                )
            ),
        ["08-plugins-volume"] = () =>
            Config(c =>
                c.WithAgentConfig(a =>
                    a.WithPluginsPath("/buildkite/plugins")
                        .WithPluginsVolume(v =>
                            v.WithName("buildkite-plugins")
                                .WithHostPath(h => h.WithType("Directory").WithPath("/etc/buildkite-agent/plugins"))
                        )
                )
            ),
        ["09-default-envfrom"] = () =>
            Config(c =>
                c.WithDefaultCheckoutParams(p =>
                        p.AddEnvFrom(e => e.WithPrefix("GITHUB_").WithSecretRef(s => s.WithName("github-secrets")))
                    )
                    .WithDefaultCommandParams(p =>
                        p.WithInterposer(Interposer.Vector)
                            .AddEnvFrom(e => e.WithPrefix("DEPLOY_").WithSecretRef(s => s.WithName("deploy-secrets")))
                    )
                    .WithDefaultSidecarParams(p =>
                        p.AddEnvFrom(e => e.WithPrefix("LOGGING_").WithConfigMapRef(m => m.WithName("logging-config")))
                    )
            ),
        ["10-ssh-git-key"] = () =>
            Config(c =>
                c.WithPodSpecPatch(p =>
                    p.AddContainer(k => k.WithName("checkout").AddEnvFrom(e => e.WithSecretRef(s => s.WithName("my-git-ssh-credentials"))))
                )
            ),
        ["11-ssh-key-container-0"] = () =>
            Config(c =>
                c.WithPodSpecPatch(p =>
                    p.AddContainer(k =>
                        k.WithName("container-0")
                            .AddEnv(e =>
                                e.WithName("SSH_PRIVATE_RSA_KEY")
                                    .WithValueFrom(v =>
                                        v.WithSecretKeyRef(s => s.WithName("my-git-ssh-credentials").WithKey("SSH_PRIVATE_RSA_KEY"))
                                    )
                            )
                    )
                )
            ),
        ["12-https-git-credentials"] = () =>
            Config(c => c.WithDefaultCheckoutParams(p => p.WithGitCredentialsSecret(s => s.WithSecretName("my-git-https-credentials")))),
        ["13-git-flags-and-mirrors"] = () =>
            Config(c =>
                c.WithDefaultCheckoutParams(p =>
                    p.WithCloneFlags("-v --depth 1")
                        .WithNoSubmodules(true)
                        .WithGitMirrors(m =>
                            m.WithVolume(v =>
                                v.WithName("host-git-mirrors")
                                    .WithHostPath(h => h.WithPath("/var/lib/buildkite/git-mirrors").WithType("Directory"))
                            )
                        )
                )
            ),
        ["14-resource-classes"] = () =>
            Config(c =>
                c.WithResourceClass(
                        "small",
                        new ResourceClassBuilder()
                            .WithResource(r => r.WithRequest("cpu", new("500m")).WithRequest("memory", new("512Mi")))
                            .Build()
                    )
                    .WithResourceClass(
                        "gpu",
                        new ResourceClassBuilder()
                            .WithResource(r =>
                                r.WithRequest("nvidia.com/gpu", new("1"))
                                    .WithRequest("cpu", new("1000m"))
                                    .WithRequest("memory", new("2Gi"))
                                    .WithLimit("nvidia.com/gpu", new("1"))
                                    .WithLimit("cpu", new("2000m"))
                                    .WithLimit("memory", new("4Gi"))
                            )
                            .WithNodeSelector("accelerator", "nvidia-tesla-k80")
                            .Build()
                    )
                    .WithResourceClass("spot", new ResourceClassBuilder().WithNodeSelector("node-type", "spot").Build())
                    .WithDefaultResourceClassName("small")
            ),
        ["15-default-container-resources"] = () =>
            Config(c =>
                c.WithPodSpecPatch(p =>
                    p.AddInitContainer(k => k.WithName("copy-agent").WithResources(Resources("100m", "50Mi", "100Mi")))
                        .AddContainer(k => k.WithName("agent").WithResources(Resources("100m", "50Mi", "1Gi")))
                        .AddContainer(k => k.WithName("checkout").WithResources(Resources("100m", "50Mi", "1Gi")))
                        .AddContainer(k => k.WithName("container-0").WithResources(Resources("100m", "50Mi", "1Gi")))
                )
            ),
        ["16-imagecheck-limits"] = () => Config(c => c.WithImageCheckContainerCpuLimit("100m").WithImageCheckContainerMemoryLimit("128Mi")),
        ["17-custom-images"] = () =>
            Config(c =>
                c.WithPodSpecPatch(p =>
                    p.AddContainer(k => k.WithName("container-0").WithImage("your-registry.example.com/custom-build-image:latest"))
                        .AddContainer(k =>
                            k.WithName("checkout")
                                .WithImage("your-registry.example.com/custom-checkout:latest")
                                .AddEnv(e => e.WithName("GIT_TERMINAL_PROMPT").WithValue("0"))
                        )
                )
            ),
        ["18-image-pull-secrets"] = () => Config(c => c.WithPodSpecPatch(p => p.AddImagePullSecret(s => s.WithName("my-registry-secret")))),
        ["19-irsa-job-pods"] = () =>
            Values()
                .WithConfig(c => c.WithPodSpecPatch(p => p.WithServiceAccountName("buildkite-agent")))
                .WithServiceAccountMetadata(m =>
                    m.WithAnnotation("eks.amazonaws.com/role-arn", "arn:aws:iam::123456789012:role/buildkite-controller")
                )
                .Build(),
        ["20-aws-keys-secret"] = () =>
            Config(c => c.WithDefaultCommandParams(p => p.AddEnvFrom(e => e.WithSecretRef(s => s.WithName("aws-credentials"))))),
        ["21-secret-env-vars"] = () =>
            Config(c =>
                c.WithPodSpecPatch(p =>
                    p.AddContainer(k =>
                        k.WithName("container-0")
                            .AddEnv(e =>
                                e.WithName("API_KEY")
                                    .WithValueFrom(v => v.WithSecretKeyRef(s => s.WithName("build-env-vars").WithKey("API_KEY")))
                            )
                    )
                )
            ),
        ["22-s3-secrets-hooks"] = () =>
            Config(c =>
                c.WithAgentConfig(a =>
                        a.WithHooksPath("/buildkite/hooks")
                            .WithHooksVolume(v =>
                                v.WithName("buildkite-hooks").WithConfigMap(m => m.WithDefaultMode(493).WithName("buildkite-agent-hooks"))
                            )
                    )
                    .WithDefaultCheckoutParams(p => p.AddExtraVolumeMount(S3HelperMount()))
                    .WithDefaultCommandParams(p => p.AddExtraVolumeMount(S3HelperMount()))
                    .WithPodSpecPatch(p =>
                        p.AddContainer(k => k.WithName("checkout").AddEnvFrom(e => e.WithSecretRef(s => s.WithName("s3-secrets-config"))))
                            .AddContainer(k =>
                                k.WithName("container-0")
                                    .AddEnv(e => e.WithName("BUILDKITE_PLUGIN_S3_SECRETS_BUCKET").WithValue("my-buildkite-secrets"))
                            )
                            .AddVolume(v =>
                                v.WithName("s3-helpers").WithConfigMap(m => m.WithName("s3-secrets-helpers").WithDefaultMode(493))
                            )
                    )
            ),
        ["23-extra-volumes"] = () =>
            Config(c =>
                c.WithDefaultCheckoutParams(p =>
                        p.AddExtraVolumeMount(m => m.WithName("checkout-extra-dir").WithMountPath("/extra-checkout"))
                    )
                    .WithPodSpecPatch(p =>
                        p.AddVolume(v =>
                            v.WithName("checkout-extra-dir")
                                .WithHostPath(h => h.WithPath("/my/extra/dir/checkout").WithType("DirectoryOrCreate"))
                        )
                    )
            ),
        ["24-node-selection"] = () => Config(c => c.WithPodSpecPatch(p => p.WithNodeSelector("nodecputype", "amd64"))),
        ["25-prometheus"] = () =>
            Values()
                .WithAgentToken("<token>")
                .WithConfig(c => c.WithPrometheusPort(8080).AddTag("queue=kubernetes"))
                .WithMonitoring(m => m.WithPodMonitor(p => p.WithDeploy(true)).WithDeployGrafanaDashboard(true))
                .Build(),
        ["26-security"] = () =>
            Config(c => c.WithProhibitKubernetesPlugin(true).WithPodSpecPatch(p => p.WithSecurityContext(s => s.WithRunAsNonRoot(true)))),
        ["27-long-running-jobs"] = () => Config(c => c.WithJobActiveDeadlineSeconds(86400)),
        ["28-job-metadata"] = () =>
            Config(c =>
                c.WithDefaultMetadata(m =>
                    m.WithAnnotation("imageregistry", "https://hub.docker.com/")
                        .WithLabel("argocd.argoproj.io/tracking-id", "example-id-here")
                )
            ),
        ["29-troubleshooting"] = () =>
            Values()
                .WithFullnameOverride("agent-stack-k8s-us-east-1")
                .WithConfig(c =>
                    c.WithDebug(true)
                        .WithMaxInFlight(50)
                        .WithPodPendingTimeout(TimeSpan.FromMinutes(20))
                        .WithId("agent-stack-k8s-us-east-1")
                        .WithAgentConfig(a => a.WithContainerStartTimeout(TimeSpan.FromMinutes(15)))
                )
                .Build(),
        ["30-dind-sidecar"] = () =>
            Config(c =>
                c.WithPodSpecPatch(p =>
                    p.AddContainer(k => k.WithName("container-0").AddEnv(e => e.WithName("DOCKER_HOST").WithValue("tcp://localhost:2375")))
                        .AddInitContainer(k =>
                            k.WithName("dind-sidecar")
                                .WithImage("docker:dind")
                                .AddCommand("dockerd-entrypoint.sh")
                                .WithRestartPolicy("Always")
                                .WithSecurityContext(s => s.WithPrivileged(true))
                                .AddEnv(e => e.WithName("DOCKER_TLS_CERTDIR").WithValue(""))
                        )
                )
            ),
        ["32-namespace-builds"] = () =>
            Config(c =>
                c.WithAgentConfig(a => a.WithShell("/bin/bash -e -c"))
                    .WithImage("registry.example.com/builder:latest")
                    .AddTag("queue=kubernetes")
                    .WithPodSpecPatch(p => p.WithServiceAccountName("builder").WithContainers([]))
            ),
    };

    private static AgentStackK8sValuesBuilder Values() => new();

    private static AgentStackK8sValues Config(Func<ControllerConfigBuilder, ControllerConfigBuilder> configure) =>
        Values().WithConfig(configure).Build();

    private static V1ResourceRequirements Resources(string cpu, string memory, string memoryLimit) =>
        new HelmValues.Kubernetes.ResourceRequirementsBuilder()
            .WithRequest("cpu", new(cpu))
            .WithRequest("memory", new(memory))
            .WithLimit("memory", new(memoryLimit))
            .Build();

    private static V1VolumeMount S3HelperMount() =>
        new HelmValues.Kubernetes.VolumeMountBuilder()
            .WithName("s3-helpers")
            .WithMountPath("/buildkite/hooks/s3-secrets-helper")
            .WithSubPath("s3-secrets-helper")
            .Build();
}
