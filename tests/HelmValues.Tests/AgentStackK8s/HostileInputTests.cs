using HelmValues.AgentStackK8s;
using HelmValues.Testing.Fuzz;

namespace HelmValues.Tests.AgentStackK8s;

/// <summary>Malformed or hostile values files give clear errors with positions, never an exception.</summary>
public class HostileInputTests
{
    private static IEnumerable<TestCaseData> Inputs =>
        [
            new TestCaseData("config:\n  tags: [a, b\n", "(line ", true).SetName("unclosed flow sequence"),
            new TestCaseData("config:\n  debug: true\n  debug: false\n", "appears twice", true).SetName("duplicate key"),
            new TestCaseData(BillionLaughs(), "alias", true).SetName("alias bomb"),
            new TestCaseData(new string('[', 5_000) + new string(']', 5_000), "nested more than", true).SetName("deep nesting"),
            new TestCaseData("labels:\n" + string.Concat(Enumerable.Range(0, 900_000).Select(i => $"  k{i}: v\n")), "MiB", true).SetName(
                "huge file (refused before parsing, at the first character past the limit)"
            ),
            new TestCaseData("config: {a: 1}\n---\nconfig: {}\n", "document", true).SetName("two documents"),
            new TestCaseData("config:\n\ttags: []\n", "(line ", true).SetName("tab indentation"),
            new TestCaseData("- just\n- a list\n", "expected a mapping", true).SetName("not a mapping"),
            new TestCaseData("config:\n \ttags: []\n", "a tab in the indentation", true).SetName("space then tab indentation"),
            new TestCaseData("config:\n  tags: []\n \t\n  queue: q\n", "invalid YAML", true).SetName("space then tab on a blank line"),
            new TestCaseData(
                "config:\n  tags: [~, a=b]\n",
                "config.tags[0] (line 2, column 10): a list item must not be null",
                true
            ).SetName("null list item"),
            new TestCaseData(PodSpecPatchCpu("\"1e2147483648\""), "larger than Kubernetes allows", true).SetName(
                "quantity with an int32-overflowing exponent"
            ),
            new TestCaseData(PodSpecPatchCpu("\"1e99999\""), "larger than Kubernetes allows", true).SetName("quantity of 1e99999"),
            new TestCaseData(PodSpecPatchCpu("\"1e9999\""), "larger than Kubernetes allows", true).SetName("quantity of 1e9999"),
            new TestCaseData(PodSpecPatchCpu(new string('9', 100_000)), "larger than Kubernetes allows", true).SetName(
                "quantity of 100k digits"
            ),
            new TestCaseData(
                "config:\n  resource-classes:\n    big:\n      resource:\n        limits:\n          memory: \"1e999999999\"\n",
                "config.resource-classes.big.resource.limits.memory (line 6, column 19): is larger than Kubernetes allows",
                true
            ).SetName("quantity of 1e999999999 in a resource class"),
            new TestCaseData("config:\n  ? " + new string('q', 1_000_000) + "\n  : 1\n", "unknown key", true).SetName(
                "one 1 MB unknown key"
            ),
            new TestCaseData(
                "config:\n" + string.Concat(Enumerable.Range(0, 100).Select(i => $"  ? {i}{new string('q', 80_000)}\n  : 1\n")),
                "unknown key",
                true
            ).SetName("a hundred 80 KB unknown keys"),
            new TestCaseData(
                "config:\n" + string.Concat(Enumerable.Range(0, 50_000).Select(i => $"  max-in-flihgt{i}: 1\n")),
                "unknown key",
                true
            ).SetName("50,000 near-miss keys"),
        ];

    // Keys longer than 1024 characters must be explicit (`? key`): YAML, go-yaml and YamlDotNet limit implicit ones.
    [TestCaseSource(nameof(Inputs))]
    public void Loading_reports_a_clear_error_and_never_throws(string yaml, string expectedFragment, bool hasPosition)
    {
        HelmValues.Yaml.ValuesLoadResult<AgentStackK8sValues>? loaded = null;
        var allocated = Allocations.Of(() => loaded = AgentStackK8sValues.Load(yaml));
        var result = loaded!;

        // Linear in the input, whatever the input: a fixed allowance plus a small multiple of its size (the typed
        // reading and Helm's schema check each build a tree of the document).
        allocated.ShouldBeLessThan(32L * 1024 * 1024 + 24L * yaml.Length * sizeof(char));
        result.Succeeded.ShouldBeFalse();
        result.Value.ShouldBeNull();
        var error = result.Problems.First(e => e.Severity == Validation.ValidationSeverity.Error);
        (error.Line is not null).ShouldBe(hasPosition);
        error.ToString().ShouldContain(expectedFragment);
    }

    [Test]
    public void FromYaml_throws_one_exception_listing_every_error()
    {
        var exception = Should.Throw<Validation.ValidationException>(() =>
            AgentStackK8sValues.FromYaml("config:\n  org: x\n  max-in-flight: many\n")
        );

        exception.Message.ShouldBe(
            """
            2 errors:
              config.org (line 2, column 3): `org` was removed in controller v0.33.0 (clusters are required now); the controller refuses to start with it
              config.max-in-flight (line 3, column 18): expected an integer, but found the string `many`
            """.ReplaceLineEndings("\n")
        );
    }

    [Test]
    public void A_byte_order_mark_at_the_start_is_skipped_as_go_yaml_does()
    {
        const string Yaml = "config:\n  queue: kubernetes\n";

        var result = AgentStackK8sValues.Load("\uFEFF" + Yaml);

        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Problems));
        result.Value!.ToYaml().ShouldBe(AgentStackK8sValues.FromYaml(Yaml).ToYaml());
    }

    [Test]
    public void An_unclosed_flow_sequence_is_a_syntax_error_in_words_a_user_understands()
    {
        var error = AgentStackK8sValues.Load("config:\n  tags: [a, b\n").Problems.First();

        error.Line.ShouldNotBeNull();
        error.Message.ShouldStartWith("invalid YAML: ");
        error.Message.ShouldNotContain("Operation is not valid");
    }

    private static string PodSpecPatchCpu(string quantity) =>
        $"config:\n  pod-spec-patch:\n    containers:\n      - name: c\n        resources:\n          requests:\n            cpu: {quantity}\n";

    private static string BillionLaughs()
    {
        var lines = new List<string> { "a: &a [x, x, x, x, x, x, x, x, x, x]" };
        for (var level = 1; level < 9; level++)
        {
            lines.Add(
                $"{(char)('a' + level)}: &{(char)('a' + level)} ["
                    + string.Join(", ", Enumerable.Repeat("*" + (char)('a' + level - 1), 10))
                    + "]"
            );
        }

        return string.Join("\n", lines) + "\n";
    }
}
