using Fixtures.Kubernetes;
using HelmValues.Manifests;
using HelmValues.Yaml;
using k8s.Models;

namespace HelmValues.IntegrationTests;

/// <summary>Builders generated from the fixture Kubernetes definitions build real k8s.Models objects.</summary>
public class MiniKindsTests
{
    [Test]
    public void A_kind_builder_sets_api_version_kind_and_metadata()
    {
        var map = new ConfigMapBuilder()
            .WithName("settings")
            .WithNamespace("shop")
            .WithLabel("app", "shop")
            .WithData("mode", "fast")
            .Build();

        map.ApiVersion.ShouldBe("v1");
        map.Kind.ShouldBe("ConfigMap");
        map.Metadata.Name.ShouldBe("settings");
        map.Metadata.NamespaceProperty.ShouldBe("shop");
        map.Metadata.Labels.ShouldBe(new Dictionary<string, string> { ["app"] = "shop" });
        map.Data["mode"].ShouldBe("fast");
    }

    [Test]
    public void Each_build_returns_a_fresh_object_graph_and_from_copies_its_input()
    {
        var source = new V1ConfigMap
        {
            Metadata = new V1ObjectMeta { Name = "a" },
            BinaryData = new Dictionary<string, byte[]> { ["k"] = [1, 2] },
        };
        var builder = ConfigMapBuilder.From(source);
        source.Metadata.Name = "changed";
        source.BinaryData["k"][0] = 9;

        var first = builder.Build();
        var second = builder.Build();
        first.Metadata.Name = "mutated";

        second.Metadata.Name.ShouldBe("a");
        second.BinaryData["k"].ShouldBe(new byte[] { 1, 2 });
        ReferenceEquals(first.BinaryData, second.BinaryData).ShouldBeFalse();
    }

    [Test]
    public void Required_value_types_are_plain_properties_of_the_model()
    {
        var port = new ContainerPortBuilder().WithContainerPort(8080).WithProtocol("TCP").Build();

        port.ContainerPort.ShouldBe(8080);
        port.Protocol.ShouldBe("TCP");
    }

    [Test]
    public void The_codecs_generated_here_replace_the_library_s_own_for_the_same_type()
    {
        var codec = HelmValues
            .Kubernetes.KubernetesCodecs.For(typeof(V1ConfigMap))
            .ShouldBeOfType<HelmValues.Kubernetes.KubernetesCodec<V1ConfigMap>>();

        codec.Write.Method.DeclaringType.ShouldBe(typeof(ConfigMapBuilder));
        codec.Kind.ShouldBe("ConfigMap");
        ManifestYaml
            .Serialize(new ConfigMapBuilder().WithName("settings").WithData("mode", "fast").Build())
            .ShouldBe("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: fast\n");
    }

    [Test]
    public void Values_of_a_chart_read_and_write_kubernetes_objects_through_the_registered_codecs()
    {
        var env = HelmValues
            .Kubernetes.KubernetesCodecs.For(typeof(V1EnvVar))
            .ShouldBeOfType<HelmValues.Kubernetes.KubernetesCodec<V1EnvVar>>();

        env.Write.Method.DeclaringType.ShouldBe(typeof(EnvVarBuilder));
        YamlWriter
            .Serialize(w => HelmValues.Kubernetes.KubernetesCodecs.Write(w, new EnvVarBuilder().WithName("A").WithValue("on").Build()))
            .ShouldBe("name: A\nvalue: \"on\"\n");
    }
}
