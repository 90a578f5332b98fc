using System.Collections.Generic;
using System.Linq;

namespace HelmValues.Output;

/// <summary>What a write did, or what a check found.</summary>
/// <param name="Written">Files written because they were new or different.</param>
/// <param name="Unchanged">Files already identical.</param>
/// <param name="Removed">Files a previous run wrote that the set no longer has, now deleted.</param>
/// <param name="Missing">Check: files the set has that the directory lacks.</param>
/// <param name="Changed">Check: files whose content differs from the set's.</param>
/// <param name="Stale">Check: files a previous run wrote that the set no longer has.</param>
public sealed record OutputReport(
    IReadOnlyList<string> Written,
    IReadOnlyList<string> Unchanged,
    IReadOnlyList<string> Removed,
    IReadOnlyList<string> Missing,
    IReadOnlyList<string> Changed,
    IReadOnlyList<string> Stale
)
{
    /// <summary>Check: nothing missing, changed or stale.</summary>
    public bool IsUpToDate => Missing.Count == 0 && Changed.Count == 0 && Stale.Count == 0;

    /// <summary>One line per file that is not unchanged: <c>wrote   values.yaml</c>, <c>changed manifests/x.yaml</c>, ….</summary>
    public override string ToString() => string.Join("\n", Lines(""));

    /// <summary>The lines of <see cref="ToString"/>, each path below <paramref name="directory"/> when it is not empty.</summary>
    internal IEnumerable<string> Lines(string directory)
    {
        return Written
            .Select(p => "wrote   " + PathBelow(directory, p))
            .Concat(Removed.Select(p => "removed " + PathBelow(directory, p)))
            .Concat(Missing.Select(p => "missing " + PathBelow(directory, p)))
            .Concat(Changed.Select(p => "changed " + PathBelow(directory, p)))
            .Concat(Stale.Select(p => "stale   " + PathBelow(directory, p)));
    }

    /// <summary>A file's path as the user named its directory: <c>out/values.yaml</c>, <c>./charts/x/values.yaml</c>.</summary>
    internal static string PathBelow(string directory, string path) =>
        directory.Length == 0 ? path : directory.TrimEnd('/', '\\') + "/" + path;
}
