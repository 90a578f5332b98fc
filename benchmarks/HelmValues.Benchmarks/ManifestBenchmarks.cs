using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using HelmValues.Aws;
using HelmValues.Kubernetes;
using HelmValues.Manifests;
using HelmValues.Yaml;
using k8s;

namespace HelmValues.Benchmarks;

/// <summary>
/// Renders the three manifests of the ECR seed scenario (ServiceAccount with IRSA, AWS credentials Secret, ECR
/// docker-registry Secret) to one YAML string, with our writer and with KubernetesClient's <see cref="KubernetesYaml"/>.
/// </summary>
[MemoryDiagnoser]
public class ManifestBenchmarks
{
    private IKubernetesObject[] _manifests = [];

    /// <summary>Builds the objects once; the benchmarks only render them.</summary>
    [GlobalSetup]
    public void Setup() => _manifests = SeedManifests.Build();

    /// <summary>KubernetesClient: <c>KubernetesYaml.SerializeAll</c> on the same objects.</summary>
    [Benchmark(Baseline = true)]
    public string KubernetesYamlSerializeAll() => KubernetesYaml.SerializeAll(_manifests);

    /// <summary>HelmValues: validate, then write the YAML stream.</summary>
    [Benchmark]
    public string ManifestYamlSerialize() => ManifestYaml.Serialize(_manifests);

    /// <summary>HelmValues: the same work as KubernetesYaml (write, no validation), for a like-for-like ratio.</summary>
    [Benchmark]
    public string WriteWithoutValidation() =>
        YamlWriter.Serialize(w =>
        {
            for (var i = 0; i < _manifests.Length; i++)
            {
                if (i > 0)
                {
                    w.EndDocument();
                    w.BeginDocument();
                }

                KubernetesCodecs.For(_manifests[i].GetType())!.WriteObject(w, _manifests[i], asPatch: false);
            }
        });

    /// <summary>HelmValues: build the objects from the builders, validate and write.</summary>
    [Benchmark]
    public string BuildAndManifestYamlSerialize() => ManifestYaml.Serialize(SeedManifests.Build());
}

/// <summary>The seed scenario's manifests (see <c>reference/seed/ecr-authentication.md</c>).</summary>
public static class SeedManifests
{
    /// <summary>ServiceAccount <c>buildkite-agent</c>, Secret <c>aws-credentials</c>, Secret <c>ecr-credentials</c>.</summary>
    public static IKubernetesObject[] Build() =>
        [
            new ServiceAccountBuilder()
                .WithName("buildkite-agent")
                .WithNamespace("buildkite")
                .WithIamRole("arn:aws:iam::123456789012:role/buildkite-agent-ecr-role")
                .Build(),
            Secrets
                .Opaque(
                    "aws-credentials",
                    new Dictionary<string, string>
                    {
                        ["AWS_ACCESS_KEY_ID"] = "your-access-key",
                        ["AWS_SECRET_ACCESS_KEY"] = "your-secret-key",
                    }
                )
                .WithNamespace("buildkite")
                .Build(),
            Secrets
                .DockerConfigJson("ecr-credentials", "123456789012.dkr.ecr.us-east-1.amazonaws.com", "AWS", "ecr-login-password")
                .WithNamespace("buildkite")
                .Build(),
        ];
}
