using HelmValues.AgentStackK8s;
using HelmValues.Testing.Fuzz;

namespace HelmValues.Tests.AgentStackK8s;

/// <summary>Generated valid, nearly valid and hostile values files for the bundled chart (see <see cref="LoadFuzzing"/>).</summary>
public class ValuesFuzzTests
{
    private static readonly IReadOnlyList<string> Seeds =
    [
        .. ReferenceFileTests.Rewritten(),
        .. Recipes.All.Values.Select(recipe => recipe().ToYaml()),
    ];

    [Test]
    [Category("Fuzz")]
    public void Load_returns_within_its_budget_and_what_it_accepts_writes_and_reloads_to_the_same_data() =>
        LoadFuzzing.Run(Seeds, AgentStackK8sValues.Load, v => v.Validate(), v => v.ToYaml());
}
