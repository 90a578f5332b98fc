using System.Text;
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

        Describe(built).ShouldBe(Describe(read));
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

        Describe(built).ShouldBe("{quoted: 'on', number: 42, gone: null}");
    }

    // Keys and scalars in order; a non-plain scalar in quotes.
    private static string Describe(YamlNode node)
    {
        var text = new StringBuilder();
        Append(text, node);
        return text.ToString();
    }

    private static void Append(StringBuilder text, YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                text.Append('{').AppendJoin(", ", mapping.Entries.Select(e => $"{Describe(e.Key)}: {Describe(e.Value)}")).Append('}');
                break;
            case YamlSequenceNode sequence:
                text.Append('[').AppendJoin(", ", sequence.Items.Select(Describe)).Append(']');
                break;
            case YamlScalarNode scalar:
                text.Append(scalar.IsPlain ? scalar.Value : $"'{scalar.Value}'");
                break;
        }
    }
}
