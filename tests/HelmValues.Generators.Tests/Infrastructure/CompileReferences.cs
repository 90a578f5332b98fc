using Microsoft.CodeAnalysis;

namespace HelmValues.Generators.Tests.Infrastructure;

/// <summary>
/// What a user's net8.0 project compiles generated code against: the net8.0 reference assemblies, KubernetesClient,
/// YamlDotNet (listed by the build in <c>compile-references.txt</c>) and HelmValues.dll. Loaded once per test run:
/// Roslyn reads each assembly's metadata once and shares it between compilations.
/// </summary>
internal static class CompileReferences
{
    public static IReadOnlyList<MetadataReference> All { get; } = Load();

    private static MetadataReference[] Load()
    {
        var listed = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "compile-references.txt")).Where(line => line.Length > 0);
        return listed
            .Append(Path.Combine(AppContext.BaseDirectory, "HelmValues.dll"))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();
    }
}
