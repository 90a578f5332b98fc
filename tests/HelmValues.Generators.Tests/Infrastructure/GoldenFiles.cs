using HelmValues.Testing;

namespace HelmValues.Generators.Tests.Infrastructure;

/// <summary>
/// Compares generated sources with checked-in files under <c>Expected/{scenario}/{hintName}.txt</c>
/// (<c>HELMVALUES_UPDATE_EXPECTED=1</c> rewrites them).
/// </summary>
internal static class GoldenFiles
{
    private const string VersionPlaceholder = "%VERSION%";

    public static void Verify(string scenario, IEnumerable<(string HintName, string Text)> generated) =>
        ExpectedFiles.VerifyDirectory(
            Path.Combine(Fixtures.TestProjectDirectory, "Expected", scenario),
            generated.ToDictionary(g => g.HintName + ".txt", g => Normalize(g.Text), StringComparer.Ordinal)
        );

    // The product version changes with every release; the golden files should not.
    private static string Normalize(string text) =>
        text.Replace($"\"HelmValues.Generators\", \"{GeneratorVersion.Value}\"", $"\"HelmValues.Generators\", \"{VersionPlaceholder}\"");
}
