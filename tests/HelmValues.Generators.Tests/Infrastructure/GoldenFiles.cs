namespace HelmValues.Generators.Tests.Infrastructure;

/// <summary>
/// Compares generated sources with checked-in files under <c>Expected/{scenario}/{hintName}.txt</c>.
/// Run with <c>HELMVALUES_UPDATE_EXPECTED=1</c> to rewrite them (and delete stale ones), then review the diff.
/// </summary>
internal static class GoldenFiles
{
    private const string VersionPlaceholder = "%VERSION%";

    public static bool Updating => Environment.GetEnvironmentVariable("HELMVALUES_UPDATE_EXPECTED") == "1";

    public static void Verify(string scenario, IEnumerable<(string HintName, string Text)> generated)
    {
        var directory = Path.Combine(Fixtures.TestProjectDirectory, "Expected", scenario);
        var files = generated.ToDictionary(g => g.HintName + ".txt", g => Normalize(g.Text), StringComparer.Ordinal);
        if (Updating)
        {
            Update(directory, files);
            return;
        }

        Directory.Exists(directory).ShouldBeTrue($"no expected files for {scenario}; run with HELMVALUES_UPDATE_EXPECTED=1");
        var expectedNames = Directory.GetFiles(directory, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        string.Join("\n", files.Keys.Order(StringComparer.Ordinal))
            .ShouldBe(string.Join("\n", expectedNames), $"the set of generated files of {scenario}");
        foreach (var (name, text) in files)
        {
            text.ShouldBe(File.ReadAllText(Path.Combine(directory, name)), $"{scenario}/{name}");
        }
    }

    private static void Update(string directory, Dictionary<string, string> files)
    {
        Directory.CreateDirectory(directory);
        foreach (var stale in Directory.GetFiles(directory, "*.txt").Where(f => !files.ContainsKey(Path.GetFileName(f))))
        {
            File.Delete(stale);
        }

        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(directory, name), text);
        }
    }

    // The product version changes with every release; the golden files should not.
    private static string Normalize(string text) =>
        text.Replace($"\"HelmValues.Generators\", \"{GeneratorVersion.Value}\"", $"\"HelmValues.Generators\", \"{VersionPlaceholder}\"");
}
