using HelmValues.AgentStackK8s;
using HelmValues.Validation;

namespace HelmValues.Tests.AgentStackK8s;

/// <summary>Values the controller refuses although Helm accepts them (issue 18's cases, one rule per test).</summary>
public class ControllerDecisionTests
{
    [TestCase("namespace")]
    [TestCase("agent-token-secret")]
    public void A_null_for_a_key_only_the_controller_requires_is_an_error(string key)
    {
        var errors = Errors($"agentStackSecret: s\nconfig:\n  {key}: Null\n");

        errors.ShouldBe([
            $"config.{key} (line 3, column {key.Length + 5}): must not be null: Helm keeps the null (the chart has no default for it), it overrides the chart's template, and the controller refuses to start without a value; remove the key to keep the chart's",
        ]);
    }

    [TestCase("namespace")]
    [TestCase("agent-token-secret")]
    [TestCase("job-prefix")]
    [TestCase("image")]
    public void An_empty_value_for_a_key_the_controller_requires_is_an_error(string key)
    {
        Errors($"agentStackSecret: s\nconfig:\n  {key}: \"\"\n")
            .ShouldBe([
                $"config.{key} (line 3, column {key.Length + 5}): must not be empty: the controller requires a value here (validate:\"required\") and refuses to start",
            ]);
    }

    [Test]
    public void An_agent_image_with_upper_case_letters_is_an_error()
    {
        Errors("agentStackSecret: s\nconfig:\n  image: ghcr.io/Buildkite/agent:3\n")
            .ShouldBe([
                "config.image (line 3, column 10): must be lower-case: the controller cannot parse \"ghcr.io/Buildkite/agent:3\" as an image reference and does not start",
            ]);
    }

    [TestCase("job-prefix")]
    [TestCase("image-check-container-memory-limit")]
    [TestCase("job-active-deadline-seconds")]
    public void A_null_for_a_key_the_charts_schema_types_is_refused_by_helms_check(string key)
    {
        Errors($"agentStackSecret: s\nconfig:\n  {key}: null\n").ShouldHaveSingleItem().ShouldEndWith("(chart schema: type)");
    }

    [Test]
    public void A_null_for_a_key_with_a_chart_default_deletes_the_default_and_is_fine()
    {
        Errors("agentStackSecret: s\nconfig:\n  pod-pending-timeout: null\n").ShouldBeEmpty();
    }

    // The overlay's pattern is go-playground/validator's hostname_port, which validateConfig applies: an RFC 1123 host
    // name (or none) and a port from 1 to 65535.
    [TestCase("host:0")]
    [TestCase("my_host:6060")]
    [TestCase("localhost")]
    [TestCase("[::1]:6060")]
    [TestCase("localhost:65536")]
    public void A_profiler_address_the_controller_refuses_is_an_error(string address)
    {
        Errors($"agentStackSecret: s\nconfig:\n  profiler-address: \"{address}\"\n")
            .ShouldHaveSingleItem()
            .ShouldStartWith("config.profiler-address (line 3, column 21): must match the pattern ^([a-zA-Z0-9]");
    }

    [TestCase("localhost:6060")]
    [TestCase(":6060")]
    [TestCase("0.0.0.0:6060")]
    [TestCase("profiler.buildkite.svc.cluster.local:6060")]
    public void A_profiler_address_the_controller_takes_is_fine(string address)
    {
        Errors($"agentStackSecret: s\nconfig:\n  profiler-address: \"{address}\"\n").ShouldBeEmpty();
    }

    [Test]
    public void An_integer_helm_cannot_keep_is_an_error()
    {
        var errors = Errors(
            "agentStackSecret: s\nconfig:\n  pod-spec-patch:\n    containers: []\n    terminationGracePeriodSeconds: 9223372036854775807\n"
        );

        errors.ShouldBe([
            "config.pod-spec-patch.terminationGracePeriodSeconds (line 5, column 36): 9223372036854775807 does not survive Helm, which reads every number as a 64-bit float: it would render 9223372036854776000; integers from -2^53 to 2^53 (9007199254740992) are exact",
        ]);
    }

    [Test]
    public void The_largest_exact_integer_is_fine()
    {
        Errors("agentStackSecret: s\nconfig:\n  pod-spec-patch:\n    containers: []\n    terminationGracePeriodSeconds: 9007199254740992\n")
            .ShouldBeEmpty();
    }

    [TestCase(@"arn\:aws\:iam::123456789012:role/ecr-access-role", "contains backslash-escaped colons")]
    [TestCase("arn:aws:iam::12345:role/short-account", "")]
    public void A_role_arn_annotation_eks_cannot_use_is_an_error(string arn, string fragment)
    {
        var errors = Errors($"agentStackSecret: s\nserviceAccountMetadata:\n  annotations:\n    eks.amazonaws.com/role-arn: '{arn}'\n");

        var error = errors.ShouldHaveSingleItem();
        error.ShouldStartWith("serviceAccountMetadata.annotations[\"eks.amazonaws.com/role-arn\"] (line 4, column 33): ");
        error.ShouldContain(fragment);
        error.ShouldEndWith("; EKS would give the job pods no AWS credentials");
    }

    [Test]
    public void A_plain_role_arn_annotation_is_fine()
    {
        Errors(
                "agentStackSecret: s\nserviceAccountMetadata:\n  annotations:\n    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/ecr\n"
            )
            .ShouldBeEmpty();
    }

    // The chart's default for both pull policies is "", and the controller reads an empty log level as info.
    [TestCase("default-image-pull-policy")]
    [TestCase("default-image-check-pull-policy")]
    [TestCase("log-level")]
    public void An_empty_value_that_means_the_default_is_accepted_and_written_back(string key)
    {
        var loaded = AgentStackK8sValues.Load($"agentStackSecret: s\nconfig:\n  {key}: \"\"\n");

        loaded.Succeeded.ShouldBeTrue(string.Join("\n", loaded.Problems));
        loaded.Value!.ToYaml().ShouldContain($"{key}: \"\"");
    }

    // encoding/json matches field names in any case: nested, the key takes effect; at the top of config, the controller
    // copies only keys spelled exactly, so another case has no effect.
    [Test]
    public void A_nested_key_in_another_case_takes_effect_with_a_warning_and_is_written_as_known()
    {
        var loaded = AgentStackK8sValues.Load("agentStackSecret: s\nconfig:\n  agent-config:\n    HOOKS-PATH: /buildkite/hooks\n");

        loaded.Succeeded.ShouldBeTrue();
        loaded
            .Problems.Select(e => e.ToString())
            .ShouldBe([
                "warning: config.agent-config.HOOKS-PATH (line 4, column 5): `HOOKS-PATH` is read as `hooks-path` (the controller matches keys regardless of case): write `hooks-path`",
            ]);
        loaded.Value!.Config!.AgentConfig!.HooksPath.ShouldBe("/buildkite/hooks");
    }

    [Test]
    public void A_config_key_in_another_case_has_no_effect_and_says_so()
    {
        var loaded = AgentStackK8sValues.Load("agentStackSecret: s\nconfig:\n  DEBUG: true\n");

        loaded.Succeeded.ShouldBeTrue();
        loaded
            .Problems.Select(e => e.ToString())
            .ShouldBe([
                "warning: config.DEBUG (line 3, column 3): `DEBUG` has no effect: the controller decodes it as `debug` but applies only `debug` written so; write `debug`",
            ]);
        loaded.Value!.Config!.Debug.ShouldBeNull();
    }

    [Test]
    public void A_top_level_key_in_another_case_is_unknown_and_has_no_effect_because_helms_templates_match_exactly()
    {
        var loaded = AgentStackK8sValues.Load("agentStackSecret: s\nAgentStackSecret: t\n");

        loaded.Succeeded.ShouldBeTrue();
        loaded
            .Problems.Select(e => e.ToString())
            .ShouldBe([
                "warning: AgentStackSecret (line 2, column 1): unknown key `AgentStackSecret`: no template reads it, so it has no effect; did you mean `agentStackSecret`?",
            ]);
        loaded.Value!.AgentStackSecret.ShouldBe("s");
    }

    // Found by the fuzz test (seed 4VkdYFW1GKu1): a null item of a typed list inside a Kubernetes object.
    [Test]
    public void A_null_item_in_a_kubernetes_list_is_an_error_not_an_exception()
    {
        Errors("config:\n  pod-spec-patch:\n    containers:\n      - env:\n          -\n")
            .ShouldContain(e =>
                e.StartsWith(
                    "config.pod-spec-patch.containers[0].env[0] (line 5, column 12): a list item must not be null",
                    StringComparison.Ordinal
                )
            );
    }

    private static IReadOnlyList<string> Errors(string yaml) =>
        AgentStackK8sValues.Load(yaml).Problems.Where(e => e.Severity == ValidationSeverity.Error).Select(e => e.ToString()).ToList();
}
