using System.Linq;
using BenchmarkDotNet.Attributes;
using HelmValues.AgentStackK8s;
using HelmValues.Validation;
using HelmValues.Yaml;
using k8s.Models;

namespace HelmValues.Benchmarks;

/// <summary>
/// The hostile inputs of issue #11, each through the part that used to blow up: quantity parsing and writing, key
/// suggestions, and <c>Load</c> on whole files. Each should cost microseconds to milliseconds and little memory.
/// </summary>
[MemoryDiagnoser]
public class HostileInputBenchmarks
{
    private static readonly string[] KnownKeys = ["max-in-flight", "workspace-volume", "job-ttl", "queue", "pod-spec-patch", "tags"];

    private readonly string _hundredThousandDigits = new('9', 100_000);
    private readonly string _megabyteKey = new('q', 1_000_000);
    private readonly string _podSpecPatch1e99999 = PodSpecPatchCpu("\"1e99999\"");
    private readonly string _oneMegabyteUnknownKey = "config:\n  ? " + new string('q', 1_000_000) + "\n  : 1\n";
    private readonly string _hundredLongKeys =
        "config:\n" + string.Concat(Enumerable.Range(0, 100).Select(i => $"  ? {i}{new string('q', 80_000)}\n  : 1\n"));
    private readonly string _nearMissKeys =
        "config:\n" + string.Concat(Enumerable.Range(0, 50_000).Select(i => $"  max-in-flihgt{i}: 1\n"));
    private readonly ResourceQuantity _largest = new("7Ei");

    /// <summary>Parsing a quantity of 1e2147483648 (used to escape as OverflowException).</summary>
    [Benchmark]
    public bool ParseQuantityWithHugeExponent() => Quantities.TryParse("1e2147483648", out _, out _);

    /// <summary>Parsing 1e999999999 (used to run out of memory in BigInteger.Pow).</summary>
    [Benchmark]
    public bool ParseQuantity1e999999999() => Quantities.TryParse("1e999999999", out _, out _);

    /// <summary>Parsing a quantity of 100,000 digits.</summary>
    [Benchmark]
    public bool ParseQuantityOf100kDigits() => Quantities.TryParse(_hundredThousandDigits, out _, out _);

    /// <summary>Parsing an ordinary quantity.</summary>
    [Benchmark]
    public bool ParseQuantity1_5Gi() => Quantities.TryParse("1.5Gi", out _, out _);

    /// <summary>Writing the largest quantity that loads (7Ei) in canonical form.</summary>
    [Benchmark]
    public string WriteLargestQuantity() => _largest.ToString();

    /// <summary>A suggestion for a 1 MB unknown key.</summary>
    [Benchmark]
    public string? SuggestForMegabyteKey() => KeySuggestion.Closest(_megabyteKey, KnownKeys);

    /// <summary>A suggestion for a near miss (a real typo).</summary>
    [Benchmark]
    public string? SuggestForNearMiss() => KeySuggestion.Closest("max-in-flihgt", KnownKeys);

    /// <summary><c>Load</c> with <c>cpu: "1e99999"</c> in pod-spec-patch (used to take over a minute in ToYaml).</summary>
    [Benchmark]
    public bool LoadQuantity1e99999() => AgentStackK8sValues.Load(_podSpecPatch1e99999).Succeeded;

    /// <summary><c>Load</c> with one 1 MB unknown key under config (was 2.8 s).</summary>
    [Benchmark]
    public bool LoadOneMegabyteUnknownKey() => AgentStackK8sValues.Load(_oneMegabyteUnknownKey).Succeeded;

    /// <summary><c>Load</c> with a hundred 80 KB unknown keys (was 33.6 s).</summary>
    [Benchmark]
    public bool LoadHundredLongUnknownKeys() => AgentStackK8sValues.Load(_hundredLongKeys).Succeeded;

    /// <summary><c>Load</c> with 50,000 near-miss keys, a 1.2 MB file (was 3.4 s and 1 GB allocated).</summary>
    [Benchmark]
    public bool Load50kNearMissKeys() => AgentStackK8sValues.Load(_nearMissKeys).Succeeded;

    private static string PodSpecPatchCpu(string quantity) =>
        $"config:\n  pod-spec-patch:\n    containers:\n      - name: c\n        resources:\n          requests:\n            cpu: {quantity}\n";
}
