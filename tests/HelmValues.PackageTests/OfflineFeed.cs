using HelmValues.Testing;

namespace HelmValues.PackageTests;

/// <summary>
/// A NuGet.config that restores offline: HelmValues only from the temporary feed, everything else from the global packages folder
/// that <c>dotnet test Values.sln</c> has already filled, into a packages folder of its own (so no stale HelmValues can be used).
/// </summary>
internal static class OfflineFeed
{
    private static readonly Lazy<string> GlobalPackages = new(FindGlobalPackagesFolder);

    public static void WriteNuGetConfig(string directory, string packagesFolder) =>
        File.WriteAllText(
            Path.Combine(directory, "NuGet.config"),
            $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{packagesFolder}" />
              </config>
              <packageSources>
                <clear />
                <add key="helmvalues" value="{PackedPackage.Feed}" />
                <add key="global-packages" value="{GlobalPackages.Value}" />
              </packageSources>
              <fallbackPackageFolders>
                <clear />
              </fallbackPackageFolders>
              <packageSourceMapping>
                <packageSource key="helmvalues">
                  <package pattern="HelmValues" />
                </packageSource>
                <packageSource key="global-packages">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>

            """
        );

    /// <summary>
    /// The user-level NuGet.config of a fresh machine whose one package source, named nuget.org, is the global packages folder
    /// <c>dotnet test</c> filled: what <c>dotnet nuget add source</c> edits and every restore in that home reads.
    /// </summary>
    public static void WriteUserNuGetConfig(string home)
    {
        var directory = Path.Combine(home, ".nuget", "NuGet");
        Directory.CreateDirectory(directory);
        WriteSingleSourceConfig(Path.Combine(directory, "NuGet.Config"), "nuget.org", GlobalPackages.Value);
    }

    /// <summary>A NuGet.config at <paramref name="path"/> whose one package source is <paramref name="folder"/>.</summary>
    public static void WriteSingleSourceConfig(string path, string name, string folder) =>
        File.WriteAllText(
            path,
            $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="{name}" value="{folder}" />
              </packageSources>
            </configuration>

            """
        );

    /// <summary>Environment for a restore that must fill its own packages folder (NUGET_PACKAGES would override it).</summary>
    public static IReadOnlyDictionary<string, string?> Environment { get; } = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = null };

    // Where `dotnet test Values.sln` restored the packages: YamlDotNet, KubernetesClient and their dependencies are there.
    private static string FindGlobalPackagesFolder()
    {
        var result = DotNet.Run(Repository.Root, ["nuget", "locals", "global-packages", "--list"]).ShouldSucceed();
        const string prefix = "global-packages: ";
        return result.Output.Split('\n').Single(l => l.StartsWith(prefix, StringComparison.Ordinal))[prefix.Length..].Trim();
    }
}
