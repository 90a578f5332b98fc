using System.CommandLine;

namespace HelmValues.Tool;

/// <summary>The <c>helmvalues</c> command line: <c>lint</c>, <c>schema</c> and <c>explain</c>.</summary>
/// <remarks>
/// Built on System.CommandLine: the .NET team's parser, with POSIX and Windows conventions, <c>--help</c> on every
/// command, typo suggestions and completions, and no reflection or source generator to learn (ConsoleAppFramework's
/// strength, speed of a generated parser, matters little for a linter that starts once per CI job).
/// </remarks>
internal static class HelmValuesCommand
{
    /// <summary>Exit code: nothing wrong.</summary>
    public const int Ok = 0;

    /// <summary>Exit code: the files have errors (or the key is unknown).</summary>
    public const int Problems = 1;

    /// <summary>Exit code: the command line itself is wrong, or an input cannot be read.</summary>
    public const int Usage = 2;

    /// <summary>Parses <paramref name="args"/> and runs the command.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="console">Where to read and write.</param>
    public static int Run(string[] args, ToolConsole console)
    {
        var root = new RootCommand(
            "Checks Helm values files as Helm and the Buildkite agent-stack-k8s controller read them, and exports the schema editors use."
        );
        root.Subcommands.Add(LintCommand.Create(console));
        root.Subcommands.Add(SchemaCommand.Create(console));
        root.Subcommands.Add(ExplainCommand.Create(console));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                console.Error.WriteLine($"helmvalues: {error.Message}");
            }

            console.Error.WriteLine("Run 'helmvalues --help' for usage.");
            return Usage;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error });
    }
}
