using System.Collections.Generic;
using System.Collections.Immutable;
using HelmValues.Generators.Diagnostics;
using HelmValues.Generators.Model;

namespace HelmValues.Generators.Parsing;

/// <summary>Schemas that would generate the same namespace and root type: all but the first (by path) are skipped.</summary>
/// <remarks>Cached by the incremental pipeline: keep it immutable and value-equal.</remarks>
internal sealed record DuplicateCharts(EquatableArray<string> Skipped, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static DuplicateCharts Find(ImmutableArray<(string SchemaPath, string Key)> charts)
    {
        var sorted = new List<(string SchemaPath, string Key)>(charts);
        sorted.Sort((a, b) => string.CompareOrdinal(a.SchemaPath, b.SchemaPath));
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var skipped = new List<string>();
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var (path, key) in sorted)
        {
            if (key.Length > 0 && !seen.Add(key))
            {
                skipped.Add(path);
                diagnostics.Add(DiagnosticInfo.AtFile(DiagnosticDescriptors.DuplicateChart, path, path, key));
            }
        }

        return new DuplicateCharts(skipped.ToEquatableArray(), diagnostics.ToEquatableArray());
    }
}
