namespace HelmValues.Tool.Tests;

/// <summary><c>helmvalues explain</c>: a key's type, description, rules and default, from the same schema.</summary>
public class ExplainCommandTests
{
    [Test]
    public void A_key_with_a_default_shows_its_type_rules_and_the_charts_default()
    {
        var run = ToolRun.Of("explain", "config.pod-pending-timeout");

        run.ExitCode.ShouldBe(0);
        run.Lines[0].ShouldBe("config.pod-pending-timeout");
        run.Lines.ShouldContain("  type: string");
        run.Lines.ShouldContain(l => l.StartsWith("  pattern: ", StringComparison.Ordinal));
        run.Lines[^1].ShouldBe("  default: 15m");
    }

    [Test]
    public void An_object_lists_its_keys_and_says_it_is_closed()
    {
        var run = ToolRun.Of("explain", "config");

        run.Lines.ShouldContain("  closed: a key not listed below is an error");
        run.Lines.ShouldContain(l =>
            l.StartsWith("  keys: ", StringComparison.Ordinal) && l.Contains("pod-spec-patch", StringComparison.Ordinal)
        );
    }

    [Test]
    public void List_items_and_kubernetes_types_are_followed()
    {
        var run = ToolRun.Of("explain", "config.pod-spec-patch.containers[].imagePullPolicy");

        run.ExitCode.ShouldBe(0);
        run.Lines.ShouldContain("  type: string");
    }

    [Test]
    public void An_unknown_key_exits_1_and_names_the_keys_there()
    {
        var run = ToolRun.Of("explain", "config.max-inflight");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("no key 'max-inflight' in config.max-inflight (known there: ");
        run.Error.ShouldContain("max-in-flight");
    }
}
