using System;
using System.Collections.Generic;
using HelmValues.Generators.Diagnostics;
using HelmValues.Generators.Model;

namespace HelmValues.Generators.Parsing;

/// <summary>Overlays with no chart schema of the same name: reported, since they would otherwise do nothing silently.</summary>
internal static class OrphanOverlays
{
    public static EquatableArray<DiagnosticInfo> Find(EquatableArray<InputFile> overlays, EquatableArray<InputFile> schemas)
    {
        var charts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var schema in schemas)
        {
            charts.Add(schema.ChartName);
        }

        var diagnostics = new List<DiagnosticInfo>();
        foreach (var overlay in overlays)
        {
            if (!charts.Contains(overlay.ChartName))
            {
                diagnostics.Add(
                    DiagnosticInfo.AtFile(DiagnosticDescriptors.OverlayWithoutSchema, overlay.Path, overlay.Path, overlay.ChartName)
                );
            }
        }

        return diagnostics.ToEquatableArray();
    }
}
