using System;
using System.IO;
using System.Linq;
using HelmValues.Output;

namespace HelmValues.Fleet;

/// <summary>Writes the fleet with the public API: build, validate, <c>ToOutput</c>, <see cref="OutputWriter.WriteAll"/>.</summary>
public static class HelmValuesWriter
{
    /// <summary>Writes <see cref="FleetOptions.Stacks"/> stacks below <paramref name="directory"/>.</summary>
    /// <param name="options">How many, and whether to flush.</param>
    /// <param name="directory">The output root.</param>
    /// <exception cref="InvalidOperationException">A stack failed validation.</exception>
    public static void Run(FleetOptions options, string directory)
    {
        var report = OutputWriter.WriteAll(
            Enumerable
                .Range(0, options.Stacks)
                .Select(i => new OutputJob(Path.Combine(directory, FleetNames.Namespace(i)), () => FleetStack.Build(i).ToOutput())),
            new OutputOptions { AllowSecrets = true, FlushToDisk = options.FlushToDisk }
        );
        if (!report.Succeeded)
        {
            throw new InvalidOperationException(report.Failures[0].Value.Message);
        }
    }
}
