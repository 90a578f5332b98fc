using HelmValues.AgentStackK8s;
using k8s.Models;

namespace HelmValues.Tests.AgentStackK8s;

/// <summary>
/// Chart values that hold Kubernetes objects (<c>pod-spec-patch</c>, <c>envFrom</c>) keep their own copies and compare by
/// value, lists inside the objects included.
/// </summary>
public class ValueSemanticsTests
{
    private static AgentStackK8sValues Built() =>
        new AgentStackK8sValuesBuilder()
            .WithConfig(c =>
                c.WithPodSpecPatch(p =>
                        p.WithServiceAccountName("agent")
                            .AddContainer(k => k.WithName("container-0").AddEnv(e => e.WithName("A").WithValue("1")))
                    )
                    .WithDefaultCommandParams(p => p.AddEnvFrom(e => e.WithSecretRef(s => s.WithName("build-secrets"))))
            )
            .Build();

    [Test]
    public void Values_built_the_same_way_are_equal_with_the_same_hash_code()
    {
        Built().ShouldBe(Built());
        Built().GetHashCode().ShouldBe(Built().GetHashCode());
    }

    [Test]
    public void Loaded_values_equal_the_values_that_were_written()
    {
        AgentStackK8sValues.FromYaml(Built().ToYaml()).ShouldBe(Built());
    }

    [Test]
    public void A_pod_spec_the_caller_changes_after_passing_it_does_not_change_the_built_values()
    {
        var spec = new V1PodSpec
        {
            ServiceAccountName = "agent",
            Containers = new List<V1Container> { new() { Name = "container-0" } },
        };
        var envFrom = new V1EnvFromSource { SecretRef = new V1SecretEnvSource { Name = "build-secrets" } };
        var builder = new ControllerConfigBuilder().WithPodSpecPatch(spec);
        var commandParams = new CommandParamsBuilder().AddEnvFrom(envFrom);

        spec.ServiceAccountName = "changed";
        spec.Containers.Add(new V1Container { Name = "sneaky" });
        envFrom.SecretRef.Name = "changed";

        var built = builder.Build();
        built.PodSpecPatch!.ServiceAccountName.ShouldBe("agent");
        built.PodSpecPatch.Containers.ShouldHaveSingleItem().Name.ShouldBe("container-0");
        commandParams.Build().EnvFrom!.Single().SecretRef.Name.ShouldBe("build-secrets");
    }

    [Test]
    public void A_configured_pod_spec_can_be_unset()
    {
        var config = new ControllerConfigBuilder().WithPodSpecPatch(p => p.WithServiceAccountName("agent")).WithoutPodSpecPatch().Build();

        config.PodSpecPatch.ShouldBeNull();
    }
}
