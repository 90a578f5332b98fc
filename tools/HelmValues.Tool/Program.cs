using System;

namespace HelmValues.Tool;

/// <summary>The entry point of <c>helmvalues</c>.</summary>
public static class Program
{
    /// <summary>Runs the command line against the console: 0 when all is well, 1 when problems were found, 2 for a usage error.</summary>
    /// <param name="args">The arguments.</param>
    public static int Main(string[] args) =>
        HelmValuesCommand.Run(args, new ToolConsole(Console.In, Console.Out, Console.Error, Colour: ToolConsole.ColourWanted()));
}
