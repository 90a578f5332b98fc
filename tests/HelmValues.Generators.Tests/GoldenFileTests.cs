using HelmValues.Generators.Tests.Infrastructure;

namespace HelmValues.Generators.Tests;

/// <summary>The generated source of the fixture chart and kinds, compared with checked-in files.</summary>
public class GoldenFileTests
{
    [Test]
    public void Shop_chart_and_mini_kinds_generate_the_expected_sources()
    {
        var result = GeneratorHarness.Run(Fixtures.Shop);

        result.Diagnostics.ShouldBeEmpty();
        GoldenFiles.Verify("Shop", result.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())));
    }

    [Test]
    public void The_same_input_gives_the_same_bytes_every_time()
    {
        var first = GeneratorHarness.Run(Fixtures.Shop).GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString()));
        var second = GeneratorHarness.Run(Fixtures.Shop).GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString()));

        second.ShouldBe(first);
    }

    [Test]
    public void Generated_sources_use_LF_only()
    {
        var result = GeneratorHarness.Run(Fixtures.Shop);

        result.GeneratedSources.ShouldAllBe(s => !s.SourceText.ToString().Contains('\r'));
    }
}
