using HelmValues.Testing;

namespace HelmValues.PackageTests;

/// <summary>
/// A fresh clone of the repository as it is now, uncommitted changes included: the files git would commit (tracked and untracked,
/// .gitignore applied, so no bin/ or obj/), committed into a new repository of their own. Builds and packs run there never touch
/// the repository's bin/ and obj/.
/// </summary>
internal static class ScratchClone
{
    /// <summary>Creates the clone in <paramref name="directory"/> and returns its path.</summary>
    public static string Create(string directory)
    {
        var files = Git(Repository.Root, "ls-files", "--cached", "--others", "--exclude-standard", "-z").Output.Split('\0');
        foreach (var file in files.Where(f => f.Length > 0 && File.Exists(Path.Combine(Repository.Root, f))))
        {
            var target = Path.Combine(directory, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(Repository.Root, file), target);
        }

        Git(directory, "init", "--quiet");
        Git(directory, "add", "--all");
        Git(directory, "-c", "user.name=HelmValues tests", "-c", "user.email=tests@helmvalues.invalid", "commit", "--quiet", "-m", "clone");
        return directory;
    }

    /// <summary>Runs git in <paramref name="directory"/>; it must succeed.</summary>
    public static CommandResult Git(string directory, params string[] arguments) =>
        Command.Run("git", directory, arguments).ShouldSucceed();
}
