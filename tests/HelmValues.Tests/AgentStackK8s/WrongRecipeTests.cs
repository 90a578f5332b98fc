using HelmValues.AgentStackK8s;

namespace HelmValues.Tests.AgentStackK8s;

/// <summary>
/// The documented recipes NOTES marks wrong (⚠), keys removed upstream, and values the typed API cannot even express
/// (unknown keys, bad enums, numbers for durations): loading them fails with a message that says what to do.
/// </summary>
public class WrongRecipeTests
{
    private const string TokenWarning =
        "warning: agentStackSecret (line 1, column 1): neither agentStackSecret nor agentToken is set: the chart fails with 'agentToken must be set' unless the install passes --set agentToken=…";

    private static IEnumerable<TestCaseData> Cases =>
        [
            Case(
                "03 pre-0.28 keys",
                """
                agentToken: token
                config:
                  org: my-org
                  cluster-uuid: 1234
                  graphql-results-limit: 100
                """,
                "config.org (line 3, column 3): `org` was removed in controller v0.33.0 (clusters are required now); the controller refuses to start with it",
                "config.cluster-uuid (line 4, column 3): `cluster-uuid` was removed in controller v0.33.0 (the cluster comes from the agent token); the controller refuses to start with it",
                "config.graphql-results-limit (line 5, column 3): `graphql-results-limit` was removed in controller v0.28 (use pagination-page-size); the controller refuses to start with it"
            ),
            Case(
                "08 plugins volume nested wrongly",
                """
                config:
                agent-config:
                  pluginsVolume:
                    name: buildkite-plugins
                    plugins-path: /buildkite/plugins
                """,
                "warning: agent-config (line 2, column 1): `agent-config` belongs under config (config.agent-config); at the top level Helm silently ignores it",
                TokenWarning,
                // The empty `config:` is a null, which deletes the chart's default config, and the schema requires one.
                "config (line 1, column 1): is required (chart schema: required)"
            ),
            Case(
                "08 plugins-path inside the volume",
                """
                agentToken: token
                config:
                  agent-config:
                    pluginsVolume:
                      name: buildkite-plugins
                      plugins-path: /buildkite/plugins
                """,
                "config.agent-config.pluginsVolume.plugins-path (line 6, column 7): unknown key `plugins-path`"
            ),
            Case(
                "12 checkout params without the config wrapper",
                """
                agentToken: token
                default-checkout-params:
                  gitCredentialsSecret:
                    secretName: my-git-https-credentials
                """,
                "warning: default-checkout-params (line 2, column 1): `default-checkout-params` belongs under config (config.default-checkout-params); at the top level Helm silently ignores it"
            ),
            Case(
                "15 resources mis-indented to pod level",
                """
                agentToken: token
                config:
                  pod-spec-patch:
                    initContainers:
                    - name: copy-agent
                    resources:
                      requests:
                        cpu: 100m
                """,
                "warning: config.pod-spec-patch.resources (line 7, column 7): sets pod-level resources (PodSpec.resources, the PodLevelResources feature); per-container defaults go under containers[].resources or initContainers[].resources",
                PatchWithoutContainers
            ),
            Case(
                "28 default-metadata at the top level",
                """
                agentToken: token
                default-metadata:
                  labels:
                    team: ci
                """,
                "warning: default-metadata (line 2, column 1): `default-metadata` belongs under config (config.default-metadata); at the top level Helm silently ignores it"
            ),
            Case(
                "29 container-start-timeout directly under config",
                """
                agentToken: token
                config:
                  container-start-timeout: 15m
                """,
                "config.container-start-timeout (line 3, column 3): `container-start-timeout` belongs in agent-config (config.agent-config.container-start-timeout); at this level the controller refuses to start"
            ),
            Case(
                "30 volumeMounts at PodSpec level (docker compose variant)",
                """
                agentToken: token
                config:
                  pod-spec-patch:
                    volumeMounts:
                      - name: docker
                        mountPath: /var/run
                """,
                "config.pod-spec-patch.volumeMounts (line 4, column 5): unknown key `volumeMounts`",
                PatchWithoutContainers
            ),
            Case(
                "31 env at PodSpec level (Depot)",
                """
                agentToken: token
                config:
                  pod-spec-patch:
                    env:
                      - name: DEPOT_PROJECT_ID
                        value: abc
                """,
                "config.pod-spec-patch.env (line 4, column 5): unknown key `env`",
                PatchWithoutContainers
            ),
            Case(
                "workspaceVolume, the chart schema's spelling",
                """
                agentToken: token
                config:
                  workspaceVolume:
                    name: workspace
                    emptyDir: {}
                """,
                "config.workspaceVolume (line 3, column 3): `workspaceVolume` is the chart schema's spelling, which the controller rejects; use workspace-volume"
            ),
            Case(
                "a typo in a config key",
                """
                agentToken: token
                config:
                  max-inflight: 10
                """,
                "config.max-inflight (line 3, column 3): unknown key `max-inflight`; did you mean `max-in-flight`?"
            ),
            Case(
                "enums the controller checks",
                """
                agentToken: token
                config:
                  log-level: verbose
                  log-format: text
                  default-image-pull-policy: always
                  default-command-params:
                    interposer: bogus
                """,
                "config.log-level (line 3, column 14): `verbose` is not allowed; expected one of debug, info, warn, error, \"\" (empty)",
                "config.log-format (line 4, column 15): `text` is not allowed; expected one of logfmt, json",
                "config.default-image-pull-policy (line 5, column 30): `always` is not allowed; expected one of Always, IfNotPresent, Never, \"\" (empty) (did you mean `Always`?)",
                "config.default-command-params.interposer (line 7, column 17): `bogus` is not allowed; expected one of buildkite, vector, legacy, \"\" (empty)"
            ),
            Case(
                "a verification behaviour the agent refuses once it verifies",
                """
                agentToken: token
                config:
                  agent-config:
                    verification-jwks-file: key
                    verification-failure-behavior: fail
                """,
                "config.agent-config.verification-failure-behavior (line 5, column 36): \"fail\" is not block or warn: with a verification key set, buildkite-agent start refuses it and no job runs"
            ),
            Case(
                "durations that are not Go duration strings",
                """
                agentToken: token
                config:
                  job-ttl: 300
                  poll-interval: 5 minutes
                """,
                "config.job-ttl (line 3, column 12): expected a Go duration string such as \"300s\" or \"300m\", but found the number 300, which the controller reads as 300 nanoseconds",
                "config.poll-interval (line 4, column 18): \"5 minutes\" has the unknown unit \" minutes\" (use ns, us, ms, s, m or h)"
            ),
            Case(
                "tags as a string",
                """
                agentToken: token
                config:
                  tags: queue=x
                """,
                "config.tags (line 3, column 9): expected a list, but found `queue=x`"
            ),
            Case(
                "name and namespace in serviceAccountMetadata",
                """
                agentToken: token
                serviceAccountMetadata:
                  name: mine
                  namespace: other
                """,
                "serviceAccountMetadata.name (line 3, column 3): `name` is set by the chart (the release's full name) and cannot be overridden",
                "serviceAccountMetadata.namespace (line 4, column 3): `namespace` is the release namespace and cannot be overridden",
                "serviceAccountMetadata (line 3, column 3): must not set all of name, namespace together (chart schema: not)"
            ),
            Case(
                "a quantity that does not parse inside the pod spec patch",
                """
                agentToken: token
                config:
                  pod-spec-patch:
                    containers:
                      - name: container-0
                        resources:
                          requests:
                            cpu: lots
                """,
                "config.pod-spec-patch.containers[0].resources.requests.cpu (line 8, column 18): must be a Kubernetes resource quantity such as 100m, 1.5Gi or 2 (is \"lots\")"
            ),
        ];

    // The PodSpec schema the chart refers to requires `containers`; Helm refuses a patch without it.
    private const string PatchWithoutContainers =
        "config.pod-spec-patch.containers (line 4, column 5): is required (chart schema: required)";

    [TestCaseSource(nameof(Cases))]
    public void Loading_fails_with_every_message(string yaml, string[] expected)
    {
        var result = AgentStackK8sValues.Load(yaml);

        result.Problems.Select(e => e.ToString()).ShouldBe(expected);
    }

    // Cases without an agent token also get the token warning, when loading got as far as validation.
    private static TestCaseData Case(string name, string yaml, params string[] expected)
    {
        var needsTokenWarning =
            !yaml.Contains("agentToken", StringComparison.Ordinal) && expected.All(e => e.StartsWith("warning", StringComparison.Ordinal));
        return new TestCaseData(yaml, needsTokenWarning ? expected.Append(TokenWarning).ToArray() : expected).SetName(name);
    }
}
