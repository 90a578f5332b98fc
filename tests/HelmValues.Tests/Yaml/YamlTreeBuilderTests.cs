using HelmValues.Tests.AgentStackK8s;
using HelmValues.Yaml;

namespace HelmValues.Tests.Yaml;

/// <summary>The tree built from a writer's events is the tree a reader makes of the text that writer would write.</summary>
public class YamlTreeBuilderTests
{
    private static IEnumerable<string> RecipeNames => Recipes.All.Keys;

    [TestCaseSource(nameof(RecipeNames))]
    public void The_tree_of_a_recipe_is_the_tree_of_its_text(string name)
    {
        var values = Recipes.All[name]();

        var built = YamlWriter.WriteTree(values, static (w, v) => v.WriteYaml(w));
        var read = YamlDocumentReader.Read(values.ToYaml()).Root!;

        YamlTrees.Flow(built).ShouldBe(YamlTrees.Flow(read));
    }

    [Test]
    public void Strings_the_writer_quotes_stay_strings_and_plain_scalars_stay_plain()
    {
        var built = YamlWriter.WriteTree(
            0,
            static (w, _) =>
            {
                w.BeginMapping();
                w.WriteKey("quoted");
                w.WriteString("on");
                w.WriteKey("number");
                w.WriteInteger(42);
                w.WriteKey("gone");
                w.WriteNull();
                w.EndMapping();
            }
        );

        YamlTrees.Flow(built).ShouldBe("{quoted: 'on', number: 42, gone: null}");
    }
}
