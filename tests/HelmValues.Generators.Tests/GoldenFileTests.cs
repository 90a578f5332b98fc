using System.Globalization;
using HelmValues.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

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
    public void The_product_agent_stack_k8s_chart_and_kubernetes_kinds_generate_the_expected_sources()
    {
        var result = GeneratorHarness.Product;

        result.Diagnostics.ShouldBeEmpty();
        GoldenFiles.Verify("AgentStack", Sources(result));
    }

    [TestCase("tr-TR")]
    [TestCase("de-DE")]
    public void Generation_under_another_culture_gives_the_same_bytes(string culture)
    {
        var hostile = Fixtures.File("hostile.values.schema.json");
        var expected = Sources(GeneratorHarness.Run(hostile)).Concat(Sources(GeneratorHarness.Product)).ToList();
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        List<(string HintName, string Text)> actual;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            CultureInfo.CurrentCulture.NumberFormat.NumberDecimalSeparator.ShouldBe(
                ",",
                "the culture must really differ from the invariant one"
            );
            actual = Sources(GeneratorHarness.RunUncompiled(GeneratorHarness.Compilation(GeneratorHarness.UnrelatedSource), hostile))
                .Concat(Sources(GeneratorHarness.RunUncompiled(GeneratorHarness.ProductCompilation(), [.. Fixtures.AgentStack])))
                .ToList();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (previous, previousUi);
        }

        actual.Select(a => a.HintName).ShouldBe(expected.Select(e => e.HintName));
        actual.Where((a, i) => a.Text != expected[i].Text).Select(a => a.HintName).ShouldBeEmpty("files whose bytes differ");
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

    private static IEnumerable<(string HintName, string Text)> Sources(GeneratorRunResult result) =>
        result.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString()));
}
