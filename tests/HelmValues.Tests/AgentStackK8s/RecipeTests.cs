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
    public void The_documented_yaml_reads_to_the_same_values(string name)
    {
        var documented = File.ReadAllText(Repository.PathOf("tests", "HelmValues.Tests", "Fixtures", "Recipes", name + ".yaml"));

        var read = HelmValues.Yaml.YamlReader.Load(documented, AgentStackK8sValues.ReadYaml);

        read.Problems.Where(e => e.Severity == Validation.ValidationSeverity.Error).ShouldBeEmpty();
        read.Value.ShouldNotBeNull().ToYaml().ShouldBe(Recipes.All[name]().ToYaml());
    }

    // The guide's pod-spec-patch snippets leave out `containers`, which the PodSpec schema the chart refers to requires:
    // Helm refuses them as written (the C# recipes write `containers: []`). Nothing else is wrong with them.
    [TestCaseSource(nameof(Names))]
    public void The_documented_yaml_gets_helms_verdict(string name)
    {
        var documented = File.ReadAllText(Repository.PathOf("tests", "HelmValues.Tests", "Fixtures", "Recipes", name + ".yaml"));

        var errors = AgentStackK8sValues.Load(documented).Problems.Where(e => e.Severity == Validation.ValidationSeverity.Error);

        var patchWithoutContainers =
            documented.Contains("pod-spec-patch:", StringComparison.Ordinal)
            && !documented.Contains("containers:", StringComparison.Ordinal);
        errors
            .Select(e => $"{e.Path}: {e.Message}")
            .ShouldBe(patchWithoutContainers ? ["config.pod-spec-patch.containers: is required (chart schema: required)"] : []);
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
