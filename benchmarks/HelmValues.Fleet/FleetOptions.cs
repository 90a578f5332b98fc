using System;
using System.Collections.Generic;

namespace HelmValues.Fleet;

/// <summary>The command line: <c>--stacks N --dir DIR [--runs R] [--no-flush]</c>, and <c>--child MODE</c> for one timed process.</summary>
/// <param name="Stacks">How many stacks each run writes.</param>
/// <param name="Directory">Where the runs write (below it: <c>helmvalues/</c> and <c>floor/</c>); emptied before each run.</param>
/// <param name="Runs">Runs of each writer, interleaved; the figures are medians.</param>
/// <param name="FlushToDisk">Whether both writers flush to disk (<c>--no-flush</c> turns it off).</param>
/// <param name="Child">Set in the child processes: <c>helmvalues</c> or <c>floor</c>.</param>
public sealed record FleetOptions(int Stacks, string Directory, int Runs, bool FlushToDisk, string? Child)
{
    /// <summary>The usage text.</summary>
    public const string Usage = "usage: HelmValues.Fleet --stacks N --dir DIR [--runs R] [--no-flush]";

    /// <summary>Parses <paramref name="args"/>.</summary>
    /// <param name="args">The arguments.</param>
    /// <exception cref="ArgumentException">An argument is missing or unknown.</exception>
    public static FleetOptions Parse(IReadOnlyList<string> args)
    {
        var (stacks, directory, runs, flush, child) = (1000, (string?)null, 3, true, (string?)null);
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value. {Usage}");
            switch (args[i])
            {
                case "--stacks":
                    stacks = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case "--dir":
                    directory = Next();
                    break;
                case "--runs":
                    runs = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case "--no-flush":
                    flush = false;
                    break;
                case "--child":
                    child = Next();
                    break;
                default:
                    throw new ArgumentException($"unknown argument {args[i]}. {Usage}");
            }
        }

        return new FleetOptions(stacks, directory ?? throw new ArgumentException($"--dir is required. {Usage}"), runs, flush, child);
    }

    /// <summary>Jobs in flight: as <c>OutputWriter.WriteAll</c> chooses, so the floor gets the same parallelism.</summary>
    public static int Parallelism => Environment.ProcessorCount;
}
