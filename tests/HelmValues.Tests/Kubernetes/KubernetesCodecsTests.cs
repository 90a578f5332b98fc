using HelmValues.Kubernetes;
using HelmValues.Yaml;
using k8s.Models;

namespace HelmValues.Tests.Kubernetes;

/// <summary>
/// Codecs are found by type through the catalogs the generated code registers: HelmValues' own, and a user's, which wins.
/// </summary>
/// <remarks>
/// Catalogs stay registered for the rest of the test run, so the ones registered here make codecs only for types no other
/// test writes through the registry, and those codecs do what HelmValues' own do.
/// </remarks>
public class KubernetesCodecsTests
{
    [Test]
    public void A_kind_of_HelmValues_is_found_by_its_type_and_made_once()
    {
        var codec = KubernetesCodecs.For(typeof(V1Secret)).ShouldBeOfType<KubernetesCodec<V1Secret>>();

        codec.ApiVersion.ShouldBe("v1");
        codec.Kind.ShouldBe("Secret");
        codec.IsBuiltIn.ShouldBeTrue();
        KubernetesCodecs.For(typeof(V1Secret)).ShouldBeSameAs(codec);
    }

    [Test]
    public void Generic_calls_find_a_codec_on_the_type_s_first_use()
    {
        var yaml = YamlWriter.Serialize(w => KubernetesCodecs.Write(w, new V1HostAlias { Ip = "10.0.0.1", Hostnames = ["a"] }));

        yaml.ShouldBe("hostnames:\n  - a\nip: \"10.0.0.1\"\n");
        KubernetesCodecs.For(typeof(V1HostAlias)).ShouldBeOfType<KubernetesCodec<V1HostAlias>>();
    }

    [Test]
    public void A_type_without_a_generated_codec_has_none()
    {
        KubernetesCodecs.For(typeof(NotAModel)).ShouldBeNull();

        var error = Should.Throw<NotSupportedException>(() => YamlWriter.Serialize(w => KubernetesCodecs.Write(w, new NotAModel())));
        error.Message.ShouldContain($"{typeof(NotAModel).FullName} has no generated codec");
    }

    [Test]
    public void A_user_s_catalog_replaces_the_codec_of_HelmValues_already_in_use()
    {
        KubernetesCodecs.For(typeof(V1PodDNSConfigOption))!.IsBuiltIn.ShouldBeTrue();
        var writes = 0;
        var users = DnsOptionCodec(() => writes++);

        KubernetesCodecs.RegisterCatalog(type => type == typeof(V1PodDNSConfigOption) ? users : null);

        KubernetesCodecs.For(typeof(V1PodDNSConfigOption)).ShouldBeSameAs(users);
        YamlWriter
            .Serialize(w => KubernetesCodecs.Write(w, new V1PodDNSConfigOption { Name = "ndots", Value = "2" }))
            .ShouldBe("name: ndots\nvalue: \"2\"\n");
        writes.ShouldBe(1);
    }

    [Test]
    public void Between_two_catalogs_of_the_user_the_first_registered_stays()
    {
        var first = DnsConfigCodec();
        var second = DnsConfigCodec();

        KubernetesCodecs.RegisterCatalog(type => type == typeof(V1PodDNSConfig) ? first : null);
        KubernetesCodecs.RegisterCatalog(type => type == typeof(V1PodDNSConfig) ? second : null);

        KubernetesCodecs.For(typeof(V1PodDNSConfig)).ShouldBeSameAs(first);
    }

    [Test]
    public void A_catalog_that_makes_a_codec_of_another_type_is_an_error_naming_both()
    {
        var wrong = DnsConfigCodec();
        KubernetesCodecs.RegisterCatalog(type => type == typeof(NotAModelEither) ? wrong : null);

        var error = Should.Throw<InvalidOperationException>(() => KubernetesCodecs.For(typeof(NotAModelEither)));

        error.Message.ShouldContain($"made a codec of {typeof(V1PodDNSConfig).FullName} when asked for {typeof(NotAModelEither).FullName}");
    }

    // A user's codec: the generated methods of HelmValues, called from this assembly (so not HelmValues' own).
    private static KubernetesCodec<V1PodDNSConfigOption> DnsOptionCodec(Action onWrite) =>
        new(
            (w, v, patch) =>
            {
                onWrite();
                PodDNSConfigOptionBuilder.WriteYaml(w, v, patch);
            },
            (r, n) => PodDNSConfigOptionBuilder.ReadYaml(r, n),
            (c, v, patch) => PodDNSConfigOptionBuilder.ValidateYaml(c, v, patch)
        );

    private static KubernetesCodec<V1PodDNSConfig> DnsConfigCodec() =>
        new(
            (w, v, patch) => PodDNSConfigBuilder.WriteYaml(w, v, patch),
            (r, n) => PodDNSConfigBuilder.ReadYaml(r, n),
            (c, v, patch) => PodDNSConfigBuilder.ValidateYaml(c, v, patch)
        );

    private sealed class NotAModel;

    private sealed class NotAModelEither;
}
