using HelmValues.AgentStackK8s;

namespace EcrQuickstart;

/// <summary>The README's typed-values example: more of the chart than the quickstart needs.</summary>
public static class ValuesExample
{
    public static AgentStackK8sValues Create()
    {
        #region values
        var values = new AgentStackK8sValuesBuilder()
            .WithAgentStackSecret("buildkite-agent-token")
            .WithAnnotation("prometheus.io/scrape", "true")
            .WithResources(r => r.WithRequests(q => q.WithCpu("100m").WithMemory("128Mi")))
            .WithConfig(c =>
                c.WithQueue("kubernetes")
                    .WithMaxInFlight(50)
                    .WithJobTtl(TimeSpan.FromMinutes(10))
                    .WithImagePullBackoffGracePeriod(TimeSpan.FromSeconds(90))
                    .WithDefaultImagePullPolicy(PullPolicy.IfNotPresent)
                    .WithDefaultCommandParams(p =>
                        p.WithInterposer(Interposer.Vector).AddEnvFrom(e => e.WithSecretRef(s => s.WithName("build-secrets")))
                    )
                    .WithResourceClass(
                        "large",
                        new ResourceClassBuilder()
                            .WithResource(r => r.WithRequest("cpu", new("2")).WithRequest("memory", new("4Gi")))
                            .Build()
                    )
                    .WithDefaultResourceClassName("large")
                    .WithPodSpecPatch(p =>
                        p.WithServiceAccountName("buildkite-agent")
                            .AddContainer(k => k.WithName("container-0").WithImage("public.ecr.aws/docker/library/node:22"))
                            .AddInitContainer(k =>
                                k.WithName("dind")
                                    .WithImage("docker:dind")
                                    .AddCommand("dockerd-entrypoint.sh")
                                    .WithRestartPolicy("Always")
                                    .WithSecurityContext(s => s.WithPrivileged(true))
                            )
                    )
            )
            .Build();

        values.Validate().ThrowIfInvalid(); // every broken rule at once, each with its path
        var yaml = values.ToYaml(); // the text of values.yaml
        #endregion
        return AgentStackK8sValues.FromYaml(yaml);
    }
}
