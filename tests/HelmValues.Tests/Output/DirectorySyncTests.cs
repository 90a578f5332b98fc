using HelmValues.Output;

namespace HelmValues.Tests.Output;

/// <summary>Flushing a directory: it works on a directory and says why it failed otherwise.</summary>
public class DirectorySyncTests
{
    [Test]
    public void Flushes_an_existing_directory() => Should.NotThrow(() => DirectorySync.Flush(Path.GetTempPath()));

    [Test]
    public void A_missing_directory_is_an_io_error_naming_it()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "Windows flushes no directory");
        var missing = Path.Combine(Path.GetTempPath(), "helmvalues-missing-" + Guid.NewGuid().ToString("N"));

        Should.Throw<IOException>(() => DirectorySync.Flush(missing)).Message.ShouldBe($"open of directory '{missing}' failed");
    }
}
