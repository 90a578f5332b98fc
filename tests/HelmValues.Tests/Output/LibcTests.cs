using System.ComponentModel;
using HelmValues.Output;

namespace HelmValues.Tests.Output;

/// <summary>The libc calls the writer makes on Linux: they do what .NET's would, and a failure names the call and the path.</summary>
public class LibcTests
{
    private string _directory = "";

    [SetUp]
    public void CreateDirectory()
    {
        Assume.That(Libc.WritesFiles, "only Linux writes files through libc");
        _directory = Directory.CreateTempSubdirectory("helmvalues-libc-").FullName;
    }

    [TearDown]
    public void DeleteDirectory()
    {
        if (_directory != "")
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Test]
    public void Creates_writes_flushes_and_renames_a_file_over_another()
    {
        var temporary = Path.Combine(_directory, "a.tmp");
        var target = Path.Combine(_directory, "a.yaml");
        File.WriteAllText(target, "old\n");

        var file = Libc.CreateNew(NativePath.Of(temporary));
        Libc.WriteAll(file, "new: ü\n"u8, NativePath.Of(temporary));
        Libc.Flush(file, NativePath.Of(temporary));
        Libc.SyncFileSystem(file, NativePath.Of(_directory));
        Libc.Close(file);

        Libc.Replace(NativePath.Of(temporary), NativePath.Of(target));

        File.ReadAllText(target).ShouldBe("new: ü\n");
        File.Exists(temporary).ShouldBeFalse();
    }

    [Test]
    public void Creates_a_directory_with_its_missing_parents_and_accepts_one_that_exists()
    {
        var nested = Path.Combine(_directory, "a", "b");

        Libc.CreateDirectory(NativePath.Of(nested));
        Libc.CreateDirectory(NativePath.Of(nested));

        Directory.Exists(nested).ShouldBeTrue();
    }

    [Test]
    public void Creating_a_directory_under_a_file_fails_as_dotnet_does()
    {
        var file = Path.Combine(_directory, "file");
        File.WriteAllText(file, "x");

        Should.Throw<IOException>(() => Libc.CreateDirectory(NativePath.Of(Path.Combine(file, "sub"))));
    }

    [Test]
    public void Creating_a_file_that_exists_fails_naming_it()
    {
        var path = Path.Combine(_directory, "taken");
        File.WriteAllText(path, "mine");

        var error = Should.Throw<IOException>(() => Libc.CreateNew(NativePath.Of(path)));

        error.Message.ShouldBe($"open of '{path}' failed");
        error.InnerException.ShouldBeOfType<Win32Exception>().Message.ShouldBe("File exists");
        File.ReadAllText(path).ShouldBe("mine");
    }

    [Test]
    public void Syncing_the_file_system_of_no_file_fails_naming_its_directory()
    {
        var error = Should.Throw<IOException>(() => Libc.SyncFileSystem(-1, NativePath.Of(_directory)));

        error.Message.ShouldBe($"syncfs of the file system of '{_directory}' failed");
        error.InnerException.ShouldBeOfType<Win32Exception>().Message.ShouldBe("Bad file descriptor");
    }

    [Test]
    public void Renaming_over_a_directory_fails_naming_both_paths()
    {
        var from = Path.Combine(_directory, "a.tmp");
        var to = Directory.CreateDirectory(Path.Combine(_directory, "a.yaml")).FullName;
        File.WriteAllText(Path.Combine(to, "inside"), "x");
        File.WriteAllText(from, "x");

        Should
            .Throw<IOException>(() => Libc.Replace(NativePath.Of(from), NativePath.Of(to)))
            .Message.ShouldBe($"rename of '{from}' to '{to}' failed");
    }

    [Test]
    public void Deletes_a_file_and_accepts_one_that_is_gone()
    {
        var path = Path.Combine(_directory, "gone");
        File.WriteAllText(path, "x");

        Libc.Delete(NativePath.Of(path));
        Libc.Delete(NativePath.Of(path));

        File.Exists(path).ShouldBeFalse();
    }

    [Test]
    public void Deleting_a_directory_fails_naming_it()
    {
        var directory = Directory.CreateDirectory(Path.Combine(_directory, "sub")).FullName;

        Should.Throw<IOException>(() => Libc.Delete(NativePath.Of(directory))).Message.ShouldBe($"unlink of '{directory}' failed");
    }
}
