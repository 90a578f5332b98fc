using System.Text.Json.Nodes;
using HelmValues.Charts;
using HelmValues.Testing;
using HelmValues.Validation;
using HelmValues.Yaml;
using Json.Schema;

namespace HelmValues.IntegrationTests.RealCharts;

/// <summary>
/// One real chart of tests/Fixtures/Charts (see its README for origins and licences), with the records the generator
/// made from it in this project, and everything the oracle needs.
/// </summary>
public sealed class RealChart
{
    private readonly Func<ValuesFile[], LoadOutcome> _load;

    private RealChart(string name, HelmChart chart, Func<ValuesFile[], LoadOutcome> load)
    {
        Name = name;
        Chart = chart;
        _load = load;
        Directory = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "Charts", name);
        Schema = HelmOracle.ReadSchema(File.ReadAllText(Path.Combine(Directory, name + ".values.schema.json")));
        Defaults = HelmYamlJson.FromYaml(File.ReadAllText(Path.Combine(Directory, name + ".values.yaml")));
    }

    public static IReadOnlyList<RealChart> All { get; } =
    [
        Of("alertmanager", Alertmanager.AlertmanagerValues.Chart, Alertmanager.AlertmanagerValues.Load),
        Of("cert-manager", CertManager.CertManagerValues.Chart, CertManager.CertManagerValues.Load),
        Of("external-dns", ExternalDns.ExternalDnsValues.Chart, ExternalDns.ExternalDnsValues.Load),
        Of("external-secrets", ExternalSecrets.ExternalSecretsValues.Chart, ExternalSecrets.ExternalSecretsValues.Load),
        Of(
            "opentelemetry-collector",
            OpentelemetryCollector.OpentelemetryCollectorValues.Chart,
            OpentelemetryCollector.OpentelemetryCollectorValues.Load
        ),
        Of(
            "opentelemetry-operator",
            OpentelemetryOperator.OpentelemetryOperatorValues.Chart,
            OpentelemetryOperator.OpentelemetryOperatorValues.Load
        ),
        Of("traefik", Traefik.TraefikValues.Chart, Traefik.TraefikValues.Load),
        Of("vault", Vault.VaultValues.Chart, Vault.VaultValues.Load),
    ];

    public string Name { get; }

    /// <summary>The chart as the generated code knows it (bundled schema and defaults).</summary>
    internal HelmChart Chart { get; }

    public string Directory { get; }

    /// <summary>The chart's original schema file, for JsonSchema.Net.</summary>
    public JsonSchema Schema { get; }

    /// <summary>The chart's values.yaml as JSON, for the oracle.</summary>
    public JsonNode? Defaults { get; }

    /// <summary>The chart's own CI values files (ci/*.yaml), sorted by name.</summary>
    public IReadOnlyList<string> CiFiles =>
        System.IO.Directory.Exists(Path.Combine(Directory, "ci"))
            ? System.IO.Directory.GetFiles(Path.Combine(Directory, "ci"), "*.yaml").Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>Loads with the generated record's <c>Load</c>.</summary>
    public LoadOutcome Load(params ValuesFile[] files) => _load(files);

    /// <summary>The oracle's verdict on user files given as YAML (JSON is YAML too).</summary>
    public (bool Valid, string Failures) HelmVerdict(params string[] userYaml) =>
        HelmOracle.Verdict(Schema, Defaults, userYaml.Select(HelmYamlJson.FromYaml).ToList());

    public override string ToString() => Name;

    private static RealChart Of<T>(string name, HelmChart chart, Func<ValuesFile[], ValuesLoadResult<T>> load)
        where T : class, IValuesObject =>
        new(
            name,
            chart,
            files =>
            {
                var result = load(files);
                return new LoadOutcome(result.Succeeded, result.Problems, result.Value is { } value ? ValuesDocument.ToYaml(value) : null);
            }
        );
}

/// <summary>What <c>Load</c> said, and what the loaded values write back as.</summary>
public sealed record LoadOutcome(bool Succeeded, IReadOnlyList<ValidationError> Errors, string? Written);
