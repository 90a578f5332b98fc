using HelmValues.Charts;

namespace HelmValues.IntegrationTests.RealCharts;

/// <summary>A user's null deletes the chart's default; loading and writing keep it, so Helm computes the same values.</summary>
public class NullTests
{
    [TestCase("traefik", "ports:\n  websecure: null\n", "websecure: null")]
    [TestCase("vault", "server:\n  ha:\n    raft: null\n", "raft: null")]
    [TestCase("external-dns", "sources: null\n", "sources: null")]
    public void A_null_loads_and_is_written_back(string chartName, string yaml, string written)
    {
        var chart = RealChart.All.Single(c => c.Name == chartName);

        var loaded = chart.Load(new ValuesFile("values.yaml", yaml));

        loaded.Succeeded.ShouldBeTrue(string.Join("\n", loaded.Errors));
        loaded.Written.ShouldNotBeNull().ShouldContain(written);
        chart.HelmVerdict(loaded.Written!).Valid.ShouldBeTrue();
    }

    [Test]
    public void A_null_list_item_where_the_schema_wants_a_string_is_refused_as_helm_refuses_it()
    {
        var chart = RealChart.All.Single(c => c.Name == "external-dns");
        const string yaml = "sources: [service, null]\n";

        chart.HelmVerdict(yaml).Valid.ShouldBeFalse();
        chart.Load(new ValuesFile("values.yaml", yaml)).Errors.ShouldContain(e => e.Path == "sources[1]");
    }
}
