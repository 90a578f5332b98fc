using System.Collections.Generic;
using HelmValues.Generators.Model;
using Microsoft.CodeAnalysis;

namespace HelmValues.Generators.Diagnostics;

/// <summary>Turns cached <see cref="DiagnosticInfo"/> into real diagnostics, the only place a Location is made.</summary>
internal static class DiagnosticReporter
{
    private static readonly Dictionary<string, DiagnosticDescriptor> ById = Index(
        DiagnosticDescriptors.InvalidJson,
        DiagnosticDescriptors.UnresolvableRef,
        DiagnosticDescriptors.UnsupportedKeyword,
        DiagnosticDescriptors.UnsupportedConstruct,
        DiagnosticDescriptors.NameCollision,
        DiagnosticDescriptors.InvalidSchema,
        DiagnosticDescriptors.OverlayWithoutSchema,
        DiagnosticDescriptors.InvalidKubernetesSettings,
        DiagnosticDescriptors.DuplicateChart,
        DiagnosticDescriptors.InvalidBuildProperty
    );

    /// <summary>Whether <paramref name="id"/> names a diagnostic a chart may silence: a warning or info of ours, never an error.</summary>
    public static bool CanSilence(string id) =>
        ById.TryGetValue(id, out var descriptor) && descriptor.DefaultSeverity != DiagnosticSeverity.Error;

    public static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var info in diagnostics)
        {
            context.ReportDiagnostic(Create(info));
        }
    }

    public static Diagnostic Create(DiagnosticInfo info)
    {
        var location = info.FilePath.Length == 0 ? Location.None : Location.Create(info.FilePath, info.Span, info.LineSpan);
        var args = new object[info.Args.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = info.Args[i];
        }

        return Diagnostic.Create(ById[info.Id], location, args);
    }

    private static Dictionary<string, DiagnosticDescriptor> Index(params DiagnosticDescriptor[] descriptors)
    {
        var map = new Dictionary<string, DiagnosticDescriptor>();
        foreach (var descriptor in descriptors)
        {
            map.Add(descriptor.Id, descriptor);
        }

        return map;
    }
}
