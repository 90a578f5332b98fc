using System.Reflection;
using HelmValues.Testing;

namespace HelmValues.PackageTests;

/// <summary>
/// Packs src/HelmValues once per test run, into a temporary feed, with every build output in a temporary artifacts folder: the
/// pack never touches the repository's bin/ and obj/, which a concurrent <c>dotnet test Values.sln</c> may be building.
/// </summary>
[SetUpFixture]
public sealed class PackedPackage
{
    /// <summary>The temporary folder holding the feed, the build artifacts and the consumer project.</summary>
    public static string Root { get; private set; } = "";

    /// <summary>The folder source holding only the package under test.</summary>
    public static string Feed => Path.Combine(Root, "feed");

    /// <summary>The product version, from Directory.Build.props: the package's version without its prerelease suffix.</summary>
    public static string ProductVersion { get; } =
        typeof(PackedPackage).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "HelmValuesVersion").Value!;

    /// <summary>The version the package was packed with: a local pack's, named by the sources (Directory.Build.targets).</summary>
    public static string Version { get; private set; } = "";

    /// <summary>The packed <c>.nupkg</c>.</summary>
    public static string Nupkg => Path.Combine(Feed, $"HelmValues.{Version}.nupkg");

    [OneTimeSetUp]
    public void Pack()
    {
        Root = Path.Combine(Path.GetTempPath(), "helmvalues-package-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);

        DotNet
            .Run(
                Repository.Root,
                [
                    "pack",
                    Repository.PathOf("src", "HelmValues", "HelmValues.csproj"),
                    "-c",
                    "Release",
                    "-o",
                    Feed,
                    "--artifacts-path",
                    Path.Combine(Root, "artifacts"),
                    "--disable-build-servers",
                    "-warnaserror",
                ]
            )
            .ShouldSucceed();
        var packed = Directory.GetFiles(Feed).Select(Path.GetFileName).ShouldHaveSingleItem()!;
        packed.ShouldStartWith($"HelmValues.{ProductVersion}-dev.");
        Version = packed["HelmValues.".Length..^".nupkg".Length];
    }

    [OneTimeTearDown]
    public void Delete()
    {
        if (Root.Length > 0 && Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
