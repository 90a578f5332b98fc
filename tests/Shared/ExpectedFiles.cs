namespace HelmValues.Testing;

/// <summary>
/// Compares output with checked-in expected files. Run the tests with <c>HELMVALUES_UPDATE_EXPECTED=1</c> to rewrite
/// them (stale ones in a verified directory are deleted), then review the diff before committing. Under <c>CI=true</c>
/// the update mode is refused: CI compares, it never accepts.
/// </summary>
internal static class ExpectedFiles
{
    public const string UpdateVariable = "HELMVALUES_UPDATE_EXPECTED";

    public static bool Updating => IsUpdating(Environment.GetEnvironmentVariable(UpdateVariable), Environment.GetEnvironmentVariable("CI"));

    /// <summary>Whether to rewrite expected files, given the two variables; throws when asked to under CI.</summary>
    public static bool IsUpdating(string? update, string? ci)
    {
        if (update != "1")
        {
            return false;
        }

        if (string.Equals(ci, "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"{UpdateVariable}=1 rewrites expected files and passes; it is refused under CI=true, where tests must compare. Unset it."
            );
        }

        return true;
    }

    /// <summary>Checks one file: <paramref name="actual"/> must equal its text byte for byte.</summary>
    public static void VerifyFile(string path, string actual)
    {
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        File.Exists(path).ShouldBeTrue($"{path} does not exist; run with HELMVALUES_UPDATE_EXPECTED=1");
        actual.ShouldBe(File.ReadAllText(path), path);
    }

    /// <summary>Checks a whole directory: the same set of file names, and each file's text.</summary>
    public static void VerifyDirectory(string directory, IReadOnlyDictionary<string, string> files)
    {
        if (Updating && Directory.Exists(directory))
        {
            foreach (var stale in Directory.GetFiles(directory).Where(f => !files.ContainsKey(Path.GetFileName(f))))
            {
                File.Delete(stale);
            }
        }

        if (!Updating)
        {
            Directory.Exists(directory).ShouldBeTrue($"{directory} does not exist; run with HELMVALUES_UPDATE_EXPECTED=1");
            var expected = Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal);
            string.Join("\n", files.Keys.Order(StringComparer.Ordinal)).ShouldBe(string.Join("\n", expected), $"the files in {directory}");
        }

        foreach (var (name, text) in files)
        {
            VerifyFile(Path.Combine(directory, name), text);
        }
    }
}
