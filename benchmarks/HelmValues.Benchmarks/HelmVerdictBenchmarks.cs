using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using HelmValues.AgentStackK8s;
using HelmValues.Fleet;
using HelmValues.Validation;
using HelmValues.Yaml;

namespace HelmValues.Benchmarks;

/// <summary>
/// Helm's verdict on one fleet stack's values, step by step: writing them, reading the text back, and coalescing and
/// checking them against the chart's own schema. <c>Validate</c> on built values does all three.
/// </summary>
[MemoryDiagnoser]
public class HelmVerdictBenchmarks
{
    private AgentStackK8sValues _values = null!;
    private string _yaml = "";
    private YamlSourceNode _root = null!;

    /// <summary>One stack's values, written and read once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _values = FleetStack.Build(0).Values;
        _yaml = _values.ToYaml();
        _root = YamlDocumentReader.Read(_yaml).Root!;
    }

    /// <summary>The values as text.</summary>
    [Benchmark]
    public string Write() => _values.ToYaml();

    /// <summary>The text as a tree.</summary>
    [Benchmark]
    public YamlSourceNode? Read() => YamlDocumentReader.Read(_yaml).Root;

    /// <summary>Coalesced with the chart's defaults and checked against its schema.</summary>
    [Benchmark]
    public IReadOnlyList<ValidationError> Check() => AgentStackK8sValues.Chart.Validate(_root);

    /// <summary>Everything: the typed rules and Helm's verdict.</summary>
    [Benchmark]
    public bool Validate() => _values.Validate().IsValid;

    /// <summary>The same file loaded: typed reading, the typed rules and Helm's verdict.</summary>
    [Benchmark]
    public bool Load() => AgentStackK8sValues.Load(_yaml).Succeeded;
}
