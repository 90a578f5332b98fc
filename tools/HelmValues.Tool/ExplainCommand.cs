using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace HelmValues.Tool;

/// <summary><c>helmvalues explain config.pod-spec-patch</c>: a key's type, description, default and rules.</summary>
internal static class ExplainCommand
{
    public static Command Create(ToolConsole console)
    {
        var key = new Argument<string>("key")
        {
            Description =
                "The key, its parents separated by dots; '[]' after a list's key for its items (config.pod-spec-patch.containers[].image).",
        };
        var chart = new Option<string>("--chart")
        {
            Description = $"The bundled chart ({string.Join(", ", BundledCharts.Names)}).",
            DefaultValueFactory = _ => BundledCharts.Default,
        };
        var command = new Command(
            "explain",
            "Says what a key is: its type, description, rules (the controller's included) and the chart's default."
        )
        {
            key,
            chart,
        };
        command.SetAction(parsed => Run(console, parsed.GetValue(key)!, parsed.GetValue(chart)!));
        return command;
    }

    private static int Run(ToolConsole console, string key, string chartName)
    {
        if (BundledCharts.Chart(chartName) is not { } chart)
        {
            console.Error.WriteLine(
                $"helmvalues explain: no bundled chart '{chartName}' (known: {string.Join(", ", BundledCharts.Names)})"
            );
            return HelmValuesCommand.Usage;
        }

        using var document = JsonDocument.Parse(chart.StrictSchemaJson);
        var segments = key.Split('.', StringSplitOptions.RemoveEmptyEntries);
        if (new SchemaExplainer(document.RootElement).Find(segments, out var failedAt, out var known) is not { } schema)
        {
            console.Error.WriteLine(
                known.Count > 0
                    ? $"helmvalues explain: no key '{failedAt}' in {key} (known there: {string.Join(", ", known)})"
                    : $"helmvalues explain: no key '{failedAt}' in {key}"
            );
            return HelmValuesCommand.Problems;
        }

        console.Out.WriteLine(key);
        foreach (var line in SchemaExplainer.Describe(schema))
        {
            console.Out.WriteLine("  " + line);
        }

        console.Out.WriteLine("  default: " + (Default(chart.DefaultsYaml, segments) ?? "none in the chart's values.yaml"));
        return HelmValuesCommand.Ok;
    }

    // The chart's own default for the key, as YAML on one line where it fits.
    private static string? Default(string? defaultsYaml, string[] segments)
    {
        if (defaultsYaml is null || segments.Any(s => s.EndsWith("[]", StringComparison.Ordinal)))
        {
            return null;
        }

        var stream = new YamlStream();
        stream.Load(new StringReader(defaultsYaml));
        YamlNode? node = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
        foreach (var segment in segments)
        {
            node =
                node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(segment), out var child) ? child : null;
        }

        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return scalar.Value ?? "null";
        }

        var text = new StringWriter();
        new YamlStream(new YamlDocument(node)).Save(text, assignAnchors: false);
        return "\n" + string.Join("\n", text.ToString().TrimEnd().Split('\n').Where(l => l != "...").Select(l => "    " + l));
    }
}
