using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HelmValues.Validation;

namespace HelmValues.Output;

/// <summary>
/// The command line of a program that writes an <see cref="OutputSet"/>: the same options, messages and exit codes for every
/// app, script and CI job built on HelmValues.
/// </summary>
/// <remarks>
/// <list type="table">
/// <item><term>(no option)</term><description>write the files to <see cref="DefaultDirectory"/></description></item>
/// <item><term><c>--out DIR</c></term><description>write them to DIR</description></item>
/// <item><term><c>--check DIR</c></term><description>write nothing; exit 1 when DIR is stale, with the
/// <see cref="ChangeReport"/>, a unified diff of each file and the command that regenerates it</description></item>
/// <item><term><c>--report FORMAT</c></term><description>print only the change report (text, markdown or json): with
/// <c>--check</c>, what is stale; with a write, what the write changed (a commit body)</description></item>
/// <item><term><c>--help</c>, <c>-h</c></term><description>print the usage</description></item>
/// </list>
/// Exit codes: <see cref="Success"/>, <see cref="Failure"/> (invalid values, a stale directory, a file that cannot be written),
/// <see cref="UsageError"/> (anything else on the command line, so a typo in a CI job fails it). Quiet on success: a write lists
/// only the files it changed, a check that passes prints nothing.
/// </remarks>
/// <example>
/// The whole of a single-file app's <c>Main</c>:
/// <code>
/// return new OutputCommandLine("dotnet run app.cs --").Run(args, () => stack.Build().ToOutput());
/// </code>
/// <c>dotnet run app.cs -- --check out</c> on a stale <c>out</c> prints
/// <code>
/// values.yaml
///   config.max-in-flight: 25 → 50
///
/// --- out/values.yaml (committed)
/// +++ out/values.yaml (generated)
/// @@ -4 +4 @@
/// -  max-in-flight: 25
/// +  max-in-flight: 50
/// out is stale (1 file differs). Regenerate it with: dotnet run app.cs -- --out out
/// </code>
/// </example>
public sealed class OutputCommandLine
{
    /// <summary>Exit code: done.</summary>
    public const int Success = 0;

    /// <summary>Exit code: the values are invalid, the checked directory is stale, or a file could not be written.</summary>
    public const int Failure = 1;

    /// <summary>Exit code: the command line is not one this program understands.</summary>
    public const int UsageError = 2;

    /// <summary>Creates the command line of a program.</summary>
    /// <param name="command">
    /// How users run the program, up to its own arguments: <c>dotnet run app.cs --</c>. Shown in the usage and in the command
    /// that regenerates a stale directory.
    /// </param>
    /// <exception cref="ArgumentException"><paramref name="command"/> is empty.</exception>
    public OutputCommandLine(string command)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(command);
        Command = command;
    }

    /// <summary>How users run the program, up to its own arguments.</summary>
    public string Command { get; }

    /// <summary>Where the files go when no <c>--out</c> is given. Default: <c>out</c>.</summary>
    public string DefaultDirectory { get; init; } = "out";

    /// <summary>Options for writing and checking (whether Secrets with credentials may be written).</summary>
    public OutputOptions Options { get; init; } = new();

    /// <summary>Where reports go. Default: <see cref="Console.Out"/>.</summary>
    public TextWriter Out { get; init; } = Console.Out;

    /// <summary>Where errors and the usage after a usage error go. Default: <see cref="Console.Error"/>.</summary>
    public TextWriter Error { get; init; } = Console.Error;

    /// <summary>The usage text, as <c>--help</c> prints it.</summary>
    public string Usage =>
        $"""
            Usage: {Command} [--out DIR | --check DIR] [--report FORMAT] | --help

              (no option)       write the files to {DefaultDirectory}
              --out DIR         write the files to DIR
              --check DIR       write nothing; fail when DIR is not what this program writes, showing what changed and a diff
              --report FORMAT   print only the change report, as text, markdown or json (with --out: what the write changed)
              --help            show this help

            Exit codes: 0 done, 1 invalid values or a stale directory, 2 a command line this program does not understand.

            """;

    /// <summary>Runs the program: parses <paramref name="args"/>, then writes or checks what <paramref name="output"/> produces.</summary>
    /// <param name="args">The program's arguments.</param>
    /// <param name="output">
    /// Produces the files. Called only when there is something to write or check (not for <c>--help</c> or a usage error);
    /// a <see cref="ValidationException"/> or <see cref="FormatException"/> it throws, like a file that cannot be read or
    /// written, is reported with exit code 1.
    /// </param>
    /// <returns>The exit code: <see cref="Success"/>, <see cref="Failure"/> or <see cref="UsageError"/>.</returns>
    public int Run(IReadOnlyList<string> args, Func<OutputSet> output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);

        var (command, usageError) = Parse(args);
        if (usageError is not null)
        {
            Error.Write($"error: {usageError}\n\n{Usage}");
            return UsageError;
        }

        if (command.Mode == Mode.Help)
        {
            Out.Write(Usage);
            return Success;
        }

        try
        {
            var set = output();
            return command.Mode == Mode.Check ? Check(set, command) : Write(set, command);
        }
        catch (ValidationException e)
        {
            // "2 errors:" and one line per error, each with its path.
            Error.Write(e.Message + "\n");
            return Failure;
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            Error.Write($"error: {e.Message}\n");
            return Failure;
        }
    }

    private enum Mode
    {
        Write,
        Check,
        Help,
    }

    private sealed record ParsedCommand(Mode Mode, string Directory, ChangeReportFormat? Report);

    private (ParsedCommand Command, string? Error) Parse(IReadOnlyList<string> args)
    {
        var command = new ParsedCommand(Mode.Write, DefaultDirectory, null);
        var directoryGiven = false;
        for (var i = 0; i < args.Count; i++)
        {
            var option = args[i];
            if (option is "--help" or "-h")
            {
                return args.Count == 1 ? (command with { Mode = Mode.Help }, null) : (command, $"{option} takes no other argument");
            }

            if (option is not ("--out" or "--check" or "--report"))
            {
                return (command, $"unknown argument `{option}`");
            }

            if (i + 1 == args.Count || args[i + 1].StartsWith('-'))
            {
                return (command, $"{option} needs a value: {option} {(option == "--report" ? "FORMAT" : "DIR")}");
            }

            var value = args[++i];
            if (option == "--report")
            {
                ChangeReportFormat? format = value switch
                {
                    "text" => ChangeReportFormat.Text,
                    "markdown" => ChangeReportFormat.Markdown,
                    "json" => ChangeReportFormat.Json,
                    _ => null,
                };
                if (format is null || command.Report is not null)
                {
                    return (command, $"--report takes one of text, markdown or json, once, not `{value}`");
                }

                command = command with { Report = format };
            }
            else if (directoryGiven)
            {
                return (command, "give one of --out DIR and --check DIR");
            }
            else
            {
                directoryGiven = true;
                command = command with { Mode = option == "--check" ? Mode.Check : Mode.Write, Directory = value };
            }
        }

        return (command, null);
    }

    private int Write(OutputSet set, ParsedCommand command)
    {
        // The report compares with what is there now, so it is made before the write changes it.
        var changes = command.Report is null ? null : ChangeReport.Compare(set, command.Directory);
        var report = OutputWriter.Write(set, command.Directory, Options);
        if (changes is not null)
        {
            Out.Write(changes.Format(command.Report!.Value));
            return Success;
        }

        foreach (var line in report.Lines(command.Directory))
        {
            Out.Write(line + "\n");
        }

        if (report.Written.Count + report.Removed.Count > 0 && set.SetupCommands.Count > 0)
        {
            Out.Write("Create these in the cluster first (the files reference them):\n");
            foreach (var setup in set.SetupCommands)
            {
                Out.Write($"  {setup}\n");
            }
        }

        return Success;
    }

    private int Check(OutputSet set, ParsedCommand command)
    {
        var directory = command.Directory;
        var report = OutputChecker.Check(set, directory, Options);
        if (report.IsUpToDate)
        {
            return Success;
        }

        Out.Write(ChangeReport.Compare(set, directory).Format(command.Report ?? ChangeReportFormat.Text));
        if (command.Report is null)
        {
            var generated = set.Files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
            generated[OutputSet.IndexFileName] = set.IndexContent;
            var differing = report.Missing.Concat(report.Changed).Concat(report.Stale).Order(StringComparer.Ordinal);
            Out.Write("\n");
            foreach (var path in differing)
            {
                var committed = AtomicFile.Read(new OutputFile(path, "").FullPath(directory));
                Out.Write(UnifiedDiff.Format(OutputReport.PathBelow(directory, path), committed, generated.GetValueOrDefault(path)));
            }
        }

        var count = report.Missing.Count + report.Changed.Count + report.Stale.Count;
        var files = count == 1 ? "1 file differs" : $"{count} files differ";
        Error.Write($"{directory} is stale ({files}). Regenerate it with: {Command} --out {ShellWord(directory)}\n");
        return Failure;
    }

    private static string ShellWord(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || "/._-+=:@".Contains(c, StringComparison.Ordinal))
            ? word
            : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
