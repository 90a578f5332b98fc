using HelmValues.Output;

namespace HelmValues.Tests.Output;

/// <summary>A batch in each durability mode: the files land, the index last, and nothing temporary is left.</summary>
public class AtomicFileBatchTests
{
    private string _directory = "";

    [SetUp]
    public void CreateDirectory() => _directory = Path.Combine(Directory.CreateTempSubdirectory("helmvalues-batch-").FullName, "out");

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(Path.GetDirectoryName(_directory)!, recursive: true);

    // By name: Durability is internal, and a public test method cannot take it.
    [TestCase(nameof(Durability.None))]
    [TestCase(nameof(Durability.EachFile))]
    [TestCase(nameof(Durability.FileSystem))]
    public void Every_mode_writes_the_files_in_new_directories_and_leaves_nothing_temporary(string mode)
    {
        var durability = Enum.Parse<Durability>(mode);
        // Longer than the paths built on the stack (512 bytes) in UTF-8, and below missing directories: built on the heap.
        var deep = string.Join('/', Enumerable.Range(0, 4).Select(i => $"dossier-{i}-" + new string('é', 60)));
        using (var batch = new AtomicFileBatch(_directory, rootExists: false, durability))
        {
            batch.Stage("manifests/a.yaml", "a\n"u8);
            batch.Stage($"{deep}/ü.yaml", "u\n"u8);
            batch.Stage("values.yaml", "v\n"u8);
            batch.StageIndex("index", "i\n"u8);
            batch.Commit();
        }

        File.ReadAllText(Path.Combine(_directory, "manifests", "a.yaml")).ShouldBe("a\n");
        File.ReadAllText(Path.Combine(_directory, deep, "ü.yaml")).ShouldBe("u\n");
        File.ReadAllText(Path.Combine(_directory, "values.yaml")).ShouldBe("v\n");
        File.ReadAllText(Path.Combine(_directory, "index")).ShouldBe("i\n");
        Directory.GetFiles(_directory, "*.tmp-*", SearchOption.AllDirectories).ShouldBeEmpty();
        Directory.GetFileSystemEntries(Path.GetDirectoryName(_directory)!).ShouldBe([_directory]);
    }

    [TestCase(nameof(Durability.None))]
    [TestCase(nameof(Durability.EachFile))]
    [TestCase(nameof(Durability.FileSystem))]
    public void A_new_directory_appears_whole_at_the_commit_and_not_before(string mode)
    {
        IgnoreUnlessLinux();
        using var batch = new AtomicFileBatch(Path.Combine(_directory, "stack"), rootExists: false, Enum.Parse<Durability>(mode));
        batch.Stage("manifests/a.yaml", "a\n"u8);
        batch.StageIndex("index", "i\n"u8);

        Directory.Exists(Path.Combine(_directory, "stack")).ShouldBeFalse();
        batch.Commit();

        Directory.GetFiles(Path.Combine(_directory, "stack"), "*", SearchOption.AllDirectories).Length.ShouldBe(2);
        Directory.GetFileSystemEntries(_directory).ShouldBe([Path.Combine(_directory, "stack")]);
    }

    [Test]
    public void A_new_directory_not_committed_leaves_nothing_behind()
    {
        using (var batch = new AtomicFileBatch(_directory, rootExists: false, Durability.FileSystem))
        {
            batch.Stage("manifests/a.yaml", "a\n"u8);
            batch.Stage("values.yaml", "v\n"u8);
        }

        Directory.GetFileSystemEntries(Path.GetDirectoryName(_directory)!).ShouldBeEmpty();
    }

    [Test]
    public void A_new_directory_whose_name_was_taken_meanwhile_fails_and_leaves_the_other_alone()
    {
        IgnoreUnlessLinux();
        IOException error;
        using (var batch = new AtomicFileBatch(_directory, rootExists: false, Durability.None))
        {
            batch.Stage("values.yaml", "v\n"u8);
            batch.StageIndex("index", "i\n"u8);
            Directory.CreateDirectory(_directory);
            File.WriteAllText(Path.Combine(_directory, "theirs.yaml"), "theirs\n");
            error = Should.Throw<IOException>(batch.Commit);
        }

        error.Message.ShouldStartWith($"rename of '{_directory}.tmp-");
        error.Message.ShouldEndWith($"' to '{_directory}' failed");
        Directory.GetFileSystemEntries(Path.GetDirectoryName(_directory)!).ShouldBe([_directory]);
        Directory.GetFileSystemEntries(_directory).ShouldBe([Path.Combine(_directory, "theirs.yaml")]);
    }

    // A new directory is written whole (under a temporary name, then renamed) where files are written with libc's calls.
    private static void IgnoreUnlessLinux()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Ignore("Elsewhere a new directory is written file by file, as an existing one is.");
        }
    }

    [Test]
    public void A_batch_not_committed_removes_its_temporary_files_and_replaces_nothing()
    {
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Path.Combine(_directory, "values.yaml"), "old\n");

        using (var batch = new AtomicFileBatch(_directory, rootExists: true, Durability.FileSystem))
        {
            batch.Stage("values.yaml", "new\n"u8);
        }

        File.ReadAllText(Path.Combine(_directory, "values.yaml")).ShouldBe("old\n");
        Directory.GetFiles(_directory).ShouldBe([Path.Combine(_directory, "values.yaml")]);
    }

    [Test]
    public void Nothing_is_staged_after_the_index()
    {
        using var batch = new AtomicFileBatch(_directory, rootExists: false, Durability.None);
        batch.StageIndex("index", "i\n"u8);

        Should.Throw<InvalidOperationException>(() => batch.Stage("late.yaml", "x\n"u8));
    }

    [Test]
    public void A_file_that_cannot_be_created_fails_naming_its_temporary_path_and_leaves_nothing()
    {
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Path.Combine(_directory, "manifests"), "a file where a directory is needed");

        IOException error;
        using (var batch = new AtomicFileBatch(_directory, rootExists: true, Durability.None))
        {
            batch.Stage("values.yaml", "v\n"u8);
            error = Should.Throw<IOException>(() => batch.Stage("manifests/a.yaml", "a\n"u8));
        }

        error.Message.ShouldStartWith($"open of '{Path.Combine(_directory, "manifests", "a.yaml")}.tmp-");
        Directory.GetFileSystemEntries(_directory).ShouldBe([Path.Combine(_directory, "manifests")]);
    }
}
