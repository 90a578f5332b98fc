using System.IO;
using BenchmarkDotNet.Attributes;
using HelmValues.AgentStackK8s;
using HelmValues.Charts;

namespace HelmValues.Benchmarks;

/// <summary>
/// Parsing a chart's values schema as Helm compiles it (the meta-schema check, then every subschema reachable from the
/// root): what each process pays once per chart before its first validation. agent-stack-k8s's schema, with the Kubernetes
/// definitions it refers to inlined, is 208 KB; traefik's (tests/Fixtures/Charts) is a large schema of a real chart.
/// </summary>
[MemoryDiagnoser]
public class SchemaParseBenchmarks
{
    private string _traefik = "";

    /// <summary>Reads traefik's schema.</summary>
    [GlobalSetup]
    public void Setup() =>
        _traefik = File.ReadAllText(
            Path.Combine(RepositoryRoot.Path, "tests", "Fixtures", "Charts", "traefik", "traefik.values.schema.json")
        );

    /// <summary>The bundled chart's schema.</summary>
    [Benchmark]
    public object AgentStackK8s() => ChartSchema.Parse(AgentStackK8sValues.Chart.SchemaJson);

    /// <summary>traefik's schema.</summary>
    [Benchmark]
    public object Traefik() => ChartSchema.Parse(_traefik);
}
