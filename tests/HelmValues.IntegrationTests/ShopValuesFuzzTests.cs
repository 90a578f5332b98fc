using HelmValues.IntegrationTests.Shop;
using HelmValues.Testing.Fuzz;

namespace HelmValues.IntegrationTests;

/// <summary>Generated valid, nearly valid and hostile values files for a user chart (see <see cref="LoadFuzzing"/>).</summary>
public class ShopValuesFuzzTests
{
    private static readonly IReadOnlyList<string> Seeds =
    [
        ShopValuesTests.Complete().Build().ToYaml(),
        new ShopValuesBuilder().WithName("shop").Build().ToYaml(),
    ];

    [Test]
    [Category("Fuzz")]
    public void Load_returns_within_its_budget_and_what_it_accepts_writes_and_reloads_to_the_same_data() =>
        LoadFuzzing.Run(Seeds, ShopValues.Load, v => v.Validate(), v => v.ToYaml());
}
