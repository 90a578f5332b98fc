namespace HelmValues.Tool.Tests;

/// <summary>One in-process run of <c>helmvalues</c>: its exit code and what it wrote.</summary>
internal sealed record ToolRun(int ExitCode, string Out, string Error)
{
    /// <summary>The test files' folder.</summary>
    public static string Files => Path.Combine(TestContext.CurrentContext.TestDirectory, "Files");

    /// <summary>A file of the test files' folder.</summary>
    public static string File(params string[] parts) => Path.Combine([Files, .. parts]);

    /// <summary>Runs the command line with <paramref name="stdin"/> as standard input.</summary>
    public static ToolRun WithInput(string stdin, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exit = HelmValuesCommand.Run(args, new ToolConsole(new StringReader(stdin), output, error));
        return new ToolRun(exit, output.ToString(), error.ToString());
    }

    /// <summary>Runs the command line with nothing on standard input.</summary>
    public static ToolRun Of(params string[] args) => WithInput("", args);

    /// <summary>The output's lines.</summary>
    public IReadOnlyList<string> Lines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
