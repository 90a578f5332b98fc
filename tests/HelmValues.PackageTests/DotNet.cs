using HelmValues.Testing;

namespace HelmValues.PackageTests;

/// <summary>Runs the <c>dotnet</c> CLI in a child process, as a user would from a shell.</summary>
internal static class DotNet
{
    /// <summary>The muxer running these tests (<c>DOTNET_HOST_PATH</c>), else the one on the PATH.</summary>
    private static string Executable => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/>; <paramref name="environment"/> sets (or, with null, removes) variables.</summary>
    public static CommandResult Run(
        string workingDirectory,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string?>? environment = null
    ) => Command.Run(Executable, workingDirectory, arguments, environment);
}
