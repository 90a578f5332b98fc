using System.Text.RegularExpressions;
using HelmValues.AgentStackK8s;

namespace HelmValues.Tests.AgentStackK8s;

/// <summary>
/// Each rule the chart and the controller enforce (NOTES 4.1, 7), broken on purpose: the same message whether the
/// values come from YAML or from C#, all problems at once.
/// </summary>
public partial class ControllerRuleTests
{
    private static IEnumerable<RuleCase> Cases =>
        [
            new(
                "command and args on pod-spec-patch containers",
                """
                config:
                  pod-spec-patch:
                    containers:
                      - name: container-0
                        command: [sh]
                        args: [-c, make]
                """,
                () =>
                    Config(c =>
                        c.WithPodSpecPatch(p => p.AddContainer(k => k.WithName("container-0").AddCommand("sh").AddArg("-c").AddArg("make")))
                    ),
                "config.pod-spec-patch.containers[0].command (line 5, column 18): not allowed unless allow-pod-spec-patch-unsafe-command-modification is true (the controller refuses to start); put command-bearing helpers in initContainers with restartPolicy: Always",
                "config.pod-spec-patch.containers[0].args (line 6, column 15): not allowed unless allow-pod-spec-patch-unsafe-command-modification is true (the controller refuses to start); put command-bearing helpers in initContainers with restartPolicy: Always"
            ),
            new(
                "upper-case image in a patch container",
                """
                config:
                  pod-spec-patch:
                    containers:
                      - name: container-0
                        image: Registry.Example.com/Builder:1
                """,
                () =>
                    Config(c =>
                        c.WithPodSpecPatch(p => p.AddContainer(k => k.WithName("container-0").WithImage("Registry.Example.com/Builder:1")))
                    ),
                "config.pod-spec-patch.containers[0].image (line 5, column 16): container images must be lower-case (the controller refuses \"Registry.Example.com/Builder:1\")"
            ),
            new(
                "patch container and init container without a name",
                """
                config:
                  pod-spec-patch:
                    containers:
                      - image: builder:1
                    initContainers:
                      - image: helper:1
                """,
                () =>
                    Config(c =>
                        c.WithPodSpecPatch(p =>
                            p.AddContainer(k => k.WithImage("builder:1")).AddInitContainer(k => k.WithImage("helper:1"))
                        )
                    ),
                "config.pod-spec-patch.containers[0].name (line 4, column 9): is required",
                "config.pod-spec-patch.initContainers[0].name (line 6, column 9): is required"
            ),
            new(
                "additional hooks without path, volume or volume name",
                """
                config:
                  agent-config:
                    additional-hooks:
                      - path: ""
                        volume:
                          configMap:
                            name: hooks
                      - path: /hooks
                """,
                () =>
                    Config(c =>
                        c.WithAgentConfig(a =>
                            a.AddAdditionalHook(h => h.WithPath("").WithVolume(v => v.WithConfigMap(m => m.WithName("hooks"))))
                                .AddAdditionalHook(h => h.WithPath("/hooks"))
                        )
                    ),
                "config.agent-config.additional-hooks[0].path (line 4, column 15): must not be empty",
                "config.agent-config.additional-hooks[0].volume.name (line 6, column 11): is required",
                "config.agent-config.additional-hooks[1].volume (line 8, column 9): is required (chart schema: required)"
            ),
            new(
                "default resource class that is not defined",
                """
                config:
                  default-resource-class-name: large
                  resource-classes:
                    small:
                      nodeSelector:
                        size: small
                """,
                () =>
                    Config(c =>
                        c.WithDefaultResourceClassName("large")
                            .WithResourceClass("small", new ResourceClassBuilder().WithNodeSelector("size", "small").Build())
                    ),
                "config.default-resource-class-name (line 2, column 32): \"large\" is not one of the resource-classes (small)"
            ),
            new(
                "default resource class with no classes",
                """
                config:
                  default-resource-class-name: large
                """,
                () => Config(c => c.WithDefaultResourceClassName("large")),
                "config.default-resource-class-name (line 2, column 32): \"large\" is set but no resource-classes are defined"
            ),
            new(
                "quantities that do not parse",
                """
                config:
                  image-check-container-cpu-limit: lots
                  image-check-container-memory-limit: 1 GB
                resources:
                  requests:
                    cpu: fast
                """,
                () =>
                    new AgentStackK8sValuesBuilder()
                        .WithConfig(c => c.WithImageCheckContainerCpuLimit("lots").WithImageCheckContainerMemoryLimit("1 GB"))
                        .WithResources(r => r.WithRequests(q => q.WithCpu("fast")))
                        .Build(),
                "config.image-check-container-cpu-limit (line 2, column 36): must be a Kubernetes resource quantity such as 100m, 1.5Gi or 2 (is \"lots\")",
                "config.image-check-container-memory-limit (line 3, column 39): must be a Kubernetes resource quantity such as 100m, 1.5Gi or 2 (is \"1 GB\")",
                "resources.requests.cpu (line 6, column 10): must be a Kubernetes resource quantity such as 100m, 1.5Gi or 2 (is \"fast\")"
            ),
            new(
                "zero deadline and grace period",
                """
                config:
                  job-active-deadline-seconds: 0
                  default-termination-grace-period-seconds: 0
                """,
                () => Config(c => c.WithJobActiveDeadlineSeconds(0).WithDefaultTerminationGracePeriodSeconds(0)),
                "config.default-termination-grace-period-seconds (line 3, column 45): must not be 0: the controller requires a value here (validate:\"required\") and refuses to start",
                "config.job-active-deadline-seconds (line 2, column 32): must be at least 1 (is 0)"
            ),
            new(
                "integer ranges",
                """
                config:
                  prometheus-port: 70000
                  pagination-page-size: 0
                  pagination-depth-limit: 21
                  reservation-expiry-seconds: 3601
                  max-in-flight: -1
                """,
                () =>
                    Config(c =>
                        c.WithPrometheusPort(70000)
                            .WithPaginationPageSize(0)
                            .WithPaginationDepthLimit(21)
                            .WithReservationExpirySeconds(3601)
                            .WithMaxInFlight(-1)
                    ),
                "config.max-in-flight (line 6, column 18): must be at least 0 (is -1)",
                "config.pagination-depth-limit (line 4, column 27): must be at most 20 (is 21)",
                "config.pagination-page-size (line 3, column 25): must be at least 1 (is 0)",
                "config.prometheus-port (line 2, column 20): must be at most 65535 (is 70000)",
                "config.reservation-expiry-seconds (line 5, column 31): must be at most 3600 (is 3601)"
            ),
            new(
                "label app on the controller pod",
                """
                labels:
                  app: mine
                """,
                () => new AgentStackK8sValuesBuilder().WithLabel("app", "mine").Build(),
                "labels (line 2, column 3): must not contain the key 'app' (reserved by the chart)"
            ),
            new(
                "profiler address that is not host:port",
                """
                config:
                  profiler-address: localhost
                """,
                () => Config(c => c.WithProfilerAddress("localhost")),
                "config.profiler-address (line 2, column 21): must match the pattern ^([a-zA-Z0-9][a-zA-Z0-9-]{0,62}(\\.[a-zA-Z0-9][a-zA-Z0-9-]{0,62})*)?:([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])$ (is \"localhost\")"
            ),
            new(
                "reserved keys the chart injects",
                """
                config:
                  namespace: other
                  agent-token-secret: mine
                """,
                () => Config(c => c.WithNamespace("other").WithAgentTokenSecret("mine")),
                "warning: config.agent-token-secret (line 3, column 23): the chart sets config.agent-token-secret from agentStackSecret (or its own Secret); set agentStackSecret instead",
                "warning: config.namespace (line 2, column 14): the chart sets config.namespace to the release namespace; a value here overrides it, and the controller's Role only covers the release namespace"
            ),
            new(
                "neither agent token nor agent stack secret",
                """
                config:
                  queue: kubernetes
                """,
                () => new AgentStackK8sValuesBuilder().WithConfig(c => c.WithQueue("kubernetes")).Build(),
                "warning: agentStackSecret (line 1, column 1): neither agentStackSecret nor agentToken is set: the chart fails with 'agentToken must be set' unless the install passes --set agentToken=…"
            ),
        ];

    [TestCaseSource(nameof(Cases))]
    public void Loaded_from_yaml_it_fails_with_every_message(RuleCase rule)
    {
        var result = AgentStackK8sValues.Load(rule.Yaml);

        // The typed rules and Helm's check of the chart schema each add theirs: the set is the point, not the order.
        result.Problems.Select(e => e.ToString()).ShouldBe(WithTokenWarning(rule), ignoreOrder: true);
    }

    [TestCaseSource(nameof(Cases))]
    public void Built_in_csharp_it_fails_with_the_same_messages(RuleCase rule)
    {
        var problems = rule.Build!().Validate().Problems.Select(p => p.ToString());

        problems.ShouldBe(WithTokenWarning(rule).Select(e => Position().Replace(e, "")), ignoreOrder: true);
    }

    // Every case but the last leaves out the agent token, which adds one warning; keep the expectations to the point.
    private static IEnumerable<string> WithTokenWarning(RuleCase rule) =>
        rule.Expected.Any(e => e.Contains("neither agentStackSecret nor agentToken", StringComparison.Ordinal))
            ? rule.Expected
            : rule.Expected.Append(
                "warning: agentStackSecret (line 1, column 1): neither agentStackSecret nor agentToken is set: the chart fails with 'agentToken must be set' unless the install passes --set agentToken=…"
            );

    private static AgentStackK8sValues Config(Func<ControllerConfigBuilder, ControllerConfigBuilder> configure) =>
        new AgentStackK8sValuesBuilder().WithConfig(configure).Build();

    [GeneratedRegex(@" \(line \d+, column \d+\)")]
    private static partial Regex Position();
}
