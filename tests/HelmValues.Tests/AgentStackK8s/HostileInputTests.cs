using HelmValues.AgentStackK8s;

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
            new TestCaseData("labels:\n" + string.Concat(Enumerable.Range(0, 900_000).Select(i => $"  k{i}: v\n")), "MiB", false).SetName(
                "huge file (refused before parsing: no position)"
            ),
            new TestCaseData("config: {a: 1}\n---\nconfig: {}\n", "document", true).SetName("two documents"),
            new TestCaseData("config:\n\ttags: []\n", "(line ", true).SetName("tab indentation"),
            new TestCaseData("- just\n- a list\n", "expected a mapping", true).SetName("not a mapping"),
        ];

    [TestCaseSource(nameof(Inputs))]
    public void Loading_reports_a_clear_error_and_never_throws(string yaml, string expectedFragment, bool hasPosition)
    {
        var result = AgentStackK8sValues.Load(yaml);

        result.Succeeded.ShouldBeFalse();
        result.Value.ShouldBeNull();
        var error = result.Errors.First(e => e.Severity == Validation.ValidationSeverity.Error);
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
