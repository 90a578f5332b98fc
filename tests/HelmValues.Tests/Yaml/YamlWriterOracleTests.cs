using System.Text.RegularExpressions;
using CsCheck;
using HelmValues.Yaml;
using YamlDotNet.Core;

namespace HelmValues.Tests.Yaml;

/// <summary>
/// <see cref="YamlWriter"/> writes its text itself; before, YamlDotNet's emitter wrote it from events. Random documents,
/// biased towards what YAML gives a meaning to, must come out byte for byte as that emitter writes them
/// (<see cref="EmitterReplay"/>), and so must a few shapes named here.
/// </summary>
public class YamlWriterOracleTests
{
    private const int Iterations = 10_000;

    private static readonly Gen<string> Line = Gen.Frequency(
        (3, Gen.OneOf("", " ", "  indented", "\tTab", "trailing ", "- item", "key: value", "# comment", "é \U0001F600", "\uFFFE")),
        (2, YamlWriterPropertyTests.YamlishString)
    );

    // Text of several lines: literal blocks with every chomping, leading blanks (indentation indicators), and the
    // lines a block cannot keep.
    private static readonly Gen<string> MultiLine = Line.Array[2, 5].Select(static lines => string.Join('\n', lines));

    private static readonly Gen<string> Long = Gen.Select(
        Gen.Int[1000, 1100],
        Gen.Char["ab -:#\"é\t"],
        YamlWriterPropertyTests.YamlishString,
        static (length, c, tail) => new string(c, length) + tail
    );

    private static readonly Gen<string> Text = Gen.Frequency((8, YamlWriterPropertyTests.YamlishString), (2, MultiLine), (1, Long));

    // Keys the writer takes: it refuses a key that is short but longer than 1024 characters once quoted.
    private static readonly Gen<string> Key = Text.Where(static key =>
        ScalarStyleChooser.ForKey(key) != ScalarStyle.DoubleQuoted
        || key.Length > 1024
        || ScalarStyleChooser.DoubleQuotedLength(key) <= 1024
    );

    // Numbers, booleans, null, and plain scalars as a file may hold them.
    private static readonly Gen<string> PlainText = Gen.Frequency(
        (1, Gen.Long.Select(static n => YamlValue.Integer(n).Text!)),
        (1, Gen.Double.Select(static d => YamlValue.Number(d).Text!)),
        (2, Gen.OneOf("true", "null", "~", "0755", "1e3", "-.inf", "?x", ":x", "-x", "a\tb", "a#b", "2001-12-14 21:59:43.10 -5"))
    );

    private static readonly Gen<TestNode> Scalar = Gen.Frequency(
        (4, Text.Select(static s => (TestNode)new TestString(s))),
        (1, PlainText.Select(static s => (TestNode)new TestPlain(s)))
    );

    private static readonly Gen<TestNode[]> Documents = Node(depth: 4).Array[1, 3];

    [Test]
    public void Random_documents_are_written_as_the_emitter_wrote_them() =>
        Documents.Sample(static documents => Write(documents).ShouldBe(EmitterReplay.Emit(documents)), iter: Iterations);

    // What the random documents must reach for the comparison to mean something: every layout the writer has.
    private static readonly string[] Layouts =
    [
        @"^ *\? ", // an explicit key
        @"^ *: - ", // a list as an explicit key's value
        @"^ *- - ", // a list in a list
        @"^ *- [a-z]+: ", // a mapping in a list
        @"- \[\]$",
        @"- \{\}$",
        @": \[\]$",
        @": \{\}$",
        @"\|2[-+]?$", // an indentation indicator
        @"\|-$",
        @"\|\+$",
        @"\|$",
        @"^--- \S", // a scalar or an empty collection as a later document's root
        @"\A--- """"$", // an empty string as the first document
        @"\\U0001F600",
        @"\\x[0-9A-F]{2}",
        @"\\u[0-9A-F]{4}",
    ];

    [Test]
    public void The_random_documents_reach_every_layout()
    {
        var reached = new HashSet<string>();
        Documents.Sample(
            documents =>
            {
                var text = EmitterReplay.Emit(documents);
                reached.UnionWith(Layouts.Where(layout => Regex.IsMatch(text, layout, RegexOptions.Multiline)));
            },
            iter: 2_000,
            threads: 1
        );

        Layouts.Except(reached).ShouldBeEmpty();
    }

    private static IEnumerable<TestCaseData> Shapes()
    {
        var empties = new TestMapping([("map", Map()), ("list", List()), ("nested", List(Map(), List(), List(List())))]);
        yield return Case("Empty collections, nested", empties);
        yield return Case("Lists of lists", List(List(S("a"), S("b")), List(List(S("c"))), S("d")));
        yield return Case("Mappings in lists", List(Map(("a", S("1")), ("b", List(S("x")))), Map(("c", Map(("d", S("on")))))));
        yield return Case("Long keys", Map((new string('k', 1025), S("v")), (new string('q', 1024), List(S("x"))), ("short", S("s"))));
        yield return Case(
            "Explicit keys with collections and blocks",
            Map(("a\nb", Map(("c", S("d")), ("e", S("f")))), ("x\u2028y", List(S("1"), S("2"))), ("\r", S("line one\nline two\n")))
        );
        yield return Case(
            "Control characters, BOM, separators, non-BMP",
            S("\0\a\b\t\v\f\r\x1B\u007F\u0085\u0099\u00A0\uFEFF\u2028\u2029\uFFFE\U0001F600")
        );
        yield return Case(
            "Trailing spaces and leading spaces in blocks",
            Map(("t", S("a \nb")), ("l", S("  a\nb\n")), ("e", S("\na\n\n")))
        );
        yield return Case("Literal blocks in lists and at the root", List(S("a\nb"), List(S("c\nd\n"))));
        yield return Case("Root scalars", S(""), S("a\nb"), S("plain"), Map(), List());
        yield return Case("An empty string as the only document", S(""));
        yield return Case(
            "YAML 1.1 words",
            Map(("yes", S("on")), ("~", S("0755")), ("1e3", S("2001-12-14")), ("- x", S(": y")), ("#", S("a #b")))
        );
    }

    [TestCaseSource(nameof(Shapes))]
    public void Shapes_are_written_as_the_emitter_wrote_them(TestNode[] documents) =>
        Write(documents).ShouldBe(EmitterReplay.Emit(documents));

    private static Gen<TestNode> Node(int depth)
    {
        if (depth == 0)
        {
            return Scalar;
        }

        var child = Node(depth - 1);
        return Gen.Frequency(
            (3, Scalar),
            (1, Gen.Select(Key, child).Array[0, 4].Select(static entries => (TestNode)new TestMapping(entries))),
            (1, child.Array[0, 4].Select(static items => (TestNode)new TestSequence(items)))
        );
    }

    private static string Write(IEnumerable<TestNode> documents)
    {
        var text = new StringWriter();
        using (var writer = new YamlWriter(text))
        {
            foreach (var document in documents)
            {
                writer.BeginDocument();
                Write(writer, document);
                writer.EndDocument();
            }
        }

        return text.ToString();
    }

    private static void Write(YamlWriter writer, TestNode node)
    {
        switch (node)
        {
            case TestString s:
                writer.WriteString(s.Value);
                break;
            case TestPlain p:
                writer.WriteValue(YamlValue.Plain(p.Text));
                break;
            case TestMapping m:
                writer.BeginMapping();
                foreach (var (key, value) in m.Entries)
                {
                    writer.WriteKey(key);
                    Write(writer, value);
                }

                writer.EndMapping();
                break;
            case TestSequence l:
                writer.BeginSequence();
                foreach (var item in l.Items)
                {
                    Write(writer, item);
                }

                writer.EndSequence();
                break;
        }
    }

    private static TestCaseData Case(string name, params TestNode[] documents) => new TestCaseData((object)documents).SetName(name);

    private static TestString S(string value) => new(value);

    private static TestMapping Map(params (string Key, TestNode Value)[] entries) => new(entries);

    private static TestSequence List(params TestNode[] items) => new(items);
}

/// <summary>A document for the writer oracle: a tree of strings, plain scalars, mappings and lists.</summary>
public abstract record TestNode;

/// <summary>A string, written with <see cref="YamlWriter.WriteString"/>.</summary>
public sealed record TestString(string Value) : TestNode;

/// <summary>A plain scalar (a number, a boolean, null, a plain scalar loaded from a file), written as it is.</summary>
public sealed record TestPlain(string Text) : TestNode;

/// <summary>A mapping, its keys in the order given.</summary>
public sealed record TestMapping(IReadOnlyList<(string Key, TestNode Value)> Entries) : TestNode;

/// <summary>A list.</summary>
public sealed record TestSequence(IReadOnlyList<TestNode> Items) : TestNode;
