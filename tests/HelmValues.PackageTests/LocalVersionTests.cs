using System.Text.RegularExpressions;
using HelmValues.Testing;

namespace HelmValues.PackageTests;

/// <summary>
/// A local pack is versioned by its sources (Directory.Build.targets), so it never collides with a cached copy of other content:
/// NuGet would silently keep using the copy it cached first.
/// </summary>
public partial class LocalVersionTests
{
    [Test]
    public void The_packed_version_is_the_product_version_with_the_commit_count_and_the_hash_of_the_working_tree()
    {
        var match = DevVersion().Match(PackedPackage.Version);

        match.Success.ShouldBeTrue(PackedPackage.Version);
        match.Groups["product"].Value.ShouldBe(PackedPackage.ProductVersion);
        match.Groups["commits"].Value.ShouldBe(ScratchClone.Git(Repository.Root, "rev-list", "--count", "HEAD").Output.Trim());
    }

    [Test]
    public void Any_change_to_the_sources_gives_another_version_and_undoing_it_gives_the_first_back()
    {
        var clone = ScratchClone.Create(Path.Combine(PackedPackage.Root, "version-clone"));
        var readme = Path.Combine(clone, "README.md");
        var original = File.ReadAllText(readme);

        var first = VersionOf(clone);
        File.AppendAllText(readme, "one more line\n");
        var edited = VersionOf(clone);
        File.WriteAllText(readme, original);
        File.WriteAllText(Path.Combine(clone, "src", "HelmValues", "Added.cs"), "// not committed yet\n");
        var added = VersionOf(clone);
        File.Delete(Path.Combine(clone, "src", "HelmValues", "Added.cs"));
        Directory.CreateDirectory(Path.Combine(clone, "src", "HelmValues", "bin"));
        File.WriteAllText(Path.Combine(clone, "src", "HelmValues", "bin", "ignored.txt"), "build output is not a source\n");
        var undone = VersionOf(clone);

        DevVersion().IsMatch(first).ShouldBeTrue(first);
        new[] { first, edited, added }.Distinct().Count().ShouldBe(3);
        undone.ShouldBe(first);
        VersionOf(clone, "-p:HelmValuesRelease=true").ShouldBe(PackedPackage.ProductVersion);
    }

    private static string VersionOf(string clone, params string[] properties) =>
        DotNet
            .Run(
                clone,
                ["msbuild", "src/HelmValues/HelmValues.csproj", "-t:HelmValuesPackageVersion", "-getProperty:PackageVersion", .. properties]
            )
            .ShouldSucceed()
            .Output.Trim();

    [GeneratedRegex(@"^(?<product>\d+\.\d+\.\d+)-dev\.(?<commits>\d+)\.t[0-9a-f]{12}$")]
    private static partial Regex DevVersion();
}
