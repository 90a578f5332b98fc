using System;
using System.Collections.Generic;
using HelmValues.Yaml;

namespace HelmValues.Pipelines;

/// <summary>A command step of a Buildkite pipeline. Build one with <see cref="CommandStepBuilder"/>.</summary>
/// <param name="Label">The label shown in Buildkite (<c>:docker: Build and push</c>).</param>
/// <param name="Commands">The shell commands, in order.</param>
/// <param name="Agents">Agent targeting rules, e.g. <c>queue: kubernetes</c>.</param>
/// <param name="Plugins">The plugins, in the order they run.</param>
public sealed record CommandStep(
    string? Label,
    IReadOnlyList<string> Commands,
    IReadOnlyDictionary<string, string> Agents,
    IReadOnlyList<PipelinePlugin> Plugins
)
{
    /// <summary>Writes the step as a mapping: label, commands, agents, plugins (the order Buildkite's docs use).</summary>
    /// <param name="writer">The writer.</param>
    public void WriteYaml(YamlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.BeginMapping();
        writer.WriteProperty("label", Label);
        if (Commands.Count > 0)
        {
            writer.WriteKey("commands");
            writer.WriteSequence(Commands, static (w, c) => w.WriteString(c));
        }

        if (Agents.Count > 0)
        {
            writer.WriteKey("agents");
            writer.WriteMap(Agents, static (w, v) => w.WriteString(v));
        }

        if (Plugins.Count > 0)
        {
            writer.WriteKey("plugins");
            writer.WriteSequence(
                Plugins,
                static (w, plugin) =>
                {
                    w.BeginMapping();
                    w.WriteKey(plugin.Key);
                    plugin.WriteConfiguration(w);
                    w.EndMapping();
                }
            );
        }

        writer.EndMapping();
    }
}
