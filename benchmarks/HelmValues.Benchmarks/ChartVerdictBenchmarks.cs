using System;
using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using HelmValues.Charts;
using HelmValues.Validation;
using HelmValues.Yaml;

namespace HelmValues.Benchmarks;

/// <summary>
/// Helm's verdict on a small user values file for real charts with large defaults (tests/Fixtures/Charts: traefik,
/// cert-manager): the user's file is coalesced with the chart's defaults and the result checked against the chart's
/// schema. Most of what is checked is the defaults, which every validation of the chart shares.
/// </summary>
[MemoryDiagnoser]
public class ChartVerdictBenchmarks
{
    // Keys traefik's values.yaml has: the image, the entry points' ports, the service, resources and a label.
    private const string TraefikUser = """
        image:
          tag: v3.5.3
        ports:
          web:
            exposedPort: 8080
          websecure:
            exposedPort: 8443
        service:
          type: ClusterIP
        resources:
          requests: { cpu: 100m, memory: 128Mi }
        commonLabels:
          team: platform
        """;

    // Keys cert-manager's values.yaml has: the CRDs, replicas, the image, resources, a pod label and monitoring.
    private const string CertManagerUser = """
        crds:
          enabled: true
        replicaCount: 2
        image:
          tag: v1.18.2
        resources:
          requests: { cpu: 10m, memory: 32Mi }
        podLabels:
          team: platform
        prometheus:
          enabled: false
        """;

    private HelmChart _traefik = null!;
    private YamlSourceNode _traefikUser = null!;
    private HelmChart _certManager = null!;
    private YamlSourceNode _certManagerUser = null!;

    /// <summary>The charts and the user files, read once; both files are valid, so the common path is measured.</summary>
    [GlobalSetup]
    public void Setup()
    {
        (_traefik, _traefikUser) = Load("traefik", TraefikUser);
        (_certManager, _certManagerUser) = Load("cert-manager", CertManagerUser);
    }

    /// <summary>A small user file over traefik's defaults, checked against its schema.</summary>
    [Benchmark]
    public IReadOnlyList<ValidationError> Traefik() => _traefik.Validate(_traefikUser);

    /// <summary>A small user file over cert-manager's defaults, checked against its schema.</summary>
    [Benchmark]
    public IReadOnlyList<ValidationError> CertManager() => _certManager.Validate(_certManagerUser);

    private static (HelmChart Chart, YamlSourceNode User) Load(string name, string user)
    {
        var directory = Path.Combine(RepositoryRoot.Path, "tests", "Fixtures", "Charts", name);
        var chart = new HelmChart(
            name,
            File.ReadAllText(Path.Combine(directory, name + ".values.schema.json")),
            File.ReadAllText(Path.Combine(directory, name + ".values.yaml"))
        );
        var root = YamlDocumentReader.Read(user).Root!;
        if (chart.Validate(root) is { Count: > 0 } errors)
        {
            throw new InvalidOperationException($"{name}: the user file is not valid: {errors[0]}");
        }

        return (chart, root);
    }
}
