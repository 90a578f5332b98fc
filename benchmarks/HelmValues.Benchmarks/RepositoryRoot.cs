using System;
using System.IO;

namespace HelmValues.Benchmarks;

/// <summary>The repository the benchmarks run from, for the files they read (schemas, chart fixtures).</summary>
internal static class RepositoryRoot
{
    /// <summary>The nearest folder above the benchmark's binaries that holds <c>Values.sln</c>.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = AppContext.BaseDirectory; directory is not null; directory = System.IO.Path.GetDirectoryName(directory))
        {
            if (File.Exists(System.IO.Path.Combine(directory, "Values.sln")))
            {
                return directory;
            }
        }

        throw new InvalidOperationException("Values.sln not found above " + AppContext.BaseDirectory);
    }
}
