using HelmValues.Output;
using HelmValues.Validation;

namespace HelmValues.Tests.Output;

/// <summary>Writing a set to a directory: deterministic, atomic, tidy, and never touching what it did not write.</summary>
public class OutputWriterTests
{
    private string _directory = "";

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("helmvalues-output-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    private static OutputSet Set(params (string Path, string Content)[] files) => new(files.Select(f => new OutputFile(f.Path, f.Content)));

    [Test]
    public void Writes_every_file_and_an_index_of_them()
    {
        var report = OutputWriter.Write(Set(("values.yaml", "a: 1\n"), ("manifests/x.yaml", "b: 2\n")), _directory);

        report.Written.ShouldBe(["manifests/x.yaml", "values.yaml"]);
        File.ReadAllText(Path.Combine(_directory, "values.yaml")).ShouldBe("a: 1\n");
        File.ReadAllText(Path.Combine(_directory, "manifests", "x.yaml")).ShouldBe("b: 2\n");
        File.ReadAllText(Path.Combine(_directory, OutputSet.IndexFileName))
            .ShouldBe($"{GeneratedHeader.Line}\nmanifests/x.yaml\nvalues.yaml\n");
    }

    [Test]
    public void Writing_twice_gives_identical_bytes_and_leaves_unchanged_files_alone()
    {
        var set = Set(("values.yaml", "a: 1\n"));
        OutputWriter.Write(set, _directory);
        var first = File.ReadAllBytes(Path.Combine(_directory, "values.yaml"));
        var written = File.GetLastWriteTimeUtc(Path.Combine(_directory, "values.yaml"));

        var report = OutputWriter.Write(set, _directory);

        report.Written.ShouldBeEmpty();
        report.Unchanged.ShouldBe(["values.yaml"]);
        File.ReadAllBytes(Path.Combine(_directory, "values.yaml")).ShouldBe(first);
        File.GetLastWriteTimeUtc(Path.Combine(_directory, "values.yaml")).ShouldBe(written);
    }

    [Test]
    public void Removes_files_it_wrote_before_but_never_files_it_did_not_write()
    {
        OutputWriter.Write(Set(("values.yaml", "a\n"), ("manifests/old.yaml", "b\n")), _directory);
        File.WriteAllText(Path.Combine(_directory, "manifests", "mine.yaml"), "hand-written\n");
        File.WriteAllText(Path.Combine(_directory, "README.md"), "notes\n");

        var report = OutputWriter.Write(Set(("values.yaml", "a\n")), _directory);

        report.Removed.ShouldBe(["manifests/old.yaml"]);
        File.Exists(Path.Combine(_directory, "manifests", "old.yaml")).ShouldBeFalse();
        File.ReadAllText(Path.Combine(_directory, "manifests", "mine.yaml")).ShouldBe("hand-written\n");
        File.ReadAllText(Path.Combine(_directory, "README.md")).ShouldBe("notes\n");
    }

    [Test]
    public void A_hand_edited_index_cannot_make_it_delete_outside_the_directory()
    {
        var outside = Path.Combine(Path.GetDirectoryName(_directory)!, Path.GetFileName(_directory) + "-victim.txt");
        File.WriteAllText(outside, "keep me");
        File.WriteAllText(Path.Combine(_directory, OutputSet.IndexFileName), $"../{Path.GetFileName(outside)}\n/etc/hostname\n");

        OutputWriter.Write(Set(("values.yaml", "a\n")), _directory);

        File.ReadAllText(outside).ShouldBe("keep me");
        File.Delete(outside);
    }

    [Test]
    public void Leaves_no_temporary_files_behind()
    {
        OutputWriter.Write(Set(("values.yaml", "a\n"), ("manifests/x.yaml", "b\n")), _directory);
        OutputWriter.Write(Set(("values.yaml", "c\n")), _directory);

        Directory.GetFiles(_directory, "*.tmp-*", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Test]
    public void A_file_that_cannot_be_replaced_stops_the_write_before_the_index_and_leaves_no_temporary_file()
    {
        // A directory where values.yaml goes: its rename fails after the manifest's has succeeded.
        Directory.CreateDirectory(Path.Combine(_directory, "values.yaml", "inside"));

        var error = Should.Throw<IOException>(() =>
            OutputWriter.Write(Set(("values.yaml", "a\n"), ("manifests/x.yaml", "b\n")), _directory)
        );

        error.Message.ShouldContain(Path.Combine(_directory, "values.yaml"));
        File.ReadAllText(Path.Combine(_directory, "manifests", "x.yaml")).ShouldBe("b\n");
        File.Exists(Path.Combine(_directory, OutputSet.IndexFileName)).ShouldBeFalse();
        Directory.GetFiles(_directory, "*.tmp-*", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Test]
    public void A_file_that_cannot_be_created_stops_the_write_before_any_rename()
    {
        var tooLong = new string('n', 300) + ".yaml";

        var error = Should.Throw<IOException>(() => OutputWriter.Write(Set(("a.yaml", "a\n"), (tooLong, "b\n")), _directory));

        error.Message.ShouldContain(tooLong);
        Directory.GetFileSystemEntries(_directory).ShouldBeEmpty();
    }

    [Test]
    public void Refuses_secrets_without_the_opt_in_and_writes_nothing_at_all()
    {
        var set = new OutputSet([
            new OutputFile("values.yaml", "a\n"),
            new OutputFile("manifests/secret-aws.yaml", "kind: Secret\n", "kubectl create secret generic aws --from-literal=K='<K>'"),
        ]);
        var target = Path.Combine(_directory, "out");

        var exception = Should.Throw<ValidationException>(() => OutputWriter.Write(set, target));

        exception
            .Problems.Single()
            .ToString()
            .ShouldBe(
                "manifests/secret-aws.yaml: holds Secret values, which are not written unless secrets are explicitly allowed (OutputOptions.AllowSecrets). "
                    + "Create the Secret in the cluster instead and reference it as existing: kubectl create secret generic aws --from-literal=K='<K>'"
            );
        Directory.Exists(target).ShouldBeFalse();
        OutputWriter.Write(set, target, new OutputOptions { AllowSecrets = true }).Written.Count.ShouldBe(2);
    }

    [TestCase("/etc/passwd")]
    [TestCase("../outside.yaml")]
    [TestCase("a/../../b.yaml")]
    [TestCase("C:/x.yaml")]
    [TestCase("a\\b.yaml")]
    [TestCase(OutputSet.IndexFileName)]
    public void Paths_must_stay_inside_the_directory(string path)
    {
        Should.Throw<ArgumentException>(() => Set((path, "x"))).Message.ShouldContain(path + ": must be a relative path");
    }

    [Test]
    public void The_same_path_twice_is_refused()
    {
        Should.Throw<ArgumentException>(() => Set(("a.yaml", "1"), ("a.yaml", "2"))).Message.ShouldContain("a.yaml: appears 2 times");
    }
}
