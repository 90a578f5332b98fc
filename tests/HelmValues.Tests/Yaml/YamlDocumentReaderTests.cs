using System.Text;
using HelmValues.Testing.Fuzz;
using HelmValues.Validation;
using HelmValues.Yaml;

namespace HelmValues.Tests.Yaml;

public class YamlDocumentReaderTests
{
    [Test]
    public void Reads_mappings_lists_and_scalars_with_positions()
    {
        var document = YamlDocumentReader.Read("a: 1\nb:\n  - x\n  - 'y'\nc: |\n  text\n");

        document.Problems.ShouldBeEmpty();
        var root = document.Root.ShouldBeOfType<YamlSourceMapping>();
        root.Entries.Select(e => e.Key.Value).ShouldBe(["a", "b", "c"]);
        var a = root.Entries[0].Value.ShouldBeOfType<YamlSourceScalar>();
        (a.Value, a.IsPlain, a.Line, a.Column).ShouldBe(("1", true, 1, 4));
        var b = root.Entries[1].Value.ShouldBeOfType<YamlSourceSequence>();
        b.Items.Count.ShouldBe(2);
        var y = b.Items[1].ShouldBeOfType<YamlSourceScalar>();
        (y.Value, y.IsPlain, y.Line, y.Column).ShouldBe(("y", false, 4, 5));
        var c = root.Entries[2].Value.ShouldBeOfType<YamlSourceScalar>();
        (c.Value, c.IsPlain).ShouldBe(("text\n", false));
    }

    [TestCase("")]
    [TestCase("# only a comment\n")]
    [TestCase("---\n")]
    [TestCase("~\n")]
    [TestCase("null\n")]
    public void An_empty_document_is_an_empty_mapping(string yaml)
    {
        var document = YamlDocumentReader.Read(yaml);
        document.Problems.ShouldBeEmpty();
        document.Root.ShouldBeOfType<YamlSourceMapping>().Entries.ShouldBeEmpty();
    }

    [Test]
    public void Keeps_explicit_tags_and_plainness()
    {
        var root = (YamlSourceMapping)YamlDocumentReader.Read("a: !!str yes\nb: \"on\"\nc: on\n").Root!;
        var a = (YamlSourceScalar)root.Entries[0].Value;
        (a.Tag, a.IsPlain, a.IsExplicitString).ShouldBe((YamlSourceScalar.StringTag, true, true));
        ((YamlSourceScalar)root.Entries[1].Value).IsExplicitString.ShouldBeTrue();
        ((YamlSourceScalar)root.Entries[2].Value).IsExplicitString.ShouldBeFalse();
    }

    [TestCase("a: 1\n  b: 2\n", 2, 4)]
    [TestCase("a: [1, 2\n", 2, 1)]
    [TestCase("a: 'unterminated\n", 1, 4)]
    [TestCase("a: \"\\q\"\n", 1, 4)]
    [TestCase("key:\n\tvalue: 1\n", 1, 1)]
    [TestCase("- a\nb: c\n", 2, 1)]
    public void Syntax_errors_are_reported_with_line_and_column(string yaml, int line, int column)
    {
        var document = YamlDocumentReader.Read(yaml);

        document.Root.ShouldBeNull();
        var error = document.Problems.ShouldHaveSingleItem();
        error.Message.ShouldStartWith("invalid YAML: ");
        (error.Line, error.Column).ShouldBe((line, column));
    }

    [Test]
    public void Control_characters_are_refused_with_their_position()
    {
        var error = YamlDocumentReader.Read("a: 1\nb: x\u0001y\n").Problems.ShouldHaveSingleItem();
        error.Message.ShouldContain("U+0001");
        (error.Line, error.Column).ShouldBe((2, 5));
    }

    [Test]
    public void Duplicate_keys_are_errors_naming_the_key_and_both_lines()
    {
        var document = YamlDocumentReader.Read("config:\n  queue: a\n  tags: []\n  queue: b\n");

        var error = document.Problems.ShouldHaveSingleItem();
        error.Path.ShouldBe("config.queue");
        error.Message.ShouldContain("`queue`");
        error.Message.ShouldContain("lines 2 and 4");
        (error.Line, error.Column).ShouldBe((4, 3));
        var config = (YamlSourceMapping)((YamlSourceMapping)document.Root!).Entries[0].Value;
        ((YamlSourceScalar)config.Entries[0].Value).Value.ShouldBe("a");
    }

    [Test]
    public void Quoted_and_plain_spellings_of_a_key_are_duplicates()
    {
        YamlDocumentReader.Read("a: 1\n\"a\": 2\n").Problems.ShouldHaveSingleItem().Message.ShouldContain("appears twice");
    }

    [Test]
    public void A_second_document_is_an_error()
    {
        var error = YamlDocumentReader.Read("a: 1\n---\nb: 2\n").Problems.ShouldHaveSingleItem();
        error.Message.ShouldContain("second YAML document");
        error.Line.ShouldBe(2);
    }

    [Test]
    public void Aliases_to_defined_anchors_resolve_to_the_same_node()
    {
        var document = YamlDocumentReader.Read("base: &b {image: x}\nfirst: *b\nsecond: *b\n");

        document.Problems.ShouldBeEmpty();
        var root = (YamlSourceMapping)document.Root!;
        root.Entries[1].Value.ShouldBeSameAs(root.Entries[0].Value);
        root.Entries[2].Value.ShouldBeSameAs(root.Entries[0].Value);
    }

    [TestCase("a: *nope\n", "has no anchor")]
    [TestCase("a: *b\nb: &b 1\n", "has no anchor")]
    [TestCase("a: &a [1, *a]\n", "contains it")]
    public void Bad_aliases_are_errors(string yaml, string message)
    {
        var document = YamlDocumentReader.Read(yaml);
        document.Root.ShouldBeNull();
        document.Problems.ShouldHaveSingleItem().Message.ShouldContain(message);
    }

    [Test]
    public void A_billion_laughs_document_fails_fast()
    {
        var yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var level = 'b'; level <= 'i'; level++)
        {
            var previous = (char)(level - 1);
            yaml.Append(level)
                .Append(": &")
                .Append(level)
                .Append(" [")
                .Append(string.Join(",", Enumerable.Repeat("*" + previous, 9)))
                .Append("]\n");
        }

        var text = yaml.ToString();
        YamlDocument document = null!;
        var allocated = Allocations.Of(() => document = YamlDocumentReader.Read(text));

        // Stops at the first alias that would pass the node limit: 9^9 strings are never built.
        allocated.ShouldBeLessThan(1_000_000);
        document.Root.ShouldBeNull();
        var error = document.Problems.ShouldHaveSingleItem();
        error.Message.ShouldContain("billion laughs");
        error.Line.ShouldNotBeNull();
    }

    [Test]
    public void Aliases_cannot_rebuild_deep_nesting()
    {
        var deep = string.Concat(Enumerable.Repeat("[", 60)) + string.Concat(Enumerable.Repeat("]", 60));
        var yaml =
            $"a: &a {deep}\nb: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[*a]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n";
        YamlDocumentReader.Read(yaml).Problems.ShouldHaveSingleItem().Message.ShouldContain("levels deep");
    }

    [Test]
    public void Too_many_nodes_are_refused_early()
    {
        var yaml = string.Concat(Enumerable.Repeat("- a\n", YamlDocumentReader.MaxNodes + 10));

        YamlDocument document = null!;
        var allocated = Allocations.Of(() => document = YamlDocumentReader.Read(yaml));

        // Linear in the nodes read before the limit, never in anything the document could expand to.
        allocated.ShouldBeLessThan(YamlDocumentReader.MaxNodes * 1024L);
        document.Root.ShouldBeNull();
        document.Problems.ShouldHaveSingleItem().Message.ShouldContain($"more than {YamlDocumentReader.MaxNodes} nodes");
    }

    [TestCase(true)]
    [TestCase(false)]
    public void Deep_nesting_is_refused(bool flow)
    {
        var yaml = flow
            ? new string('[', 100_000) + new string(']', 100_000)
            : string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', i * 2) + "a:\n")) + new string(' ', 600) + "b: 1\n";

        YamlDocument document = null!;
        var allocated = Allocations.Of(() => document = YamlDocumentReader.Read(yaml));

        allocated.ShouldBeLessThan(4_000_000);
        document.Root.ShouldBeNull();
        document.Problems.ShouldHaveSingleItem().Message.ShouldContain($"more than {YamlDocumentReader.MaxDepth} levels");
    }

    [Test]
    public void Nesting_up_to_the_limit_is_fine()
    {
        var yaml = new string('[', YamlDocumentReader.MaxDepth) + new string(']', YamlDocumentReader.MaxDepth);
        YamlDocumentReader.Read(yaml).Problems.ShouldBeEmpty();
    }

    [Test]
    public void Huge_input_is_refused_before_parsing()
    {
        var yaml = "a: " + new string('x', YamlDocumentReader.MaxInputBytes);

        YamlDocument document = null!;
        var allocated = Allocations.Of(() => document = YamlDocumentReader.Read(yaml));

        // Refused from its length alone: nothing of it is parsed.
        allocated.ShouldBeLessThan(64 * 1024);
        document.Problems.ShouldHaveSingleItem().Message.ShouldContain("8 MiB");
    }

    [Test]
    public void Multi_byte_characters_count_towards_the_size_limit()
    {
        var yaml = "a: " + new string('é', YamlDocumentReader.MaxInputBytes / 2);
        YamlDocumentReader.Read(yaml).Problems.ShouldHaveSingleItem().Message.ShouldContain("8 MiB");
    }

    [TestCase("a: ")]
    [TestCase("- ")]
    [TestCase("a")]
    [TestCase("{")]
    [TestCase("- [")]
    [TestCase("'")]
    [TestCase("&a ")]
    [TestCase("*a ")]
    [TestCase("? ")]
    [TestCase("#")]
    [TestCase("!t ")]
    public void Large_hostile_inputs_cost_memory_linear_in_their_size(string unit)
    {
        var yaml = new StringBuilder(YamlDocumentReader.MaxInputBytes);
        while (yaml.Length + unit.Length + 1 < YamlDocumentReader.MaxInputBytes / 4)
        {
            yaml.Append(unit);
            if (yaml.Length % 4096 < unit.Length)
            {
                yaml.Append('\n');
            }
        }

        var text = yaml.ToString();
        YamlDocument document = null!;
        var allocated = Allocations.Of(() => document = Should.NotThrow(() => YamlDocumentReader.Read(text)));

        // Linear in the input, with a small constant: a budget in bytes, which unlike wall time does not depend on the machine.
        allocated.ShouldBeLessThan((text.Length * 8L) + 1_000_000);
        (document.Root is not null || document.Problems.Count > 0).ShouldBeTrue();
    }

    [Test]
    public void Merge_keys_merge_mappings_with_local_keys_winning()
    {
        var document = YamlDocumentReader.Read(
            "base: &base {image: x, cpu: 1}\nextra: &extra {cpu: 2, mem: 3}\nuse:\n  <<: [*base, *extra]\n  image: y\n"
        );

        document.Problems.ShouldBeEmpty();
        var use = (YamlSourceMapping)((YamlSourceMapping)document.Root!).Entries[2].Value;
        use.Entries.Select(e => $"{e.Key.Value}={((YamlSourceScalar)e.Value).Value}").ShouldBe(["cpu=1", "mem=3", "image=y"]);
    }

    [Test]
    public void A_merge_after_a_key_it_overrides_is_an_error()
    {
        var error = YamlDocumentReader.Read("base: &base {image: x}\nuse:\n  image: y\n  <<: *base\n").Problems.ShouldHaveSingleItem();
        error.Message.ShouldContain("put `<<` first");
        error.Path.ShouldBe("use");
    }

    [TestCase("a: {<<: 1}\n")]
    [TestCase("a: {<<: [1]}\n")]
    public void A_merge_of_something_else_than_mappings_is_an_error(string yaml)
    {
        YamlDocumentReader.Read(yaml).Problems.ShouldHaveSingleItem().Message.ShouldContain("needs a mapping");
    }

    [Test]
    public void A_quoted_merge_key_is_an_ordinary_key()
    {
        var document = YamlDocumentReader.Read("\"<<\": 1\n");
        document.Problems.ShouldBeEmpty();
        ((YamlSourceMapping)document.Root!).Entries.Single().Key.Value.ShouldBe("<<");
    }

    [TestCase("a: !custom x\n", "!custom")]
    [TestCase("a: !!binary aGk=\n", "!!binary")]
    [TestCase("a: !!int \"5\"\n", "!!int")]
    [TestCase("a: !!bool yes please\n", "!!bool")]
    [TestCase("a: !!set {x}\n", "!!set")]
    [TestCase("a: !custom [1]\n", "!custom")]
    public void Unsupported_tags_are_errors(string yaml, string tag)
    {
        YamlDocumentReader.Read(yaml).Problems.ShouldHaveSingleItem().Message.ShouldContain(tag);
    }

    [TestCase("a: !!int 5\n")]
    [TestCase("a: !!bool true\n")]
    [TestCase("a: !!str 5\n")]
    [TestCase("a: !!map {}\n")]
    [TestCase("a: !!seq []\n")]
    public void Redundant_standard_tags_are_accepted(string yaml)
    {
        YamlDocumentReader.Read(yaml).Problems.ShouldBeEmpty();
    }

    [Test]
    public void Non_scalar_keys_are_errors()
    {
        var error = YamlDocumentReader.Read("? [a, b]\n: c\nd: e\n").Problems.ShouldHaveSingleItem();
        error.Message.ShouldContain("must be a string");
        (error.Line, error.Column).ShouldBe((1, 3));
    }

    [Test]
    public void Errors_carry_the_path_of_the_node()
    {
        var error = YamlDocumentReader.Read("config:\n  tags:\n    - a\n    - !weird b\n").Problems.ShouldHaveSingleItem();
        error.Path.ShouldBe("config.tags[1]");
        error.Severity.ShouldBe(ValidationSeverity.Error);
    }
}
