using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;

namespace HelmValues.Fleet;

/// <summary>
/// The comparison: each writer in its own process (<c>dotnet HelmValues.Fleet.dll --child …</c>, so start-up and JIT count),
/// runs interleaved, medians, the ratio, and a check that both wrote the same bytes.
/// </summary>
public static class FleetRun
{
    private static readonly string[] Modes = ["helmvalues", "floor"];

    /// <summary>Runs the comparison and prints it.</summary>
    /// <param name="options">The command line.</param>
    public static void Compare(FleetOptions options)
    {
        var times = Modes.ToDictionary(m => m, _ => new List<double>());
        var allocated = new List<double>();
        for (var run = 0; run < options.Runs; run++)
        {
            // Alternate which goes first, so a drift in the machine's load does not favour one.
            foreach (var mode in run % 2 == 0 ? Modes : Modes.Reverse())
            {
                var (seconds, output) = TimeChild(options, mode);
                times[mode].Add(seconds);
                if (mode == "helmvalues")
                {
                    allocated.Add(double.Parse(output.Trim(), CultureInfo.InvariantCulture) / options.Stacks);
                }
            }
        }

        var sameBytes = SameFiles(Path.Combine(options.Directory, "helmvalues"), Path.Combine(options.Directory, "floor"));
        foreach (var mode in Modes)
        {
            Directory.Delete(Path.Combine(options.Directory, mode), recursive: true);
        }

        var (helmValues, floor) = (Median(times["helmvalues"]), Median(times["floor"]));
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"""
                stacks {options.Stacks}, flush to disk {(
                    options.FlushToDisk ? "on" : "off"
                )}, {options.Runs} runs interleaved, {options.Directory}
                helmvalues  {helmValues:F3} s  (runs {Join(times["helmvalues"])})  allocated {Median(allocated)
                    / 1024:F1} KB per stack (whole process)
                floor       {floor:F3} s  (runs {Join(times["floor"])})
                ratio       {helmValues / floor:F2}x
                same bytes  {(sameBytes ? "yes" : "NO")}
                """
            )
        );
        if (!sameBytes)
        {
            Environment.ExitCode = 1;
        }
    }

    private static (double Seconds, string Output) TimeChild(FleetOptions options, string mode)
    {
        var directory = Path.Combine(options.Directory, mode);
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        // What earlier runs left in the page cache goes to disk now, not during the next timed run.
        Process.Start("sync").WaitForExit();
        var start = ChildStart();
        start.RedirectStandardOutput = true;
        foreach (var arg in new[] { "--child", mode, "--stacks", $"{options.Stacks}", "--dir", directory })
        {
            start.ArgumentList.Add(arg);
        }

        if (!options.FlushToDisk)
        {
            start.ArgumentList.Add("--no-flush");
        }

        var clock = Stopwatch.StartNew();
        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        var seconds = clock.Elapsed.TotalSeconds;
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"the {mode} run failed with exit code {child.ExitCode}");
        }

        return (seconds, output);
    }

    // The child is this program as it was started: `dotnet HelmValues.Fleet.dll`, or the native executable that
    // PublishAot makes (which has no dll to hand to dotnet).
    private static ProcessStartInfo ChildStart()
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!);
        if (Path.GetFileNameWithoutExtension(start.FileName).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "HelmValues.Fleet.dll"));
        }

        return start;
    }

    private static bool SameFiles(string left, string right)
    {
        static Dictionary<string, string> Files(string root) =>
            Directory
                .EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
                .ToDictionary(f => Path.GetRelativePath(root, f), f => f, StringComparer.Ordinal);

        var (a, b) = (Files(left), Files(right));
        return a.Count == b.Count
            && a.All(f =>
                b.TryGetValue(f.Key, out var other) && File.ReadAllBytes(f.Value).AsSpan().SequenceEqual(File.ReadAllBytes(other))
            );
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Join(List<double> values) => string.Join(" ", values.Select(v => v.ToString("F3", CultureInfo.InvariantCulture)));
}
