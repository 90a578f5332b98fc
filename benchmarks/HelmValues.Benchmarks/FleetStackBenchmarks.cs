using System.IO;
using BenchmarkDotNet.Attributes;
using HelmValues.Fleet;
using HelmValues.Output;
using HelmValues.Stack;

namespace HelmValues.Benchmarks;

/// <summary>
/// One stack of the fleet (<see cref="FleetStack"/>), phase by phase, in memory: time and bytes allocated per stack for
/// each phase. <see cref="Write"/> writes to tmpfs when there is one, without flushing, so it measures our code, not the disk.
/// The whole-process comparison with the floor is <c>benchmarks/HelmValues.Fleet</c>.
/// </summary>
[MemoryDiagnoser]
public class FleetStackBenchmarks
{
    private AgentStack _stack = null!;
    private OutputSet _output = null!;
    private string _directory = "";
    private int _next;

    /// <summary>Builds one stack and its output once; each benchmark redoes one phase.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _stack = FleetStack.Build(0);
        _output = _stack.ToOutput();
        _directory = Directory.CreateTempSubdirectory("helmvalues-fleet-bench-").FullName;
        if (Directory.Exists("/dev/shm"))
        {
            Directory.Delete(_directory);
            _directory = Directory.CreateDirectory(Path.Combine("/dev/shm", Path.GetFileName(_directory))).FullName;
        }
    }

    /// <summary>Removes what <see cref="Write"/> wrote.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    /// <summary>Build: the builders and recipes.</summary>
    [Benchmark]
    public AgentStack Build() => FleetStack.Build(0);

    /// <summary>Validate: the values, each manifest, the cross-references.</summary>
    [Benchmark]
    public bool Validate() => _stack.Validate().IsValid;

    /// <summary>
    /// ValidateValues: the part of <see cref="Validate"/> that judges the values, their own rules and Helm's verdict on them
    /// over the chart's defaults.
    /// </summary>
    [Benchmark]
    public bool ValidateValues() => _stack.Values.Validate().IsValid;

    /// <summary>ToOutput: validate once, then every file's text.</summary>
    [Benchmark]
    public OutputSet ToOutput() => _stack.ToOutput();

    /// <summary>Write: a fresh directory each time, as in a fleet's first run.</summary>
    [Benchmark]
    public OutputReport Write() =>
        OutputWriter.Write(
            _output,
            Path.Combine(_directory, (_next++).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new OutputOptions { AllowSecrets = true, FlushToDisk = false }
        );
}
