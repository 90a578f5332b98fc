using System.Threading;
using HelmValues.Generators.Model;
using HelmValues.Generators.Parsing;
using HelmValues.Generators.Tests.Infrastructure;

namespace HelmValues.Generators.Tests.Unit;

/// <summary>Specs are compared by value: that is what lets the pipeline stop at Unchanged.</summary>
public class ModelEqualityTests
{
    [Test]
    public void Parsing_the_same_chart_twice_gives_equal_specs()
    {
        var first = Parse(Fixtures.File("shop.values.schema.json").Text);
        var second = Parse(Fixtures.File("shop.values.schema.json").Text);

        first.ShouldBe(second);
        first.GetHashCode().ShouldBe(second.GetHashCode());
        ReferenceEquals(first.Spec, second.Spec).ShouldBeFalse();
    }

    [Test]
    public void A_changed_constraint_makes_specs_differ()
    {
        var schema = Fixtures.File("shop.values.schema.json").Text;

        Parse(schema.Replace("\"maximum\": 10", "\"maximum\": 11")).ShouldNotBe(Parse(schema));
    }

    [Test]
    public void Equatable_arrays_compare_items_not_references()
    {
        new EquatableArray<string>(["a", "b"]).ShouldBe(new EquatableArray<string>(["a", "b"]));
        new EquatableArray<string>(["a", "b"]).ShouldNotBe(new EquatableArray<string>(["b", "a"]));
        default(EquatableArray<string>).ShouldBe(EquatableArray<string>.Empty);
    }

    // With the definitions the shop schema's Kubernetes refs point into, as the pipeline hands them over.
    private static ChartParseResult Parse(string schema)
    {
        var (path, text) = Fixtures.File("mini.definitions.json");
        var definitions = new InputFile(path, InputKind.Definitions, text);
        var index = DefinitionsParser.Parse(definitions, EquatableArray<InputFile>.Empty, CancellationToken.None).Index;
        return ChartParser.Parse(
            new ChartInput(
                new InputFile("/fixtures/shop.values.schema.json", InputKind.ChartSchema, schema),
                null,
                null,
                EquatableArray<InputFile>.Empty,
                new EquatableArray<DefinitionsIndex>([index]),
                new EquatableArray<InputFile>([definitions]),
                GeneratorOptions.Default
            ),
            CancellationToken.None
        );
    }
}
