using EcrQuickstart;
using HelmValues.Output;
using HelmValues.Testing;

namespace HelmValues.Tests.Stack;

/// <summary>The EcrQuickstart example, run in the tests so it cannot rot, and the committed charts/ it produces.</summary>
public class QuickstartTests
{
    private static readonly string Committed = Repository.PathOf("charts", "ecr-quickstart");

    [Test]
    public void The_committed_charts_directory_is_up_to_date()
    {
        var report = OutputChecker.Check(QuickstartStack.Create().ToOutput(), Committed);

        report.IsUpToDate.ShouldBeTrue(
            "charts/ecr-quickstart is stale; run: dotnet run --project examples/EcrQuickstart -- --out charts/ecr-quickstart\n" + report
        );
    }

    [Test]
    public void The_quickstart_is_valid_and_holds_no_secret_values()
    {
        var stack = QuickstartStack.Create();

        stack.Validate().Problems.ShouldBeEmpty();
        stack.ToOutput().Files.ShouldAllBe(f => !f.HoldsSecrets);
    }

    [Test]
    public void The_quickstart_uses_the_seed_guides_names()
    {
        var stack = QuickstartStack.Create();

        stack.Namespace.ShouldBe("buildkite");
        stack.Manifests.Select(m => $"{m.Kind}/{m.Metadata.Name}").ShouldContain("ServiceAccount/buildkite-agent");
        stack.Manifests.Select(m => $"{m.Kind}/{m.Metadata.Name}").ShouldContain("Secret/ecr-credentials");
        stack.Existing.Select(e => e.Name).ShouldContain("aws-credentials");
        var yaml = string.Concat(stack.ToOutput().Files.Select(f => f.Content));
        yaml.ShouldContain("eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/buildkite-agent-ecr-role");
        yaml.ShouldContain("123456789012.dkr.ecr.us-east-1.amazonaws.com");
        yaml.ShouldContain("region: us-east-1");
    }
}
