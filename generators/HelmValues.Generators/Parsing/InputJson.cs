using System.Collections.Generic;
using HelmValues.Generators.Diagnostics;
using HelmValues.Generators.Json;
using HelmValues.Generators.Model;

namespace HelmValues.Generators.Parsing;

/// <summary>Parses an input file's JSON, reporting HV0001 at the first syntax error.</summary>
internal static class InputJson
{
    /// <summary>The root node, or null after adding the syntax error to <paramref name="diagnostics"/>.</summary>
    public static JsonNode? Parse(InputFile file, List<DiagnosticInfo> diagnostics)
    {
        var result = JsonParser.Parse(file.Path, file.Text);
        if (result.Root is null)
        {
            diagnostics.Add(
                DiagnosticInfo.At(
                    DiagnosticDescriptors.InvalidJson,
                    result.Source,
                    result.ErrorOffset,
                    result.ErrorOffset,
                    file.Path,
                    result.Error!
                )
            );
        }

        return result.Root;
    }
}
