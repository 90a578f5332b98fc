using HelmValues.AgentStackK8s;

namespace HelmValues.Tests.AgentStackK8s;

/// <summary>
/// Rules for what fails after the install (issue 18): the controller stops, the agent refuses to start, or Kubernetes
/// refuses every Job the controller builds; and what has no effect, which is only a warning.
/// </summary>
public class ControllerJobRuleTests
{
    private const string JobRefused = "Kubernetes refuses every Job the controller creates";

    private static IEnumerable<TestCaseData> Cases =>
        [
            Case(
                "a tag without =",
                "config:\n  tags: [queue=k8s, kubernetes]\n",
                "config.tags[1] (line 3, column 21): \"kubernetes\" is not key=value (queue=kubernetes): the controller refuses the tag and stops"
            ),
            Case(
                "a negative job-ttl",
                "config:\n  job-ttl: -5m\n",
                $"config.job-ttl (line 3, column 12): must not be negative: it becomes the Job's ttlSecondsAfterFinished, and {JobRefused}"
            ),
            Case(
                "a workspace volume with two sources",
                "config:\n  workspace-volume:\n    name: w\n    emptyDir: {}\n    hostPath: {path: /x}\n",
                $"config.workspace-volume (line 4, column 5): sets more than one volume source: {JobRefused} ('may not specify more than 1 volume type')"
            ),
            Case(
                "a patch volume with two sources",
                "config:\n  pod-spec-patch:\n    containers: []\n    volumes:\n      - {name: v, emptyDir: {}, secret: {secretName: s}}\n",
                $"config.pod-spec-patch.volumes[0] (line 6, column 9): sets more than one volume source: {JobRefused} ('may not specify more than 1 volume type')"
            ),
            Case(
                "patch containers the controller does not build need an image",
                """
                config:
                  pod-spec-patch:
                    containers:
                      - name: container-0
                        env: [{name: A, value: b}]
                      - name: agent
                      - name: extra
                    initContainers:
                      - name: copy-agent
                      - name: imagecheck-0
                      - name: setup
                """,
                $"config.pod-spec-patch.containers[2].image (line 8, column 9): is required: `extra` is not a container the controller builds, so the patch adds it as written and {JobRefused}",
                $"config.pod-spec-patch.initContainers[2].image (line 12, column 9): is required: `setup` is not a container the controller builds, so the patch adds it as written and {JobRefused}"
            ),
            Case(
                "labels and annotations named like duration keys, and a label value with a space",
                """
                config:
                  default-metadata:
                    labels:
                      poll-interval: 5m
                      queue-ttl: 5m
                      team: platform team
                    annotations:
                      job-ttl: 1h
                      container-start-timeout: soon
                """,
                "config.default-metadata.labels.team (line 7, column 13): must be empty or at most 63 characters of letters, digits, '-', '_' and '.', starting and ending with a letter or digit (is \"platform team\")",
                "config.default-metadata.labels.poll-interval (line 5, column 22): the controller reads every `poll-interval` in its config as a duration and turns \"5m\" into a number, which cannot be a string here: it refuses to start; rename the key",
                "config.default-metadata.annotations.job-ttl (line 9, column 16): the controller reads every `job-ttl` in its config as a duration and turns \"1h\" into a number, which cannot be a string here: it refuses to start; rename the key"
            ),
            Case(
                "names the chart derives from fullnameOverride and nameOverride, and the controller's labels",
                "fullnameOverride: My_Release\nnameOverride: Agent\nlabels:\n  team: a b\n",
                "fullnameOverride (line 2, column 19): names the chart's objects, which must be a lowercase RFC 1123 subdomain: at most 253 characters of lowercase letters, digits, '-' and '.', starting and ending with a letter or digit (is \"My_Release\"): the API server refuses the chart's objects and the install fails",
                "nameOverride (line 3, column 15): goes into the chart's object names, which allow only lower-case letters, digits, '-' and '.': the API server refuses the chart's objects and the install fails",
                "labels.team (line 5, column 9): must be empty or at most 63 characters of letters, digits, '-', '_' and '.', starting and ending with a letter or digit (is \"a b\")"
            ),
            Case(
                "controllerEnv variables the controller reads as flags",
                """
                controllerEnv:
                  - {name: MAX_IN_FLIGHT, value: "-1"}
                  - {name: POLL_INTERVAL, value: "5"}
                  - {name: DEBUG, value: "yes"}
                  - {name: MAX_IN_FLIGHT, value: "10"}
                  - {name: TAGS, value: "queue=a,bad"}
                  - {name: LOG_LEVEL, value: verbose}
                  - {name: PROMETHEUS_PORT, value: "70000"}
                  - {name: JOB_PREFIX, value: ""}
                  - {name: OTHER, value: x}
                  - name: MAX_IN_FLIGHT
                    valueFrom: {configMapKeyRef: {name: c, key: k}}
                """,
                "controllerEnv[0].value (line 3, column 34): MAX_IN_FLIGHT overrides config.max-in-flight: must be at least 0 (is -1)",
                "controllerEnv[1].value (line 4, column 34): the controller reads POLL_INTERVAL as a Go duration (90s, 15m, 1h30m) and cannot read \"5\": it does not start",
                "controllerEnv[2].value (line 5, column 26): the controller reads DEBUG as a boolean (true, false, 1, 0, t, f) and cannot read \"yes\": it does not start",
                "controllerEnv[4].value (line 7, column 25): TAGS overrides config.tags: \"bad\" is not key=value (queue=kubernetes): the controller refuses the tag and stops",
                "controllerEnv[5].value (line 8, column 30): LOG_LEVEL overrides config.log-level: `verbose` is not allowed; expected one of debug, info, warn, error, \"\" (empty)",
                "controllerEnv[6].value (line 9, column 36): the controller reads PROMETHEUS_PORT as a port number (0 to 65535) and cannot read \"70000\": it does not start"
            ),
            Case(
                // Read back as the config key it overrides, after quoting as a JSON string: the characters JSON escapes
                // (quote, backslash, tab, HTML-sensitive and non-ASCII) come back as they were.
                "a flag whose value needs escaping",
                """
                controllerEnv:
                  - {name: LOG_LEVEL, value: "say \"hi\" \\ <b>&'+ é\t"}
                """,
                "controllerEnv[0].value (line 3, column 30): LOG_LEVEL overrides config.log-level: `say \"hi\" \\ <b>&'+ é\t` is not allowed; expected one of debug, info, warn, error, \"\" (empty)"
            ),
            Case(
                "a verification behaviour nothing checks yet",
                "config:\n  agent-config:\n    verification-failure-behavior: other\n",
                "warning: config.agent-config.verification-failure-behavior (line 4, column 36): \"other\" is not block or warn: unused while no verification key is set, refused by the agent once one is"
            ),
            Case(
                "top-level keys no template reads",
                "replicaCount: 2\nagentStackSecrett: x\npod-spec-patch: {}\n",
                "warning: replicaCount (line 2, column 1): unknown key `replicaCount`: no template reads it, so it has no effect",
                "warning: agentStackSecrett (line 3, column 1): unknown key `agentStackSecrett`: no template reads it, so it has no effect; did you mean `agentStackSecret`?",
                "warning: pod-spec-patch (line 4, column 1): `pod-spec-patch` belongs under config (config.pod-spec-patch); at the top level Helm silently ignores it"
            ),
            Case(
                "an escaped role ARN in AWS_ROLE_ARN, for the controller and in a patch container",
                """
                controllerEnv:
                  - {name: AWS_ROLE_ARN, value: 'arn\\:aws\\:iam::123456789012:role/x'}
                config:
                  pod-spec-patch:
                    containers:
                      - name: container-0
                        env:
                          - {name: AWS_ROLE_ARN, value: 'arn:aws:iam::123456789012:role/ok'}
                          - {name: AWS_ROLE_ARN, value: 'arn:aws:iam::12345:role/x'}
                """,
                "config.pod-spec-patch.containers[0].env[1].value (line 10, column 41): must have a 12-digit account ID (is \"12345\"); AWS SDKs cannot assume it, so every AWS call fails",
                "controllerEnv[0].value (line 3, column 33): contains backslash-escaped colons (\\:), as shown in some documentation; write plain colons: arn\\:aws\\:iam::123456789012:role/x; AWS SDKs cannot assume it, so every AWS call fails"
            ),
            Case(
                "integers beyond 32 bits, as Go's int holds them",
                "config:\n  max-in-flight: 2147483648\n  job-active-deadline-seconds: 4294967296\n"
            ),
        ];

    [TestCaseSource(nameof(Cases))]
    public void Load_reports_exactly(string yaml, string[] expected)
    {
        AgentStackK8sValues.Load("agentStackSecret: s\n" + yaml).Problems.Select(e => e.ToString()).ShouldBe(expected);
    }

    [Test]
    public void Integers_beyond_32_bits_are_kept_and_written_back()
    {
        var values = AgentStackK8sValues.FromYaml("agentStackSecret: s\nconfig:\n  max-in-flight: 2147483648\n");

        values.Config!.MaxInFlight.ShouldBe(2147483648L);
        values.ToYaml().ShouldContain("max-in-flight: 2147483648");
    }

    [Test]
    public void Unknown_top_level_keys_are_not_kept()
    {
        AgentStackK8sValues.FromYaml("agentStackSecret: s\nreplicaCount: 2\n").ToYaml().ShouldNotContain("replicaCount");
    }

    private static TestCaseData Case(string name, string yaml, params string[] expected) => new TestCaseData(yaml, expected).SetName(name);
}
