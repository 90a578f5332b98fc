using System;
using System.CommandLine;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace HelmValues.Tool;

/// <summary><c>helmvalues schema [-o values.schema.json]</c>: one self-contained JSON Schema, for editors and offline <c>helm lint</c>.</summary>
internal static class SchemaCommand
{
    public static Command Create(ToolConsole console)
    {
        var chart = new Option<string>("--chart")
        {
            Description = $"The bundled chart ({string.Join(", ", BundledCharts.Names)}).",
            DefaultValueFactory = _ => BundledCharts.Default,
        };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Where to write the schema; standard output if not given." };
        var chartOnly = new Option<bool>("--chart-schema-only")
        {
            Description = "The chart's own schema (what Helm checks), without the controller's rules.",
        };
        var command = new Command(
            "schema",
            "Writes the chart's values schema with the controller's rules (closed objects, enums, Go duration patterns), every $ref inlined: use it with '# yaml-language-server: $schema=…' or as a vendored chart's values.schema.json."
        )
        {
            chart,
            output,
            chartOnly,
        };
        command.SetAction(parsed => Run(console, parsed.GetValue(chart)!, parsed.GetValue(output), parsed.GetValue(chartOnly)));
        return command;
    }

    private static int Run(ToolConsole console, string chartName, FileInfo? output, bool chartOnly)
    {
        if (BundledCharts.Chart(chartName) is not { } chart)
        {
            console.Error.WriteLine($"helmvalues schema: no bundled chart '{chartName}' (known: {string.Join(", ", BundledCharts.Names)})");
            return HelmValuesCommand.Usage;
        }

        var text = Indented(chartOnly ? chart.SchemaJson : chart.StrictSchemaJson);
        if (output is null)
        {
            console.Out.Write(text);
            return HelmValuesCommand.Ok;
        }

        try
        {
            File.WriteAllText(output.FullName, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"helmvalues schema: cannot write {output.FullName}: {e.Message}");
            return HelmValuesCommand.Usage;
        }

        console.Error.WriteLine($"wrote {output.FullName}");
        return HelmValuesCommand.Ok;
    }

    // Indented for people who open it; characters kept as they are (µs in the duration pattern), LF, final newline.
    private static string Indented(string json)
    {
        using var document = JsonDocument.Parse(json);
        using var buffer = new MemoryStream();
        using (
            var writer = new Utf8JsonWriter(
                buffer,
                new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }
            )
        )
        {
            document.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n") + "\n";
    }
}
