using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using HelmValues.Charts;
using HelmValues.Validation;

namespace HelmValues.Tool;

/// <summary><c>helmvalues lint -f values.yaml [-f more.yaml …]</c>: every problem, as Helm and the controller would find it.</summary>
internal static class LintCommand
{
    private const string StdinName = "<stdin>";

    public static Command Create(ToolConsole console)
    {
        var files = new Option<string[]>("--file", "-f")
        {
            Description = "A values file, as 'helm -f' takes it; repeat it for layers (later files win). '-' reads standard input.",
            Required = true,
        };
        var chart = new Option<string?>("--chart")
        {
            Description =
                $"The bundled chart to check against ({string.Join(", ", BundledCharts.Names)}); the default unless --schema is given.",
        };
        var schema = new Option<FileInfo?>("--schema") { Description = "Any chart's values.schema.json, instead of a bundled chart." };
        var defaults = new Option<FileInfo?>("--defaults")
        {
            Description = "With --schema: the chart's values.yaml, which Helm coalesces under the files.",
        };
        var format = new Option<ProblemFormat>("--format")
        {
            Description = "text (file(line,col): error CODE: …), github (workflow annotations) or json.",
            DefaultValueFactory = _ => ProblemFormat.Text,
        };

        var command = new Command(
            "lint",
            "Checks values files layered like 'helm -f', over the chart's defaults: exit 0 when clean, 1 on errors, 2 on usage errors."
        )
        {
            files,
            chart,
            schema,
            defaults,
            format,
        };
        command.SetAction(parsed =>
            Run(
                console,
                parsed.GetValue(files) ?? [],
                parsed.GetValue(chart),
                parsed.GetValue(schema),
                parsed.GetValue(defaults),
                parsed.GetValue(format)
            )
        );
        return command;
    }

    private static int Run(
        ToolConsole console,
        string[] paths,
        string? chartName,
        FileInfo? schema,
        FileInfo? defaults,
        ProblemFormat format
    )
    {
        if (schema is not null && chartName is not null)
        {
            return UsageError(console, "give either --chart or --schema, not both");
        }

        if (defaults is not null && schema is null)
        {
            return UsageError(console, "--defaults goes with --schema (a bundled chart has its own)");
        }

        chartName ??= BundledCharts.Default;
        if (schema is null && BundledCharts.Chart(chartName) is null)
        {
            return UsageError(console, $"no bundled chart '{chartName}' (known: {string.Join(", ", BundledCharts.Names)})");
        }

        var files = new List<ValuesFile>(paths.Length);
        foreach (var path in paths)
        {
            if (Read(console, path) is not { } file)
            {
                return HelmValuesCommand.Usage;
            }

            files.Add(file);
        }

        IReadOnlyList<ValidationError> problems;
        if (schema is null)
        {
            problems = BundledCharts.Lint(chartName, [.. files]);
        }
        else
        {
            if (ReadText(console, schema.FullName) is not { } schemaJson)
            {
                return HelmValuesCommand.Usage;
            }

            var defaultsYaml = defaults is null ? null : ReadText(console, defaults.FullName);
            if (defaults is not null && defaultsYaml is null)
            {
                return HelmValuesCommand.Usage;
            }

            var name = schema.Directory?.Name ?? "chart";
            problems = new HelmChart(name, schemaJson, defaultsYaml).Check([.. files]).Problems;
        }

        ProblemWriter.Write(console.Out, problems, format, console.Colour && format == ProblemFormat.Text);
        var errors = problems.Count(p => p.Severity == ValidationSeverity.Error);
        if (format == ProblemFormat.Text)
        {
            console.Error.WriteLine($"{errors} error(s), {problems.Count - errors} warning(s) in {files.Count} file(s)");
        }

        return errors > 0 ? HelmValuesCommand.Problems : HelmValuesCommand.Ok;
    }

    private static ValuesFile? Read(ToolConsole console, string path) =>
        path == "-" ? new ValuesFile(StdinName, console.In.ReadToEnd())
        : ReadText(console, path) is { } text ? new ValuesFile(path, text)
        : null;

    private static string? ReadText(ToolConsole console, string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"helmvalues: cannot read {path}: {e.Message}");
            return null;
        }
    }

    private static int UsageError(ToolConsole console, string message)
    {
        console.Error.WriteLine($"helmvalues lint: {message}");
        return HelmValuesCommand.Usage;
    }
}
