using System.Diagnostics;

namespace HelmValues.Testing;

/// <summary>The output of one command.</summary>
internal sealed record CommandResult(string Command, int ExitCode, string Output, string Error)
{
    /// <summary>Everything the command printed, for assertion messages.</summary>
    public string Log => $"$ {Command}\n(exit code {ExitCode})\n{Output}\n{Error}";

    public CommandResult ShouldSucceed()
    {
        ExitCode.ShouldBe(0, Log);
        return this;
    }
}

/// <summary>Runs a program in a child process with the environment a shell would give it, not the one <c>dotnet test</c> sets.</summary>
internal static class Command
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>Runs <paramref name="executable"/>; <paramref name="environment"/> sets (or, with null, removes) variables.</summary>
    public static CommandResult Run(
        string executable,
        string workingDirectory,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string?>? environment = null
    )
    {
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // `dotnet test` runs us with MSBuild's own variables set (MSBuildExtensionsPath, MSBUILD_EXE_PATH, ...): a child build must
        // find its SDK by itself, as it does from a shell.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        var command = Path.GetFileName(executable) + " " + string.Join(" ", start.ArgumentList);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + command);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{command} did not finish within {Timeout}");
        }

        process.WaitForExit();
        return new CommandResult(command, process.ExitCode, output.Result, error.Result);
    }
}
