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

    /// <summary>One line per file that is not unchanged: <c>written values.yaml</c>, <c>changed manifests/x.yaml</c>, ….</summary>
    public override string ToString() =>
        string.Join(
            "\n",
            Written
                .Select(p => "written  " + p)
                .Concat(Removed.Select(p => "removed  " + p))
                .Concat(Missing.Select(p => "missing  " + p))
                .Concat(Changed.Select(p => "changed  " + p))
                .Concat(Stale.Select(p => "stale    " + p))
        );
}
