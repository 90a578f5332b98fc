using System.Collections.Generic;
using HelmValues.Generators.Model;
using Microsoft.CodeAnalysis;

namespace HelmValues.Generators.Emitting;

/// <summary>Spec → C# for one chart: one file per record (with its builder) and per enum. A pure function of the spec.</summary>
internal static class ChartEmitter
{
    public static void Emit(SourceProductionContext context, ChartSpec? spec)
    {
        if (spec is null)
        {
            return;
        }

        foreach (var file in Render(spec))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            context.AddSource(file.HintName, file.Text);
        }
    }

    public static IEnumerable<GeneratedFile> Render(ChartSpec spec)
    {
        var origin = $"the values schema of chart '{spec.ChartName}'";
        foreach (var type in spec.Objects)
        {
            var writer = new SourceWriter();
            GeneratedFile.WriteHeader(writer, origin, spec.Namespace);
            ChartRecordEmitter.Write(writer, spec, type);
            yield return new GeneratedFile(GeneratedFile.HintFor(spec.Namespace, type.Name), writer.ToString());
        }

        var chartWriter = new SourceWriter();
        GeneratedFile.WriteHeader(chartWriter, origin, spec.Namespace);
        ChartRecordEmitter.WriteChart(chartWriter, spec);
        yield return new GeneratedFile(GeneratedFile.HintFor(spec.Namespace, spec.RootTypeName + ".Chart"), chartWriter.ToString());

        foreach (var enumSpec in spec.Enums)
        {
            var writer = new SourceWriter();
            GeneratedFile.WriteHeader(writer, origin, spec.Namespace);
            ChartEnumEmitter.Write(writer, enumSpec);
            yield return new GeneratedFile(GeneratedFile.HintFor(spec.Namespace, enumSpec.Name), writer.ToString());
        }
    }
}
