using System;
using System.Collections.Generic;
using HelmValues.AgentStackK8s;
using HelmValues.Charts;
using HelmValues.Validation;

namespace HelmValues.Tool;

/// <summary>The charts the tool knows without a <c>--schema</c>: their schema, defaults and typed loader.</summary>
internal static class BundledCharts
{
    /// <summary>The chart used when none is named.</summary>
    public const string Default = "agent-stack-k8s";

    private static readonly Dictionary<string, (HelmChart Chart, Func<ValuesFile[], IReadOnlyList<ValidationError>> Lint)> ByName = new(
        StringComparer.Ordinal
    )
    {
        [Default] = (AgentStackK8sValues.Chart, static files => AgentStackK8sValues.Load(files).Problems),
    };

    /// <summary>The names, for help and errors.</summary>
    public static IEnumerable<string> Names => ByName.Keys;

    /// <summary>The chart called <paramref name="name"/>, or null.</summary>
    public static HelmChart? Chart(string name) => ByName.TryGetValue(name, out var entry) ? entry.Chart : null;

    /// <summary>
    /// Every problem in <paramref name="files"/> for the chart: the typed reading and rules (for agent-stack-k8s, the
    /// controller's), and Helm's verdict over the chart's defaults.
    /// </summary>
    public static IReadOnlyList<ValidationError> Lint(string name, ValuesFile[] files) => ByName[name].Lint(files);
}
