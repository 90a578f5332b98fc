using HelmValues.AgentStackK8s;
using HelmValues.Testing;

namespace HelmValues.Tests.AgentStackK8s;

/// <summary>
/// Every documented recipe, built in C#: it writes the expected file, the documented YAML loads to the same data,
/// and both are valid.
/// </summary>
public class RecipeTests
{
    private static IEnumerable<string> Names => Recipes.All.Keys;

    [TestCaseSource(nameof(Names))]
    public void Built_in_csharp_it_writes_the_expected_file(string name)
    {
        var values = Recipes.All[name]();

        values.Validate().Errors.ShouldBeEmpty();
        ExpectedFiles.VerifyFile(Repository.PathOf("tests", "HelmValues.Tests", "Expected", "Recipes", name + ".yaml"), values.ToYaml());
    }

    [TestCaseSource(nameof(Names))]
    public void The_documented_yaml_loads_to_the_same_values(string name)
    {
        var documented = File.ReadAllText(Repository.PathOf("tests", "HelmValues.Tests", "Fixtures", "Recipes", name + ".yaml"));

        var loaded = AgentStackK8sValues.Load(documented);

        loaded.Errors.Where(e => e.Severity == Validation.ValidationSeverity.Error).ShouldBeEmpty();
        loaded.Value.ShouldNotBeNull().ToYaml().ShouldBe(Recipes.All[name]().ToYaml());
    }

    [Test]
    public void Every_recipe_fixture_has_a_csharp_recipe()
    {
        var fixtures = Directory
            .GetFiles(Repository.PathOf("tests", "HelmValues.Tests", "Fixtures", "Recipes"), "*.yaml")
            .Select(Path.GetFileNameWithoutExtension);

        fixtures.Order(StringComparer.Ordinal).ShouldBe(Names.Order(StringComparer.Ordinal));
    }
}
