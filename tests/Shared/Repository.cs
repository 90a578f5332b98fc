namespace HelmValues.Testing;

/// <summary>Paths in the source tree, found from the test binaries (CallerFilePath is mapped to /_/ in CI builds).</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        var directory = AppContext.BaseDirectory;
        while (directory is not null && !File.Exists(Path.Combine(directory, "Values.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("Values.sln not found above " + AppContext.BaseDirectory);
    }
}
