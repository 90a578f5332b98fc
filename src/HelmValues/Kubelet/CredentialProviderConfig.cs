using System;
using System.Collections.Generic;
using HelmValues.Yaml;

namespace HelmValues.Kubelet;

/// <summary>
/// A kubelet <c>CredentialProviderConfig</c> (<c>kubelet.config.k8s.io/v1</c>): which credential provider plugins
/// the kubelet runs for which images. Installed on the nodes (<c>--image-credential-provider-config</c>), not applied
/// to the cluster.
/// </summary>
/// <param name="Providers">The providers, in order.</param>
public sealed record CredentialProviderConfig(IReadOnlyList<CredentialProvider> Providers)
{
    /// <summary>The ECR provider for every ECR registry host, as the seed guide configures it.</summary>
    /// <param name="cacheDuration">How long the kubelet caches a credential (ECR tokens last 12 hours).</param>
    public static CredentialProviderConfig ForEcr(TimeSpan? cacheDuration = null) =>
        new([
            new CredentialProvider(
                "ecr-credential-provider",
                ["*.dkr.ecr.*.amazonaws.com", "*.dkr.ecr.*.amazonaws.com.cn", "*.dkr.ecr-fips.*.amazonaws.com"],
                cacheDuration ?? TimeSpan.FromHours(12),
                "credentialprovider.kubelet.k8s.io/v1"
            ),
        ]);

    /// <summary>Writes the file: apiVersion, kind, providers (keys of a provider in ordinal order).</summary>
    public string ToYaml() =>
        YamlWriter.Serialize(w =>
        {
            w.BeginMapping();
            w.WriteProperty("apiVersion", "kubelet.config.k8s.io/v1");
            w.WriteProperty("kind", "CredentialProviderConfig");
            w.WriteKey("providers");
            w.WriteSequence(Providers, static (writer, provider) => provider.WriteYaml(writer));
            w.EndMapping();
        });
}

/// <summary>One credential provider plugin of a <see cref="CredentialProviderConfig"/>.</summary>
/// <param name="Name">The plugin binary's name in the kubelet's <c>--image-credential-provider-bin-dir</c>.</param>
/// <param name="MatchImages">Image patterns the plugin serves (<c>*.dkr.ecr.*.amazonaws.com</c>).</param>
/// <param name="DefaultCacheDuration">How long the kubelet caches a credential the plugin returns.</param>
/// <param name="ApiVersion">The plugin's exec API version (<c>credentialprovider.kubelet.k8s.io/v1</c>).</param>
public sealed record CredentialProvider(string Name, IReadOnlyList<string> MatchImages, TimeSpan DefaultCacheDuration, string ApiVersion)
{
    /// <summary>Writes the provider mapping.</summary>
    /// <param name="writer">The writer.</param>
    public void WriteYaml(YamlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.BeginMapping();
        writer.WriteProperty("apiVersion", ApiVersion);
        writer.WriteDurationProperty("defaultCacheDuration", DefaultCacheDuration);
        writer.WriteKey("matchImages");
        writer.WriteSequence(MatchImages, static (w, pattern) => w.WriteString(pattern));
        writer.WriteProperty("name", Name);
        writer.EndMapping();
    }
}
