using System.Collections.Concurrent;
using HelmValues.Output;
using HelmValues.Validation;

namespace HelmValues.Tests.Output;

/// <summary>Writing many directories at once: each like a single write, failures kept to their own directory.</summary>
public class OutputWriterFleetTests
{
    private string _root = "";

    [SetUp]
    public void CreateDirectory() => _root = Directory.CreateTempSubdirectory("helmvalues-fleet-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_root, recursive: true);

    private static OutputSet Set(string queue) =>
        new([new OutputFile("values.yaml", $"queue: {queue}\n"), new OutputFile("manifests/x.yaml", $"name: {queue}\n")]);

    private OutputJob Job(string name) => new(Path.Combine(_root, name), () => Set(name));

    [Test]
    public void Writes_every_directory_as_a_single_write_would()
    {
        var names = Enumerable.Range(0, 40).Select(i => $"team-{i:D2}").ToList();

        var report = OutputWriter.WriteAll(names.Select(Job));

        report.ShouldBe(new OutputFleetReport(40, 80, 0, 0, []), new FleetReportComparer());
        foreach (var name in names)
        {
            var single = Path.Combine(_root, "single", name);
            OutputWriter.Write(Set(name), single);
            foreach (var file in Directory.GetFiles(single, "*", SearchOption.AllDirectories))
            {
                File.ReadAllBytes(Path.Combine(_root, name, Path.GetRelativePath(single, file))).ShouldBe(File.ReadAllBytes(file));
            }
        }
    }

    [Test]
    public void Reports_progress_once_per_directory_and_counts_up_to_the_total()
    {
        var reported = new ConcurrentBag<OutputProgress>();

        OutputWriter.WriteAll(Enumerable.Range(0, 25).Select(i => Job($"q{i}")), progress: new SynchronousProgress(reported.Add));

        reported.Select(p => p.Completed).Order().ShouldBe(Enumerable.Range(1, 25));
        reported.Select(p => Path.GetFileName(p.Directory)).Order().ShouldBe(Enumerable.Range(0, 25).Select(i => $"q{i}").Order());
        reported.ShouldAllBe(p => p.Report != null && p.Report.Written.Count == 2 && p.Error == null);
    }

    [Test]
    public void A_job_that_fails_validation_writes_nothing_and_the_others_are_written()
    {
        var secret = new OutputSet([new OutputFile("manifests/secret.yaml", "kind: Secret\n", "kubectl create secret generic s")]);
        var jobs = new[] { Job("a"), new OutputJob(Path.Combine(_root, "bad"), () => secret), Job("b") };

        var report = OutputWriter.WriteAll(jobs);

        report.Succeeded.ShouldBeFalse();
        report.Directories.ShouldBe(2);
        report.Failures.Single().Key.ShouldBe(Path.Combine(_root, "bad"));
        report.Failures.Single().Value.ShouldBeOfType<ValidationException>();
        Directory.Exists(Path.Combine(_root, "bad")).ShouldBeFalse();
        File.Exists(Path.Combine(_root, "a", "values.yaml")).ShouldBeTrue();
        File.Exists(Path.Combine(_root, "b", "values.yaml")).ShouldBeTrue();
    }

    [Test]
    public void The_same_directory_in_two_jobs_is_refused()
    {
        Should
            .Throw<ArgumentException>(() => OutputWriter.WriteAll([Job("a"), Job("a")], new OutputOptions { FlushToDisk = false }))
            .Message.ShouldContain("appears in two jobs");
    }

    [Test]
    public void A_second_run_changes_only_what_changed()
    {
        OutputWriter.WriteAll([Job("a"), Job("b")]);

        var report = OutputWriter.WriteAll([Job("a"), new OutputJob(Path.Combine(_root, "b"), () => Set("b2"))]);

        report.ShouldBe(new OutputFleetReport(2, 2, 2, 0, []), new FleetReportComparer());
    }

    [Test]
    public void Without_flushing_the_files_are_the_same_and_no_temporary_file_is_left()
    {
        var report = OutputWriter.WriteAll([Job("a")], new OutputOptions { FlushToDisk = false });

        report.Written.ShouldBe(2);
        File.ReadAllText(Path.Combine(_root, "a", "values.yaml")).ShouldBe("queue: a\n");
        File.ReadAllText(Path.Combine(_root, "a", OutputSet.IndexFileName))
            .ShouldBe($"{GeneratedHeader.Line}\nmanifests/x.yaml\nvalues.yaml\n");
        Directory.GetFiles(_root, "*.tmp-*", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    // Progress<T> posts to the thread pool; the test needs every report before WriteAll returns.
    private sealed class SynchronousProgress(Action<OutputProgress> report) : IProgress<OutputProgress>
    {
        public void Report(OutputProgress value) => report(value);
    }

    private sealed class FleetReportComparer : IEqualityComparer<OutputFleetReport>
    {
        public bool Equals(OutputFleetReport? x, OutputFleetReport? y) =>
            (x!.Directories, x.Written, x.Unchanged, x.Removed, x.Failures.Count)
            == (y!.Directories, y.Written, y.Unchanged, y.Removed, y.Failures.Count);

        public int GetHashCode(OutputFleetReport obj) => obj.Directories;
    }
}
