using System;
using System.IO;

namespace HelmValues.Tool;

/// <summary>Where a command reads and writes: the real console, or writers a test gives.</summary>
/// <param name="In">Standard input (for <c>-f -</c>).</param>
/// <param name="Out">Results.</param>
/// <param name="Error">Usage errors and notes.</param>
/// <param name="Colour">Whether to colour the text format (only ever on a terminal).</param>
internal sealed record ToolConsole(TextReader In, TextWriter Out, TextWriter Error, bool Colour = false)
{
    /// <summary>Colour only when standard output is a terminal and <c>NO_COLOR</c> is not set (https://no-color.org).</summary>
    public static bool ColourWanted() =>
        !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
}
