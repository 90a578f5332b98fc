using HelmValues.Output;

namespace HelmValues.Tests.Output;

/// <summary>Checking a committed directory: every missing, changed and stale file is reported, nothing is written.</summary>
public class OutputCheckerTests
{
    private string _directory = "";

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("helmvalues-check-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    private static OutputSet Set(params (string Path, string Content)[] files) => new(files.Select(f => new OutputFile(f.Path, f.Content)));

    [Test]
    public void A_freshly_written_directory_is_up_to_date()
    {
        var set = Set(("values.yaml", "a\n"), ("manifests/x.yaml", "b\n"));
        OutputWriter.Write(set, _directory);

        var report = OutputChecker.Check(set, _directory);

        report.IsUpToDate.ShouldBeTrue();
        report.ToString().ShouldBe("");
    }

    [Test]
    public void A_hand_edit_is_reported_as_changed()
    {
        var set = Set(("values.yaml", "a\n"));
        OutputWriter.Write(set, _directory);
        File.AppendAllText(Path.Combine(_directory, "values.yaml"), "edited: true\n");

        var report = OutputChecker.Check(set, _directory);

        report.IsUpToDate.ShouldBeFalse();
        report.ToString().ShouldBe("changed values.yaml");
    }

    [Test]
    public void Missing_changed_and_stale_files_are_all_reported_and_nothing_is_touched()
    {
        OutputWriter.Write(Set(("values.yaml", "a\n"), ("manifests/old.yaml", "b\n")), _directory);
        var before = Snapshot();

        var report = OutputChecker.Check(Set(("values.yaml", "changed\n"), ("manifests/new.yaml", "c\n")), _directory);

        report
            .ToString()
            .ShouldBe(
                """
                missing manifests/new.yaml
                changed values.yaml
                changed .helmvalues-files
                stale   manifests/old.yaml
                """.ReplaceLineEndings("\n")
            );
        Snapshot().ShouldBe(before);
    }

    [Test]
    public void An_empty_directory_is_all_missing()
    {
        var report = OutputChecker.Check(Set(("values.yaml", "a\n")), Path.Combine(_directory, "nothing-here"));

        report.Missing.ShouldBe(["values.yaml", OutputSet.IndexFileName]);
    }

    private Dictionary<string, string> Snapshot() =>
        Directory.GetFiles(_directory, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);
}
